package org.qunbook.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import org.qunbook.theme.Theme;

/**
 * Freemarker set up once for the build: {@code .ftlh} templates auto-escape HTML, errors are
 * rethrown (never written into the page), templates are parsed once and cached.
 */
final class TemplateRenderer {

    private final Configuration freemarker;

    TemplateRenderer(Theme theme) throws IOException {
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setTemplateLoader(theme.templateLoader());
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setLocale(Locale.ROOT);
        freemarker.setNumberFormat("computer");
        freemarker.setObjectWrapper(new TemplateObjectWrapper());
    }

    boolean exists(String templateName) {
        try {
            freemarker.getTemplate(templateName);
            return true;
        } catch (TemplateNotFoundException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    String render(String templateName, Map<String, Object> model) throws IOException, TemplateException {
        Template template = freemarker.getTemplate(templateName);
        StringWriter out = new StringWriter(16_384);
        template.process(model, out);
        return out.toString();
    }
}
