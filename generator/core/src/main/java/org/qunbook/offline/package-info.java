/**
 * Offline reading: after a site is written, the files a browser needs to keep it — the web app
 * manifest, the service worker {@code sw.js} (versioned by a hash of the site's bytes, so a new build
 * replaces what readers cached and builds stay byte-reproducible) and {@code offline-manifest.json},
 * the list of files "离线保存整本手册" downloads, with their sizes. The theme's {@code offline.js}
 * registers the worker and runs the control.
 */
package org.qunbook.offline;
