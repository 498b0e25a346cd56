package org.qunbook.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/** Freemarker's default wrapping, with {@link ComposedModel}s read as one flat object. */
final class TemplateObjectWrapper extends DefaultObjectWrapper {

    TemplateObjectWrapper() {
        super(Configuration.VERSION_2_3_34);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        TemplateModel wrapped = super.handleUnknownType(obj);
        return obj instanceof ComposedModel composed
                ? new ComposedTemplateModel(composed, (TemplateHashModel) wrapped, this) : wrapped;
    }
}
