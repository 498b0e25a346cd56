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
        if (obj instanceof ComposedModel composed) {
            return new ComposedTemplateModel(composed, () -> ownNames(composed), this);
        }
        return super.handleUnknownType(obj);
    }

    private TemplateHashModel ownNames(ComposedModel model) {
        try {
            return (TemplateHashModel) super.handleUnknownType(model);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("a record wraps as a bean", e);
        }
    }
}
