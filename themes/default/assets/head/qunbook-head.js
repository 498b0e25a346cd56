/*
 * Runs before the page is painted (a blocking script in <head>, a file of its own so it is
 * CSP-safe): applies the reader's stored light/dark choice, so a dark reader never sees a light
 * flash while the deferred scripts load, and marks <html class="js"> so the stylesheet can collapse
 * what the theme's script will make expandable (sidebar sections, phone contents) from the start.
 * Keep it tiny: it delays the first paint by its own run time.
 */
(function (root) {
  root.className += ' js';
  try {
    var theme = window.localStorage.getItem('qunbook.theme');
    if (theme === 'dark' || theme === 'light') {
      root.setAttribute('data-theme', theme);
    }
  } catch (e) {
    // No storage (private mode, file:// in some browsers): the system preference applies.
  }
}(document.documentElement));
