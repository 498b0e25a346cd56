package org.qunbook.site;

import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * A page's content (the body of its jsoup document) from the parse stage to the render stage, which
 * {@link #take}s it once: after that the handle holds nothing, so a build frees each page's
 * document as soon as the page is rendered, and any further access refuses with
 * {@link #RELEASED} rather than handing back an empty element.
 *
 * <p>Before render, {@link #element()} is the content to read ({@code contentLoaded}) or to rewrite
 * in place (the transform stage, one thread per page). The hand-over between stages is ordered by
 * the stages themselves (each ends before the next begins); the field is volatile so that a read on
 * another thread after render sees the release.
 */
public final class ContentHandle {

    /** What every access after render says (plugins see it as their hook's failure). */
    public static final String RELEASED = "the page's content was released after render; read it in "
            + "contentLoaded or transform";

    private volatile Element element;

    public ContentHandle(Element element) {
        this.element = Objects.requireNonNull(element, "element");
    }

    /**
     * The content, to read or (in the transform stage) to rewrite.
     *
     * @throws IllegalStateException once the render stage took it
     */
    public Element element() {
        Element content = element;
        if (content == null) {
            throw new IllegalStateException(RELEASED);
        }
        return content;
    }

    /**
     * The content for the render stage, once: afterwards this handle holds nothing.
     *
     * @throws IllegalStateException on a second take
     */
    public synchronized Element take() {
        Element content = element();
        element = null;
        return content;
    }

    /** True once the render stage took the content. */
    public boolean isReleased() {
        return element == null;
    }
}
