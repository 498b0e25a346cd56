package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.qunbook.serve.SiteServer;
import org.qunbook.testing.Browser;
import org.qunbook.testing.TestSite;

/**
 * Review state worked out in the browser (review.js), under the server's CSP: the "待审阅" notice
 * on an overdue page, the review page's states, counts and sortable columns. The pages' review
 * dates are written relative to today, since the browser compares them with its own clock.
 */
class UpkeepBrowserTest {

    @TempDir
    Path dir;

    @Test
    void showsOverdueNoticesAndSortsTheReviewPage() throws Exception {
        LocalDate today = LocalDate.now();
        TestSite site = TestSite.write(dir, """
                -- content/qunbook.yml --
                title: 手册
                review: { every: 90d, page: true }
                -- content/_index.md --
                ---
                title: 首页
                ---
                -- content/old.md --
                ---
                title: 过期页
                owner: 群主
                reviewed: 2020-01-01
                ---
                -- content/soon.md --
                ---
                title: 快到期
                owner: 社群负责人
                reviewed: %s
                ---
                -- content/fresh.md --
                ---
                title: 刚审过
                owner: 执行人
                reviewed: %s
                ---
                """.formatted(today.minusDays(75), today)).buildClean();
        try (SiteServer server = SiteServer.start(site.output(), "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url() + "old/");
            WebElement notice = browser.driver().findElement(By.cssSelector(".review-notice"));
            assertThat(notice.isDisplayed()).isTrue();
            assertThat(notice.getText()).startsWith("待审阅");
            browser.driver().get(server.url() + "fresh/");
            assertThat(browser.driver().findElement(By.cssSelector(".review-notice")).isDisplayed()).isFalse();

            browser.driver().get(server.url() + "review/");
            // by owner in pinyin order (群主, 社群负责人, 执行人), pages without an owner last
            assertThat(titles(browser)).containsExactly("过期页", "快到期", "刚审过", "首页");
            assertThat(states(browser)).containsExactly("已逾期", "30 天内到期", "正常", "未排期");
            assertThat(browser.driver().findElement(By.cssSelector("[data-review-counts]")).getText())
                    .isEqualTo("已逾期 1 页，30 天内到期 1 页，正常 1 页。");

            browser.driver().findElement(By.cssSelector("th[data-sort=title] button")).click();
            assertThat(titles(browser)).containsExactly("刚审过", "过期页", "快到期", "首页");
            browser.driver().findElement(By.cssSelector("th[data-sort=state] button")).click();
            assertThat(titles(browser)).containsExactly("过期页", "快到期", "刚审过", "首页");
            browser.driver().findElement(By.cssSelector("th[data-sort=due] button")).click();
            assertThat(titles(browser)).containsExactly("过期页", "快到期", "刚审过", "首页");
            browser.driver().findElement(By.cssSelector("th[data-sort=due] button")).click();
            assertThat(titles(browser)).as("descending; pages without a date stay last")
                    .containsExactly("刚审过", "快到期", "过期页", "首页");
            assertThat(browser.driver().findElement(By.cssSelector("th[data-sort=due]")).getAttribute("aria-sort"))
                    .isEqualTo("descending");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static List<String> titles(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".review-table tbody tr td:nth-child(2) a")).stream()
                .map(WebElement::getText).toList();
    }

    private static List<String> states(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".review-table tbody tr .review-state")).stream()
                .map(WebElement::getText).toList();
    }
}
