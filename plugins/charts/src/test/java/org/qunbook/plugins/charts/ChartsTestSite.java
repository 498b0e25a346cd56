package org.qunbook.plugins.charts;

import java.nio.file.Path;
import org.qunbook.testing.TestSite;

/**
 * The small site the browser tests open: a page with a bar, line, pie, funnel and lifecycle chart
 * ({@code playbooks/report/}) and a home page with the quadrant and the lifecycle of the group types
 * and playbooks below.
 */
final class ChartsTestSite {

    private ChartsTestSite() {
    }

    private static String groupType(String file, String title, String intent, String orderValue) {
        return "-- content/group-types/" + file + ".md --\n---\ntitle: " + title + "\nintent: " + intent
                + "\norder_value: " + orderValue + "\n---\n引言。\n\n## 适合谁\n\n正文。\n";
    }

    /** Writes and builds the site into {@code dir}. */
    static TestSite build(Path dir) {
        return TestSite.write(dir, """
                -- content/qunbook.yml --
                title: 站点
                types:
                  group-type:
                    folder: group-types
                    fields:
                      intent: { type: string }
                      order_value: { type: string }
                  playbook:
                    folder: playbooks
                    fields:
                      setup_step: { type: integer }
                      stage: { type: string }
                plugins:
                  - name: charts
                -- content/_index.md --
                ---
                title: 社群运营手册
                ---
                欢迎。
                -- content/playbooks/first.md --
                ---
                title: 找准社群定位，先想清楚为谁服务、为什么建群
                summary: 建群前先想清楚为谁服务、为什么建群，用用户画像和建群目的确定定位。
                setup_step: 1
                stage: launch
                ---
                正文。

                ### 定位检查清单

                - [ ] 写出用户画像
                  - [ ] 嵌套的子项不单独计数
                - [ ] 确定主目的
                - [ ] 选定引流礼品
                -- content/playbooks/second.md --
                ---
                title: 设定目标
                setup_step: 2
                stage: growth
                ---
                正文。
                -- content/playbooks/report.md --
                ---
                title: 数据复盘
                ---
                ```chart
                type: bar
                title: 各渠道新增入群（示意）
                unit: 人
                labels: [门店收银台活码, 裂变海报, 公众号菜单, 朋友圈广告, 老客推荐, 线下活动]
                series:
                  - name: 三月
                    values: [240, 120, 60, 30, 45, 80]
                  - name: 四月
                    values: [260, 90, 75, 40, 52, 66]
                ```

                ```chart
                type: line
                labels: [第 1 周, 第 2 周, 第 3 周, 第 4 周]
                values: [8.2, 7.5, 6.1, 4.8]
                unit: "%"
                ```

                ```chart
                type: pie
                labels: [强意向, 意向, 弱意向]
                values: [30, 45, 25]
                ```

                ```chart
                type: funnel
                labels: [触达, 参与, 下单]
                values: [1300, 156, 98]
                ```

                ```chart
                type: lifecycle
                ```
                """ + groupType("vip", "VIP 专属服务群", "high", "high")
                + groupType("cheap", "低价引流群", "high", "low")
                + groupType("free", "免费福利群", "low", "low")
                + groupType("seed", "内容种草群", "low", "high")).buildClean();
    }
}
