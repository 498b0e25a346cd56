package org.qunbook.render;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.List;

/** A {@link ComposedModel} as templates see it: its own names, then its parts' names. */
final class ComposedTemplateModel implements TemplateHashModel, AdapterTemplateModel {

    private final ComposedModel model;
    private final TemplateHashModel own;
    private final ObjectWrapper wrapper;

    ComposedTemplateModel(ComposedModel model, TemplateHashModel own, ObjectWrapper wrapper) {
        this.model = model;
        this.own = own;
        this.wrapper = wrapper;
    }

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
