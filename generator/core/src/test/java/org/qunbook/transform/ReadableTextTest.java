package org.qunbook.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qunbook.parse.MarkdownParser;
import org.qunbook.parse.MarkdownSetup;

/**
 * The readable text must be exactly jsoup's text of the content with the non-content elements
 * removed from a copy (what it was computed as before it was read in one pass).
 */
class ReadableTextTest {

    private static final String NOT_CONTENT = ".heading-anchor, [role=tooltip], [data-search-exclude], button, "
            + "select, script, style, svg, template";

    @Test
    void leavesOutPermalinksTooltipsAndControls() {
        ReadableText text = ReadableText.of(body("<h2 id=\"a\">找准定位<a class=\"heading-anchor\" href=\"#a\">#</a></h2>"
                + "<p>建群前先想清楚<span class=\"glossary-term\">群定位<span role=\"tooltip\">社群的目标与人群</span></span>。"
                + "<button>复制</button></p><div data-search-exclude>不要搜到我</div><p>第二段</p>"));
        assertThat(text.text()).isEqualTo("找准定位 建群前先想清楚群定位。 第二段");
        assertThat(text.headings()).containsExactly("找准定位");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>一<br>二</p><p>三</p>",
            "<pre>  缩进\n  保留  </pre><p>  压缩   空白  </p>",
            "<div>块<button>钮</button>后文</div>",
            "<div>块</div><button>钮</button>文字<span>行内</span>",
            "<div>块</div><svg><text>图</text></svg><div>块二</div>",
            "<ul><li>一</li><li><span role=tooltip>提示</span></li><li>三</li></ul>",
            "<h2><a class=heading-anchor>#</a></h2><h3>&nbsp;</h3><h4> 标题 <em>强调</em> </h4>",
            "<h2>外<span data-search-exclude><h3>藏起来的</h3></span></h2>",
            "<table><tr><td>格一</td><td>格二</td></tr></table>后面",
            "<script>var a = 1;</script><style>p{}</style><template><p>模板</p></template>正文",
            "<!-- 注释 --><p>a</p>\n\n<p>b</p>  ",
            "<section data-search-exclude>整段</section>"})
    void readsWhatJsoupReadsWithoutTheNonContent(String html) {
        assertSameAsJsoup(body(html));
    }

    /** Random documents of blocks, inline elements, non-content elements, whitespace and text. */
    @Test
    void readsWhatJsoupReadsOnRandomDocuments() {
        Random random = new Random(20261123);
        for (int i = 0; i < 2000; i++) {
            StringBuilder html = new StringBuilder();
            randomNodes(random, html, 4);
            assertSameAsJsoup(body(html.toString()));
        }
    }

    /** Every page of the bundled handbook, as the parse stage makes it. */
    @Test
    void readsWhatJsoupReadsOnTheHandbook() throws IOException {
        MarkdownParser parser = new MarkdownParser(new MarkdownSetup());
        Path content = handbook();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(content)) {
            pages = files.filter(p -> p.toString().endsWith(".md")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(50);
        for (Path page : pages) {
            String markdown = Files.readString(page);
            int frontMatterEnd = markdown.startsWith("---") ? markdown.indexOf("\n---", 3) : -1;
            String html = parser.renderHtml(frontMatterEnd < 0 ? markdown : markdown.substring(frontMatterEnd + 4));
            assertSameAsJsoup(body(html));
        }
    }

    private static void assertSameAsJsoup(Element content) {
        Element copy = content.clone();
        copy.select(NOT_CONTENT).remove();
        ReadableText read = ReadableText.of(content);
        assertThat(read.text()).as(content.html()).isEqualTo(copy.text());
        assertThat(read.headings()).as(content.html()).isEqualTo(copy.select("h2, h3, h4, h5, h6").eachText());
    }

    private static final String[] BLOCKS = {"p", "div", "li", "h2", "h3", "td", "pre", "blockquote", "section"};
    private static final String[] INLINES = {"span", "em", "a", "code", "strong"};
    private static final String[] NOT_CONTENT_OPENINGS = {"<span role=tooltip>", "<a class=heading-anchor>",
            "<div data-search-exclude>", "<button>", "<svg>", "<span data-search-exclude>"};
    private static final String[] TEXTS = {"社群", " 运营 ", "\n", "  ", "SOP", "\u00a0", "定位。", "\t空白\t"};

    private static void randomNodes(Random random, StringBuilder html, int depth) {
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            int kind = depth == 0 ? 0 : random.nextInt(6);
            switch (kind) {
                case 0, 1 -> html.append(TEXTS[random.nextInt(TEXTS.length)]);
                case 2 -> html.append("<br>");
                case 3 -> wrap(random, html, depth, BLOCKS[random.nextInt(BLOCKS.length)]);
                case 4 -> wrap(random, html, depth, INLINES[random.nextInt(INLINES.length)]);
                default -> {
                    String opening = NOT_CONTENT_OPENINGS[random.nextInt(NOT_CONTENT_OPENINGS.length)];
                    html.append(opening);
                    randomNodes(random, html, depth - 1);
                    html.append("</").append(opening, 1, opening.replace('>', ' ').indexOf(' ')).append('>');
                }
            }
        }
    }

    private static void wrap(Random random, StringBuilder html, int depth, String tag) {
        html.append('<').append(tag).append('>');
        randomNodes(random, html, depth - 1);
        html.append("</").append(tag).append('>');
    }

    private static Element body(String html) {
        return Jsoup.parseBodyFragment(html).body();
    }

    private static Path handbook() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("content/qunbook.yml"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository's content/ folder").isNotNull();
        return dir.resolve("content");
    }
}
