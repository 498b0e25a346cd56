/*
 * checklist-state.js: the checklist plugin's saved progress as data, without the page. Pure
 * functions, tested under node (src/test/node/checklist-state.test.js); checklist.js keeps the DOM.
 *
 * The state (stored per site by checklist.js through qunbook.storage('checklist')):
 *   { "current": "p1",
 *     "profiles": [ { "id": "p1", "name": "默认", "ticks": { "<page url>#<checklist id>": { "<item id>": 1 } } } ] }
 *
 * - normalise(stored, defaultName): whatever was stored or imported, repaired into that layout
 *   (profiles without a string id and name dropped, ticks cleaned, at least one profile named
 *   defaultName, current pointing at an existing profile).
 * - cleanTicks(ticks): only checklist → item → 1 entries, for truthy items.
 * - findProfile(state, id): the profile with that id, or null.
 * - encode(json) / decode(text): a progress link's payload, UTF-8 in URL-safe base64 without
 *   padding; decode throws on text that is not one.
 * - markdownOf(title, items): "### title", a blank line, then "- [x] label" per {checked, label}.
 *
 * A classic script: <script src> defines window.qunbookChecklistState; require() returns the same
 * object in node.
 */
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module && module.exports) {
    module.exports = api;
  } else {
    root.qunbookChecklistState = api;
  }
}(typeof globalThis !== 'undefined' ? globalThis : this, function () {
  'use strict';

  function findProfile(state, id) {
    for (var i = 0; i < state.profiles.length; i++) {
      if (state.profiles[i].id === id) return state.profiles[i];
    }
    return null;
  }

  function cleanTicks(ticks) {
    var clean = {};
    if (ticks && typeof ticks === 'object') {
      Object.keys(ticks).forEach(function (checklist) {
        var items = ticks[checklist];
        if (items && typeof items === 'object') {
          clean[checklist] = {};
          Object.keys(items).forEach(function (item) {
            if (items[item]) clean[checklist][item] = 1;
          });
        }
      });
    }
    return clean;
  }

  function normalise(stored, defaultName) {
    var result = { current: '', profiles: [] };
    if (stored && Array.isArray(stored.profiles)) {
      stored.profiles.forEach(function (profile) {
        if (profile && typeof profile.id === 'string' && typeof profile.name === 'string') {
          result.profiles.push({ id: profile.id, name: profile.name, ticks: cleanTicks(profile.ticks) });
        }
      });
    }
    if (!result.profiles.length) {
      result.profiles.push({ id: 'p1', name: defaultName, ticks: {} });
    }
    result.current = stored && findProfile(result, stored.current) ? stored.current : result.profiles[0].id;
    return result;
  }

  function encode(json) {
    var bytes = new TextEncoder().encode(json);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function decode(encoded) {
    var base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) base64 += '=';
    var binary = atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return JSON.parse(new TextDecoder().decode(bytes));
  }

  function markdownOf(title, items) {
    var lines = ['### ' + title, ''];
    items.forEach(function (item) {
      lines.push('- [' + (item.checked ? 'x' : ' ') + '] ' + item.label);
    });
    return lines.join('\n') + '\n';
  }

  return {
    normalise: normalise,
    cleanTicks: cleanTicks,
    findProfile: findProfile,
    encode: encode,
    decode: decode,
    markdownOf: markdownOf
  };
}));
