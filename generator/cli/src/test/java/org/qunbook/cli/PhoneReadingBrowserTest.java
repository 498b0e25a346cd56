package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.qunbook.serve.SiteServer;
import org.qunbook.testing.Browser;

/**
 * The handbook as operators read it: on a phone (390×844, touch) and on a laptop (1280×800),
 * served with the theme's CSP. Each test names what a reader would notice.
 */
class PhoneReadingBrowserTest {

    /** One page of every layout the theme has. */
    static final List<String> PAGE_TYPES = List.of("", "playbooks/", "playbooks/setup-positioning/", "group-types/",
            "group-types/low-price-traffic/", "case-studies/local-supermarket-daily/", "scripts/",
            "scripts/flash-sale/", "glossary/", "glossary/siyu/", "setup/", "tags/", "tags/KOC/", "404.html");

    static SiteServer server;

    @BeforeAll
    static void serveTheHandbook() throws Exception {
        server = SiteServer.start(Repository.builtHandbook(), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static void open(Browser browser, String path) {
        browser.driver().get(server.url() + path);
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> "complete".equals(browser.script("return document.readyState")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> box(Browser browser, WebElement element) {
        return (Map<String, Number>) browser.script("return arguments[0].getBoundingClientRect().toJSON();", element);
    }

    /** The term link furthest right in the page's text (outside tables), or inside a table. */
    private static WebElement rightmostTerm(Browser browser, boolean inTable) {
        return (WebElement) browser.script("""
                var best = null, right = -1;
                document.querySelectorAll('.prose a.glossary-term').forEach(function (a) {
                  if (!!a.closest('table') !== arguments[0]) return;
                  var r = a.getBoundingClientRect();
                  if (r.right > right) { right = r.right; best = a; }
                });
                return best;""".replace("arguments[0]", String.valueOf(inTable)));
    }

    private static WebElement tipOf(Browser browser, WebElement term) {
        return browser.driver().findElement(By.id(term.getAttribute("aria-describedby")));
    }

    /** The tooltip is shown, wholly inside the viewport, on top (not clipped by a scrolling table), and the page did not widen. */
    private static void assertTipFits(Browser browser, WebElement tip, int viewportWidth) {
        browser.waitUpTo(Duration.ofSeconds(5)).until(d -> tip.isDisplayed());
        Map<String, Number> box = box(browser, tip);
        assertThat(box.get("left").doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(box.get("right").doubleValue()).isLessThanOrEqualTo(viewportWidth);
        assertThat(box.get("top").doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(box.get("bottom").doubleValue()).isLessThanOrEqualTo(((Number) browser.script("return innerHeight")).doubleValue());
        Object onTop = browser.script("""
                var r = arguments[0].getBoundingClientRect();
                var hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(12, r.height / 2));
                return !!hit && arguments[0].contains(hit);""", tip);
        assertThat(onTop).as("the tooltip is visible on top, not clipped").isEqualTo(true);
        assertThat(browser.horizontalOverflow()).as("page wider than the viewport").isZero();
    }

    @Test
    void noPageTypeIsWiderThanAPhone() {
        try (Browser browser = Browser.startPhone()) {
            for (String path : PAGE_TYPES) {
                open(browser, path);
                assertThat(browser.horizontalOverflow()).as("overflow on /" + path).isZero();
            }
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aTermTappedOnAPhoneOpensABottomSheetThatFitsAlsoInsideATable() {
        try (Browser browser = Browser.startPhone()) {
            open(browser, "group-types/");
            WebElement term = rightmostTerm(browser, false);
            browser.tap(term);
            WebElement tip = tipOf(browser, term);
            assertTipFits(browser, tip, 390);
            assertThat(tip.getAttribute("class")).contains("glossary-tip-sheet");
            assertThat(browser.driver().getCurrentUrl()).endsWith("group-types/");
            WebElement more = tip.findElement(By.cssSelector("a.glossary-tip-more"));
            assertThat(more.getText()).isEqualTo("查看词条 →");
            assertThat(more.getAttribute("href")).isEqualTo(term.getAttribute("href"));

            WebElement inTable = rightmostTerm(browser, true);
            browser.tap(inTable);
            WebElement tableTip = tipOf(browser, inTable);
            assertTipFits(browser, tableTip, 390);
            assertThat(tip.isDisplayed()).as("one tooltip at a time").isFalse();

            tableTip.findElement(By.cssSelector(".glossary-tip-close")).click();
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> !tableTip.isDisplayed());
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aTooltipNearTheRightEdgeOfALaptopScreenStaysInside() {
        try (Browser browser = Browser.start()) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
            open(browser, "group-types/");
            int width = ((Number) browser.script("return document.documentElement.clientWidth")).intValue();
            for (boolean inTable : new boolean[] {false, true}) {
                WebElement term = rightmostTerm(browser, inTable);
                browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", term);
                WebElement tip = tipOf(browser, term);
                assertTipFits(browser, tip, width);
                assertThat(tip.getAttribute("class")).doesNotContain("glossary-tip-sheet");
                assertThat(tip.getText()).doesNotContain("查看词条");
            }
        }
    }

    @Test
    void tappingAChecklistItemTicksIt() {
        try (Browser browser = Browser.startPhone()) {
            open(browser, "setup/");
            browser.script("localStorage.clear()");
            open(browser, "setup/");
            List<WebElement> items = browser.driver().findElements(By.cssSelector(".checklist-item"));
            assertThat(items).isNotEmpty();
            assertThat(browser.driver().findElements(By.cssSelector(".checklist-item a.glossary-term")))
                    .as("no term link inside a checklist label to catch the tap").isEmpty();
            // The item whose text used to hold two glossary terms (转化, 拉新).
            WebElement item = items.stream().filter(i -> i.getText().contains("转化")).findFirst().orElseThrow();
            WebElement box = item.findElement(By.cssSelector("input[type=checkbox]"));
            assertThat(box.isSelected()).isFalse();
            browser.tap(item.findElement(By.cssSelector(".checklist-text")));
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> box.isSelected());
            assertThat(browser.driver().findElements(By.cssSelector(".glossary-tip:not([hidden])"))).isEmpty();
        }
    }

    @Test
    void aWideTableScrollsInsideItsBoxWithAShadowAndTheKeyboard() {
        try (Browser browser = Browser.startPhone()) {
            open(browser, "group-types/");
            WebElement frame = browser.driver().findElements(By.cssSelector(".prose .table-frame")).stream()
                    .filter(f -> f.getAttribute("class").contains("is-scrollable")).findFirst().orElseThrow();
            WebElement scroller = frame.findElement(By.cssSelector(".table-scroll"));
            assertThat(frame.getAttribute("class")).contains("has-more-right").doesNotContain("has-more-left");
            assertThat(scroller.getAttribute("tabindex")).isEqualTo("0");
            assertThat(scroller.getAttribute("role")).isEqualTo("region");
            assertThat(scroller.getAttribute("aria-label")).isEqualTo("表格，可左右滑动查看");
            // The edge shadow is painted (after its fade-in).
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> "1".equals(
                    browser.script("return getComputedStyle(arguments[0], '::after').opacity", frame)));
            // No column squeezed to two or three characters (16 px text: at least 6 em).
            Object narrowest = browser.script("""
                    return Math.min.apply(null, Array.from(arguments[0].querySelectorAll('th'))
                        .map(function (th) { return th.getBoundingClientRect().width; }));""", frame);
            assertThat(((Number) narrowest).doubleValue()).isGreaterThanOrEqualTo(90);

            browser.script("arguments[0].focus()", scroller);
            new org.openqa.selenium.interactions.Actions(browser.driver())
                    .sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT, org.openqa.selenium.Keys.ARROW_RIGHT).perform();
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> ((Number) browser.script(
                    "return arguments[0].scrollLeft", scroller)).doubleValue() > 0);
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> frame.getAttribute("class").contains("has-more-left"));
            assertThat(browser.horizontalOverflow()).isZero();
        }
    }

    @Test
    void theSidebarFoldsSectionsAndRemembersWhatTheReaderOpened() {
        try (Browser browser = Browser.start()) {
            open(browser, "playbooks/setup-positioning/");
            browser.script("localStorage.clear()");
            open(browser, "playbooks/setup-positioning/");
            WebElement sidebar = browser.driver().findElement(By.id("sidebar"));
            // 首页, then the setup checklist: where a newcomer looks first.
            assertThat(sidebar.findElements(By.cssSelector(".nav-top a")).stream().map(WebElement::getText).toList())
                    .containsExactly("首页", "新群搭建清单");
            // The glossary is one entry with its count, not 41 links.
            assertThat(sidebar.findElements(By.cssSelector("a[href*='glossary/'].nav-link"))).isEmpty();
            assertThat(sidebar.findElement(By.cssSelector(".nav-section[data-section=glossary] .nav-section-title"))
                    .getText()).matches("术语表 \\d+");
            WebElement playbooks = sidebar.findElement(By.cssSelector(".nav-section[data-section=playbooks]"));
            WebElement scripts = sidebar.findElement(By.cssSelector(".nav-section[data-section=scripts]"));
            assertThat(playbooks.findElement(By.cssSelector(".nav-list")).isDisplayed()).isTrue();
            assertThat(scripts.findElement(By.cssSelector(".nav-list")).isDisplayed()).isFalse();
            long visibleLinks = sidebar.findElements(By.cssSelector("a")).stream().filter(WebElement::isDisplayed).count();
            assertThat(visibleLinks).isLessThan(35);

            scripts.findElement(By.cssSelector(".nav-section-toggle")).click();
            assertThat(scripts.findElement(By.cssSelector(".nav-list")).isDisplayed()).isTrue();
            open(browser, "playbooks/setup-goals/");
            WebElement scriptsAgain = browser.driver().findElement(By.cssSelector(".nav-section[data-section=scripts]"));
            assertThat(scriptsAgain.findElement(By.cssSelector(".nav-list")).isDisplayed()).as("remembered").isTrue();
            assertThat(scriptsAgain.findElement(By.cssSelector(".nav-section-toggle")).getAttribute("aria-expanded"))
                    .isEqualTo("true");
            scriptsAgain.findElement(By.cssSelector(".nav-section-toggle")).click();
            open(browser, "playbooks/setup-rules/");
            assertThat(browser.driver().findElement(By.cssSelector(".nav-section[data-section=scripts] .nav-list"))
                    .isDisplayed()).isFalse();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void thePhoneContentsListOpensUnderTheTitleAndJumps() {
        try (Browser browser = Browser.startPhone()) {
            open(browser, "scripts/flash-sale/");
            WebElement toc = browser.driver().findElement(By.cssSelector(".doc > nav.toc"));
            WebElement toggle = toc.findElement(By.cssSelector(".toc-toggle"));
            WebElement list = toc.findElement(By.cssSelector(".toc-list"));
            assertThat(toggle.isDisplayed()).isTrue();
            assertThat(toggle.getText()).isEqualTo("本页内容");
            assertThat(list.isDisplayed()).isFalse();
            // Under the title, within the first screen.
            assertThat(box(browser, toggle).get("bottom").doubleValue()).isLessThan(844);
            browser.tap(toggle);
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> list.isDisplayed());
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
            WebElement entry = list.findElements(By.cssSelector("a")).stream()
                    .filter(a -> a.getText().equals("使用要点")).findFirst().orElseThrow();
            browser.tap(entry);
            WebElement heading = browser.driver().findElement(By.id("使用要点"));
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> {
                double top = box(browser, heading).get("top").doubleValue();
                return top >= 0 && top < 200;
            });
            assertThat(list.isDisplayed()).as("folds again after the jump").isFalse();
            assertThat(browser.horizontalOverflow()).isZero();

            // Back to top: shown once the reader is well down the page, and it goes back up.
            WebElement top = browser.driver().findElement(By.cssSelector(".back-to-top"));
            assertThat(top.isDisplayed()).isTrue();
            assertThat(top.getAttribute("aria-label")).isEqualTo("回到顶部");
            browser.tap(top);
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> ((Number) browser.script("return pageYOffset")).doubleValue() == 0);
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> !top.isDisplayed());
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** Buttons, text fields, selects and tab lists a reader could see in main (checkboxes are content). */
    @SuppressWarnings("unchecked")
    private static List<String> visibleControls(Browser browser) {
        return (List<String>) browser.script("""
                return Array.from(document.querySelectorAll(
                    'main button, main input:not([type=checkbox]), main select, main [role=tablist]'))
                  .filter(function (e) { return e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'; })
                  .map(function (e) { return e.outerHTML.slice(0, 120); });""");
    }

    @Test
    void aPrintedScriptShowsEveryVariantWithValuesAndNoControls() {
        try (Browser browser = Browser.start()) {
            open(browser, "scripts/flash-sale/");
            browser.script("localStorage.clear()");
            open(browser, "scripts/flash-sale/");
            WebElement second = browser.driver().findElement(By.id("script-1-2"));
            assertThat(second.isDisplayed()).as("on screen only the selected tab shows").isFalse();
            browser.emulateMedia("print");
            try {
                assertThat(second.isDisplayed()).isTrue();
                assertThat(second.findElement(By.cssSelector(".script-label")).getText()).isEqualTo("开抢提醒");
                assertThat(visibleControls(browser)).as("no form, tabs or buttons on paper").isEmpty();
                // An empty blank prints its example value, a filled one its value.
                WebElement blank = second.findElement(By.cssSelector("mark[data-var=商品名称]"));
                assertThat(browser.script("return getComputedStyle(arguments[0], '::after').content", blank))
                        .isEqualTo("\"云南高山蓝莓 125g×4 盒\"");
                WebElement filled = second.findElement(By.cssSelector("mark[data-var=开抢时间]"));
                assertThat(filled.getText()).isEqualTo("20:00");
            } finally {
                browser.emulateMedia(null);
            }
            open(browser, "setup/");
            browser.emulateMedia("print");
            WebElement box = browser.driver().findElement(By.cssSelector(".checklist-item input[type=checkbox]"));
            assertThat(box.isDisplayed()).as("checklists print as boxes").isTrue();
            assertThat(browser.script("return getComputedStyle(arguments[0]).borderTopStyle", box)).isEqualTo("solid");
            assertThat(visibleControls(browser)).isEmpty();
        }
    }

    @Test
    void theGlossaryIsOneListingFilteredByTopic() {
        try (Browser browser = Browser.startPhone()) {
            open(browser, "glossary/");
            List<WebElement> terms = browser.driver().findElements(By.cssSelector(".glossary-list dt"));
            assertThat(terms).hasSizeGreaterThan(30);
            assertThat(browser.driver().findElements(By.cssSelector(".section-pages"))).as("not listed twice").isEmpty();
            WebElement topic = browser.driver().findElements(By.cssSelector(".glossary-topic")).stream()
                    .filter(b -> b.getText().equals("核心指标")).findFirst().orElseThrow();
            browser.tap(topic);
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> "true".equals(topic.getAttribute("aria-pressed")));
            assertThat(terms.stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList())
                    .contains("复购率", "客单价").doesNotContain("社群", "秒杀");
            assertThat(browser.horizontalOverflow()).isZero();
        }
    }

    /** Controls a finger uses, visible now, with their size: "selector text: w×h" for those under 44 px. */
    @SuppressWarnings("unchecked")
    private static List<String> smallTargets(Browser browser) {
        return (List<String>) browser.script("""
                var selector = '.icon-button, .site-search-input, .tag, .checklist-tools button,'
                  + ' .checklist-profiles button, .checklist-profiles select, .checklist-item > label,'
                  + ' .script-copy, .script-tab, .script-field input, .nav-link, .nav-section-title,'
                  + ' .nav-section-toggle, .toc-toggle, .glossary-topic, .glossary-tip-close, .back-to-top';
                return Array.from(document.querySelectorAll(selector))
                  .filter(function (e) { return e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'; })
                  .map(function (e) { var r = e.getBoundingClientRect();
                    return { name: e.className + ' ' + e.textContent.trim().slice(0, 8), w: r.width, h: r.height }; })
                  .filter(function (t) { return t.w < 43.5 || t.h < 43.5; })
                  .map(function (t) { return t.name + ': ' + Math.round(t.w) + 'x' + Math.round(t.h); });""");
    }

    @Test
    void touchTargetsAreAtLeast44PixelsOnAPhone() {
        try (Browser browser = Browser.startPhone()) {
            for (String path : List.of("setup/", "scripts/flash-sale/", "playbooks/setup-positioning/", "glossary/",
                    "tags/")) {
                open(browser, path);
                assertThat(smallTargets(browser)).as("small targets on /" + path).isEmpty();
            }
            browser.driver().findElement(By.id("menu-toggle")).click();
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> d.findElement(By.cssSelector("#sidebar .nav-link")).isDisplayed());
            assertThat(smallTargets(browser)).as("small targets in the menu").isEmpty();
        }
    }

    @Test
    void theHeaderSearchPlaceholderFitsOnAPhone() {
        try (Browser browser = Browser.startPhone()) {
            open(browser, "playbooks/setup-positioning/");
            Object fits = browser.script("""
                    var input = document.getElementById('site-search-input');
                    var style = getComputedStyle(input);
                    var context = document.createElement('canvas').getContext('2d');
                    context.font = style.font;
                    var room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                    return [input.placeholder, context.measureText(input.placeholder).width <= room];""");
            assertThat(fits).isEqualTo(List.of("搜索手册", true));
        }
    }

    @Test
    void aStoredDarkThemeIsAppliedBeforeTheBodyIsParsed() {
        try (Browser browser = Browser.start()) {
            open(browser, "");
            browser.script("localStorage.setItem('qunbook.theme', 'dark')");
            // Record the theme at the moment <body> appears: before any deferred script runs.
            browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                    new MutationObserver(function (changes, observer) {
                      if (document.body) {
                        window.themeAtBody = document.documentElement.getAttribute('data-theme');
                        observer.disconnect();
                      }
                    }).observe(document, { childList: true, subtree: true });"""));
            open(browser, "playbooks/setup-positioning/");
            assertThat(browser.script("return window.themeAtBody")).isEqualTo("dark");
            assertThat(browser.script("return document.documentElement.classList.contains('js')")).isEqualTo(true);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
