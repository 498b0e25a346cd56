package org.qunbook.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of every page: sent as a header by {@code qunbook serve} and written
 * into each page as a {@code <meta http-equiv>}, so hosts that send no such header (GitHub Pages,
 * a file opened from disk) enforce it too. No inline script, style or handler runs; scripts,
 * styles, fonts and fetches come from the site itself; images also from {@code data:} (the HTML
 * policy keeps {@code data:image/} sources).
 */
public final class ContentSecurityPolicy {

    public static final String POLICY = "default-src 'self'; img-src 'self' data:";

    private static final Pattern HEAD = Pattern.compile("<head(?:\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXISTING = Pattern.compile("<meta[^>]+http-equiv=[\"']?content-security-policy",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("\\G\\s*<meta\\s+charset=[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final String META = "<meta http-equiv=\"Content-Security-Policy\" content=\""
            + POLICY.replace("'", "&#39;") + "\">";

    private ContentSecurityPolicy() {
    }

    /**
     * {@code html} with the policy's meta element first in its head (before anything the policy
     * governs), unless the template set a policy of its own or the document has no head.
     */
    public static String addMeta(String html) {
        Matcher head = HEAD.matcher(html);
        if (!head.find()) {
            return html;
        }
        int headEnd = html.indexOf("</head>", head.end());
        if (EXISTING.matcher(html).region(head.end(), headEnd < 0 ? html.length() : headEnd).find()) {
            return html;
        }
        int at = head.end();
        // After <meta charset>, which must stay within the first 1024 bytes.
        Matcher charset = CHARSET.matcher(html);
        if (charset.find(at)) {
            at = charset.end();
        }
        return html.substring(0, at) + "\n" + META + html.substring(at);
    }
}
