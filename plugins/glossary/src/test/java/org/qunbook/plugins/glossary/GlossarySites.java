package org.qunbook.plugins.glossary;

import java.nio.file.Path;
import org.qunbook.testing.TestSite;

/** Mini sites for the glossary tests: a config with the glossary type, and a few terms. */
final class GlossarySites {

    static final String CONFIG = """
            -- content/qunbook.yml --
            title: 术语测试
            markdown: { unsafe_html: true }
            types:
              glossary:
                folder: glossary
                required: [summary, term]
                fields:
                  term: { type: string }
                  aliases: { type: list }
                  autolink: { type: boolean }
                  not_in: { type: list }
            plugins:
              - name: glossary
            """;

    /** Terms used across the tests; each is used by some page unless a test says otherwise. */
    static final String TERMS = """
            -- content/glossary/_index.md --
            ---
            title: 术语表
            ---
            -- content/glossary/siyu.md --
            ---
            title: 私域
            term: 私域
            summary: 品牌自己拥有、可反复触达的用户关系。
            ---
            私域是一种用户关系。
            -- content/glossary/siyu-liuliang.md --
            ---
            title: 私域流量
            term: 私域流量
            aliases: ["private traffic"]
            summary: 可以免费、反复触达的流量。
            ---
            私域流量不同于公域。
            -- content/glossary/fugoulv.md --
            ---
            title: 复购率
            term: 复购率
            aliases: ["複購率", "repurchase rate"]
            summary: 重复购买用户的占比。
            ---
            -- content/glossary/kol.md --
            ---
            title: KOL
            term: KOL
            summary: 关键意见领袖。
            ---
            -- content/glossary/arpu.md --
            ---
            title: ARPU
            term: ARPU
            summary: 每用户平均收入。
            ---
            -- content/glossary/1v1.md --
            ---
            title: 1V1
            term: 1V1
            aliases: ["一对一"]
            summary: 一对一私聊。
            ---
            -- content/glossary/beida.md --
            ---
            title: 北大
            term: 北大
            summary: 北京大学的简称。
            ---
            -- content/glossary/yinliu.md --
            ---
            title: 引流
            term: 引流
            summary: 把用户引到自己的渠道。
            ---
            -- content/glossary/qunzhu.md --
            ---
            title: 群主
            term: 群主
            summary: 创建并管理群的人。
            ---
            -- content/glossary/liucun.md --
            ---
            title: 留存
            term: 留存
            summary: 用户在一段时间后仍然活跃。
            ---
            -- content/glossary/xuanpin.md --
            ---
            title: 选品
            term: 选品
            summary: 挑选在社群里卖的商品。
            ---
            -- content/glossary/zilaishui.md --
            ---
            title: 自来水
            term: 自来水
            summary: 自发推荐品牌的用户。
            ---
            """;

    private GlossarySites() {
    }

    /** A site with the standard terms, {@code options} (indented under the plugin entry) and extra files. */
    static TestSite site(Path dir, String options, String files) {
        return TestSite.write(dir, CONFIG + options + TERMS + files);
    }

    /** The files of one folder of the sharded search index ({@code search/texts/}...), one after another. */
    static String searchFiles(TestSite site, String folder) {
        StringBuilder all = new StringBuilder();
        try (var files = java.nio.file.Files.list(site.output().resolve(folder))) {
            for (java.nio.file.Path file : files.sorted().toList()) {
                all.append(java.nio.file.Files.readString(file));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return all.toString();
    }
}
