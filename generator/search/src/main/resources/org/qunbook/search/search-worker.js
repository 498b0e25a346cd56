/*
 * search-worker.js: qunbook's search off the main thread (over http(s); from file:// the page runs
 * the same client itself). Loads qunbook-search.js from its own folder (which scores the shards
 * itself: lunr.js is not needed), opens the site's
 * search files with fetch and answers messages:
 *
 *   {id, base, op: 'find', query, options}   → {id, result: Site.find's result}
 *   {id, base, op: 'text', ref}              → {id, result: the document's text file, {text, sections}}
 *   {id, base, op: 'documents', refs}        → {id, result: [display data]}
 *   {id, base, op: 'meta'}                   → {id, result: meta}
 *   (on failure)                             → {id, error: message}
 *
 * base is the absolute URL of the site's search/ folder.
 */
/* global importScripts, qunbookSearch */
'use strict';
importScripts('qunbook-search.js');

var sites = Object.create(null);

function site(base) {
  if (!sites[base]) {
    sites[base] = qunbookSearch.openSite(qunbookSearch.loaders.fetch(base));
    sites[base].catch(function () { delete sites[base]; });
  }
  return sites[base];
}

self.onmessage = function (event) {
  var m = event.data || {};
  site(m.base).then(function (s) {
    if (m.op === 'find') return s.find(m.query, m.options);
    if (m.op === 'text') return s.text(m.ref);
    if (m.op === 'documents') return s.documents(m.refs);
    if (m.op === 'meta') return s.meta;
    throw new Error('unknown operation: ' + m.op);
  }).then(function (result) {
    self.postMessage({ id: m.id, result: result });
  }, function (error) {
    self.postMessage({ id: m.id, error: String(error && error.message ? error.message : error) });
  });
};
