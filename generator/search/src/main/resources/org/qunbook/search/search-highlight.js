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
 * - sections(page, terms, fold, options): the sections of a result's page that answer the query,
 *   best first, at most options.limit (3): [{fragment, heading, start}]. page is the result's text
 *   file ({text, sections: [[start, end, fragment, heading path]]}), terms the query's (with their
 *   idf, Site.find). Each section is scored as BM25 over the page's sections, a term counting by
 *   its idf and a term of its heading counting more; a section is shown if it has at least a
 *   quarter of the weight of the query's terms found on the page, and half the best section's score. The index holds pages only
 *   (a section as a document of its own posted every term of its page twice); this is how a
 *   result still links to the part of its page that answers, as Pagefind's sub-results do.
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

  /**
   * The index of the first query term a token matches, or -1: the term itself, or for a Latin prefix
   * (wildcard 'trailing') a word it starts; a lone CJK character matches only that character.
   */
  function termOf(tok, terms) {
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      var prefix = t.wildcard === 'trailing' && !search.isCjk(t.term);
      if (prefix ? tok.term.indexOf(t.term) === 0 : tok.term === t.term) {
        return i;
      }
    }
    return -1;
  }

  function matchRanges(text, terms, fold) {
    if (!text || !terms.length) {
      return [];
    }
    var tokens = search.analyze(text, fold, { unigrams: true });
    var ranges = [];
    tokens.forEach(function (tok) {
      if (termOf(tok, terms) >= 0) {
        ranges.push([tok.start, tok.start + tok.length]);
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

  // BM25's constants, as the index uses them (BuiltIndex.java), and the weight of a term of a
  // section's heading next to one of its text (whose part is at most K1 + 1).
  var K1 = 1.2, B = 0.75, HEADING = 2;
  var MIN_QUERY_SHARE = 0.25, MIN_BEST_SHARE = 0.5;

  /** For each term, how many of tokens match it (termOf). */
  function termCounts(tokens, terms) {
    var counts = terms.map(function () { return 0; });
    tokens.forEach(function (tok) {
      var i = termOf(tok, terms);
      if (i >= 0) {
        counts[i]++;
      }
    });
    return counts;
  }

  // A page's sections analysed once (the tokens do not depend on the query): the dropdown asks
  // again for every result on every keystroke, and a long page takes milliseconds to analyse.
  var analysed = typeof WeakMap === 'function' ? new WeakMap() : null;

  function sectionTokens(page, fold) {
    var have = analysed && analysed.get(page);
    if (have && have.fold === fold) {
      return have.sections;
    }
    var text = typeof page.text === 'string' ? page.text : '';
    var out = [];
    page.sections.forEach(function (s) {
      if (Array.isArray(s) && s.length >= 4) {
        var heading = String(s[3] || '');
        out.push({ s: [s[0], s[1], String(s[2]), heading],
          tokens: search.analyze(text.slice(s[0], s[1]), fold, { unigrams: true }),
          headingTokens: search.analyze(heading, fold, { unigrams: true }) });
      }
    });
    if (analysed) {
      analysed.set(page, { fold: fold, sections: out });
    }
    return out;
  }

  function sections(page, terms, fold, options) {
    var list = page && typeof page === 'object' && Array.isArray(page.sections) ? sectionTokens(page, fold) : [];
    if (!list.length || !terms.length) {
      return [];
    }
    var limit = (options && options.limit) || 3;
    var weights = terms.map(function (t) { return t.idf > 0 ? t.idf : 1; });
    var read = list.map(function (x) {
      return { s: x.s, length: x.tokens.length, counts: termCounts(x.tokens, terms),
        inHeading: termCounts(x.headingTokens, terms) };
    });
    // the weight of the query's terms this page has (a bigram across two words of a question, 发几
    // in 每天发几条, is in no page: it must not make every section look like a poor match)
    var queryWeight = 0;
    weights.forEach(function (w, i) {
      if (read.some(function (r) { return r.counts[i] > 0 || r.inHeading[i] > 0; })) {
        queryWeight += w;
      }
    });
    var average = read.reduce(function (n, r) { return n + r.length; }, 0) / read.length || 1;
    var scored = [];
    read.forEach(function (r) {
      var score = 0, matched = 0;
      r.counts.forEach(function (tf, i) {
        if (tf > 0 || r.inHeading[i] > 0) {
          matched += weights[i];
        }
        score += weights[i] * (tf * (K1 + 1) / (tf + K1 * (1 - B + B * r.length / average))
          + (r.inHeading[i] > 0 ? HEADING : 0));
      });
      if (score > 0 && matched >= MIN_QUERY_SHARE * queryWeight) {
        scored.push({ fragment: r.s[2], heading: r.s[3], start: r.s[0], score: score });
      }
    });
    scored.sort(function (a, b) { return b.score - a.score || a.start - b.start; });
    var best = scored.length ? scored[0].score : 0;
    return scored.filter(function (x) { return x.score >= MIN_BEST_SHARE * best; }).slice(0, limit)
      .map(function (x) { return { fragment: x.fragment, heading: x.heading, start: x.start }; });
  }

  return {
    sections: sections,
    matchRanges: matchRanges,
    firstMatch: firstMatch,
    safeCut: safeCut,
    snippet: snippet
  };
}));
