package org.qunbook.plugins.glossary;

import org.qunbook.testing.PluginContract;

class GlossaryPluginContractTest extends PluginContract {

    @Override
    protected String pluginName() {
        return "glossary";
    }
}
