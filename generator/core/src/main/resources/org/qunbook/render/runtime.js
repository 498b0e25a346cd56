/*
 * qunbook runtime: the few helpers every page script shares (the theme's and the plugins').
 *
 * - root(): the site's root URL (absolute, ending in /), from this script's own URL: the build
 *   always writes it to assets/qunbook/runtime.js, so no other script parses its own URL.
 * - msg(key, values): a UI string in the site's language (plugin.<name>.<key>, registered with
 *   PluginSetup.addMessages; a site overrides it in content/_theme/i18n/<language>.yml), formatted;
 *   the key itself when nobody defines it. The build appends the site's strings to this file
 *   (RuntimeScript.java), so they arrive with the script: no request, no inline script.
 * - format("{name} …", values): {name} replaced by values.name; a placeholder without a value
 *   stays as written (SiteContext.message formats the same way in Java).
 * - storage(ns[, options]): one JSON value in localStorage under "qunbook.<ns>:<root()>", so two
 *   sites on one origin (file://, a host serving several handbooks) keep separate data; with
 *   options.perSite false the key is "qunbook.<ns>" (shared by every site of the origin). Works,
 *   forgetting, when localStorage is missing or throws (private mode, file:// in some browsers).
 * - copy(text): a Promise of true when text is on the clipboard (the Clipboard API, else a hidden
 *   selected text box and execCommand), false when neither worked.
 *
 * A classic script (no modules), linked before every other script on every page, so it works from
 * file:// and under Content-Security-Policy: default-src 'self'. <script src> defines
 * window.qunbook; require() returns the same object in node (runtime.test.js).
 */
(function (root, factory) {
  'use strict';
  var api = factory(root);
  if (typeof module === 'object' && module && module.exports) {
    module.exports = api;
  } else {
    root.qunbook = api;
  }
}(typeof globalThis !== 'undefined' ? globalThis : this, function (global) {
  'use strict';

  var RUNTIME_PATH = 'assets/qunbook/runtime.js';
  var messages = Object.create(null);

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  /** The site root from this script's URL (…/assets/qunbook/runtime.js → …/). */
  function rootOf(scriptUrl, fallback) {
    var at = scriptUrl ? scriptUrl.split(/[?#]/)[0].lastIndexOf(RUNTIME_PATH) : -1;
    return at >= 0 ? scriptUrl.slice(0, at) : fallback;
  }

  var doc = global.document;
  var script = doc && doc.currentScript;
  var siteRoot = rootOf(script && script.src,
    global.location && global.location.origin && global.location.origin !== 'null' ? global.location.origin + '/' : '');

  function format(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (all, name) {
      return values && has(values, name) && values[name] !== undefined ? String(values[name]) : all;
    });
  }

  function msg(key, values) {
    return format(has(messages, key) ? messages[key] : key, values);
  }

  /** Adds strings (the build calls it at the end of this file with the site's). */
  function useMessages(table) {
    Object.keys(table || {}).forEach(function (key) {
      messages[key] = String(table[key]);
    });
  }

  /** window.localStorage, or null where even reading the property throws (file:// in some browsers). */
  function localStore() {
    try {
      return global.localStorage || null;
    } catch (e) {
      return null;
    }
  }

  /** Whether values can be kept (private modes may read but refuse every write). */
  function writable(store) {
    try {
      var probe = 'qunbook.runtime.probe';
      store.setItem(probe, '1');
      store.removeItem(probe);
      return true;
    } catch (e) {
      return false;
    }
  }

  /**
   * A store of one value: {key, available, read(), write(value), text(), setText(text)}; read()
   * gives the parsed JSON or null (absent, unreadable, no storage), write(value) false when it could
   * not be kept (full or forbidden storage). options.legacyKey: an older unscoped key whose value
   * is copied once to the new key when the new one is absent.
   */
  function storage(ns, options) {
    var perSite = !options || options.perSite !== false;
    var key = 'qunbook.' + ns + (perSite ? ':' + siteRoot : '');
    var store = localStore();
    if (store && options && options.legacyKey) {
      try {
        if (store.getItem(key) === null && store.getItem(options.legacyKey) !== null) {
          store.setItem(key, store.getItem(options.legacyKey));
        }
      } catch (e) {
        // Nothing migrated: the old value stays where it was.
      }
    }

    function text() {
      try {
        return store ? store.getItem(key) : null;
      } catch (e) {
        return null;
      }
    }

    function setText(value) {
      if (!store) return false;
      try {
        store.setItem(key, value);
        return true;
      } catch (e) {
        return false;
      }
    }

    return {
      key: key,
      available: !!store && writable(store),
      text: text,
      setText: setText,
      read: function () {
        try {
          return JSON.parse(text());
        } catch (e) {
          return null;
        }
      },
      write: function (value) {
        return setText(JSON.stringify(value));
      }
    };
  }

  /** execCommand('copy') from a hidden text box, then focus and selection back where they were. */
  function fallbackCopy(value) {
    if (!doc || !doc.body) return false;
    var active = doc.activeElement;
    var start = null, end = null;
    try {
      start = active && active.selectionStart;
      end = active && active.selectionEnd;
    } catch (e) {
      start = null; // inputs of some types have no selection
    }
    var area = doc.createElement('textarea');
    area.value = value;
    area.setAttribute('readonly', '');
    area.className = 'qunbook-clipboard';
    // Out of sight without a stylesheet (CSSOM properties are allowed where style attributes are not).
    area.style.position = 'fixed';
    area.style.top = '0';
    area.style.left = '0';
    area.style.width = '1px';
    area.style.height = '1px';
    area.style.opacity = '0';
    doc.body.appendChild(area);
    area.select();
    var copied = false;
    try {
      copied = doc.execCommand('copy');
    } catch (e) {
      copied = false;
    }
    doc.body.removeChild(area);
    if (active && typeof active.focus === 'function') {
      active.focus();
      if (typeof start === 'number' && typeof active.setSelectionRange === 'function') {
        try {
          active.setSelectionRange(start, end);
        } catch (e) {
          // not selectable: focus is enough
        }
      }
    }
    return copied;
  }

  function copy(value) {
    var clipboard = global.navigator && global.navigator.clipboard;
    if (clipboard && clipboard.writeText) {
      return clipboard.writeText(value).then(function () {
        return true;
      }, function () {
        return fallbackCopy(value);
      });
    }
    return Promise.resolve(fallbackCopy(value));
  }

  return {
    root: function () { return siteRoot; },
    rootOf: rootOf,
    msg: msg,
    format: format,
    useMessages: useMessages,
    storage: storage,
    copy: copy
  };
}));
