package org.qunbook.plugins.scripts;

import java.util.Map;

/** The plugin's own UI strings written into pages, in the site's language (zh-CN unless en). */
final class UiText {

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("form", "填写变量"),
            Map.entry("required", "必填"),
            Map.entry("reset", "恢复默认值"),
            Map.entry("tabs", "话术版本"),
            Map.entry("variant", "版本 {n}"),
            Map.entry("copy", "复制"),
            Map.entry("catalog", "全部模板"),
            Map.entry("all", "全部"),
            Map.entry("scenario", "场景"),
            Map.entry("tier", "用户分层"),
            Map.entry("stage", "社群阶段"),
            Map.entry("scenario.welcome", "欢迎"),
            Map.entry("scenario.rules", "群规"),
            Map.entry("scenario.daily-topic", "每日话题"),
            Map.entry("scenario.perks", "福利"),
            Map.entry("scenario.flash-sale", "秒杀"),
            Map.entry("scenario.trial", "试用与预售"),
            Map.entry("scenario.reactivation", "唤醒"),
            Map.entry("scenario.win-back", "召回"),
            Map.entry("scenario.incident", "突发事件"),
            Map.entry("scenario.one-on-one", "1V1 沟通"),
            Map.entry("scenario.group-buy", "拼团"),
            Map.entry("scenario.event-preview", "活动预告"),
            Map.entry("scenario.invitation", "邀请"),
            Map.entry("scenario.migration", "迁群"),
            Map.entry("scenario.faq", "常见问题"),
            Map.entry("tier.strong", "强意向用户"),
            Map.entry("tier.intent", "意向用户"),
            Map.entry("tier.weak", "弱意向用户"),
            Map.entry("stage.launch", "初建期"),
            Map.entry("stage.growth", "成长期"),
            Map.entry("stage.mature", "成熟期"),
            Map.entry("stage.silent", "沉默期"),
            Map.entry("stage.churn", "流失期"));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("form", "Fill in the variables"),
            Map.entry("required", "required"),
            Map.entry("reset", "Reset to defaults"),
            Map.entry("tabs", "Versions"),
            Map.entry("variant", "Version {n}"),
            Map.entry("copy", "Copy"),
            Map.entry("catalog", "All templates"),
            Map.entry("all", "All"),
            Map.entry("scenario", "Scenario"),
            Map.entry("tier", "Member tier"),
            Map.entry("stage", "Group stage"),
            Map.entry("scenario.welcome", "Welcome"),
            Map.entry("scenario.rules", "Group rules"),
            Map.entry("scenario.daily-topic", "Daily topic"),
            Map.entry("scenario.perks", "Perks"),
            Map.entry("scenario.flash-sale", "Flash sale"),
            Map.entry("scenario.trial", "Trial and pre-sale"),
            Map.entry("scenario.reactivation", "Reactivation"),
            Map.entry("scenario.win-back", "Win-back"),
            Map.entry("scenario.incident", "Incident"),
            Map.entry("scenario.one-on-one", "One-on-one"),
            Map.entry("scenario.group-buy", "Group buy"),
            Map.entry("scenario.event-preview", "Event preview"),
            Map.entry("scenario.invitation", "Invitation"),
            Map.entry("scenario.migration", "Group migration"),
            Map.entry("scenario.faq", "FAQ"),
            Map.entry("tier.strong", "Strong-intent members"),
            Map.entry("tier.intent", "Intent members"),
            Map.entry("tier.weak", "Weak-intent members"),
            Map.entry("stage.launch", "Launch"),
            Map.entry("stage.growth", "Growth"),
            Map.entry("stage.mature", "Maturity"),
            Map.entry("stage.silent", "Silence"),
            Map.entry("stage.churn", "Churn"));

    private final Map<String, String> strings;

    UiText(String language) {
        this.strings = "en".equals(language) ? EN : ZH;
    }

    /** The string for {@code key}, or {@code fallback} (e.g. an unknown front matter value as written). */
    String get(String key, String fallback) {
        return strings.getOrDefault(key, fallback);
    }

    String get(String key) {
        return get(key, key);
    }
}
