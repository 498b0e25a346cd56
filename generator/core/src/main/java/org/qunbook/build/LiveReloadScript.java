package org.qunbook.build;

/**
 * Where the live-reload client script is served: pages built for {@code serve} link it, and the
 * preview server ({@code org.qunbook.serve.LiveReload}) answers it. It lives here, in the package
 * that builds the pages, so that {@code build} needs nothing from {@code serve}, which depends on
 * {@code build} (a package cycle otherwise: see PackageCycleTest in the CLI module).
 */
public final class LiveReloadScript {

    /** The script's path from the site root, under the server's own prefix {@code /_qunbook/}. */
    public static final String PATH = "/_qunbook/live-reload.js";

    private LiveReloadScript() {
    }
}
