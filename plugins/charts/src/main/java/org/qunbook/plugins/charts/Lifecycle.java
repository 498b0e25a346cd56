package org.qunbook.plugins.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qunbook.api.PageInfo;
import org.qunbook.api.Problem;
import org.qunbook.api.ProblemReporter;

/** The lifecycle's stages with the pages that declare each ({@code stage: launch}). */
final class Lifecycle {

    static final String KEY = "stage";

    /** A stage and its pages, script templates first, then by title. */
    record StageWithPages(ChartsOptions.Stage stage, List<StagePage> pages) {
    }

    private Lifecycle() {
    }

    static List<StageWithPages> collect(List<? extends PageInfo> pages, List<ChartsOptions.Stage> stages, ProblemReporter reporter) {
        Map<String, List<StagePage>> byKey = new LinkedHashMap<>();
        stages.forEach(stage -> byKey.put(stage.key(), new ArrayList<>()));
        for (PageInfo page : pages) {
            page.frontMatter().findString(KEY).ifPresent(key -> {
                List<StagePage> list = byKey.get(key);
                if (list == null) {
                    reporter.report(Problem.error(page.frontMatter().positionOf(KEY), page.sourcePath() + ": stage '"
                            + key + "' is not a lifecycle stage; the charts plugin's stages are "
                            + String.join(", ", byKey.keySet())));
                } else {
                    list.add(new StagePage(page.url(), page.title(), page.type()));
                }
            });
        }
        List<StageWithPages> result = new ArrayList<>();
        for (ChartsOptions.Stage stage : stages) {
            List<StagePage> list = new ArrayList<>(byKey.get(stage.key()));
            list.sort(Comparator.comparing((StagePage p) -> !p.type().equals("playbook"))
                    .thenComparing(StagePage::url));
            result.add(new StageWithPages(stage, List.copyOf(list)));
        }
        return List.copyOf(result);
    }
}
