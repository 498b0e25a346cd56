/*
 * qunbook-search.js: the browser half of qunbook's search.
 *
 * - analyze(text, foldTable[, options]) gives exactly the tokens of the Java TextAnalyzer
 *   (org.qunbook.search.TextAnalyzer) when foldTable is the table ScriptFolding.browserTable wrote
 *   for the index. Keep the two in step; src/test/resources/org/qunbook/search/analysis-vectors.json
 *   is run through both.
 * - search(index, lunr, query, foldTable[, options]) queries a lunr 2.3.9 index that qunbook built:
 *   all query terms required first (but the common ones the build kept out of page text), then,
 *   if that finds nothing, any of them, ranked by lunr; with options.coordination (a site's
 *   queries: Site.queryOptions) stop words dropped, synonyms added, every term optional and the
 *   score weighed by the share of the query matched, a document named exactly by the query first.
 * - openSite(load) opens a built site's sharded index (meta.js, shards/, docs/, texts/): each query
 *   loads the shards of its terms (LunrShardWriter.java) and scores them itself, with lunr's
 *   arithmetic, giving search()'s results over the whole index with stock lunr, and ranks only the
 *   best options.limit; loaders.fetch / .script / .files read the files over http(s), as <script>s
 *   from file://, or from disk in node.
 *
 * A classic script (no modules, no dependencies): <script src> defines window.qunbookSearch, also
 * from file://, importScripts() in a worker (search-worker.js), and require() returns the same
 * object in node.
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
    var fold = compileFoldTable(foldTable);
    var stop = stopWords(options && options.stopWords, fold);
    var text = query == null ? '' : String(query);
    var meant = stop ? withoutStopWords(text, fold, stop) : null;
    var tokens = meant ? meant.tokens : tokenize(text, fold, false, false);
    var seen = new Set(), terms = [];
    function add(tok, i, count, extra) {
      var chars = Array.from(tok.term);
      var cjk = charClass(chars[0].codePointAt(0)) === CJK;
      var wildcard = cjk
        ? (chars.length === 1 ? lone : 'none')
        : (prefix && !extra && i === count - 1 ? 'trailing' : 'none');
      var key = wildcard + ':' + tok.term;
      if (!seen.has(key)) {
        seen.add(key);
        var term = { term: tok.term, wildcard: wildcard };
        if (wildcard === 'none' && common.has(tok.term)) term.common = true;
        if (extra) { term.synonym = extra.key; }
        terms.push(term);
      }
    }
    tokens.forEach(function (tok, i) { add(tok, i, tokens.length, null); });
    var synonyms = options && options.synonyms;
    if (synonyms && tokens.length) {
      // looked up in the whole query, stop words and all (怎么算 → 口径)
      var typed = normalize(text, fold);
      typed = fromCodePoints(typed.cps, 0, typed.cps.length);
      Object.keys(synonyms).forEach(function (word) {
        var n = normalize(word, fold);
        var key = fromCodePoints(n.cps, 0, n.cps.length);
        if (!key || typed.indexOf(key) < 0) return;
        [].concat(synonyms[word]).forEach(function (alt) {
          var altTokens = tokenize(alt, fold, false, false);
          altTokens.forEach(function (tok, i) { add(tok, i, altTokens.length, { key: key }); });
        });
      });
    }
    return terms;
  }

  /** The stop words as normalised, folded strings, longest first (null without any). */
  function stopWords(list, fold) {
    if (!list || list.length === 0) return null;
    var words = [];
    [].concat(list).forEach(function (w) {
      var n = normalize(String(w), fold);
      if (n.cps.length) words.push(fromCodePoints(n.cps, 0, n.cps.length));
    });
    words.sort(function (a, b) { return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0); });
    return words.length ? words : null;
  }

  /**
   * A query without its question and filler words ({text, tokens}): each stop word of two or more
   * characters is cut out wherever it occurs (群里有人发广告怎么办 → 发广告), a one-character stop word
   * (吗, 在) only where it is left standing alone. A query of stop words only is kept whole.
   */
  function withoutStopWords(query, fold, stop) {
    var n = normalize(query, fold);
    var text = fromCodePoints(n.cps, 0, n.cps.length);
    var cut = text;
    stop.forEach(function (w) {
      if (Array.from(w).length > 1) cut = cut.split(w).join(' ');
    });
    var single = new Set(stop.filter(function (w) { return Array.from(w).length === 1; }));
    var tokens = tokenize(cut, null, false, false).filter(function (tok) {
      return !(single.has(tok.term) && isCjk(tok.term));
    });
    if (tokens.length === 0) return { text: text, tokens: tokenize(text, null, false, false) };
    return { text: cut, tokens: tokens };
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
    var fold = compileFoldTable(foldTable);
    var terms = queryTerms(query, fold, options);
    if (terms.length === 0) return { matchedAll: false, results: [] };
    if (options.coordination && terms.length > 1) {
      return exactFirst(coordinated(index, lunr, terms, fields, options), query, fold, options);
    }
    if (options.exact) return exactFirst(plain(index, lunr, terms, fields), query, fold, options);
    return plain(index, lunr, terms, fields);
  }

  /** All terms required, or the ranked OR if no document has them all (lunr's own ranking). */
  function plain(index, lunr, terms, fields) {
    var P = lunr.Query.presence;
    // One clause finds the same documents either way, and lunr does less set work for OPTIONAL.
    var rare = terms.some(function (t) { return !t.common; });
    var all = runQuery(index, lunr, terms, function (t) {
      return terms.length === 1 || (t.common && rare) ? P.OPTIONAL : P.REQUIRED;
    }, fields);
    if (all.length > 0 || terms.length === 1) return { matchedAll: all.length > 0, results: all };
    return { matchedAll: false, results: runQuery(index, lunr, terms, function () { return P.OPTIONAL; }, fields) };
  }

  /**
   * Every term optional, each document's lunr score times the square of the share of the query it
   * matches (coordination, as Lucene's classic scoring with a steeper curve): a page with all the
   * words a reader typed comes before one with some of them unless BM25 strongly prefers it, and a
   * short page that has one word many times no longer beats the page about the question
   * (options.coordinationPower: the exponent, 2). A synonym stands in for the word it expands:
   * a page with 违规 matches 发广告 as fully as one with 发广告 (the word's bigrams form one group).
   * results[i].coord: the matched share of the query, 0..1.
   */
  function coordinated(index, lunr, terms, fields, options) {
    var P = lunr.Query.presence;
    var found = runQuery(index, lunr, terms, function () { return P.OPTIONAL; }, fields);
    // groups: a word with synonyms (its own bigrams and its expansions), or a term on its own
    var keys = [], byKey = Object.create(null), groups = [];
    terms.forEach(function (t) {
      if (t.synonym && !byKey[t.synonym]) {
        keys.push(t.synonym);
        groups.push(byKey[t.synonym] = { own: [], alt: [] });
      }
    });
    terms.forEach(function (t) {
      if (t.synonym) { byKey[t.synonym].alt.push(t); return; }
      var key = t.term.length > 1 ? keys.filter(function (k) { return k.indexOf(t.term) >= 0; })[0] : null;
      if (key) byKey[key].own.push(t);
      else groups.push({ own: [t], alt: [] });
    });
    var total = groups.reduce(function (n, g) { return n + Math.max(1, g.own.length); }, 0);
    function has(result, t) {
      if (t.wildcard === 'none') return result.terms.indexOf(t.term) >= 0;
      return result.terms.some(function (x) { return x.slice(0, t.term.length) === t.term; });
    }
    found.forEach(function (r) {
      var credit = 0;
      groups.forEach(function (g) {
        var own = g.own.filter(function (t) { return has(r, t); }).length;
        var alt = g.alt.some(function (t) { return has(r, t); }) ? Math.max(1, g.own.length) : 0;
        credit += Math.max(own, alt);
      });
      r.coord = total ? credit / total : 0;
      var power = options.coordinationPower == null ? 2 : options.coordinationPower;
      r.score = r.score * Math.pow(r.coord, power);
    });
    found.sort(function (a, b) { return b.score - a.score; });
    return { matchedAll: found.length > 0 && found[0].coord === 1, results: found };
  }

  /** The document options.exact names for the query (its title, a term or alias) moved to the top. */
  function exactFirst(found, query, fold, options) {
    var exact = options.exact && exactRef(options.exact, query, fold, options.stopWords);
    var at = exact ? found.results.findIndex(function (r) { return r.ref === exact; }) : -1;
    if (at > 0) found.results.unshift(found.results.splice(at, 1)[0]);
    return found;
  }

  /** The ref options.exact gives the query, or the query without its stop words (复购率是什么 → 复购率). */
  function exactRef(exact, query, fold, stop) {
    var keys = exactKeys(query, fold, stop);
    for (var i = 0; i < keys.length; i++) {
      if (keys[i] in exact) return exact[keys[i]];
    }
    return null;
  }

  /** The keys of options.exact a query is looked up by, in order: itself, then without its stop words. */
  function exactKeys(query, fold, stop) {
    var keys = [exactKey(query, fold)];
    var words = stopWords(stop, fold);
    if (words) {
      var meant = withoutStopWords(String(query == null ? '' : query), fold, words);
      keys.push(meant.tokens.length ? exactKey(meant.text, fold) : '');
    }
    return keys;
  }

  /** A query as a key of options.exact: normalised and folded, without spaces or punctuation. */
  function exactKey(query, fold) {
    var n = normalize(query == null ? '' : String(query), fold);
    var out = '';
    n.cps.forEach(function (cp) { if (charClass(cp) !== SEPARATOR) out += String.fromCodePoint(cp); });
    return out;
  }

  /** Whether text starts with a CJK character (Han, kana, Hangul, ー), as the analysis classifies it. */
  function isCjk(text) {
    return text != null && String(text).length > 0 && charClass(String(text).codePointAt(0)) === CJK;
  }

  /**
   * Whether the character at text[i] belongs to a word the analyzer keeps whole (a letter or digit
   * outside CJK, or a mark inside one): the one definition of "word character", which the
   * highlighting (search-highlight.js) uses not to cut a word.
   */
  function isWordAt(text, i) {
    if (text == null || i < 0 || i >= text.length) return false;
    var type = charClass(String(text).codePointAt(i));
    return type === WORD || type === MARK;
  }

  // ------------------------------------------------------------------ the sharded index of a site

  /*
   * A built site's search folder holds meta.js (fields, fold table, the shards' first keys, how
   * display data is chunked), shards/N.js (lunr 2.3.9 indexes, each holding a range of the terms:
   * LunrShardWriter.java), docs/N.js (display data of a chunk of documents) and texts/N.js (one
   * document's text, for its snippet, and its h2/h3 sections: {text, sections: [[start, end,
   * fragment, heading path]]}, start and end in UTF-16 units). Every file is the script qunbookSearchLoaded("NAME",JSON);
   * (SearchScript.java), read by a loader: fetch (http(s), a Web Worker), <script> (file://) or
   * the file system (node).
   */

  /** The JSON in a search file's text, checked to be the one asked for. */
  function unwrap(text, name) {
    var head = 'qunbookSearchLoaded("' + name + '",';
    var end = text.lastIndexOf(')');
    if (text.slice(0, head.length) !== head || end < head.length) {
      throw new Error('not the search file ' + name);
    }
    return JSON.parse(text.slice(head.length, end));
  }

  /** Loads search files with fetch from base (the search folder's URL, ending in /). */
  function fetchLoader(base, fetchFn) {
    var get = fetchFn || (typeof fetch === 'function' ? fetch.bind(root()) : null);
    return function (name) {
      return get(base + name + '.js').then(function (response) {
        if (!response.ok) throw new Error(base + name + '.js: HTTP ' + response.status);
        return response.text();
      }).then(function (text) {
        return unwrap(text, name);
      });
    };
  }

  function root() {
    return typeof globalThis !== 'undefined' ? globalThis : self;
  }

  /**
   * Loads search files as <script>s (from file://, where fetch cannot read local files): each
   * calls the global qunbookSearchLoaded with its name and data.
   */
  function scriptLoader(base, doc) {
    var g = root();
    var waiting = g.qunbookSearchWaiting || (g.qunbookSearchWaiting = Object.create(null));
    if (typeof g.qunbookSearchLoaded !== 'function') {
      g.qunbookSearchLoaded = function (name, data) {
        var w = waiting[name];
        if (w) {
          delete waiting[name];
          w.resolve(data);
        }
      };
    }
    return function (name) {
      return new Promise(function (resolve, reject) {
        var script = doc.createElement('script');
        script.src = base + name + '.js';
        waiting[name] = { resolve: resolve };
        script.onload = function () {
          script.parentNode.removeChild(script);
          if (waiting[name]) {
            delete waiting[name];
            reject(new Error(name + '.js did not define its data'));
          }
        };
        script.onerror = function () {
          delete waiting[name];
          reject(new Error('cannot load ' + script.src));
        };
        doc.head.appendChild(script);
      });
    };
  }

  /** Loads search files from a built site's search folder (node only). */
  function fileLoader(dir) {
    var fs = require('fs');
    var path = require('path');
    return function (name) {
      return fs.promises.readFile(path.join(dir, name + '.js'), 'utf8').then(function (text) {
        return unwrap(text, name);
      });
    };
  }

  /** The string right after every string that starts with prefix (prefix with its last unit raised). */
  function prefixEnd(prefix) {
    var last = prefix.charCodeAt(prefix.length - 1);
    return last === 0xffff ? null : prefix.slice(0, -1) + String.fromCharCode(last + 1);
  }

  /** Index of the last key <= term (keys sorted, keys[0] === ''). */
  function shardOf(keys, term) {
    var lo = 0, hi = keys.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (keys[mid] <= term) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /**
   * The shards that can hold a query term: one for an exact term (or the consecutive parts of a
   * term split by document range: equal keys), a range for a prefix.
   */
  function shardsOf(keys, t) {
    var first = shardOf(keys, t.term);
    while (first > 0 && keys[first - 1] === keys[first]) first--;
    var out = [first];
    var end = t.wildcard === 'trailing' ? prefixEnd(t.term) : null;
    for (var i = first + 1; i < keys.length; i++) {
      if (keys[i] === keys[first] || (t.wildcard === 'trailing' && (end === null || keys[i] < end))) out.push(i);
      else break;
    }
    return out;
  }

  // ------------------------------------------------------------------ lunr's scoring over shards

  /*
   * The site client scores a query itself, over the postings and field-vector entries of the shards
   * it loaded, with lunr 2.3.9's arithmetic (lunr.Index.prototype.query): per field, the dot product
   * of the query vector (each clause's expanded terms, boost 1, summed) with the document's field
   * vector, in ascending term index, divided by the query vector's magnitude; a document's fields
   * added in the order lunr first meets them; ties in the order lunr first meets the documents. So
   * its results equal stock lunr's query over the whole index, score for score (the differential
   * test, ShardedIndexDifferentialTest), while it keeps only numbers per document, where lunr makes
   * objects (MatchData, Sets, string keys) for every match, and it ranks only the top k.
   */

  /**
   * A loaded shard: its terms in index order, each {term, index: lunr _index, docs: [Int32Array per
   * field, posting order], values: [Float64Array per field: the field vector's entry, NaN if none]}.
   */
  function readShard(json, fields, docNumber) {
    var F = fields.length, fieldAt = Object.create(null);
    fields.forEach(function (f, i) { fieldAt[f] = i; });
    // field-vector entries by term index: field, document, value, in the file's (document, field) order
    var byTerm = new Map(), ascending = true, last = -1;
    var vectors = json.fieldVectors || [];
    for (var i = 0; i < vectors.length; i++) {
      var key = vectors[i][0], el = vectors[i][1], slash = key.indexOf('/');
      var f = fieldAt[key.slice(0, slash)], d = docNumber(key.slice(slash + 1));
      if (d < last) ascending = false;
      last = d;
      for (var j = 0; j < el.length; j += 2) {
        var list = byTerm.get(el[j]);
        if (!list) byTerm.set(el[j], list = []);
        list.push(f, d, el[j + 1]);
      }
    }
    return json.invertedIndex.map(function (tuple) {
      var posting = tuple[1], index = posting._index, entries = byTerm.get(index) || [];
      var docs = [], values = [];
      for (var f = 0; f < F; f++) {
        var refs = Object.keys(posting[fields[f]] || {});
        var ds = new Int32Array(refs.length), vs = new Float64Array(refs.length);
        for (var k = 0; k < refs.length; k++) ds[k] = docNumber(refs[k]);
        align(ds, vs, entries, f, ascending);
        docs.push(ds);
        values.push(vs);
      }
      return { term: tuple[0], index: index, docs: docs, values: values };
    });
  }

  /** Fills vs with field f's vector values for the documents ds (a merge when both ascend, else a map). */
  function align(ds, vs, entries, f, ascending) {
    var at = 0, n = entries.length, sorted = ascending;
    for (var k = 0; k < ds.length && sorted; k++) {
      while (at < n && (entries[at] !== f || entries[at + 1] < ds[k])) at += 3;
      if (k > 0 && ds[k] <= ds[k - 1]) sorted = false;
      else if (at < n && entries[at + 1] === ds[k]) { vs[k] = entries[at + 2]; at += 3; } else vs[k] = NaN;
    }
    if (sorted) return;
    var byDoc = new Map();
    for (var e = 0; e < n; e += 3) if (entries[e] === f) byDoc.set(entries[e + 1], entries[e + 2]);
    for (k = 0; k < ds.length; k++) vs[k] = byDoc.has(ds[k]) ? byDoc.get(ds[k]) : NaN;
  }

  /** Where a character sits among a TokenSet node's edges: digits first (integer-like keys), then by code unit. */
  function edgeRank(c) {
    return c >= 0x30 && c <= 0x39 ? c - 0x3a : c;
  }

  /**
   * The order lunr lists a prefix's expansions in (TokenSet.intersect, then toArray: a stack, so a
   * word before the words it starts, and the edges of a node last to first).
   */
  function lunrExpansionOrder(a, b) {
    var i = 0, n = Math.min(a.length, b.length);
    while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (i === a.length) return i === b.length ? 0 : -1;
    if (i === b.length) return 1;
    return edgeRank(b.charCodeAt(i)) - edgeRank(a.charCodeAt(i));
  }

  /**
   * lunr's query over the loaded terms: clauses [{term, wildcard, presence: 'required'|'optional'}]
   * on the fields numbered in fieldList. Returns the matches unsorted, in the order lunr first meets
   * them: {docs: [doc numbers], raw: Float64Array (lunr's score), clauses: per doc, a bit per clause
   * matched (Int32Array, words per doc), words}.
   */
  Site.prototype.match = function (clauses, fieldList, shardLists) {
    var F = this.meta.fields.length, n = this.documentCount();
    var words = (clauses.length + 31) >> 5;
    var fieldSeq = new Int32Array(n * F), docSeq = new Int32Array(n), hit = new Int32Array(n * words);
    var required = 0, reqHits = new Int32Array(n), reqStamp = new Int32Array(n);
    var docs = [], seq = 0, order = [];
    var query = range(F).map(function () { return new Map(); }); // per field: term index → boost sum
    var byIndex = new Map();
    var done = new Set(); // lunr's termFieldCache
    var self = this;
    clauses.forEach(function (clause, c) {
      var isRequired = clause.presence === 'required';
      if (isRequired) required++;
      var expanded = self.expand(clause, shardLists[c]);
      expanded.forEach(function (term) {
        byIndex.set(term.index, term);
        fieldList.forEach(function (f) {
          var q = query[f];
          q.set(term.index, (q.get(term.index) || 0) + 1);
          var key = term.term + '/' + f, cached = done.has(key);
          done.add(key);
          term.parts.forEach(function (part) {
            var ds = part.docs[f];
            for (var k = 0; k < ds.length; k++) {
              var d = ds[k];
              if (isRequired && reqStamp[d] !== c + 1) { reqStamp[d] = c + 1; reqHits[d]++; }
              hit[d * words + (c >> 5)] |= 1 << (c & 31);
              if (cached) continue;
              if (fieldSeq[d * F + f] === 0) {
                fieldSeq[d * F + f] = ++seq;
                if (docSeq[d] === 0) { docSeq[d] = seq; docs.push(d); }
              }
            }
          });
        });
      });
    });
    // per field: the dot product, term by term in ascending term index, then / |query|
    var dot = new Float64Array(n * F);
    var magnitude = new Float64Array(F);
    fieldList.forEach(function (f) {
      var indexes = Array.from(query[f].keys()).sort(function (a, b) { return a - b; });
      var sum = 0;
      indexes.forEach(function (ti) {
        var q = query[f].get(ti);
        sum += q * q;
        byIndex.get(ti).parts.forEach(function (part) {
          var ds = part.docs[f], vs = part.values[f];
          for (var k = 0; k < ds.length; k++) {
            if (vs[k] === vs[k]) dot[ds[k] * F + f] += q * vs[k];
          }
        });
      });
      magnitude[f] = Math.sqrt(sum);
    });
    var raw = new Float64Array(n), kept = [], seqs = [];
    for (var i = 0; i < docs.length; i++) {
      var d = docs[i];
      if (reqHits[d] !== required) continue;
      // the fields in the order lunr met them
      order.length = 0;
      for (var f = 0; f < F; f++) if (fieldSeq[d * F + f]) order.push(f);
      order.sort(function (a, b) { return fieldSeq[d * F + a] - fieldSeq[d * F + b]; });
      var score = 0;
      for (var o = 0; o < order.length; o++) {
        var s = dot[d * F + order[o]] / magnitude[order[o]] || 0;
        score = o === 0 ? s : score + s;
      }
      raw[d] = score;
      kept.push(d);
    }
    return { docs: kept, raw: raw, hit: hit, words: words };
  };

  function range(count) {
    var out = [];
    for (var i = 0; i < count; i++) out.push(i);
    return out;
  }

  /** A clause's terms among the loaded shards (lunr's expansion, in its order), each with its parts. */
  Site.prototype.expand = function (clause, shardList) {
    var self = this;
    if (clause.wildcard !== 'trailing') {
      var one = this.terms.get(clause.term);
      return one ? [one] : [];
    }
    var found = new Set(), out = [];
    shardList.forEach(function (n) {
      (self.shardTerms[n] || []).forEach(function (term) {
        if (term.slice(0, clause.term.length) === clause.term && !found.has(term)) {
          found.add(term);
          out.push(self.terms.get(term));
        }
      });
    });
    return out.sort(function (a, b) { return lunrExpansionOrder(a.term, b.term); });
  };

  Site.prototype.documentCount = function () {
    return this.meta.documents;
  };

  /** The best k of docs by better(a, b) (a before b), in order: a heap of k, or a sort when k is large. */
  function topK(docs, k, better) {
    if (k >= docs.length) return docs.slice().sort(function (a, b) { return better(a, b) ? -1 : better(b, a) ? 1 : 0; });
    if (k <= 0) return [];
    var heap = []; // the worst of the best k at the root
    function worse(i, j) { return better(heap[j], heap[i]); }
    function swap(i, j) { var t = heap[i]; heap[i] = heap[j]; heap[j] = t; }
    function down(i) {
      for (;;) {
        var l = 2 * i + 1, r = l + 1, w = i;
        if (l < heap.length && worse(l, w)) w = l;
        if (r < heap.length && worse(r, w)) w = r;
        if (w === i) return;
        swap(i, w);
        i = w;
      }
    }
    for (var i = 0; i < docs.length; i++) {
      var d = docs[i];
      if (heap.length < k) {
        heap.push(d);
        for (var c = heap.length - 1; c > 0;) {
          var p = (c - 1) >> 1;
          if (!worse(c, p)) break;
          swap(c, p);
          c = p;
        }
      } else if (better(d, heap[0])) {
        heap[0] = d;
        down(0);
      }
    }
    return heap.sort(function (a, b) { return better(a, b) ? -1 : better(b, a) ? 1 : 0; });
  }

  /**
   * A Promise of what a query loads: the shard numbers of each clause, and all of them. A big site
   * lists only every keyGroup-th shard key in meta.js (keyGroups) and the keys themselves in
   * keys/G.js: the groups around each term (a part of a split term may sit in the group before) and
   * those a prefix spans load first.
   */
  Site.prototype.shardsFor = function (terms) {
    var self = this, meta = this.meta;
    if (meta.shards) {
      return Promise.resolve(shardLists(terms, function () { return { keys: meta.shards, offset: 0 }; }));
    }
    var groups = meta.keyGroups, size = meta.keyGroup, needed = new Set();
    var ranges = terms.map(function (t) {
      var g = shardOf(groups, t.term), from = Math.max(0, g - 1), to = Math.min(groups.length - 1, g + 1);
      if (t.wildcard === 'trailing') {
        var end = prefixEnd(t.term);
        while (to + 1 < groups.length && (end === null || groups[to + 1] < end)) to++;
      }
      for (var i = from; i <= to; i++) needed.add(i);
      return [from, to];
    });
    this.keyFiles = this.keyFiles || Object.create(null);
    return Promise.all(Array.from(needed).map(function (g) {
      var have = self.keyFiles[g];
      if (!have) {
        have = self.keyFiles[g] = self.load('keys/' + g);
        have.catch(function () { delete self.keyFiles[g]; });
      }
      return have;
    })).then(function () {
      return Promise.all(ranges.map(function (r) {
        var parts = [];
        for (var g = r[0]; g <= r[1]; g++) parts.push(self.keyFiles[g]);
        return Promise.all(parts).then(function (lists) {
          return { keys: [].concat.apply([], lists), offset: r[0] * size };
        });
      }));
    }).then(function (keysOfTerm) {
      return shardLists(terms, function (t, i) { return keysOfTerm[i]; });
    });
  };

  /** The shards of each term (shardsOf over the keys keysOf(term, i) gives, numbered from its offset), and all. */
  function shardLists(terms, keysOf) {
    var all = new Set();
    var lists = terms.map(function (t, i) {
      var k = keysOf(t, i);
      var list = shardsOf(k.keys, t).map(function (n) { return n + k.offset; });
      list.forEach(function (n) { all.add(n); });
      return list;
    });
    return { lists: lists, all: Array.from(all).sort(function (a, b) { return a - b; }) };
  }

  /**
   * A built site's search, read through load(name) → Promise of a search file's data. Each query
   * loads the shards of its terms (in parallel, each once) and scores over them (match()).
   */
  function Site(meta, load) {
    this.meta = meta;
    this.load = load;
    this.fold = compileFoldTable(meta.fold || '');
    this.shards = Object.create(null);
    this.shardTerms = Object.create(null);
    this.terms = new Map(); // term → {term, index, parts: [{shard, docs, values}] in shard order}
    this.chunks = Object.create(null);
    this.texts = Object.create(null);
  }

  Site.prototype.shard = function (n) {
    var self = this;
    var have = this.shards[n];
    if (!have) {
      have = this.shards[n] = this.load('shards/' + n).then(function (json) {
        var read = readShard(json, self.meta.fields, self.docNumber.bind(self));
        self.shardTerms[n] = read.map(function (t) { return t.term; });
        read.forEach(function (t) {
          var term = self.terms.get(t.term);
          if (!term) self.terms.set(t.term, term = { term: t.term, index: t.index, parts: [] });
          var part = { shard: n, docs: t.docs, values: t.values };
          var at = term.parts.length;
          while (at > 0 && term.parts[at - 1].shard > n) at--;
          // a shard read again (after a failed load, or its cache emptied) replaces its part
          if (at > 0 && term.parts[at - 1].shard === n) term.parts[at - 1] = part;
          else term.parts.splice(at, 0, part);
        });
        return n;
      });
      have.catch(function () { delete self.shards[n]; });
    }
    return have;
  };

  /**
   * The options a query of this site runs with: the site's stop words, synonyms and exact terms
   * (meta.query, from qunbook.yml and content/_search/synonyms.yml) and coordination, under options.
   */
  Site.prototype.queryOptions = function (options) {
    var out = {}, q = this.meta.query;
    if (q) {
      out.coordination = true;
      out.stopWords = q.stopWords;
      out.synonyms = q.synonyms;
      if (q.exact) out.exact = this.exactNames(); // else, on a big site, search() loads what a query needs
    }
    Object.keys(options || {}).forEach(function (k) { out[k] = options[k]; });
    return out;
  };

  /** meta.query.exact with its names normalised as queries are (exactKey), made once. */
  Site.prototype.exactNames = function () {
    if (!this.exact) {
      var self = this, given = this.meta.query.exact || {}, out = Object.create(null);
      Object.keys(given).forEach(function (name) {
        var key = exactKey(name, self.fold);
        if (key && !(key in out)) out[key] = given[name];
      });
      this.exact = out;
    }
    return this.exact;
  };

  /**
   * search() over the site, the best options.limit results (all without a limit): a Promise of
   * {matchedAll, total, results: [{ref, score}]}, total counting every result. The same documents,
   * order and scores as search() over the whole index with stock lunr.
   */
  Site.prototype.search = function (query, options) {
    var self = this;
    options = this.queryOptions(options);
    var names = this.meta.fields;
    var fieldList = options.fields ? options.fields.map(function (f) {
      var at = names.indexOf(f);
      if (at < 0) throw new Error('no such field in the index: ' + f);
      return at;
    }) : range(names.length);
    var terms = queryTerms(query, this.fold, options);
    if (terms.length === 0) return Promise.resolve({ matchedAll: false, total: 0, results: [] });
    var wanted;
    var loading = [this.shardsFor(terms).then(function (w) {
      wanted = w;
      return Promise.all(w.all.map(function (n) { return self.shard(n); }));
    })];
    if (options.exact === undefined && this.meta.query && this.meta.query.exactBuckets) {
      loading.push(this.exactFor(query, options).then(function (exact) { options.exact = exact; }));
    }
    return Promise.all(loading).then(function () {
      var limit = options.limit == null ? Infinity : options.limit;
      var found = options.coordination && terms.length > 1
        ? self.coordinated(terms, fieldList, wanted.lists, limit, options)
        : self.plain(terms, fieldList, wanted.lists, limit);
      if (options.exact) self.exactFirst(found, query, options, limit);
      var shownScore = found.score || found.match.raw;
      return {
        matchedAll: found.matchedAll,
        total: found.match.docs.length,
        results: found.top.map(function (d) { return { ref: self.ref(d), score: shownScore[d] }; })
      };
    });
  };

  /** All terms required, or the ranked OR if no document has them all (as plain()). */
  Site.prototype.plain = function (terms, fieldList, lists, limit) {
    var rare = terms.some(function (t) { return !t.common; });
    var m = this.match(terms.map(function (t) {
      return { term: t.term, wildcard: t.wildcard,
        presence: terms.length === 1 || (t.common && rare) ? 'optional' : 'required' };
    }), fieldList, lists);
    if (!(m.docs.length > 0 || terms.length === 1)) {
      m = this.match(terms.map(function (t) {
        return { term: t.term, wildcard: t.wildcard, presence: 'optional' };
      }), fieldList, lists);
      return { matchedAll: false, match: m, top: rank(m, limit, null) };
    }
    return { matchedAll: m.docs.length > 0, match: m, top: rank(m, limit, null) };
  };

  /** lunr's order (score, then first met), or by score first when given (a stable sort of lunr's). */
  function rank(m, limit, score) {
    var raw = m.raw, seqOf = new Int32Array(raw.length);
    m.docs.forEach(function (d, i) { seqOf[d] = i; });
    return topK(m.docs, limit, function (a, b) {
      if (score && score[a] !== score[b]) return score[a] > score[b];
      if (raw[a] !== raw[b]) return raw[a] > raw[b];
      return seqOf[a] < seqOf[b];
    });
  }

  /** Every term optional, scores weighed by the share of the query matched (as coordinated()). */
  Site.prototype.coordinated = function (terms, fieldList, lists, limit, options) {
    var m = this.match(terms.map(function (t) {
      return { term: t.term, wildcard: t.wildcard, presence: 'optional' };
    }), fieldList, lists);
    var keys = [], byKey = Object.create(null), groups = [];
    terms.forEach(function (t) {
      if (t.synonym && !byKey[t.synonym]) {
        keys.push(t.synonym);
        groups.push(byKey[t.synonym] = { own: [], alt: [] });
      }
    });
    terms.forEach(function (t, c) {
      if (t.synonym) { byKey[t.synonym].alt.push(c); return; }
      var key = t.term.length > 1 ? keys.filter(function (k) { return k.indexOf(t.term) >= 0; })[0] : null;
      if (key) byKey[key].own.push(c);
      else groups.push({ own: [c], alt: [] });
    });
    var total = groups.reduce(function (n, g) { return n + Math.max(1, g.own.length); }, 0);
    var power = options.coordinationPower == null ? 2 : options.coordinationPower;
    var score = new Float64Array(m.raw.length), coord = new Float64Array(m.raw.length);
    var hit = m.hit, words = m.words;
    m.docs.forEach(function (d) {
      var has = function (c) { return (hit[d * words + (c >> 5)] & (1 << (c & 31))) !== 0; };
      var credit = 0;
      groups.forEach(function (g) {
        var own = g.own.filter(has).length;
        var alt = g.alt.some(has) ? Math.max(1, g.own.length) : 0;
        credit += Math.max(own, alt);
      });
      coord[d] = total ? credit / total : 0;
      score[d] = m.raw[d] * Math.pow(coord[d], power);
    });
    var top = rank(m, limit, score);
    return { matchedAll: top.length > 0 && coord[top[0]] === 1, match: m, top: top, score: score };
  };

  /** The document options.exact names for the query moved to the top (as exactFirst()). */
  Site.prototype.exactFirst = function (found, query, options, limit) {
    var ref = exactRef(options.exact, query, this.fold, options.stopWords);
    if (!ref) return;
    var d = this.docNumber(ref);
    var at = found.top.indexOf(d);
    if (at === 0) return;
    if (at < 0) {
      if (found.match.docs.indexOf(d) < 0) return; // not a result
      if (found.top.length >= limit) found.top.pop();
    } else {
      found.top.splice(at, 1);
    }
    found.top.unshift(d);
  };

  /**
   * A Promise of the exact names a query can match on a big site (meta.query.exactBuckets): the
   * files its keys (exactKeys) fall in, merged; their keys are normalised already (ExactNames.java).
   */
  Site.prototype.exactFor = function (query, options) {
    var self = this, count = this.meta.query.exactBuckets;
    var buckets = Array.from(new Set(exactKeys(query, this.fold, options.stopWords).map(function (key) {
      return bucketOf(key, count);
    })));
    this.exactFiles = this.exactFiles || Object.create(null);
    return Promise.all(buckets.map(function (b) {
      var have = self.exactFiles[b];
      if (!have) {
        have = self.exactFiles[b] = self.load('exact/' + b);
        have.catch(function () { delete self.exactFiles[b]; });
      }
      return have;
    })).then(function (files) {
      var out = Object.create(null);
      files.forEach(function (names) {
        Object.keys(names).forEach(function (key) { out[key] = names[key]; });
      });
      return out;
    });
  };

  /** Which of count files holds an exact name's key: h = 31·h + c over its code points, in 32 bits (ExactNames.bucket). */
  function bucketOf(key, count) {
    var h = 0;
    for (var i = 0; i < key.length;) {
      var cp = key.codePointAt(i);
      h = (Math.imul(h, 31) + cp) | 0;
      i += unitCount(cp);
    }
    return ((h % count) + count) % count;
  }

  /** The ref of document number n (base refDigits, as SearchIndexer.ref). */
  Site.prototype.ref = function (n) {
    var digits = this.meta.refDigits, out = '';
    do {
      out = digits.charAt(n % digits.length) + out;
      n = Math.floor(n / digits.length);
    } while (n > 0);
    return out;
  };

  /** The number of the document with this ref (refs count in base 52: a…z A…Z, then ba, bb…). */
  Site.prototype.docNumber = function (ref) {
    var digits = this.meta.refDigits, n = 0;
    for (var i = 0; i < ref.length; i++) n = n * digits.length + digits.indexOf(ref.charAt(i));
    return n;
  };

  /** The display data of the documents with these refs ({ref, url, title, type, …}), in that order. */
  Site.prototype.documents = function (refs) {
    var self = this, size = this.meta.docChunk;
    var numbers = refs.map(function (ref) { return self.docNumber(ref); });
    var needed = new Set(numbers.map(function (n) { return Math.floor(n / size); }));
    return Promise.all(Array.from(needed).map(function (c) {
      var have = self.chunks[c];
      if (!have) {
        have = self.chunks[c] = self.load('docs/' + c);
        have.catch(function () { delete self.chunks[c]; });
      }
      return have;
    })).then(function () {
      return Promise.all(numbers.map(function (n) {
        return self.chunks[Math.floor(n / size)].then(function (chunk) { return chunk[n % size]; });
      }));
    });
  };

  /**
   * A Promise of the text file of the document with this ref: {text, sections}, its text for the
   * snippet and the sections a result can link to (search-highlight.js sections() picks them).
   */
  Site.prototype.text = function (ref) {
    var self = this, n = this.docNumber(ref);
    var have = this.texts[n];
    if (!have) {
      have = this.texts[n] = this.load('texts/' + n);
      have.catch(function () { delete self.texts[n]; });
    }
    return have;
  };

  /**
   * lunr's idf of a term among the loaded shards (lunr.idf: its postings in every field count), or
   * null if no loaded shard has it (a prefix, a term of no document). How much a match of it says:
   * the sections of a result are weighed by it.
   */
  Site.prototype.idf = function (term) {
    var t = this.terms.get(term);
    if (!t) return null;
    var n = 0;
    t.parts.forEach(function (part) {
      part.docs.forEach(function (ds) { n += ds.length; });
    });
    var x = (this.documentCount() - n + 0.5) / (n + 0.5);
    return Math.log(1 + Math.abs(x));
  };

  /**
   * search() with the display data of its results (the best options.limit of them):
   * {matchedAll, total, terms, results: [{ref, score, doc}]}, each term with its idf where a loaded
   * shard has it. What the search UI needs, in one call
   * (and one message from a worker).
   */
  Site.prototype.find = function (query, options) {
    var self = this;
    options = this.queryOptions(options);
    return this.search(query, options).then(function (found) {
      return self.documents(found.results.map(function (r) { return r.ref; })).then(function (docs) {
        return {
          matchedAll: found.matchedAll,
          total: found.total,
          terms: queryTerms(query, self.fold, options).map(function (t) {
            var idf = self.idf(t.term);
            if (idf !== null) t.idf = idf;
            return t;
          }),
          results: found.results.map(function (r, i) { return { ref: r.ref, score: r.score, doc: docs[i] }; })
        };
      });
    });
  };

  /**
   * A Promise of the site whose search files load(name) reads (its meta loaded). The site scores
   * its shards itself: lunr is not needed (a second argument, once lunr, is ignored).
   */
  function openSite(load) {
    return load('meta').then(function (meta) {
      return new Site(meta, load);
    });
  }

  return {
    analyze: analyze,
    isCjk: isCjk,
    isWordAt: isWordAt,
    search: search,
    queryTerms: queryTerms,
    compileFoldTable: compileFoldTable,
    openSite: openSite,
    exactKey: exactKey,
    bucketOf: bucketOf,
    loaders: { fetch: fetchLoader, script: scriptLoader, files: fileLoader }
  };
}));
