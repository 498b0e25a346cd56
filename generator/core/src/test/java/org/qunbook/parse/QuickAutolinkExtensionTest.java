package org.qunbook.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick autolinks must render exactly what flexmark's own extension renders. */
class QuickAutolinkExtensionTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "访问 https://example.org/handbook 了解更多。",
            "见 www.example.org，或者 http://例子.中国/路径?a=1&b=2。",
            "联系 ops@example.com 获取模板",
            "*强调 https://example.org/a* 和 **www.example.org/b**",
            "转义 https://example.org/a\\_b 以后",
            "实体 https://example.org/?a=1&amp;b=2 以后",
            "ftp://files.example.org/x 与 mailto:ops@example.com",
            "`https://example.org/code` 不是链接",
            "[已是链接](https://example.org/) 与 <https://example.org/auto>",
            "WWW.EXAMPLE.ORG 大写与 Www.example.org",
            "时间 10:30，比例 3:2，没有链接",
            "| 表头 | 链接 |\n|---|---|\n| 一 | https://example.org/t |\n",
            "- 列表 www.example.org\n- 第二项 a@b.co\n",
            "> 引用 https://example.org/q\n",
            "前文 *强调* 中间 https://example.org/after 之后 **粗** 末尾 ops@example.com",
            "*强调* 没有链接 **粗体** 也没有 `代码` 更没有"})
    void rendersWhatFlexmarksAutolinksRender(String markdown) {
        assertThat(render(new QuickAutolinkExtension(), markdown))
                .isEqualTo(render(AutolinkExtension.create(), markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {"访问 https://example.org/handbook 了解", "见 www.example.org 官网", "写信给 ops@example.com 吧",
            "前文 *强调* 中间 https://example.org/after 之后"})
    void linksBareAddresses(String markdown) {
        assertThat(render(new QuickAutolinkExtension(), markdown)).contains("<a href=");
    }

    private static String render(Extension autolinks, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(autolinks, StrikethroughExtension.create(),
                TablesExtension.create()));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }
}
