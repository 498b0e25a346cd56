/*
 * search-highlight.js: what to mark in a search result, and where its snippet starts and ends.
 * Pure functions over text (no DOM), so node tests them (src/test/node/highlight.test.js); the
 * theme's search.js turns their ranges into text nodes and <mark>s.
 *
 * - matchRanges(text, terms, fold): the [start, end) ranges (UTF-16 units) of text to mark:
 *   tokens of the folded text (qunbookSearch.analyze, unigrams too) whose term is one of the
 *   query's terms ({term, wildcard}), so a Simplified query marks Traditional text; a lone CJK
 *   character marks that character, a Latin prefix (wildcard 'trailing') the words it starts.
 * - firstMatch(text, terms, fold): the start of the first match, or -1, found chunk by chunk so a
 *   match near the start costs one chunk rather than analysing the whole page (this runs for
 *   every result on every keystroke). A chunk never ends inside a word (qunbookSearch.isWordAt,
 *   the analyzer's own definition), and the next one starts a character back, so a bigram across
 *   the cut is still seen.
 * - safeCut(text, i): i, or i - 1 when i would split a surrogate pair.
 * - snippet(text, terms, fold, options): the window of text around its first match
 *   ({text, from, to, ranges}, ranges inside [from, to)); when text has no match and
 *   options.summary is given, the summary's window instead. options.before (characters shown
 *   before the match) and options.length (the window's length).
 *
 * A classic script: <script src> after qunbook-search.js defines window.qunbookSearchHighlight;
 * require() returns the same object in node.
 */
(function (root, factory) {
  'use strict';
  if (typeof module === 'object' && module && module.exports) {
    module.exports = factory(require('./qunbook-search.js'));
  } else {
    root.qunbookSearchHighlight = factory(root.qunbookSearch);
  }
}(typeof globalThis !== 'undefined' ? globalThis : this, function (search) {
  'use strict';

  var SCAN_CHUNK = 200;

  function matchRanges(text, terms, fold) {
    if (!text || !terms.length) {
      return [];
    }
    var tokens = search.analyze(text, fold, { unigrams: true });
    var ranges = [];
    tokens.forEach(function (tok) {
      for (var i = 0; i < terms.length; i++) {
        var t = terms[i];
        var prefix = t.wildcard === 'trailing' && !search.isCjk(t.term);
        var hit = prefix ? tok.term.indexOf(t.term) === 0 : tok.term === t.term;
        if (hit) {
          ranges.push([tok.start, tok.start + tok.length]);
          return;
        }
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.push([r[0], r[1]]);
      }
    });
    return merged;
  }

  function safeCut(text, i) {
    if (i > 0 && i < text.length) {
      var code = text.charCodeAt(i);
      if (code >= 0xdc00 && code <= 0xdfff) {
        return i - 1;
      }
    }
    return i;
  }

  function firstMatch(text, terms, fold, chunk) {
    var size = chunk || SCAN_CHUNK;
    var at = 0;
    while (at < text.length) {
      var end = safeCut(text, Math.min(text.length, at + size));
      while (end < text.length && search.isWordAt(text, end)) {
        var code = text.charCodeAt(end);
        end += code >= 0xd800 && code <= 0xdbff ? 2 : 1; // a whole character, never half a pair
      }
      end = Math.min(end, text.length);
      var ranges = matchRanges(text.slice(at, end), terms, fold);
      if (ranges.length) {
        return at + ranges[0][0];
      }
      // Start the next chunk one character back, so a bigram across the cut is still seen.
      at = end >= text.length || search.isWordAt(text, safeCut(text, end - 1)) ? end : safeCut(text, end - 1);
    }
    return -1;
  }

  function windowOf(text, terms, fold, before, length) {
    var first = firstMatch(text, terms, fold);
    var from = first > 0 ? safeCut(text, Math.max(0, first - before)) : 0;
    var to = safeCut(text, Math.min(text.length, from + length));
    var ranges = first < 0 ? [] : matchRanges(text.slice(from, to), terms, fold).map(function (r) {
      return [r[0] + from, r[1] + from];
    });
    return { text: text, from: from, to: to, ranges: ranges, first: first };
  }

  function snippet(text, terms, fold, options) {
    var opts = options || {};
    var shown = windowOf(text || '', terms, fold, opts.before || 0, opts.length || 110);
    if (shown.first < 0 && opts.summary) {
      shown = windowOf(opts.summary, terms, fold, opts.before || 0, opts.length || 110);
    }
    return { text: shown.text, from: shown.from, to: shown.to, ranges: shown.ranges };
  }

  return {
    matchRanges: matchRanges,
    firstMatch: firstMatch,
    safeCut: safeCut,
    snippet: snippet
  };
}));
