package org.qunbook.parse;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's autolinks (bare {@code https://…}, {@code www.…} and e-mail addresses become links),
 * with the same post-processor, asked only about text that can hold one. flexmark 0.64 unescapes
 * every text node, runs the autolink library's scanner and a regular expression over it, and
 * builds the scanner anew for every page: 4% of a build's CPU on the 10,000-page benchmark, on
 * pages with hardly a link. The library starts a link only at {@code :} (a URL's {@code ://}),
 * {@code @} (an e-mail address) or {@code www.}, so text without any of them is left as it is
 * without asking. The text checked is the parent's, which holds every sibling flexmark may join
 * to the node (text split by an escape or an entity).
 */
final class QuickAutolinkExtension implements Parser.ParserExtension {

    private final AutolinkExtension autolinks = AutolinkExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
        autolinks.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    static boolean mayHoldLink(BasedSequence text) {
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == 'w' && i + 3 < length && text.charAt(i + 1) == 'w'
                    && text.charAt(i + 2) == 'w' && text.charAt(i + 3) == '.') {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        private final NodePostProcessorFactory flexmark = new AutolinkNodePostProcessor.Factory();

        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new NodePostProcessor() {
                private NodePostProcessor links; // made on first need
                // Text nodes come in document order, siblings one after another: a paragraph
                // split by emphasis or links is scanned once, not once for each of its texts.
                private Node lastScope;
                private boolean lastScopeMayHoldLink;

                @Override
                public void process(NodeTracker state, Node node) {
                    Node scope = node.getParent() != null ? node.getParent() : node;
                    if (scope != lastScope) {
                        lastScope = scope;
                        lastScopeMayHoldLink = mayHoldLink(scope.getChars());
                    }
                    if (lastScopeMayHoldLink) {
                        if (links == null) {
                            links = flexmark.apply(document);
                        }
                        links.process(state, node);
                    }
                }
            };
        }
    }
}
