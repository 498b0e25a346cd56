/*
 * qunbook-search.js: the browser half of qunbook's search.
 *
 * - analyze(text, foldTable[, options]) gives exactly the tokens of the Java TextAnalyzer
 *   (org.qunbook.search.TextAnalyzer) when foldTable is the table ScriptFolding.browserTable wrote
 *   for the index. Keep the two in step; src/test/resources/org/qunbook/search/analysis-vectors.json
 *   is run through both.
 * - search(index, lunr, query, foldTable[, options]) queries a lunr 2.3.9 index that qunbook built:
 *   all query terms required first (but the common ones the build kept out of page text), then,
 *   if that finds nothing, any of them, ranked by lunr.
 *
 * A classic script (no modules, no dependencies): <script src> defines window.qunbookSearch, also
 * from file://, and require() returns the same object in node.
 */
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module && module.exports) {
    module.exports = api;
  } else {
    root.qunbookSearch = api;
  }
}(typeof globalThis !== 'undefined' ? globalThis : this, function () {
  'use strict';

  // Character classes, as in CharClass.java. U+30FC (ー) is Script=Common but lives inside kana words.
  var CJK = 1, WORD = 2, MARK = 3, SEPARATOR = 4;
  var CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC]/u;
  var WORD_RE = /[\p{L}\p{N}]/u;
  var MARK_RE = /\p{M}/u;

  function charClass(cp) {
    if (cp < 0x80) {
      return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39)
        ? WORD : SEPARATOR;
    }
    var ch = String.fromCodePoint(cp);
    if (CJK_RE.test(ch)) return CJK;
    if (WORD_RE.test(ch)) return WORD;
    if (MARK_RE.test(ch)) return MARK;
    return SEPARATOR;
  }

  function isMark(cp) {
    return cp >= 0x80 && charClass(cp) === MARK;
  }

  function unitCount(cp) {
    return cp > 0xffff ? 2 : 1;
  }

  /**
   * The fold table as a Map of code points. Accepts the pairs string that ScriptFolding.browserTable
   * writes ("複复們们..."), an already compiled Map, or nothing (no folding).
   */
  function compileFoldTable(table) {
    if (table instanceof Map) return table;
    var map = new Map();
    if (table == null || table === '') return map;
    if (typeof table !== 'string') throw new TypeError('fold table must be a string of character pairs');
    var chars = Array.from(table);
    if (chars.length % 2 !== 0) throw new Error('fold table must hold pairs of characters');
    for (var i = 0; i < chars.length; i += 2) {
      map.set(chars[i].codePointAt(0), chars[i + 1].codePointAt(0));
    }
    return map;
  }

  /**
   * NFKC, lower case and folding, applied to chunks of one code point plus its combining marks
   * (NormalizedText.java). Every output code point keeps the original UTF-16 span it came from.
   */
  function normalize(text, fold) {
    var out = { cps: [], starts: [], ends: [] };
    var i = 0, n = text.length;
    while (i < n) {
      var start = i;
      i += unitCount(text.codePointAt(i));
      while (i < n && isMark(text.codePointAt(i))) i += unitCount(text.codePointAt(i));
      var chunk = text.slice(start, i).normalize('NFKC').toLowerCase();
      for (var j = 0; j < chunk.length;) {
        var cp = chunk.codePointAt(j);
        j += unitCount(cp);
        var folded = fold.get(cp);
        out.cps.push(folded === undefined ? cp : folded);
        out.starts.push(start);
        out.ends.push(i);
      }
    }
    return out;
  }

  function fromCodePoints(cps, from, to) {
    var s = '';
    for (var i = from; i < to; i++) s += String.fromCodePoint(cps[i]);
    return s;
  }

  function token(t, from, to) {
    return {
      term: fromCodePoints(t.cps, from, to),
      start: t.starts[from],
      length: t.ends[to - 1] - t.starts[from]
    };
  }

  function isAsciiDigit(cp) {
    return cp >= 0x30 && cp <= 0x39;
  }

  // A '.' with ASCII digits on both sides stays inside the number (0.1, 3.14).
  function isDecimalPoint(t, i) {
    return t.cps[i] === 0x2e && i + 1 < t.cps.length && isAsciiDigit(t.cps[i - 1]) && isAsciiDigit(t.cps[i + 1]);
  }

  function word(t, from, tokens) {
    var i = from + 1;
    while (i < t.cps.length) {
      var kind = charClass(t.cps[i]);
      if (kind === WORD || kind === MARK || isDecimalPoint(t, i)) i++;
      else break;
    }
    tokens.push(token(t, from, i));
    return i;
  }

  // lastChar: add the run's last character after its bigrams (the index does; a query does not need it).
  function cjkRun(t, from, tokens, unigrams, lastChar) {
    var chars = [], i = from;
    while (i < t.cps.length) {
      var kind = charClass(t.cps[i]);
      if (kind === CJK) chars.push(i);
      else if (kind !== MARK) break;
      i++;
    }
    if (chars.length === 1) {
      tokens.push(token(t, chars[0], chars[0] + 1));
      return i;
    }
    for (var k = 0; k < chars.length; k++) {
      var at = chars[k];
      var last = k + 1 === chars.length;
      if (unigrams && !last) tokens.push(token(t, at, at + 1));
      if (!last) {
        var next = chars[k + 1];
        tokens.push({
          term: String.fromCodePoint(t.cps[at], t.cps[next]),
          start: t.starts[at],
          length: t.ends[next] - t.starts[at]
        });
      } else if (unigrams || lastChar) {
        tokens.push(token(t, at, at + 1));
      }
    }
    return i;
  }

  function tokenize(text, foldTable, unigrams, lastChar) {
    var t = normalize(text == null ? '' : String(text), compileFoldTable(foldTable));
    var tokens = [], i = 0;
    while (i < t.cps.length) {
      var kind = charClass(t.cps[i]);
      if (kind === WORD) i = word(t, i, tokens);
      else if (kind === CJK) i = cjkRun(t, i, tokens, unigrams, lastChar);
      else i++;
    }
    return tokens;
  }

  /**
   * Tokens of text: [{term, start, length}], positions in UTF-16 units of text; a CJK run gives its
   * bigrams and then its last character (TextAnalyzer). options.unigrams: every CJK character as
   * well (TextAnalyzer's cjkUnigrams).
   */
  function analyze(text, foldTable, options) {
    return tokenize(text, foldTable, !!(options && options.unigrams), true);
  }

  /**
   * The lunr clauses for a query: [{term, wildcard: 'none'|'trailing'[, common: true]}],
   * duplicates removed. A CJK run of two or more characters is looked up by its bigrams (the index
   * has them wherever the text is; its last character is not needed). A lone CJK character is a
   * prefix, c*: every occurrence of it in the index starts a bigram or is a run's last character
   * (options.unigrams: the index has every character, look it up exactly). The last word is a
   * prefix while the user is still typing (options.prefix, default true). A term listed in
   * options.common (an array or Set of index terms) is marked common.
   */
  function queryTerms(query, foldTable, options) {
    var prefix = !(options && options.prefix === false);
    var lone = options && options.unigrams ? 'none' : 'trailing';
    var common = toSet(options && options.common);
    var tokens = tokenize(query, foldTable, false, false);
    var seen = new Set(), terms = [];
    tokens.forEach(function (tok, i) {
      var chars = Array.from(tok.term);
      var cjk = charClass(chars[0].codePointAt(0)) === CJK;
      var wildcard = cjk
        ? (chars.length === 1 ? lone : 'none')
        : (prefix && i === tokens.length - 1 ? 'trailing' : 'none');
      var key = wildcard + ':' + tok.term;
      if (!seen.has(key)) {
        seen.add(key);
        var term = { term: tok.term, wildcard: wildcard };
        if (wildcard === 'none' && common.has(tok.term)) term.common = true;
        terms.push(term);
      }
    });
    return terms;
  }

  function toSet(values) {
    return values instanceof Set ? values : new Set(values || []);
  }

  function lunrWildcard(lunr, wildcard) {
    var W = lunr.Query.wildcard;
    if (wildcard === 'trailing') return W.TRAILING;
    return W.NONE;
  }

  // lunr's matchData, flattened for highlighting: matched index terms and [start, length] per field.
  function toResult(r) {
    var metadata = r.matchData.metadata;
    var terms = Object.keys(metadata).sort();
    var positions = {};
    terms.forEach(function (term) {
      Object.keys(metadata[term]).forEach(function (field) {
        var list = positions[field] || (positions[field] = []);
        (metadata[term][field].position || []).forEach(function (p) { list.push([p[0], p[1]]); });
      });
    });
    Object.keys(positions).forEach(function (field) {
      positions[field] = positions[field]
        .sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; })
        .filter(function (p, i, all) { return i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]; });
    });
    return { ref: r.ref, score: r.score, terms: terms, positions: positions };
  }

  // presence(term) gives each clause's lunr.Query.presence.
  function runQuery(index, lunr, terms, presence, fields) {
    return index.query(function (q) {
      terms.forEach(function (t) {
        var clause = { usePipeline: false, presence: presence(t), wildcard: lunrWildcard(lunr, t.wildcard) };
        if (fields) clause.fields = fields.slice();
        q.term(t.term, clause);
      });
    }).map(toResult);
  }

  /**
   * Searches a lunr index built by qunbook (pipeline [], bigram terms). Returns
   * {matchedAll, results: [{ref, score, terms, positions: {field: [[start, length], ...]}}]};
   * matchedAll is false when no document had every term and the results are the ranked OR.
   * Terms are required, except common ones (options.common: the index terms the build left out of
   * page text, IndexShaping.commonCjkTerms), which only add to the score unless the query has
   * nothing else. options.fields restricts the search to some fields; options.prefix and
   * options.unigrams as in queryTerms (set unigrams when the index was built with TextAnalyzer's
   * cjkUnigrams). Never throws on user input; an unknown field in options.fields is a programming
   * error and does.
   */
  function search(index, lunr, query, foldTable, options) {
    options = options || {};
    var fields = options.fields;
    if (fields) {
      fields.forEach(function (f) {
        if (index.fields.indexOf(f) < 0) throw new Error('no such field in the index: ' + f);
      });
    }
    var terms = queryTerms(query, compileFoldTable(foldTable), options);
    if (terms.length === 0) return { matchedAll: false, results: [] };
    var P = lunr.Query.presence;
    // One clause finds the same documents either way, and lunr does less set work for OPTIONAL.
    var rare = terms.some(function (t) { return !t.common; });
    var all = runQuery(index, lunr, terms, function (t) {
      return terms.length === 1 || (t.common && rare) ? P.OPTIONAL : P.REQUIRED;
    }, fields);
    if (all.length > 0 || terms.length === 1) return { matchedAll: all.length > 0, results: all };
    return { matchedAll: false, results: runQuery(index, lunr, terms, function () { return P.OPTIONAL; }, fields) };
  }

  /** Whether text starts with a CJK character (Han, kana, Hangul, ー), as the analysis classifies it. */
  function isCjk(text) {
    return text != null && String(text).length > 0 && charClass(String(text).codePointAt(0)) === CJK;
  }

  return {
    analyze: analyze,
    isCjk: isCjk,
    search: search,
    queryTerms: queryTerms,
    compileFoldTable: compileFoldTable
  };
}));
