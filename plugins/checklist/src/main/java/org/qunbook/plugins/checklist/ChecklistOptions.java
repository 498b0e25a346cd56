package org.qunbook.plugins.checklist;

/**
 * Options of the checklist plugin.
 *
 * @param steps number of setup steps the site must have (pages with {@code setup_step: 1..steps},
 *              each exactly once); 0, the default, checks nothing
 * @param setupUrl URL of the generated setup page, {@code setup/} by default
 */
public record ChecklistOptions(Integer steps, String setupUrl) {

    public ChecklistOptions {
        steps = steps == null ? 0 : steps;
        setupUrl = setupUrl == null ? "setup/" : setupUrl;
    }
}
