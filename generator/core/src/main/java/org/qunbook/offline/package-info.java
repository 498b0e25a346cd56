/**
 * Offline reading ({@code offline: { enabled: true }}): the files a browser needs to keep the
 * site — the web app manifest, the service worker {@code sw.js} (versioned by a hash of the site's
 * bytes, so a new build replaces what readers cached and builds stay byte-reproducible) and
 * {@code offline-manifest.json}, the list of files "离线保存整本手册" downloads, with their sizes.
 * They are made from every other file of the staged site, so they are written last. Never under
 * {@code serve}: a service worker would cache what live reload replaces. The theme's
 * {@code offline.js} registers the worker and runs the control.
 */
package org.qunbook.offline;
