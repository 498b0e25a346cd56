package org.qunbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.qunbook.search.ChineseCorpus;
import org.qunbook.search.ScriptFolding;

/**
 * A deterministic, seeded synthetic handbook: N pages across ten sections (each its own content
 * type, like the bundled handbook's), plus a glossary of 500 generated terms, written as a qunbook
 * content folder and, on request, as the same pages for Hugo.
 *
 * <p>Every page has valid front matter for its type, about 1,500 characters of Chinese text with
 * some English, headings, a table, lists, a task list (one checklist per page), links to other pages
 * (same section, other sections, a heading anchor, a glossary term; all valid) and glossary terms in
 * its text. Script-template pages get {@code ```script} blocks using every declared variable, and
 * four playbooks carry {@code setup_step} 1–4, so the site builds with {@code --strict} without a
 * problem. Each term page names the next term, so no term is unused.
 *
 * <p>The same seed gives the same bytes. Run:
 * {@code java -cp bench/target/benchmarks.jar org.qunbook.bench.SyntheticSite --pages 1000 --seed 1
 * --out /tmp/site/content [--hugo /tmp/hugo-site] [--terms 500]}.
 */
public final class SyntheticSite {

    public static final int SECTIONS = 10;
    public static final int DEFAULT_TERMS = 500;

    /** One file: its path below the site's folder ({@code /}-separated) and its text. */
    public record SiteFile(String path, String text) {
    }

    /** A section folder and its content type. */
    private record Section(String folder, String type, String label) {
    }

    private static final List<Section> SECTION_LIST = List.of(
            new Section("playbooks", "playbook", "打法"),
            new Section("group-types", "group-type", "群类型"),
            new Section("case-studies", "case-study", "案例"),
            new Section("scripts", "script-template", "话术模板"),
            new Section("guides", "guide", "指南"),
            new Section("tools", "tool", "工具"),
            new Section("metrics", "metric", "指标"),
            new Section("activities", "activity", "活动"),
            new Section("channels", "channel", "渠道"),
            new Section("faq", "faq", "问答"));
    private static final Section GLOSSARY = new Section("glossary", "glossary", "术语");

    /** A page before it is written: path below the content folder, front matter in order, Markdown body. */
    private record Doc(String path, Map<String, Object> frontMatter, String body) {
    }

    private record Term(String word, String alias) {
    }

    /** Characters of generated terms: common ones, each its own Simplified form (so terms fold apart). */
    private static final String TERM_CHARS = "社群运营用户分层私域流量复购率转化拉新促活留存裂变种草选品爆款群主巡群公告欢迎语红包秒杀"
            + "拼团预售会员积分任务打卡福利直播团购门店导购客服售后口碑内容话题活动渠道标签画像增长召回沉默活跃价值"
            + "成本预算目标指标周期节奏规则奖励权益等级首单回访推荐分享海报社区品牌商品订单库存物流评价";
    private static final String[] HEADINGS = {"为什么要这样做", "具体步骤", "常见错误", "要看的指标", "案例拆解",
        "注意事项", "工具与模板", "复盘要点", "团队分工", "时间安排", "预算与成本", "风险与应对"};
    private static final String[] TAGS = {"拉新", "促活", "留存", "转化", "复购", "裂变", "选品", "内容", "活动", "数据",
        "工具", "群规", "SOP", "私域", "客服", "直播", "社区团购", "会员", "福利", "话术", "入门", "进阶", "复盘", "企业微信"};
    private static final String[] ENGLISH = {
        "Pin the group rules before the first campaign.",
        "Track DAU and GMV weekly, and review the SOP every month.",
        "Use WeCom tags to split members by intent.",
        "Keep each message short enough to read on a phone.",
        "Test two versions of the welcome message for two weeks.",
        "Reply within five minutes while a flash sale is running.",
        "Write down who owns each task, and when it is due.",
        "Measure retention after 7, 30 and 90 days."};
    private static final String[] METRICS = {"DAU", "GMV", "复购率", "入群转化率", "客单价", "退群率", "发言人数", "ARPU"};
    private static final String[] INDUSTRIES = {"母婴", "美妆", "生鲜", "服饰", "教育", "餐饮", "家居", "数码"};
    private static final String[] SCENARIOS = {"welcome", "rules", "daily-topic", "perks", "flash-sale", "trial",
        "reactivation", "win-back", "incident"};
    private static final String[] TIERS = {"strong", "intent", "weak"};
    private static final String[] STAGES = {"launch", "growth", "mature", "silent", "churn"};
    private static final String[][] VARIABLES = {{"品牌名", "品牌名称"}, {"活动时间", "活动开始时间"},
        {"折扣", "折扣力度"}, {"群主昵称", "群主的昵称"}, {"截止时间", "优惠截止时间"}, {"商品名", "主推商品"},
        {"优惠码", "专属优惠码"}};

    private final int pages;
    private final int terms;
    private final long seed;
    private final List<Doc> docs;

    private SyntheticSite(int pages, int terms, long seed, List<Doc> docs) {
        this.pages = pages;
        this.terms = terms;
        this.seed = seed;
        this.docs = docs;
    }

    /** {@code pages} pages across the ten sections, and {@value #DEFAULT_TERMS} glossary terms. */
    public static SyntheticSite generate(int pages, long seed) {
        return generate(pages, DEFAULT_TERMS, seed);
    }

    public static SyntheticSite generate(int pages, int terms, long seed) {
        if (pages < 1 || terms < 2) {
            throw new IllegalArgumentException("need at least 1 page and 2 terms, got " + pages + " and " + terms);
        }
        return new Generator(pages, terms, seed).site();
    }

    public int pages() {
        return pages;
    }

    public int terms() {
        return terms;
    }

    /** The qunbook site: {@code qunbook.yml} and the Markdown pages, paths relative to the content folder. */
    public List<SiteFile> qunbookFiles() {
        List<SiteFile> files = new ArrayList<>();
        files.add(new SiteFile("qunbook.yml", qunbookConfig()));
        for (Doc doc : docs) {
            files.add(new SiteFile(doc.path(), frontMatter(doc.frontMatter()) + "\n" + doc.body()));
        }
        return files;
    }

    /**
     * The Hugo site: config, minimal layouts and the same pages under {@code content/}. The Markdown
     * bodies are byte for byte the qunbook ones (a link render hook resolves the {@code .md} links
     * with {@code relref}); front matter differs only where Hugo gives a key another meaning: a
     * glossary term's {@code aliases} (other spellings, in qunbook; redirect URLs, in Hugo) become
     * {@code synonyms}.
     */
    public List<SiteFile> hugoFiles() {
        List<SiteFile> files = new ArrayList<>(HugoLayouts.files(pages, terms, seed));
        for (Doc doc : docs) {
            Map<String, Object> frontMatter = new LinkedHashMap<>();
            doc.frontMatter().forEach((key, value) -> frontMatter.put(key.equals("aliases") ? "synonyms" : key, value));
            files.add(new SiteFile("content/" + doc.path(), frontMatter(frontMatter) + "\n" + doc.body()));
        }
        return files;
    }

    /** Writes {@link #qunbookFiles()} into {@code contentDir}. */
    public void writeQunbook(Path contentDir) throws IOException {
        write(contentDir, qunbookFiles());
    }

    /** Writes {@link #hugoFiles()} into {@code siteDir}. */
    public void writeHugo(Path siteDir) throws IOException {
        write(siteDir, hugoFiles());
    }

    private static void write(Path dir, List<SiteFile> files) throws IOException {
        for (SiteFile file : files) {
            Path path = dir.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.text(), StandardCharsets.UTF_8);
        }
    }

    private String qunbookConfig() {
        StringBuilder types = new StringBuilder();
        for (Section section : SECTION_LIST) {
            types.append("  ").append(section.type()).append(":\n")
                    .append("    folder: ").append(section.folder()).append('\n')
                    .append("    label: ").append(section.label()).append('\n')
                    .append("    required: ").append(switch (section.type()) {
                        case "group-type" -> "[summary, classification]";
                        case "case-study" -> "[summary, industry]";
                        case "script-template" -> "[summary, scenario, variables]";
                        default -> "[summary]";
                    }).append('\n')
                    .append("    fields:\n").append(switch (section.type()) {
                        case "playbook" -> "      setup_step: { type: integer, values: [1, 2, 3, 4] }\n";
                        case "group-type" -> "      classification: { type: string, values: [nature, purpose] }\n"
                                + "      intent: { type: string, values: [high, low] }\n"
                                + "      order_value: { type: string, values: [high, low] }\n";
                        case "case-study" -> "      industry: { type: string }\n";
                        case "script-template" -> "      scenario: { type: string, values: ["
                                + String.join(", ", SCENARIOS) + "] }\n"
                                + "      tier: { type: string, values: [" + String.join(", ", TIERS) + "] }\n"
                                + "      stage: { type: string, values: [" + String.join(", ", STAGES) + "] }\n"
                                + "      variables: { type: objects }\n";
                        default -> "      level: { type: integer, values: [1, 2, 3] }\n";
                    });
        }
        // The checklist plugin's setup-step check needs four playbooks (setup_step 1..4).
        boolean steps = sectionSize(pages, 0) >= 4;
        return String.format(Locale.ROOT, """
                # Generated by org.qunbook.bench.SyntheticSite: %d pages, %d glossary terms, seed %d.
                title: 基准手册
                description: 合成的社群运营手册，用于性能基准测试。
                language: zh-CN
                base_url: /
                footer: 基准手册 · 由 qunbook 生成
                # The index grows with the site (about 8 KiB gzipped a page); the budget only warns.
                search: { enabled: true, budget_kb: %d }
                types:
                %s  glossary:
                    folder: glossary
                    layout: glossary
                    label: 术语
                    required: [summary, term]
                    fields:
                      term: { type: string }
                      aliases: { type: list }
                plugins:
                  - name: glossary
                  - name: script-templates
                  - name: checklist
                %s""", pages, terms, seed, Math.max(4096, 16 * (pages + terms)), types,
                steps ? "    options: { steps: 4 }\n" : "");
    }

    /** How many of {@code pages} pages fall in section {@code s} (page i is in section i % 10). */
    private static int sectionSize(int pages, int s) {
        return pages / SECTIONS + (s < pages % SECTIONS ? 1 : 0);
    }

    // ---- front matter --------------------------------------------------------------------------

    static String frontMatter(Map<String, Object> keys) {
        StringBuilder yaml = new StringBuilder("---\n");
        keys.forEach((key, value) -> {
            if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
                yaml.append(key).append(":\n");
                for (Object item : list) {
                    String indent = "  - ";
                    for (Map.Entry<?, ?> field : ((Map<?, ?>) item).entrySet()) {
                        yaml.append(indent).append(field.getKey()).append(": ").append(scalar(field.getValue()))
                                .append('\n');
                        indent = "    ";
                    }
                }
            } else {
                yaml.append(key).append(": ").append(scalar(value)).append('\n');
            }
        });
        return yaml.append("---\n").toString();
    }

    private static String scalar(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(SyntheticSite::scalar).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof String text) {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return String.valueOf(value);
    }

    // ---- generation ----------------------------------------------------------------------------

    /** One generation: all random choices in a fixed order, so a seed always gives the same site. */
    private static final class Generator {
        private final int pages;
        private final int termCount;
        private final long seed;
        private final Random random;
        private final ChineseCorpus corpus;
        private final List<String> titles = new ArrayList<>();
        private final List<Term> terms;

        Generator(int pages, int termCount, long seed) {
            this.pages = pages;
            this.termCount = termCount;
            this.seed = seed;
            this.random = new Random(seed);
            this.corpus = new ChineseCorpus(seed);
            this.terms = terms(termCount);
            for (int i = 0; i < pages; i++) {
                titles.add(corpus.title().strip());
            }
        }

        SyntheticSite site() {
            List<Doc> docs = new ArrayList<>();
            docs.add(home());
            for (int s = 0; s < SECTIONS; s++) {
                docs.add(sectionIndex(SECTION_LIST.get(s), s));
            }
            docs.add(sectionIndex(GLOSSARY, SECTIONS));
            for (int i = 0; i < pages; i++) {
                docs.add(page(i));
            }
            for (int t = 0; t < terms.size(); t++) {
                docs.add(termPage(t));
            }
            return new SyntheticSite(pages, termCount, seed, List.copyOf(docs));
        }

        private List<Term> terms(int count) {
            ScriptFolding folding = ScriptFolding.openCc();
            String chars = TERM_CHARS.codePoints().filter(c -> folding.fold(c) == c).distinct()
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            Set<String> words = new LinkedHashSet<>();
            Set<String> aliases = new LinkedHashSet<>();
            List<Term> list = new ArrayList<>();
            while (list.size() < count) {
                StringBuilder word = new StringBuilder();
                for (int k = 2 + random.nextInt(3); k > 0; k--) {
                    word.append(chars.charAt(random.nextInt(chars.length())));
                }
                String alias = null;
                if (random.nextInt(4) == 0) {
                    StringBuilder latin = new StringBuilder();
                    for (int k = 3 + random.nextInt(2); k > 0; k--) {
                        latin.append((char) ('A' + random.nextInt(26)));
                    }
                    alias = aliases.add(latin.toString()) ? latin.toString() : null;
                }
                if (words.add(word.toString())) {
                    list.add(new Term(word.toString(), alias));
                }
            }
            return list;
        }

        private Doc home() {
            StringBuilder body = new StringBuilder("## 这本手册是什么\n\n").append(corpus.text(200)).append("\n\n## 目录\n\n");
            for (Section section : SECTION_LIST) {
                body.append("- [").append(section.label()).append("](").append(section.folder()).append("/_index.md)\n");
            }
            body.append("- [术语表](glossary/_index.md)\n");
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("title", "基准手册");
            fm.put("summary", phrase(40));
            return new Doc("_index.md", fm, body.toString());
        }

        private Doc sectionIndex(Section section, int s) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("title", section == GLOSSARY ? "术语表" : section.label());
            fm.put("summary", phrase(30));
            fm.put("weight", (s + 1) * 10);
            return new Doc(section.folder() + "/_index.md", fm, "## 本部分收录什么\n\n" + corpus.text(200) + "\n");
        }

        private Doc page(int i) {
            Section section = SECTION_LIST.get(i % SECTIONS);
            int k = i / SECTIONS;
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("title", titles.get(i));
            fm.put("summary", phrase(40));
            fm.put("tags", pick(TAGS, 2 + random.nextInt(2)));
            fm.put("weight", k + 1);
            fm.put("date", String.format(Locale.ROOT, "2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
            List<String> variables = List.of();
            switch (section.type()) {
                case "playbook" -> {
                    if (k < 4 && sectionSize(pages, 0) >= 4) {
                        fm.put("setup_step", k + 1);
                    }
                }
                case "group-type" -> {
                    fm.put("classification", k % 2 == 0 ? "nature" : "purpose");
                    fm.put("intent", random.nextBoolean() ? "high" : "low");
                    fm.put("order_value", random.nextBoolean() ? "high" : "low");
                }
                case "case-study" -> fm.put("industry", INDUSTRIES[random.nextInt(INDUSTRIES.length)]);
                case "script-template" -> {
                    fm.put("scenario", SCENARIOS[k % SCENARIOS.length]);
                    fm.put("tier", TIERS[random.nextInt(TIERS.length)]);
                    fm.put("stage", STAGES[random.nextInt(STAGES.length)]);
                    List<Map<String, Object>> declared = new ArrayList<>();
                    List<String> names = new ArrayList<>();
                    for (int v : distinct(VARIABLES.length, 2 + random.nextInt(2))) {
                        Map<String, Object> variable = new LinkedHashMap<>();
                        variable.put("name", VARIABLES[v][0]);
                        variable.put("label", VARIABLES[v][1]);
                        variable.put("example", phrase(6));
                        declared.add(variable);
                        names.add(VARIABLES[v][0]);
                    }
                    fm.put("variables", declared);
                    variables = names;
                }
                default -> fm.put("level", 1 + random.nextInt(3));
            }
            return new Doc(section.folder() + "/" + fileName(k), fm, body(i, variables));
        }

        private String body(int i, List<String> variables) {
            List<String> headings = pick(HEADINGS, 3);
            StringBuilder md = new StringBuilder();
            if (!variables.isEmpty()) {
                md.append("## 话术\n\n");
                for (String variant : List.of("正式版", "亲切版")) {
                    md.append("```script ").append(variant).append('\n');
                    for (String name : variables) {
                        md.append(phrase(20)).append("{{").append(name).append("}}\n");
                    }
                    md.append("```\n\n");
                }
            }
            md.append("## 概述\n\n").append(corpus.text(280)).append(termMentions()).append("\n\n")
                    .append(ENGLISH[random.nextInt(ENGLISH.length)]).append(" 参见").append(link(i, sibling(i), ""))
                    .append("。\n\n");
            md.append("## ").append(headings.get(0)).append("\n\n").append(corpus.text(300)).append(termMentions())
                    .append("另见").append(link(i, random.nextInt(pages), "")).append("。\n\n");
            for (int item = 0; item < 3; item++) {
                md.append(item == 0 ? "- **" + phrase(4) + "**：" : "- ").append(phrase(30)).append('\n');
            }
            md.append("\n## ").append(headings.get(1)).append("\n\n| 指标 | 目标值 | 说明 |\n|---|---:|---|\n");
            for (String metric : pick(METRICS, 4)) {
                md.append("| ").append(metric).append(" | ").append(String.format(Locale.ROOT, "%,d", 10 + random.nextInt(20000)))
                        .append(" | ").append(phrase(16)).append(" |\n");
            }
            md.append('\n').append(corpus.text(250)).append("\n\n");
            for (int item = 1; item <= 3; item++) {
                md.append(item).append(". ").append(phrase(40)).append('\n');
            }
            md.append("\n## 检查清单\n\n");
            for (int item = 1; item <= 4; item++) {
                md.append(item == 3 ? "- [x] " : "- [ ] ").append("第").append(item).append("项：").append(phrase(18))
                        .append('\n');
            }
            int anchored = random.nextInt(pages);
            int term = random.nextInt(terms.size());
            md.append("\n## ").append(headings.get(2)).append("\n\n").append(corpus.text(300)).append(termMentions())
                    .append("细节见").append(link(i, anchored, "#概述"))
                    .append("，术语见[").append(terms.get(term).word()).append("](../glossary/").append(termFile(term))
                    .append(")。\n\n> ").append(phrase(60)).append('\n');
            return md.toString();
        }

        private Doc termPage(int t) {
            Term term = terms.get(t);
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("title", term.word());
            fm.put("term", term.word());
            if (term.alias() != null) {
                fm.put("aliases", List.of(term.alias()));
            }
            fm.put("summary", phrase(25));
            int page = random.nextInt(pages);
            // Naming the next term guarantees every term is used somewhere (else: a warning per term).
            String body = corpus.text(150) + "\n\n相关：" + terms.get((t + 1) % terms.size()).word() + "。延伸阅读："
                    + link(-1, page, "") + "。\n";
            return new Doc(GLOSSARY.folder() + "/" + termFile(t), fm, body);
        }

        /** Two terms in quotes (punctuation on both sides, so nothing next to them changes the match). */
        private String termMentions() {
            Term a = terms.get(skewed(terms.size()));
            Term b = terms.get(skewed(terms.size()));
            String second = b.alias() != null && random.nextBoolean() ? " " + b.alias() + " " : "“" + b.word() + "”";
            return "重点是“" + a.word() + "”和" + second + "。";
        }

        /** Another page of the same section, or any other page if the section has only this one. */
        private int sibling(int i) {
            int next = i + SECTIONS;
            if (next < pages) {
                return next;
            }
            int first = i % SECTIONS;
            return first != i ? first : (i + 1) % pages;
        }

        /** A relative Markdown link from page {@code from} (-1: a glossary page) to page {@code to}. */
        private String link(int from, int to, String anchor) {
            Section target = SECTION_LIST.get(to % SECTIONS);
            boolean sameSection = from >= 0 && from % SECTIONS == to % SECTIONS;
            return "[" + titles.get(to) + "](" + (sameSection ? "" : "../" + target.folder() + "/")
                    + fileName(to / SECTIONS) + anchor + ")";
        }

        private String phrase(int chars) {
            return corpus.text(chars).replace("\n", "").strip();
        }

        private List<String> pick(String[] from, int count) {
            return distinct(from.length, count).stream().map(index -> from[index]).toList();
        }

        private List<Integer> distinct(int size, int count) {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                indexes.add(i);
            }
            Collections.shuffle(indexes, random);
            return indexes.subList(0, Math.min(count, size));
        }

        /** Small indexes far more likely: a few terms are everywhere, most are rare. */
        private int skewed(int n) {
            double r = random.nextDouble();
            return (int) (n * r * r);
        }
    }

    private static String fileName(int indexInSection) {
        return String.format(Locale.ROOT, "p%04d.md", indexInSection);
    }

    private static String termFile(int term) {
        return String.format(Locale.ROOT, "g%04d.md", term);
    }

    // ---- command line ----------------------------------------------------------------------------

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--pages", "1000", "--seed", "1",
                "--terms", String.valueOf(DEFAULT_TERMS)));
        for (int a = 0; a < args.length; a++) {
            if (!args[a].startsWith("--") || a + 1 == args.length || !Set.of("--pages", "--seed", "--terms", "--out",
                    "--hugo").contains(args[a])) {
                usage("unexpected argument '" + args[a] + "'");
            }
            options.put(args[a], args[++a]);
        }
        if (!options.containsKey("--out")) {
            usage("--out is required");
        }
        SyntheticSite site;
        try {
            site = generate(Integer.parseInt(options.get("--pages")), Integer.parseInt(options.get("--terms")),
                    Long.parseLong(options.get("--seed")));
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
            return;
        }
        Path out = Path.of(options.get("--out"));
        requireEmpty(out);
        site.writeQunbook(out);
        String hugo = "";
        if (options.containsKey("--hugo")) {
            Path hugoDir = Path.of(options.get("--hugo"));
            requireEmpty(hugoDir);
            site.writeHugo(hugoDir);
            hugo = " and the Hugo site to " + hugoDir;
        }
        System.out.printf(Locale.ROOT, "wrote %d pages and %d glossary terms (seed %s) to %s%s%n", site.pages(),
                site.terms(), options.get("--seed"), out, hugo);
    }

    private static void requireEmpty(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    usage(dir + " is not empty");
                }
            }
        } else if (Files.exists(dir)) {
            usage(dir + " is not a folder");
        }
    }

    private static void usage(String problem) {
        System.err.println("SyntheticSite: " + problem);
        System.err.println("usage: SyntheticSite --out CONTENT_DIR [--pages N] [--seed S] [--terms T] [--hugo HUGO_DIR]");
        System.exit(2);
    }
}
