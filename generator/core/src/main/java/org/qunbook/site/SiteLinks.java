package org.qunbook.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Links between pages as relative URLs, so a site works under any base path and its pages can be
 * moved as a whole. Path segments are percent-encoded ({@code 案例/} → {@code %E6%A1%88%E4%BE%8B/}).
 */
public final class SiteLinks {

    private SiteLinks() {
    }

    /** The relative href from the page at {@code fromUrl} to {@code toUrl} (both site-relative). */
    public static String relative(String fromUrl, String toUrl) {
        return rootPrefix(fromUrl) + encodePath(toUrl);
    }

    /** {@code ../} once per folder level of {@code url}: {@code playbooks/x/} → {@code ../../}. */
    public static String rootPrefix(String url) {
        int depth = (int) url.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** Percent-encodes each path segment, keeping {@code /}. */
    public static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** Decodes percent-escapes in a link's path, for looking pages up by URL. */
    public static String decodePath(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return new URI("x:" + path.replace(" ", "%20")).getSchemeSpecificPart();
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
