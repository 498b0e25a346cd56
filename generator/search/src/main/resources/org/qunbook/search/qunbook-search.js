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
 * - openSite(load, lunr) opens a built site's sharded index (meta.js, shards/, docs/, texts/): each
 *   query loads the shards of its terms and runs search() over them merged, with the whole index's
 *   results (LunrShardWriter.java); loaders.fetch / .script / .files read the files over http(s),
 *   as <script>s from file://, or from disk in node.
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
    var own = function (o, k) { return k in o; };
    var key = exactKey(query, fold);
    if (own(exact, key)) return exact[key];
    var words = stopWords(stop, fold);
    if (!words) return null;
    var meant = withoutStopWords(String(query == null ? '' : query), fold, words);
    key = meant.tokens.length ? exactKey(meant.text, fold) : '';
    return own(exact, key) ? exact[key] : null;
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
   * document's text, for its snippet). Every file is the script qunbookSearchLoaded("NAME",JSON);
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

  /** The shards that can hold a query term: one for an exact term, a range for a prefix. */
  function shardsOf(keys, t) {
    var first = shardOf(keys, t.term);
    var out = [first];
    if (t.wildcard === 'trailing') {
      var end = prefixEnd(t.term);
      for (var i = first + 1; i < keys.length && (end === null || keys[i] < end); i++) out.push(i);
    }
    return out;
  }

  /** A TokenSet accepting the words of a and b (whose words differ), sharing their subtrees. */
  function mergeTokenSets(lunr, a, b) {
    var node = new lunr.TokenSet();
    node.final = a.final || b.final;
    var own = Object.prototype.hasOwnProperty;
    var keys = Object.keys(a.edges);
    Object.keys(b.edges).forEach(function (k) { if (!own.call(a.edges, k)) keys.push(k); });
    // The order lunr's TokenSet.Builder adds edges in (sorted words), so results tie in the same order.
    keys.sort();
    keys.forEach(function (k) {
      var x = own.call(a.edges, k) ? a.edges[k] : null, y = own.call(b.edges, k) ? b.edges[k] : null;
      node.edges[k] = x && y ? mergeTokenSets(lunr, x, y) : (x || y);
    });
    return node;
  }

  /** Two field vectors with different terms as one, sorted by term index (Vector.dot needs it). */
  function mergeVectors(lunr, a, b) {
    var x = a.elements, y = b.elements, out = new Array(x.length + y.length), i = 0, j = 0, k = 0;
    while (i < x.length && j < y.length) {
      if (x[i] < y[j]) { out[k++] = x[i++]; out[k++] = x[i++]; } else { out[k++] = y[j++]; out[k++] = y[j++]; }
    }
    while (i < x.length) out[k++] = x[i++];
    while (j < y.length) out[k++] = y[j++];
    return new lunr.Vector(out);
  }

  /**
   * One lunr.Index over shards of one index: their terms, and each field vector summed from theirs.
   * Each dot product then adds the same products in the same order as the whole index's, so lunr's
   * query gives the same documents, scores and order.
   */
  function mergeShards(lunr, shards, fields) {
    if (shards.length === 1) return shards[0];
    var inverted = Object.create(null), vectors = Object.create(null), tokenSet = shards[0].tokenSet;
    shards.forEach(function (ix, n) {
      for (var term in ix.invertedIndex) inverted[term] = ix.invertedIndex[term];
      if (n > 0) tokenSet = mergeTokenSets(lunr, tokenSet, ix.tokenSet);
      Object.keys(ix.fieldVectors).forEach(function (key) {
        var v = ix.fieldVectors[key], have = vectors[key];
        vectors[key] = have ? mergeVectors(lunr, have, v) : v;
      });
    });
    return new lunr.Index({
      invertedIndex: inverted, fieldVectors: vectors, tokenSet: tokenSet, fields: fields, pipeline: shards[0].pipeline
    });
  }

  var MERGED_KEPT = 16;

  /**
   * A built site's search, read through load(name) → Promise of a search file's data. Each query
   * loads the shards of its terms (in parallel, each once) and runs search() over them merged.
   */
  function Site(meta, load, lunr) {
    this.meta = meta;
    this.load = load;
    this.lunr = lunr;
    this.fold = compileFoldTable(meta.fold || '');
    this.shards = Object.create(null);
    this.merged = [];
    this.chunks = Object.create(null);
    this.texts = Object.create(null);
  }

  Site.prototype.shard = function (n) {
    var self = this;
    var have = this.shards[n];
    if (!have) {
      have = this.shards[n] = this.load('shards/' + n).then(function (json) {
        return self.lunr.Index.load(json);
      });
      have.catch(function () { delete self.shards[n]; });
    }
    return have;
  };

  /** The lunr index holding every term of query (the shards they fall in, merged). */
  Site.prototype.indexFor = function (query, options) {
    var self = this, keys = this.meta.shards;
    var wanted = new Set();
    queryTerms(query, this.fold, options).forEach(function (t) {
      shardsOf(keys, t).forEach(function (n) { wanted.add(n); });
    });
    var list = Array.from(wanted).sort(function (a, b) { return a - b; });
    if (list.length === 0) list = [0];
    var key = list.join(',');
    for (var i = 0; i < this.merged.length; i++) {
      if (this.merged[i].key === key) return Promise.resolve(this.merged[i].index);
    }
    return Promise.all(list.map(function (n) { return self.shard(n); })).then(function (shards) {
      var index = mergeShards(self.lunr, shards, self.meta.fields);
      self.merged.unshift({ key: key, index: index });
      if (self.merged.length > MERGED_KEPT) self.merged.pop();
      return index;
    });
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
      out.exact = this.exactNames();
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

  /** search() over the site: a Promise of {matchedAll, results: [{ref, score, terms, positions}]}. */
  Site.prototype.search = function (query, options) {
    var self = this;
    options = this.queryOptions(options);
    return this.indexFor(query, options).then(function (index) {
      return search(index, self.lunr, query, self.fold, options);
    });
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

  /** A Promise of the text of the document with this ref, for its snippet. */
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
   * search() with the display data of the first options.limit results (all without a limit):
   * {matchedAll, terms, results: [{ref, score, doc?}]}. What the search UI needs, in one call (and
   * one message from a worker).
   */
  Site.prototype.find = function (query, options) {
    var self = this;
    options = this.queryOptions(options);
    return this.search(query, options).then(function (found) {
      var limit = options.limit == null ? found.results.length : Math.min(options.limit, found.results.length);
      var shown = found.results.slice(0, limit);
      return self.documents(shown.map(function (r) { return r.ref; })).then(function (docs) {
        return {
          matchedAll: found.matchedAll,
          terms: queryTerms(query, self.fold, options),
          results: found.results.map(function (r, i) {
            var out = { ref: r.ref, score: r.score };
            if (i < limit) out.doc = docs[i];
            return out;
          })
        };
      });
    });
  };

  /** A Promise of the site whose search files load(name) reads (its meta loaded). */
  function openSite(load, lunr) {
    return load('meta').then(function (meta) {
      return new Site(meta, load, lunr);
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
    mergeShards: mergeShards,
    loaders: { fetch: fetchLoader, script: scriptLoader, files: fileLoader }
  };
}));
