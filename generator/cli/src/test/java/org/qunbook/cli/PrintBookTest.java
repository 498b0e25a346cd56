package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handbook's print page ({@code print/}): every page in reading order with a contents list,
 * links between pages as in-document anchors, form fields as their example text; printed to PDF by
 * headless Chromium ({@code --print-to-pdf}) and read back with poppler's pdfinfo and pdftotext.
 */
class PrintBookTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("QUNBOOK_CHROMIUM", "/usr/bin/chromium"));

    @TempDir
    Path dir;

    @Test
    void everyPageIsInTheBookAndItsLinksStayInside() throws IOException {
        Path site = Repository.builtHandbook();
        Document book = Jsoup.parse(site.resolve("print/index.html").toFile(), "UTF-8");
        List<String> titles = book.select(".print-page-title").eachText();
        List<String> contents = book.select(".print-contents ol ol a").eachText();
        assertThat(contents).isEqualTo(titles);
        // every page built from a file: the sections' pages plus home (generated pages such as setup/ are not)
        long files;
        try (var walk = Files.walk(Repository.content())) {
            files = walk.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("/_")
                    || p.getFileName().toString().equals("_index.md")).count();
        }
        assertThat(titles).hasSize((int) files);
        assertThat(book.select(".print-chapter").first().select(".print-page-title").first().text())
                .isEqualTo("社群运营手册");

        Set<String> ids = new HashSet<>(book.select("[id]").eachAttr("id"));
        assertThat(ids).hasSize(book.select("[id]").size()); // unique
        List<String> broken = new ArrayList<>();
        for (Element link : book.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("#")) {
                if (!ids.contains(href.substring(1))) {
                    broken.add(href);
                }
            } else if (!href.startsWith("../assets/") && !href.equals("../") && !href.equals("../setup/")
                    && !href.startsWith("http")) {
                broken.add(href); // a page of the book linked outside it
            }
        }
        assertThat(broken).isEmpty();
        // a script template's fields print as their example text; checklists stay boxes
        assertThat(book.select("input[type=text], textarea")).isEmpty();
        assertThat(book.select(".print-field").eachText()).contains("小鹿优选");
        assertThat(book.select("input[type=checkbox]")).isNotEmpty();
        assertThat(book.select("script")).isEmpty();
    }

    @Test
    void chromiumPrintsItWithAContentsListAndAChapterPerSheet() throws Exception {
        requireTools();
        Path site = Repository.builtHandbook();
        Path pdf = dir.resolve("handbook.pdf");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile"),
                "--no-pdf-header-footer", "--print-to-pdf=" + pdf, site.resolve("print/index.html").toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(chromium.waitFor(3, TimeUnit.MINUTES)).as("chromium finished").isTrue();
        assertThat(pdf).exists();

        String info = run("pdfinfo", pdf.toString());
        int pages = Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow()
                .replaceAll("\\D", ""));
        Document book = Jsoup.parse(site.resolve("print/index.html").toFile(), "UTF-8");
        List<String> chapterStarts = book.select(".print-chapter").stream()
                .map(c -> c.selectFirst(".print-page-title").text()).toList();
        // cover, contents, then far more sheets than chapters (the handbook is about 200 A4 pages)
        assertThat(pages).isGreaterThan(chapterStarts.size() + 100);

        List<String> sheets = List.of(run("pdftotext", "-layout", pdf.toString(), "-").split("\f"));
        assertThat(sheets.get(0)).contains("社群运营手册").contains("打印版手册");
        String contents = String.join("\n", sheets.subList(1, 4));
        assertThat(contents).contains("目录");
        // the contents list names the chapters in reading order
        int at = 0;
        for (Element chapter : book.select(".print-contents > ol > li > a")) {
            int found = contents.indexOf(chapter.text().replace(" / ", " / "), at);
            assertThat(found).as("chapter '%s' in the contents, in order", chapter.text()).isGreaterThanOrEqualTo(0);
            at = found;
        }
        // each chapter starts on a sheet of its own: some sheet's first line is the chapter's first title
        List<String> firstLines = sheets.stream().map(s -> s.strip().lines().findFirst().orElse("").strip()).toList();
        for (String start : chapterStarts) {
            assertThat(firstLines).as("a sheet starting with '%s'", start).contains(start);
        }
    }

    private static void requireTools() {
        for (String tool : new String[] {CHROMIUM.toString(), "/usr/bin/pdfinfo", "/usr/bin/pdftotext"}) {
            if (!Files.isExecutable(Path.of(tool))) {
                String message = tool + " not installed (chromium, poppler-utils); skipping the PDF test";
                if ("true".equals(System.getenv("CI"))) {
                    fail(message.replace("skipping", "CI=true, so failing"));
                }
                Assumptions.abort(message);
            }
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + out).isZero();
        return out;
    }
}
