package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled handbook keeps its size and its quality bar, so it cannot silently shrink. */
class HandbookContentTest {

    static Path site;

    @BeforeAll
    static void buildTheHandbook() {
        site = Repository.builtHandbook();
    }

    @Test
    void hasEveryPartInFull() throws IOException {
        assertThat(pages("playbooks")).hasSizeGreaterThanOrEqualTo(17);
        assertThat(pages("group-types")).hasSize(10);
        assertThat(pages("case-studies")).hasSize(3);
        assertThat(pages("scripts")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(pages("glossary")).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void everyPageLinksToAtLeastTwoOtherPages() throws IOException {
        List<String> poor = new ArrayList<>();
        for (Path page : contentPages()) {
            Set<String> targets = new HashSet<>();
            for (Element link : body(page).select("a[href]:not(.heading-anchor)")) {
                String href = link.attr("href");
                if (!href.startsWith("#") && !href.matches("^[a-z]+:.*") && !href.equals("./")) {
                    targets.add(href.replaceAll("#.*$", ""));
                }
            }
            if (targets.size() < 2) {
                poor.add(site.relativize(page) + " links to " + targets);
            }
        }
        assertThat(poor).isEmpty();
    }

    @Test
    void noPageIsUnreachableFromTheNavigation() throws IOException {
        Set<Path> seen = new HashSet<>();
        Deque<Path> queue = new ArrayDeque<>(List.of(site.resolve("index.html")));
        while (!queue.isEmpty()) {
            Path page = queue.removeFirst();
            if (!seen.add(page)) {
                continue;
            }
            Document document = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), page.toUri().toString());
            for (Element link : document.select("nav a[href], main a[href]")) {
                String url = link.absUrl("href").replaceAll("[#?].*$", "");
                if (!url.startsWith("file:")) {
                    continue;
                }
                Path target = Path.of(java.net.URI.create(url));
                target = Files.isDirectory(target) ? target.resolve("index.html") : target;
                if (target.toString().endsWith(".html") && Files.isRegularFile(target)) {
                    queue.add(target.normalize());
                }
            }
        }
        List<Path> unreachable = contentPages().stream().filter(p -> !seen.contains(p)).toList();
        assertThat(unreachable).isEmpty();
    }

    @Test
    void everyPageButGlossaryTermsHasAtLeast300CharactersOfBodyText() throws IOException {
        List<String> thin = new ArrayList<>();
        for (Path page : contentPages()) {
            String relative = site.relativize(page).toString();
            if (relative.startsWith("glossary/") && !relative.equals("glossary/index.html")) {
                continue;
            }
            long chars = body(page).text().codePoints()
                    .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
            if (chars < 300) {
                thin.add(relative + ": " + chars);
            }
        }
        assertThat(thin).isEmpty();
    }

    /**
     * The counts issue 22 asks for once its new pages (written on a parallel branch) are merged. Until
     * then this test is skipped, not failed: it runs as soon as the first of those pages exists.
     */
    @Test
    void hasTheFullHandbookOfIssue22() throws IOException {
        assumeTrue(Files.isRegularFile(Repository.content().resolve("playbooks/fission-campaign.md")),
                "the new playbooks, scripts and glossary terms of issue 22 are not merged yet");
        assertThat(pages("playbooks")).hasSizeGreaterThanOrEqualTo(21);
        assertThat(pages("group-types")).hasSize(10);
        assertThat(pages("case-studies")).hasSize(3);
        assertThat(pages("scripts")).hasSizeGreaterThanOrEqualTo(18);
        assertThat(pages("glossary")).hasSizeGreaterThanOrEqualTo(53);
    }

    /** Every playbook can be run: who does it and when, what to measure, what to tick, where to go next. */
    @Test
    void everyPlaybookHasOwnerTimingMetricsChecklistAndRelatedPages() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path md : pages("playbooks")) {
            String name = md.getFileName().toString();
            Element body = body(builtPage("playbooks", md));
            Element owner = section(body, "负责人与节奏");
            if (owner == null || !ROLE.matcher(owner.text()).find()) {
                missing.add(name + ": no '## 负责人与节奏' naming a role (社群负责人, 群主, 执行人…)");
            }
            checkMetrics(name, body, !name.equals("metrics-definitions.md"), missing);
            checkChecklist(name, body, missing);
            Element related = section(body, "相关页面");
            if (related == null || pageLinks(related).size() < 2) {
                missing.add(name + ": no '## 相关页面' with at least two links to other pages");
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Group-type guides are used as operating guides too: a checklist and metric targets on each. */
    @Test
    void everyGroupTypeHasAChecklistAndMetricTargets() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path md : pages("group-types")) {
            String name = md.getFileName().toString();
            Element body = body(builtPage("group-types", md));
            checkMetrics(name, body, true, missing);
            checkChecklist(name, body, missing);
        }
        assertThat(missing).isEmpty();
    }

    /** Stage durations on the lifecycle playbook and report templates on the data review. */
    @Test
    void lifecycleGivesStageDurationsAndDataReviewGivesReportTemplates() throws IOException {
        Element lifecycle = body(site.resolve("playbooks/lifecycle/index.html"));
        Element durations = section(lifecycle, "每个时期大概多长");
        assertThat(durations).as("lifecycle: section 每个时期大概多长").isNotNull();
        assertThat(durations.select("tr").stream().map(Element::text).toList())
                .anySatisfy(row -> assertThat(row).contains("初建期").containsPattern("\\d+ 周"))
                .anySatisfy(row -> assertThat(row).contains("成长期").containsPattern("\\d+ 个月"));
        Element review = body(site.resolve("playbooks/data-review/index.html"));
        Element templates = section(review, "报表模板");
        assertThat(templates).as("data-review: section 报表模板").isNotNull();
        assertThat(templates.select("h3").stream().map(Element::ownText).toList()).containsExactly("用户报表（周）", "商品报表（周）", "渠道报表（月）",
                "活动报表（每场）");
        assertThat(templates.select("table")).hasSize(4);
    }

    /**
     * The catalogue's tier and stage filters only work if templates say whom and when they are for. A
     * scenario listed here needs the fields given; templates of other scenarios are not checked.
     */
    @Test
    void scriptTemplatesDeclareTierAndStageWhereTheirScenarioCallsForIt() throws IOException {
        Map<String, List<String>> required = new LinkedHashMap<>();
        required.put("welcome", List.of("tier", "stage"));
        required.put("daily-topic", List.of("tier", "stage"));
        required.put("perks", List.of("tier", "stage"));
        required.put("flash-sale", List.of("tier", "stage"));
        required.put("trial", List.of("tier", "stage"));
        required.put("rules", List.of("stage"));
        required.put("reactivation", List.of("stage"));
        required.put("win-back", List.of("stage"));
        required.put("incident", List.of());
        List<String> missing = new ArrayList<>();
        for (Path md : pages("scripts")) {
            String frontMatter = frontMatter(md);
            String scenario = field(frontMatter, "scenario");
            for (String key : required.getOrDefault(scenario, List.of())) {
                if (field(frontMatter, key) == null) {
                    missing.add(md.getFileName() + " (scenario " + scenario + ") has no '" + key + "'");
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(field(frontMatter(Repository.content().resolve("scripts/welcome-hk.md")), "tier")).isEqualTo("strong");
        assertThat(field(frontMatter(Repository.content().resolve("scripts/daily-topic.md")), "tier")).isEqualTo("intent");
        assertThat(field(frontMatter(Repository.content().resolve("scripts/red-packet-perks.md")), "tier"))
                .isEqualTo("intent");
    }

    /**
     * A blank the sender must fill is a {{variable}}, so the form's empty-field counter sees it; a
     * "（此处粘贴…）" or "@（成员）" left in the script text is copied and sent as is.
     */
    @Test
    void scriptTemplatesHaveNoBlankOutsidePlaceholders() throws IOException {
        Pattern blank = Pattern.compile("（[^（）{}]*(此处|粘贴|填写|链接|昵称|成员)[^（）{}]*）|@（|（@");
        List<String> blanks = new ArrayList<>();
        for (Path md : pages("scripts")) {
            List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8);
            boolean inScript = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("```")) {
                    inScript = !inScript && line.startsWith("```script");
                    continue;
                }
                if (inScript && blank.matcher(line).find()) {
                    blanks.add(md.getFileName() + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertThat(blanks).isEmpty();
    }

    /**
     * One operating standard: the pages that state a sanction, a patrol frequency, a response time, the
     * silent/churned thresholds or a metric formula link to the page that fixes it.
     */
    @Test
    void pagesStatingTheTeamRulesLinkToTheStandards() throws IOException {
        Pattern rule = Pattern.compile("禁言|移出|每 ?\\d+ ?(小时|分钟).{0,4}巡|巡群.{0,8}每|\\d+ ?分钟内.{0,8}回应"
                + "|\\d+ ?天.{0,12}(没有|无)(发言|订单|下单|购买)");
        Pattern formula = Pattern.compile(
                "÷|(活跃率|复购率|转化率|退群率|留存率|核销率|连带率|获客成本|投入产出比)[^。；\\n]{0,20}\\d+ ?%");
        List<String> unlinked = new ArrayList<>();
        for (String section : List.of("playbooks", "group-types", "case-studies", "scripts", "glossary")) {
            for (Path md : pages(section)) {
                String name = md.getFileName().toString();
                if (name.equals("operating-standard.md") || name.equals("metrics-definitions.md")) {
                    continue;
                }
                String text = Files.readString(md, StandardCharsets.UTF_8);
                String withoutFrontMatter = text.substring(frontMatter(md).length());
                Set<String> links = pageLinks(body(builtPage(section, md)));
                if (rule.matcher(withoutFrontMatter).find() && links.stream().noneMatch(l -> l.contains("operating-standard"))) {
                    unlinked.add(section + "/" + name + " states a team rule but does not link the 运营标准");
                }
                if (formula.matcher(withoutFrontMatter).find()
                        && links.stream().noneMatch(l -> l.contains("metrics-definitions"))) {
                    unlinked.add(section + "/" + name + " uses a metric but does not link the 指标口径");
                }
            }
        }
        assertThat(Repository.content().resolve("playbooks/operating-standard.md")).isRegularFile();
        assertThat(Repository.content().resolve("playbooks/metrics-definitions.md")).isRegularFile();
        assertThat(unlinked).isEmpty();
    }

    private static final Pattern ROLE = Pattern.compile("社群负责人|群主|执行人|巡群|商品同事|KOC");

    private static void checkMetrics(String name, Element body, boolean mustLinkDefinitions, List<String> missing) {
        Element metrics = section(body, "要看的指标");
        if (metrics == null) {
            missing.add(name + ": no '## 要看的指标'");
        } else if (!metrics.text().contains("团队经验值")) {
            missing.add(name + ": '## 要看的指标' gives no targets labelled 团队经验值");
        } else if (mustLinkDefinitions
                && metrics.select("a[href]").stream().noneMatch(a -> a.attr("href").contains("metrics-definitions"))) {
            missing.add(name + ": '## 要看的指标' does not link the 指标口径 page");
        }
    }

    private static void checkChecklist(String name, Element body, List<String> missing) {
        Element checklist = section(body, "检查清单");
        if (checklist == null || checklist.select(".checklist .checklist-item").size() < 3) {
            missing.add(name + ": no '## 检查清单' with a task list of at least three items");
        }
    }

    /** The h2 with this id and everything up to the next h2, as one element (null if absent). */
    private static Element section(Element body, String id) {
        Element heading = body.selectFirst("h2[id=" + id + "]");
        if (heading == null) {
            return null;
        }
        Element section = new Element("section");
        for (Element next = heading.nextElementSibling(); next != null && !next.tagName().equals("h2");
                next = next.nextElementSibling()) {
            section.appendChild(next.clone());
        }
        return section;
    }

    /** Links to other pages of the site (not anchors on the same page, not external). */
    private static Set<String> pageLinks(Element element) {
        Set<String> targets = new HashSet<>();
        for (Element link : element.select("a[href]:not(.heading-anchor):not(.glossary-term)")) {
            String href = link.attr("href");
            if (!href.startsWith("#") && !href.matches("^[a-z]+:.*")) {
                targets.add(href.replaceAll("#.*$", ""));
            }
        }
        return targets;
    }

    private static Path builtPage(String section, Path md) {
        String name = md.getFileName().toString().replaceFirst("\\.md$", "");
        return site.resolve(section).resolve(name).resolve("index.html");
    }

    /** The front matter block, with its delimiters. */
    private static String frontMatter(Path md) throws IOException {
        String text = Files.readString(md, StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile("\\A---\\R.*?\\R---\\R", Pattern.DOTALL).matcher(text);
        return matcher.find() ? matcher.group() : "";
    }

    /** A top-level scalar of the front matter, unquoted, or null. */
    private static String field(String frontMatter, String key) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(key) + ":\\s*\"?([^\"\\r\\n]*?)\"?\\s*$").matcher(frontMatter);
        return matcher.find() && !matcher.group(1).isEmpty() ? matcher.group(1) : null;
    }

    /**
     * Issue 27: a small tag vocabulary. Tags used once fail the strict build
     * ({@code tags.warn_single_use}); this keeps every page findable by two to four of them.
     */
    @Test
    void everyPageHasTwoToFourTags() throws IOException {
        Pattern tags = Pattern.compile("(?m)^tags:\\s*\\[(.*)]\\s*$");
        List<String> off = new ArrayList<>();
        for (String section : List.of("playbooks", "group-types", "case-studies", "scripts", "glossary")) {
            for (Path md : pages(section)) {
                Matcher m = tags.matcher(Files.readString(md, StandardCharsets.UTF_8));
                int count = m.find() && !m.group(1).isBlank() ? m.group(1).split(",").length : 0;
                if (count < 2 || count > 4) {
                    off.add(section + "/" + md.getFileName() + ": " + count + " tags");
                }
            }
        }
        assertThat(off).isEmpty();
    }

    private static Element body(Path page) throws IOException {
        Document document = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
        Element content = document.selectFirst("main .prose, main");
        return content == null ? document.body() : content;
    }

    private static List<Path> pages(String section) throws IOException {
        try (Stream<Path> files = Files.list(Repository.content().resolve(section))) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("_index.md"))
                    .toList();
        }
    }

    /** The built pages that come from content/ Markdown files. */
    private static List<Path> contentPages() throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Repository.content())) {
            for (Path md : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String relative = Repository.content().relativize(md).toString().replace('\\', '/');
                if (relative.startsWith("_")) {
                    relative = relative.replaceFirst("^_index\\.md$", "");
                }
                String url = relative.endsWith("_index.md") ? relative.replace("_index.md", "")
                        : relative.replace(".md", "/");
                pages.add(site.resolve(url).resolve("index.html").normalize());
            }
        }
        return pages;
    }
}
