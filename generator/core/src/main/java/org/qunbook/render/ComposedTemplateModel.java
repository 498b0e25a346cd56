package org.qunbook.render;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.List;

/**
 * A {@link ComposedModel} as templates see it: its own names, then its parts' names.
 *
 * @param own     the model wrapped as Freemarker would (its components and methods)
 * @param wrapper wraps each part when a name is not the model's own
 */
record ComposedTemplateModel(ComposedModel model, TemplateHashModel own, ObjectWrapper wrapper)
        implements TemplateHashModel, AdapterTemplateModel {

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        TemplateModel value = own.get(key);
        if (value != null) {
            return value;
        }
        List<Record> parts = model.parts();
        for (Record part : parts) {
            TemplateModel found = ((TemplateHashModel) wrapper.wrap(part)).get(key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return model;
    }
}
