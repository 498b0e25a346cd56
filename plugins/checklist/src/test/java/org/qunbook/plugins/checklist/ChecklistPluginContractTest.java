package org.qunbook.plugins.checklist;

import org.qunbook.testing.PluginContract;

/** The contract every plugin passes. */
class ChecklistPluginContractTest extends PluginContract {

    @Override
    protected String pluginName() {
        return "checklist";
    }

    @Override
    protected String pluginOptions() {
        return "    options: { steps: 0 }\n";
    }
}
