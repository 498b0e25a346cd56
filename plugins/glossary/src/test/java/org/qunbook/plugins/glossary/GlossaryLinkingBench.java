package org.qunbook.plugins.glossary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.qunbook.build.Build;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.testing.TestSite;

/**
 * Not a test: a rough measurement of what linking costs. Builds a generated site of 500 terms and
 * 1,000 pages (about 1,200 characters each, with terms sprinkled in) with and without the plugin
 * and prints the times: first of the matching and linking alone over the parsed pages (in memory,
 * single thread), then, with {@code --builds}, of whole builds with and without the plugin (which
 * on a busy machine are dominated by everything else a build does). Run it from the IDE or with
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.qunbook.plugins.glossary.GlossaryLinkingBench}.
 */
public final class GlossaryLinkingBench {

    private static final String HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年"
            + "动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两"
            + "体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";

    private GlossaryLinkingBench() {
    }

    public static void main(String[] args) throws IOException {
        Random random = new Random(42);
        List<String> terms = new ArrayList<>(generateTerms(random, 500));
        String files = pages(random, terms, 1000) + termPages(terms);
        timeLinkingAlone(terms, files);
        if (args.length == 0 || !args[0].equals("--builds")) {
            return;
        }
        Path withPlugin = Files.createTempDirectory("glossary-bench-on-");
        Path withoutPlugin = Files.createTempDirectory("glossary-bench-off-");
        TestSite.write(withPlugin, GlossarySites.CONFIG + files);
        TestSite.write(withoutPlugin, GlossarySites.CONFIG.replace("plugins:\n  - name: glossary\n", "") + files);
        // A warm-up build of each, then the measured ones.
        for (int round = 0; round < 3; round++) {
            long off = time(withoutPlugin);
            long on = time(withPlugin);
            System.out.printf("round %d: 500 terms, 1000 pages: without glossary %d ms, with glossary %d ms "
                    + "(linking costs %d ms)%n", round, off, on, on - off);
        }
    }

    /** Parses the generated pages' paragraphs, then times finding and linking terms in all of them. */
    private static void timeLinkingAlone(List<String> terms, String files) {
        Spelling spelling = new Spelling(new org.qunbook.plugin.SiteTextTools(
                org.qunbook.search.ScriptFolding.openCc(), new org.qunbook.text.PinyinOrder()));
        java.util.Map<String, Term> keys = new java.util.LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            keys.put(spelling.fold(terms.get(i)), new Term("t" + i, terms.get(i), List.of(), "定义", null));
        }
        long built = System.nanoTime();
        TermOccurrences occurrences = new TermOccurrences(new TermMatcher(spelling, keys));
        System.out.printf("automaton over %d terms built in %d ms%n", terms.size(), (System.nanoTime() - built) / 1_000_000);
        List<String> bodies = new ArrayList<>();
        for (String file : files.split("\n-- ")) {
            if (file.contains("content/p/")) {
                bodies.add(file.substring(file.indexOf("---\n", 10) + 4).replace("\n\n", "</p><p>"));
            }
        }
        for (int round = 0; round < 5; round++) {
            List<org.jsoup.nodes.Element> contents = bodies.stream()
                    .map(b -> org.jsoup.Jsoup.parseBodyFragment("<p>" + b + "</p>").body()).toList();
            long chars = contents.stream().mapToLong(c -> c.text().length()).sum();
            long start = System.nanoTime();
            long scanned = 0;
            for (org.jsoup.nodes.Element content : contents) {
                scanned += occurrences.find(content, null, false).size();
            }
            long scanning = System.nanoTime() - start;
            for (org.jsoup.nodes.Element content : contents) {
                TermLinks.apply(occurrences.find(content, null, false), false, term -> "/" + term.id() + "/");
            }
            long linking = System.nanoTime() - start - scanning;
            System.out.printf("round %d: %d pages, %d characters: finding %d occurrences %d ms, "
                    + "finding again and linking the first of each term per page %d ms%n", round, contents.size(),
                    chars, scanned, scanning / 1_000_000, linking / 1_000_000);
        }
    }

    private static long time(Path root) {
        long start = System.nanoTime();
        BuildResult result = new Build(BuildOptions.of(root.resolve("content"), root.resolve("public"))).run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result.errors() > 0) {
            throw new IllegalStateException(TestSite.format(result.problems()));
        }
        return millis;
    }

    private static Set<String> generateTerms(Random random, int count) {
        Set<String> terms = new LinkedHashSet<>();
        while (terms.size() < count) {
            int length = 2 + random.nextInt(3);
            StringBuilder term = new StringBuilder();
            for (int i = 0; i < length; i++) {
                term.append(HAN.charAt(random.nextInt(HAN.length())));
            }
            terms.add(term.toString());
        }
        return terms;
    }

    private static String pages(Random random, List<String> terms, int count) {
        StringBuilder files = new StringBuilder();
        for (int page = 0; page < count; page++) {
            files.append("-- content/p/").append(page).append(".md --\n---\ntitle: 页面").append(page).append("\n---\n");
            for (int paragraph = 0; paragraph < 8; paragraph++) {
                for (int i = 0; i < 150; i++) {
                    files.append(random.nextInt(40) == 0 ? terms.get(random.nextInt(terms.size()))
                            : String.valueOf(HAN.charAt(random.nextInt(HAN.length()))));
                }
                files.append("。\n\n");
            }
        }
        return files.toString();
    }

    private static String termPages(List<String> terms) {
        StringBuilder files = new StringBuilder("-- content/glossary/_index.md --\n---\ntitle: 术语表\n---\n");
        for (int i = 0; i < terms.size(); i++) {
            files.append("-- content/glossary/t").append(i).append(".md --\n---\ntitle: ").append(terms.get(i))
                    .append("\nterm: ").append(terms.get(i)).append("\nsummary: 术语").append(i).append("的定义。\n---\n");
        }
        return files.toString();
    }
}
