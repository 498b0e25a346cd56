/*
 * qunbook serve: reloads the page after each good rebuild and shows build problems in an overlay
 * (file:line:col and message) while the last good page stays visible. Served only by
 * `qunbook serve`; never part of a built site. Text is inserted with textContent only.
 */
(function () {
  'use strict';
  if (typeof EventSource === 'undefined') {
    return;
  }
  var script = document.currentScript;
  var base = script ? script.src.replace(/live-reload\.js.*$/, '') : '/_qunbook/';
  var overlay = null;

  function showProblems(problems) {
    hide();
    overlay = document.createElement('div');
    overlay.id = 'qunbook-problems';
    overlay.setAttribute('role', 'alert');
    overlay.className = 'qunbook-problems';
    // CSSOM assignments are allowed under the theme's CSP (style attributes in markup are not).
    var style = overlay.style;
    style.position = 'fixed';
    style.left = '1rem';
    style.right = '1rem';
    style.bottom = '1rem';
    style.zIndex = '2147483647';
    style.maxHeight = '50vh';
    style.overflow = 'auto';
    style.padding = '1rem 1.25rem';
    style.background = '#2b1114';
    style.color = '#ffe3e5';
    style.border = '2px solid #f0787d';
    style.borderRadius = '8px';
    style.font = '14px/1.6 ui-monospace, Menlo, Consolas, monospace';
    style.boxShadow = '0 8px 30px rgba(0,0,0,.35)';
    var title = document.createElement('p');
    title.className = 'qunbook-problems-title';
    title.textContent = document.documentElement.lang === 'en'
      ? 'The site has errors; showing the last good version.'
      : '构建出错，页面显示的是上一次成功构建的版本。';
    overlay.appendChild(title);
    var list = document.createElement('ul');
    problems.forEach(function (p) {
      var item = document.createElement('li');
      var where = document.createElement('code');
      where.textContent = p.file + (p.line ? ':' + p.line + (p.column ? ':' + p.column : '') : '');
      item.appendChild(where);
      item.appendChild(document.createTextNode(' ' + p.message));
      list.appendChild(item);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  function hide() {
    if (overlay && overlay.parentNode) {
      overlay.parentNode.removeChild(overlay);
    }
    overlay = null;
  }

  var events = new EventSource(base + 'events');
  // The served site is at the server's root; a reload naming pages concerns only those pages.
  function isShown(paths) {
    var path;
    try {
      path = decodeURIComponent(window.location.pathname);
    } catch (e) {
      return true;
    }
    path = path.replace(/index\.html$/, '');
    return paths.indexOf(path) >= 0;
  }

  events.addEventListener('reload', function (event) {
    var paths = null;
    try {
      paths = JSON.parse(event.data).paths || null;
    } catch (e) {
      // No (readable) list: reload.
    }
    if (!paths || isShown(paths)) {
      window.location.reload();
    }
  });
  events.addEventListener('problems', function (event) {
    try {
      showProblems(JSON.parse(event.data).problems || []);
    } catch (e) {
      // A malformed message must not break the page being previewed.
    }
  });
}());
