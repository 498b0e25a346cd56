package org.qunbook.render;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A {@link ComposedModel} as templates see it: its own names, then its parts' names.
 *
 * @param own     the model wrapped as Freemarker would (its components and methods), made when needed
 * @param wrapper wraps the value a part's name reads
 */
record ComposedTemplateModel(ComposedModel model, Supplier<TemplateHashModel> own, ObjectWrapper wrapper)
        implements TemplateHashModel, AdapterTemplateModel {

    /** The accessors (part, then its component) of each part's name the model does not have itself. */
    private static final ClassValue<Map<String, Method[]>> PART_NAMES = new ClassValue<>() {
        @Override
        protected Map<String, Method[]> computeValue(Class<?> type) {
            Map<String, Method[]> names = new HashMap<>();
            RecordComponent[] own = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
            for (int i = own.length - 1; i >= 0; i--) {  // the first part that has a name wins
                if (own[i].getType().isRecord()) {
                    for (RecordComponent leaf : own[i].getType().getRecordComponents()) {
                        names.put(leaf.getName(), new Method[] {own[i].getAccessor(), leaf.getAccessor()});
                    }
                }
            }
            for (RecordComponent component : own) {
                names.remove(component.getName());
            }
            return Map.copyOf(names);
        }
    };

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Method[] path = PART_NAMES.get(model.getClass()).get(key);
        if (path == null) {
            return own.get().get(key);
        }
        try {
            Object part = path[0].invoke(model);
            return wrapper.wrap(part == null ? null : path[1].invoke(part));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new TemplateModelException("cannot read '" + key + "' of " + model.getClass().getSimpleName(), e);
        }
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
