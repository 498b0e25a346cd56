package org.qunbook.plugins.scripts;

import org.qunbook.testing.PluginContract;

class ScriptTemplatesContractTest extends PluginContract {

    @Override
    protected String pluginName() {
        return "script-templates";
    }
}
