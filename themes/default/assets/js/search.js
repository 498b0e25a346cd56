/*
 * qunbook default theme: search. The header box (a combobox with a dropdown of results, on every
 * page) and the results page (search/?q=...&type=...).
 *
 * The search loads on first use (focus or typing), never on page load. Over http(s) it runs in a
 * Web Worker (assets/search/search-worker.js: qunbook-search.js fetching the search files);
 * from file://, where a worker cannot read local files, the page runs the same client, loading the
 * same files as <script>s. A query loads the index shards of its terms, then the display data of
 * the results shown, then each shown result's text file: its snippet (the summary until then) and
 * the links to the sections of its page that answer the query.
 * Queries go through qunbookSearch's site client (assets/search/qunbook-search.js); what a result
 * marks and where its snippet starts come from assets/search/search-highlight.js (tested under node).
 *
 * Everything taken from the index is put into the page as text (textContent, text nodes and
 * <mark> elements), never as HTML. A classic deferred script: no modules, no inline anything
 * (Content-Security-Policy: default-src 'self'), and nothing happens on a page without the
 * search elements.
 */
(function () {
  'use strict';

  var doc = document;
  var DEBOUNCE_MS = 120;
  var DROPDOWN_LIMIT = 8;
  var PAGE_LIMIT = 50;
  // The results page adds its results this many at a time (the first ones at once).
  var RENDER_CHUNK = 8;
  // The results page loads the display data (type, filter values) of this many results, for its
  // filters and their counts: all of them on a handbook, the best ones on a site of thousands.
  var FILTER_DOCS = 300;
  // The results page waits this long at most for the text files of its first results, the dropdown
  // this long for those of its options (it answers typing: a slow network gets the summaries first).
  var FIRST_TEXTS_WAIT_MS = 1000;
  var DROPDOWN_TEXTS_WAIT_MS = 300;
  var SNIPPET_BEFORE = 24;
  var SNIPPET_LENGTH = 110;

  // ------------------------------------------------------------------ loading the index

  var loading = null;
  var texts = Object.create(null); // ref → Promise of the document's text file (snippet, sections)
  var loadedTexts = Object.create(null); // ref → the text file, once loaded

  /**
   * The search run in a Web Worker (over http(s)): call(op, message) → Promise of its result.
   * Rejects everything pending if the worker fails, so the page can fall back to running it itself.
   */
  function workerCaller(root, base) {
    var worker = new window.Worker(root + 'assets/search/search-worker.js');
    var pending = Object.create(null);
    var next = 0;
    var broken = null;
    worker.onmessage = function (event) {
      var m = event.data;
      var p = pending[m.id];
      if (p) {
        delete pending[m.id];
        if (m.error) {
          p.reject(new Error(m.error));
        } else {
          p.resolve(m.result);
        }
      }
    };
    worker.onerror = function (event) {
      broken = new Error('search worker: ' + (event && event.message ? event.message : 'failed'));
      Object.keys(pending).forEach(function (id) {
        pending[id].reject(broken);
      });
      pending = Object.create(null);
    };
    return function (op, message) {
      if (broken) {
        return Promise.reject(broken);
      }
      return new Promise(function (resolve, reject) {
        var id = ++next;
        pending[id] = { resolve: resolve, reject: reject };
        message.id = id;
        message.op = op;
        message.base = base;
        worker.postMessage(message);
      });
    };
  }

  /**
   * The search run in the page (from file://, where a worker cannot fetch the search files: they
   * load as <script>s; or without Worker support): the same calls as workerCaller.
   */
  function pageCaller(root, base, useFetch) {
    // qunbook-search.js scores the shards itself: lunr.js is not needed to search
    var load = useFetch ? window.qunbookSearch.loaders.fetch(base) : window.qunbookSearch.loaders.script(base, doc);
    var site = window.qunbookSearch.openSite(load);
    return function (op, message) {
      return site.then(function (s) {
        if (op === 'find') return s.find(message.query, message.options);
        if (op === 'text') return s.text(message.ref);
        if (op === 'documents') return s.documents(message.refs);
        return s.meta;
      });
    };
  }

  /**
   * A promise of the search: {call(op, message), fold, types: [{type, label, facets}], inWorker}.
   * Started on first use (focus or typing), never on page load: the meta file first, then each
   * query's shards and the display data of the results shown.
   */
  function loadSearch(root) {
    if (loading) {
      return loading;
    }
    if (!window.qunbookSearch || !window.qunbookSearchHighlight || !window.Promise) {
      loading = Promise.reject(new Error('search scripts not loaded'));
      return loading;
    }
    var base = new URL(root + 'search/', window.location.href).href;
    var fromFile = window.location.protocol === 'file:';
    var inWorker = !fromFile && !!window.Worker;
    var call = inWorker ? workerCaller(root, base) : pageCaller(root, base, !fromFile && !!window.fetch);
    loading = call('meta', {}).catch(function (error) {
      if (!inWorker) {
        throw error;
      }
      if (window.console && window.console.warn) {
        window.console.warn(error);
      }
      inWorker = false; // a worker that cannot start (blocked, old browser): run it in the page
      call = pageCaller(root, base, !!window.fetch);
      return call('meta', {});
    }).then(function (meta) {
      return {
        call: function (op, message) { return call(op, message); },
        fold: window.qunbookSearch.compileFoldTable(meta.fold || ''),
        types: meta.types || [],
        inWorker: inWorker
      };
    });
    loading.catch(function () {
      loading = null; // the next use tries again
    });
    return loading;
  }

  /** A promise of the document's text file, {text, sections} (loaded once). */
  function documentText(search, ref) {
    if (!texts[ref]) {
      texts[ref] = search.call('text', { ref: ref });
      texts[ref].then(function (page) {
        loadedTexts[ref] = page;
      }, function () {
        delete texts[ref];
      });
    }
    return texts[ref];
  }

  /**
   * Resolves once the text files of these hits are loaded, or after waitMs: the results page shows
   * its first results with their snippets and section links, rather than growing under the reader.
   */
  function textsOf(search, hits, waitMs) {
    var all = Promise.all(hits.map(function (hit) {
      return documentText(search, hit.doc.ref).catch(function () { return null; });
    }));
    return Promise.race([all, new Promise(function (resolve) { window.setTimeout(resolve, waitMs); })]);
  }

  /**
   * A promise of {query, terms, matchedAll, total, hits: [{doc, score}]} for query, all types,
   * with the display data of the first limit results (all without a limit).
   */
  function runSearch(search, query, limit) {
    return search.call('find', { query: query, options: limit ? { limit: limit } : {} }).then(function (found) {
      var hits = [];
      found.results.forEach(function (r) {
        if (r.doc) {
          hits.push({ doc: r.doc, score: r.score });
        }
      });
      return { query: query, terms: found.terms, matchedAll: found.matchedAll, total: found.total, hits: hits };
    });
  }

  var SECTIONS_PER_PAGE = 3;

  // ------------------------------------------------------------------ highlighting

  /** The [start, end) ranges of text to mark (assets/search/search-highlight.js, tested under node). */
  function matchRanges(text, terms, fold) {
    return window.qunbookSearchHighlight.matchRanges(text, terms, fold);
  }

  /** Appends text[from, to) to parent as text nodes and <mark>s for the ranges inside it. */
  function appendMarked(parent, text, ranges, from, to) {
    var at = from;
    ranges.forEach(function (r) {
      var start = Math.max(r[0], from);
      var end = Math.min(r[1], to);
      if (end <= start) {
        return;
      }
      if (start > at) {
        parent.appendChild(doc.createTextNode(text.slice(at, start)));
      }
      var mark = doc.createElement('mark');
      mark.textContent = text.slice(start, end);
      parent.appendChild(mark);
      at = end;
    });
    if (at < to) {
      parent.appendChild(doc.createTextNode(text.slice(at, to)));
    }
  }

  /**
   * A snippet of the page text around its first match (else its summary or opening), marked. The
   * summary first, unless the text is loaded already; the page text is loaded for the results shown
   * and the snippet redrawn with it; onPage(text file) then draws what else comes from it.
   */
  function snippet(search, d, terms, fold, onPage) {
    var loaded = loadedTexts[d.ref];
    if (loaded) {
      onPage(loaded);
      return snippetOf(loaded.text || '', terms, fold, false, d.summary);
    }
    var p = snippetOf(d.summary || '', terms, fold, true);
    whenNear(p, function () {
      documentText(search, d.ref).then(function (page) {
        if (p.parentNode) {
          p.parentNode.replaceChild(snippetOf(page.text || '', terms, fold, false, d.summary), p);
          onPage(page);
        }
      }, function (error) {
        if (window.console && window.console.warn) {
          window.console.warn(error); // the summary stays
        }
      });
    });
    return p;
  }

  var nearScreen = null;

  /**
   * Runs load once el comes near the screen: a result's page text (and the work of finding its
   * snippet) only for the results a reader can see or is about to scroll to, not for all fifty
   * at once while the page is still loading. At once where IntersectionObserver is missing.
   */
  function whenNear(el, load) {
    if (!window.IntersectionObserver) {
      load();
      return;
    }
    if (!nearScreen) {
      nearScreen = new window.IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          var run = entry.target.qunbookWhenNear;
          if (entry.isIntersecting) {
            nearScreen.unobserve(entry.target);
            delete entry.target.qunbookWhenNear;
            if (run) {
              run();
            }
          }
        });
      }, { rootMargin: '600px 0px' });
    }
    el.qunbookWhenNear = load;
    nearScreen.observe(el);
  }

  function snippetOf(text, terms, fold, pending, summary) {
    var p = doc.createElement('p');
    p.className = 'search-snippet';
    if (pending) {
      p.setAttribute('data-pending', 'true');
    }
    var shown = window.qunbookSearchHighlight.snippet(text, terms, fold,
      { summary: summary, before: SNIPPET_BEFORE, length: SNIPPET_LENGTH });
    if (shown.from > 0) {
      p.appendChild(doc.createTextNode('…'));
    }
    appendMarked(p, shown.text, shown.ranges, shown.from, shown.to);
    if (shown.to < shown.text.length) {
      p.appendChild(doc.createTextNode('…'));
    }
    return p;
  }

  function textElement(tag, className, text) {
    var el = doc.createElement(tag);
    el.className = className;
    el.textContent = text;
    return el;
  }

  /**
   * One result: its link (marked title, type badge, section, snippet) and, under it, the links to
   * the sections of its page that answer the query, drawn from the page's text file with the snippet.
   */
  function resultItem(root, search, li, d, terms, fold) {
    var link = doc.createElement('a');
    link.className = 'search-result-link';
    link.href = pageHref(root, d.url, terms);
    var sections = doc.createElement('ul');
    sections.className = 'search-result-sections';
    sections.hidden = true;
    resultBody(search, link, d, terms, fold, function (page) {
      sectionLinks(root, sections, d, page, terms, fold);
    });
    li.appendChild(link);
    li.appendChild(sections);
    return link;
  }

  /** The body of one result: marked title, type badge, section, snippet. */
  function resultBody(search, link, d, terms, fold, onPage) {
    var head = doc.createElement('span');
    head.className = 'search-result-head';
    var title = doc.createElement('span');
    title.className = 'search-result-title';
    var titleText = d.title || d.url;
    appendMarked(title, titleText, matchRanges(titleText, terms, fold), 0, titleText.length);
    head.appendChild(title);
    if (d.typeLabel) {
      head.appendChild(textElement('span', 'badge badge-type search-result-type', d.typeLabel));
    }
    if (d.section && d.section !== d.typeLabel) {
      head.appendChild(textElement('span', 'search-result-section', d.section));
    }
    link.appendChild(head);
    link.appendChild(snippet(search, d, terms, fold, onPage));
  }

  /**
   * Fills list with the sections of a result's page that answer the query (search-highlight.js
   * sections(), from its text file), each a link to the page at its heading.
   */
  function sectionLinks(root, list, d, page, terms, fold) {
    var chosen = window.qunbookSearchHighlight.sections(page, terms, fold, { limit: SECTIONS_PER_PAGE });
    list.textContent = '';
    chosen.forEach(function (section) {
      var li = doc.createElement('li');
      var a = doc.createElement('a');
      a.href = pageHref(root, d.url + '#' + section.fragment, terms);
      a.className = 'search-result-section-link';
      a.tabIndex = -1;
      appendMarked(a, section.heading, matchRanges(section.heading, terms, fold), 0, section.heading.length);
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = !chosen.length;
  }

  /** The link to a page; from file:// a folder URL would open a directory listing, so add index.html. */
  function pageHref(root, url, terms) {
    var hash = url.indexOf('#');
    var fragment = hash < 0 ? '' : url.slice(hash);
    var path = hash < 0 ? url : url.slice(0, hash);
    var folder = path === '' || path.charAt(path.length - 1) === '/';
    // a section opens at its heading with the terms marked; a page opens at its top, as before
    var query = fragment && terms && terms.length ? '?' + HIGHLIGHT_PARAM + '=' + encodeURIComponent(highlightParam(terms)) : '';
    return root + path + (folder && window.location.protocol === 'file:' ? 'index.html' : '') + query + fragment;
  }

  var HIGHLIGHT_PARAM = 'highlight';

  /** The query's terms for the page a result opens: space-separated, a prefix with a trailing *. */
  function highlightParam(terms) {
    return terms.map(function (t) { return t.term + (t.wildcard === 'trailing' ? '*' : ''); }).join(' ');
  }

  function highlightTerms(param) {
    return param.split(' ').filter(Boolean).slice(0, 32).map(function (w) {
      var prefix = w.charAt(w.length - 1) === '*';
      return { term: prefix ? w.slice(0, -1) : w, wildcard: prefix ? 'trailing' : 'none' };
    }).filter(function (t) { return t.term.length > 0; });
  }

  /**
   * On a page opened from a search result (?highlight=…#heading): the query's terms marked in the
   * section the link points to (from its heading up to the next heading of its level or higher),
   * else in the whole text, and the section scrolled into view. Text only: marks wrap text nodes.
   */
  function highlightPage() {
    var param = new URLSearchParams(window.location.search).get(HIGHLIGHT_PARAM);
    var prose = doc.querySelector('.prose');
    if (!param || !prose || !window.qunbookSearch || !window.qunbookSearchHighlight) {
      return;
    }
    var terms = highlightTerms(param);
    var mount = doc.getElementById('site-search');
    var root = mount ? mount.getAttribute('data-root') || '' : '';
    var mark = function (fold) {
      var target = window.location.hash ? doc.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
      var nodes = [];
      var inScope = !target || !prose.contains(target);
      var level = target && /^H[2-6]$/.test(target.tagName) ? Number(target.tagName.charAt(1)) : 7;
      var walker = doc.createTreeWalker(prose, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      var done = false;
      for (var node = walker.nextNode(); node && !done; node = walker.nextNode()) {
        if (node.nodeType === 1) {
          if (target && node === target) {
            inScope = true;
          } else if (target && inScope && /^H[2-6]$/.test(node.tagName) && Number(node.tagName.charAt(1)) <= level
              && target.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) {
            done = true;
          }
        } else if (inScope && node.nodeValue.trim() && !node.parentNode.closest('script, style, mark, [data-search-exclude], button')) {
          nodes.push(node);
        }
      }
      var first = null;
      nodes.forEach(function (text) {
        var value = text.nodeValue;
        var ranges = matchRanges(value, terms, fold);
        if (!ranges.length) {
          return;
        }
        var frag = doc.createDocumentFragment();
        appendMarked(frag, value, ranges, 0, value.length);
        Array.prototype.forEach.call(frag.querySelectorAll('mark'), function (m) {
          m.className = 'search-hit';
          first = first || m;
        });
        text.parentNode.replaceChild(frag, text);
      });
      if (target) {
        target.scrollIntoView();
      } else if (first) {
        first.scrollIntoView({ block: 'center' });
      }
      prose.setAttribute('data-search-highlighted', String(prose.querySelectorAll('mark.search-hit').length));
    };
    // the fold table marks Traditional text for a Simplified query; without the index, exact text only
    loadSearch(root).then(function (search) { mark(search.fold); }, function () { mark(new Map()); });
  }

  function resultsPageUrl(root, query, type) {
    var page = window.location.protocol === 'file:' ? 'search/index.html' : 'search/';
    var url = root + page + '?q=' + encodeURIComponent(query);
    return type ? url + '&type=' + encodeURIComponent(type) : url;
  }

  function messages(el) {
    return function (key, n) {
      var name = 'data-msg-' + key.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
      var text = el.getAttribute(name) || '';
      return n === undefined ? text : window.qunbook.format(text, { n: n });
    };
  }

  /**
   * Tells listeners (the benchmark, tests) that results for query are on screen, with the time
   * since the query ran (after the debounce): loading included the first time.
   */
  function announceResults(target, query, started) {
    var ms = (window.performance ? window.performance.now() : Date.now()) - started;
    try {
      target.dispatchEvent(new CustomEvent('qunbook:search-results', { detail: { query: query, ms: ms } }));
    } catch (e) {
      // Old browsers without CustomEvent: the event only serves measurements.
    }
  }

  function now() {
    return window.performance ? window.performance.now() : Date.now();
  }

  // ------------------------------------------------------------------ header box

  function setUpHeaderBox(mount) {
    var input = mount.querySelector('input.site-search-input');
    var listbox = mount.querySelector('.site-search-listbox');
    var panel = mount.querySelector('.site-search-panel');
    var status = mount.querySelector('.site-search-status');
    var more = mount.querySelector('.site-search-more');
    if (!input || !listbox || !panel || !status) {
      return;
    }
    var form = input.form;
    var root = mount.getAttribute('data-root') || '';
    var msg = messages(mount);
    var timer = null;
    var active = -1;
    var shownQuery = null;

    function options() {
      return listbox.querySelectorAll('[role="option"]');
    }

    function open(show) {
      panel.hidden = !show;
      input.setAttribute('aria-expanded', show ? 'true' : 'false');
      if (!show) {
        setActive(-1);
      }
    }

    function setActive(i) {
      var all = options();
      if (active >= 0 && all[active]) {
        all[active].setAttribute('aria-selected', 'false');
      }
      active = all.length ? i : -1;
      if (active >= 0) {
        all[active].setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', all[active].id);
        if (typeof all[active].scrollIntoView === 'function') {
          all[active].scrollIntoView({ block: 'nearest' });
        }
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function showStatus(text) {
      status.textContent = text;
      status.hidden = !text;
    }

    function render(search, found, started) {
      listbox.textContent = '';
      active = -1;
      input.removeAttribute('aria-activedescendant');
      found.hits.slice(0, DROPDOWN_LIMIT).forEach(function (hit, i) {
        var li = doc.createElement('li');
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.id = 'site-search-option-' + i;
        li.className = 'search-result';
        resultItem(root, search, li, hit.doc, found.terms, search.fold).tabIndex = -1;
        listbox.appendChild(li);
      });
      if (!found.hits.length) {
        showStatus(msg('noResults'));
      } else if (!found.matchedAll) {
        showStatus(msg('partial'));
      } else {
        showStatus('');
      }
      if (more) {
        more.href = resultsPageUrl(root, found.query, '');
        more.textContent = msg('seeAll', found.total);
        more.hidden = !found.hits.length;
      }
      listbox.hidden = !found.hits.length;
      shownQuery = found.query;
      open(true);
      announceResults(mount, found.query, started);
    }

    function update(started) {
      var query = input.value.trim();
      if (!query) {
        shownQuery = null;
        open(false);
        return;
      }
      if (query === shownQuery) {
        open(true);
        return;
      }
      if (shownQuery === null) {
        showStatus(msg('loading'));
        listbox.hidden = true;
        if (more) {
          more.hidden = true;
        }
        open(true);
      }
      loadSearch(root).then(function (search) {
        return runSearch(search, query, DROPDOWN_LIMIT).then(function (found) {
          // the options with their snippets and section links, so they do not move under the pointer
          return textsOf(search, found.hits.slice(0, DROPDOWN_LIMIT), DROPDOWN_TEXTS_WAIT_MS).then(function () {
            if (input.value.trim() === query) {
              render(search, found, started);
            }
          });
        });
      }).catch(function (error) {
        showStatus(msg('error'));
        open(true);
        if (window.console && window.console.warn) {
          window.console.warn(error);
        }
      });
    }

    function schedule() {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        update(now());
      }, DEBOUNCE_MS);
    }

    function follow(option) {
      var link = option && option.querySelector('a[href]');
      if (link) {
        window.location.href = link.href;
      }
    }

    input.addEventListener('focus', function () {
      // Start loading now so the first results come sooner; errors show when the reader types.
      loadSearch(root).catch(function () {});
      if (input.value.trim()) {
        schedule();
      }
    });
    input.addEventListener('input', schedule);
    input.addEventListener('keydown', function (event) {
      var all = options();
      var isOpen = !panel.hidden;
      if (event.key === 'ArrowDown' || event.key === 'Down') {
        event.preventDefault();
        if (!isOpen) {
          update(now());
        } else if (all.length) {
          setActive(active + 1 >= all.length ? 0 : active + 1);
        }
      } else if (event.key === 'ArrowUp' || event.key === 'Up') {
        event.preventDefault();
        if (isOpen && all.length) {
          setActive(active <= 0 ? all.length - 1 : active - 1);
        }
      } else if (event.key === 'Enter') {
        event.preventDefault();
        if (isOpen && active >= 0) {
          follow(all[active]);
        } else if (input.value.trim()) {
          window.location.href = resultsPageUrl(root, input.value.trim(), '');
        }
      } else if (event.key === 'Escape' || event.key === 'Esc') {
        if (isOpen) {
          event.preventDefault();
          open(false);
        } else if (input.value) {
          input.value = '';
        } else {
          input.blur();
        }
      }
    });
    if (form) {
      // Without a highlighted option, Enter (or a submit button) opens the results page.
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (input.value.trim()) {
          window.location.href = resultsPageUrl(root, input.value.trim(), '');
        }
      });
    }
    listbox.addEventListener('mousemove', function (event) {
      var option = event.target && event.target.closest ? event.target.closest('[role="option"]') : null;
      if (option) {
        var all = options();
        for (var i = 0; i < all.length; i++) {
          if (all[i] === option && i !== active) {
            setActive(i);
          }
        }
      }
    });
    doc.addEventListener('click', function (event) {
      if (!mount.contains(event.target)) {
        open(false);
      }
    });
    mount.addEventListener('focusout', function (event) {
      if (event.relatedTarget && !mount.contains(event.relatedTarget)) {
        open(false);
      }
    });
    // "/" and Ctrl/Cmd-K focus the box from anywhere on the page.
    doc.addEventListener('keydown', function (event) {
      var target = event.target;
      var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      var commandK = (event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'k' || event.key === 'K');
      if (commandK || (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey)) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  // ------------------------------------------------------------------ results page

  /** q, type and the facet filters (every other parameter: field=value) of the page's URL. */
  function readParams() {
    var params = { q: '', type: '', facets: {} };
    try {
      var search = new URLSearchParams(window.location.search);
      search.forEach(function (value, key) {
        if (key === 'q' || key === 'type') {
          params[key] = value;
        } else if (value) {
          params.facets[key] = value;
        }
      });
    } catch (e) {
      // No URLSearchParams: start empty.
    }
    return params;
  }

  /** The labels of facet fields and values the template gives: {field: {label, values: {value: label}}}. */
  function facetLabels(pageEl) {
    var labels = {};
    var items = pageEl.querySelectorAll('.search-facet-labels [data-field]');
    for (var i = 0; i < items.length; i++) {
      var field = items[i].getAttribute('data-field');
      var entry = labels[field] || (labels[field] = { label: field, values: {} });
      var value = items[i].getAttribute('data-value');
      if (value === null) {
        entry.label = items[i].textContent;
      } else {
        entry.values[value] = items[i].textContent;
      }
    }
    return labels;
  }

  function setUpResultsPage(pageEl) {
    var input = pageEl.querySelector('input.search-page-input');
    var form = pageEl.querySelector('form');
    var filters = pageEl.querySelector('.search-filters');
    var facetBox = pageEl.querySelector('.search-facets');
    var summary = pageEl.querySelector('.search-summary');
    var list = pageEl.querySelector('.search-results');
    var empty = pageEl.querySelector('.search-empty');
    if (!input || !filters || !summary || !list || !empty) {
      return;
    }
    var root = pageEl.getAttribute('data-root') || '';
    var msg = messages(pageEl);
    var labels = facetLabels(pageEl);
    var params = readParams();
    var query = params.q.trim();
    var type = params.type;
    var facets = params.facets;
    var timer = null;
    input.value = params.q;

    function remember() {
      var url = resultsPageUrl('', query, type).replace(/^search\/(index\.html)?/, '');
      Object.keys(facets).forEach(function (field) {
        url += '&' + encodeURIComponent(field) + '=' + encodeURIComponent(facets[field]);
      });
      try {
        window.history.replaceState(null, '', url || '?');
      } catch (e) {
        // Some file:// contexts refuse history changes; the page still works.
      }
    }

    function filterButton(pressed, label, count, choose) {
      var button = doc.createElement('button');
      button.type = 'button';
      button.className = 'search-filter';
      button.setAttribute('aria-pressed', pressed ? 'true' : 'false');
      button.appendChild(doc.createTextNode(label + ' '));
      button.appendChild(textElement('span', 'search-filter-count', String(count)));
      button.addEventListener('click', function () {
        choose();
        remember();
        show();
      });
      return button;
    }

    function renderFilters(search, found) {
      filters.textContent = '';
      if (!found.hits.length) {
        filters.hidden = true;
        return;
      }
      var counts = {};
      found.hits.forEach(function (hit) {
        counts[hit.doc.type] = (counts[hit.doc.type] || 0) + 1;
      });
      filters.appendChild(filterButton(!type, msg('allTypes'), found.hits.length, function () {
        type = '';
        facets = {};
      }));
      search.types.forEach(function (t) {
        if (counts[t.type]) {
          filters.appendChild(filterButton(t.type === type, t.label, counts[t.type], function () {
            if (type !== t.type) {
              facets = {};
            }
            type = t.type;
          }));
        }
      });
      filters.hidden = false;
    }

    /** Whether a hit passes the facet filters, but the one of field skip. */
    function passes(hit, skip) {
      var values = hit.doc.facets || {};
      return Object.keys(facets).every(function (field) {
        return field === skip || String(values[field]) === facets[field];
      });
    }

    /** One group of buttons per field of the chosen type with a closed list of values, with counts. */
    function renderFacets(search, ofType) {
      if (!facetBox) {
        return;
      }
      facetBox.textContent = '';
      var declared = [];
      search.types.forEach(function (t) {
        if (t.type === type) {
          declared = t.facets || [];
        }
      });
      declared.forEach(function (field) {
        var counts = {};
        var order = [];
        ofType.forEach(function (hit) {
          var value = (hit.doc.facets || {})[field];
          if (value !== undefined && passes(hit, field)) {
            value = String(value);
            if (!counts[value]) {
              order.push(value);
            }
            counts[value] = (counts[value] || 0) + 1;
          }
        });
        if (!order.length) {
          return;
        }
        var label = labels[field] || { label: field, values: {} };
        var group = doc.createElement('div');
        group.className = 'search-facet';
        group.setAttribute('role', 'group');
        group.setAttribute('aria-label', label.label);
        group.setAttribute('data-field', field);
        group.appendChild(textElement('span', 'search-facet-label', label.label));
        order.sort();
        order.forEach(function (value) {
          group.appendChild(filterButton(facets[field] === value, label.values[value] || value, counts[value],
            function () {
              if (facets[field] === value) {
                delete facets[field];
              } else {
                facets[field] = value;
              }
            }));
        });
        facetBox.appendChild(group);
      });
      facetBox.hidden = !facetBox.firstChild;
    }

    var rendering = 0; // the render still adding results (a newer one stops it)

    function render(search, found, started) {
      var ofType = found.hits.filter(function (hit) {
        return !type || hit.doc.type === type;
      });
      var hits = ofType.filter(function (hit) {
        return passes(hit, null);
      });
      var shown = hits.slice(0, PAGE_LIMIT);
      var token = ++rendering;
      var asked = query;
      // the first results with their snippets and sections, so they do not grow as those arrive; the
      // count, filters and list change together, once they are in
      textsOf(search, shown.slice(0, RENDER_CHUNK), FIRST_TEXTS_WAIT_MS).then(function () {
        if (token === rendering) {
          draw(search, found, started, ofType, hits, shown, token, asked);
        }
      });
    }

    function draw(search, found, started, ofType, hits, shown, token, asked) {
      renderFilters(search, found);
      renderFacets(search, type ? ofType : []);
      list.textContent = '';
      // the first results at once, the rest a few at a time: no long task while the page loads
      function addFrom(at) {
        if (token !== rendering) {
          return; // a newer query's results replaced these
        }
        shown.slice(at, at + RENDER_CHUNK).forEach(function (hit) {
          var li = doc.createElement('li');
          li.className = 'search-result';
          resultItem(root, search, li, hit.doc, found.terms, search.fold);
          list.appendChild(li);
        });
        if (at + RENDER_CHUNK < shown.length) {
          window.setTimeout(function () { addFrom(at + RENDER_CHUNK); }, 0);
        } else {
          announceResults(pageEl, asked, started);
        }
      }
      // unfiltered, the count is every result's, also those whose display data was not loaded
      var shownCount = type || Object.keys(facets).length ? hits.length : found.total;
      var text = hits.length ? msg(shownCount === 1 ? 'countOne' : 'count', shownCount) : '';
      if (hits.length && !found.matchedAll) {
        text += ' ' + msg('partial');
      }
      summary.textContent = text;
      summary.hidden = !text;
      empty.hidden = hits.length > 0;
      var emptyTitle = empty.querySelector('.search-empty-title');
      if (emptyTitle) {
        emptyTitle.textContent = window.qunbook.format(msg('noResultsFor'), { q: asked });
      }
      addFrom(0);
    }

    function show() {
      var started = now();
      rendering++; // a render still waiting for its texts must not draw over what follows
      if (!query) {
        list.textContent = '';
        filters.hidden = true;
        if (facetBox) {
          facetBox.hidden = true;
        }
        empty.hidden = true;
        summary.textContent = msg('prompt');
        summary.hidden = false;
        return;
      }
      summary.textContent = msg('loading');
      summary.hidden = false;
      var asked = query;
      loadSearch(root).then(function (search) {
        return runSearch(search, query, FILTER_DOCS).then(function (found) {
          if (asked === query) {
            render(search, found, started);
          }
        });
      }).catch(function (error) {
        summary.textContent = msg('error');
        if (window.console && window.console.warn) {
          window.console.warn(error);
        }
      });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        query = input.value.trim();
        type = '';
        facets = {};
        remember();
        show();
      }, DEBOUNCE_MS);
    });
    if (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        window.clearTimeout(timer);
        query = input.value.trim();
        remember();
        show();
      });
    }
    show();
  }

  // ------------------------------------------------------------------ start

  function init() {
    var mount = doc.getElementById('site-search');
    if (mount) {
      setUpHeaderBox(mount);
    }
    var pageEl = doc.getElementById('search-page');
    if (pageEl) {
      setUpResultsPage(pageEl);
    }
    highlightPage();
  }

  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
