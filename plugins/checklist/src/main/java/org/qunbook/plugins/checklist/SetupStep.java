package org.qunbook.plugins.checklist;

import java.util.List;

/**
 * One step of the setup page.
 *
 * @param number     its {@code setup_step}
 * @param url        the step's playbook page
 * @param title      the playbook's title
 * @param checklists the playbook's checklists, rendered, with the playbook's ids (progress is shared)
 */
record SetupStep(int number, String url, String title, List<RenderedChecklist> checklists) {

    SetupStep {
        checklists = List.copyOf(checklists);
    }

    /** A checklist's title and its markup. */
    record RenderedChecklist(String title, String html) {
    }
}
