package org.qunbook.plugins.checklist;

/** The setup page's words in the site language (zh-CN unless the site is English). */
record SetupTexts(String title, String summary, String intro, String overall, String step, String read,
                  String back) {

    static SetupTexts of(String language) {
        if (language.startsWith("en")) {
            return new SetupTexts("New group setup checklist",
                    "Every setup step with its checklist, and your progress.",
                    "Work through the steps in order and tick each checklist. Progress is saved in this browser "
                            + "only, separately for each group profile.",
                    "Overall progress", "Step {n}: ", "Read the playbook: ",
                    "All setup steps and your progress: New group setup checklist");
        }
        return new SetupTexts("新群搭建清单", "按顺序完成搭建的每一步，并勾选对应的检查清单。",
                "按顺序完成下面的每一步，边做边勾选清单。进度只保存在本浏览器里，每个群档案各自一份。",
                "总进度", "第 {n} 步：", "阅读打法：", "全部搭建步骤和进度：新群搭建清单");
    }
}
