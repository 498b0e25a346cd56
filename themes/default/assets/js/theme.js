/*
 * qunbook default theme: light/dark toggle, the phone menu, and two reading aids (the current
 * page kept in view in the sidebar, the current section marked in the on-page contents).
 *
 * Loaded with <script defer>; no inline script or handler anywhere, so pages work under
 * Content-Security-Policy: default-src 'self'. Every piece tolerates missing elements, old
 * browsers and a localStorage that throws (private mode, disabled storage, file://).
 */
(function () {
  'use strict';

  // The reader's choice, one for every site of the origin: qunbook-head.js reads the same key
  // ("qunbook.theme") before the first paint. Storage through the runtime (assets/qunbook/runtime.js).
  var themeStore = window.qunbook.storage('theme', { perSite: false });
  var doc = document;
  var root = doc.documentElement;

  // ------------------------------------------------------------------ theme

  function readStoredTheme() {
    var value = themeStore.text();
    return value === 'dark' || value === 'light' ? value : null;
  }

  function storeTheme(value) {
    themeStore.setText(value); // storage unavailable: the choice lasts for this page only
  }

  var systemDark = null;
  try {
    systemDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  } catch (e) {
    systemDark = null;
  }

  function systemTheme() {
    return systemDark && systemDark.matches ? 'dark' : 'light';
  }

  /** The theme in effect: the reader's choice on <html>, else the system's. */
  function currentTheme() {
    var chosen = root.getAttribute('data-theme');
    return chosen === 'dark' || chosen === 'light' ? chosen : systemTheme();
  }

  function applyTheme(value) {
    root.setAttribute('data-theme', value);
    if (root.dataset) {
      root.dataset.theme = value;
    }
  }

  // Apply a stored choice as early as a deferred script can (before DOMContentLoaded). Without
  // one, no data-theme is set and the stylesheet follows the system preference.
  var stored = readStoredTheme();
  if (stored) {
    applyTheme(stored);
  }

  function updateThemeButton(button) {
    if (!button) {
      return;
    }
    var dark = currentTheme() === 'dark';
    button.setAttribute('aria-pressed', dark ? 'true' : 'false');
    var label = button.getAttribute(dark ? 'data-label-light' : 'data-label-dark');
    if (label) {
      button.setAttribute('aria-label', label);
      button.setAttribute('title', label);
    }
  }

  function setUpThemeToggle() {
    var button = doc.getElementById('theme-toggle');
    if (!button) {
      return;
    }
    updateThemeButton(button);
    button.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      applyTheme(next);
      storeTheme(next);
      updateThemeButton(button);
    });
    // With no choice of the reader's, follow the system as it changes (and keep the button right).
    if (systemDark) {
      var onSystemChange = function () {
        updateThemeButton(button);
      };
      if (typeof systemDark.addEventListener === 'function') {
        systemDark.addEventListener('change', onSystemChange);
      } else if (typeof systemDark.addListener === 'function') {
        systemDark.addListener(onSystemChange);
      }
    }
    // Another tab changed the choice.
    window.addEventListener('storage', function (event) {
      if (event.key !== themeStore.key) {
        return;
      }
      if (event.newValue === 'dark' || event.newValue === 'light') {
        applyTheme(event.newValue);
      } else {
        root.removeAttribute('data-theme');
      }
      updateThemeButton(button);
    });
  }

  // ------------------------------------------------------------------ phone menu

  var menuButton = null;
  var sidebar = null;

  function menuIsOpen() {
    return !!doc.body && doc.body.classList.contains('nav-open');
  }

  function setMenu(open, restoreFocus) {
    if (!doc.body) {
      return;
    }
    doc.body.classList.toggle('nav-open', open);
    if (menuButton) {
      menuButton.setAttribute('aria-expanded', open ? 'true' : 'false');
      var label = menuButton.getAttribute(open ? 'data-label-close' : 'data-label-open');
      if (label) {
        menuButton.setAttribute('aria-label', label);
        menuButton.setAttribute('title', label);
      }
    }
    if (open && sidebar) {
      var target = sidebar.querySelector('[aria-current="page"]') || sidebar.querySelector('a[href]');
      if (target && typeof target.focus === 'function') {
        // Focus once the drawer is visible (visibility changes with the class).
        window.setTimeout(function () {
          try {
            target.focus({ preventScroll: true });
          } catch (e) {
            target.focus();
          }
          keepInView(target);
        }, 0);
      }
    } else if (!open && restoreFocus && menuButton) {
      menuButton.focus();
    }
  }

  function setUpMenu() {
    menuButton = doc.getElementById('menu-toggle');
    sidebar = doc.getElementById('sidebar') || doc.querySelector('nav.sidebar');
    if (menuButton) {
      menuButton.addEventListener('click', function () {
        setMenu(!menuIsOpen(), false);
      });
    }
    var backdrop = doc.getElementById('nav-backdrop');
    if (backdrop) {
      backdrop.addEventListener('click', function () {
        setMenu(false, false);
      });
    }
    if (sidebar) {
      // Following a link closes the drawer (matters for links within the same page).
      sidebar.addEventListener('click', function (event) {
        var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
        if (link && menuIsOpen()) {
          setMenu(false, false);
        }
      });
    }
    doc.addEventListener('keydown', function (event) {
      if ((event.key === 'Escape' || event.key === 'Esc') && menuIsOpen()) {
        setMenu(false, true);
      }
    });
    // Growing past phone width: the drawer no longer exists, so close it.
    try {
      var wide = window.matchMedia ? window.matchMedia('(min-width: 721px)') : null;
      if (wide) {
        var onWide = function () {
          if (wide.matches && menuIsOpen()) {
            setMenu(false, false);
          }
        };
        if (typeof wide.addEventListener === 'function') {
          wide.addEventListener('change', onWide);
        } else if (typeof wide.addListener === 'function') {
          wide.addListener(onWide);
        }
      }
    } catch (e) {
      // No media queries: nothing to follow.
    }
  }

  // ------------------------------------------------------------------ reading aids

  /** Scrolls the sidebar (not the page) so that link is visible. */
  function keepInView(link) {
    if (!sidebar || !link) {
      return;
    }
    var linkBox = link.getBoundingClientRect();
    var barBox = sidebar.getBoundingClientRect();
    if (linkBox.top < barBox.top || linkBox.bottom > barBox.bottom) {
      sidebar.scrollTop += linkBox.top - barBox.top - sidebar.clientHeight / 3;
    }
  }

  function showCurrentInSidebar() {
    if (!sidebar) {
      return;
    }
    var current = sidebar.querySelectorAll('[aria-current="page"]');
    if (current.length) {
      keepInView(current[current.length - 1]);
    }
  }

  /** Marks the on-page contents entry of the section being read. */
  function setUpTocHighlight() {
    var toc = doc.querySelector('nav.toc');
    if (!toc || !window.requestAnimationFrame) {
      return;
    }
    var entries = [];
    var links = toc.querySelectorAll('a[href^="#"]');
    for (var i = 0; i < links.length; i++) {
      var id = links[i].getAttribute('href').slice(1);
      var heading = doc.getElementById(id);
      if (!heading) {
        try {
          heading = doc.getElementById(decodeURIComponent(id));
        } catch (e) {
          heading = null;
        }
      }
      if (heading) {
        entries.push({ link: links[i], heading: heading });
      }
    }
    if (!entries.length) {
      return;
    }
    var active = null;
    var pending = false;

    function update() {
      pending = false;
      if (toc.offsetParent === null) {
        return; // hidden (phone)
      }
      var offset = (parseFloat(window.getComputedStyle(root).scrollPaddingTop) || 80) + 8;
      var current = null;
      for (var j = 0; j < entries.length; j++) {
        if (entries[j].heading.getBoundingClientRect().top <= offset) {
          current = entries[j];
        } else {
          break;
        }
      }
      var atBottom = window.innerHeight + window.pageYOffset >= doc.documentElement.scrollHeight - 2;
      if (atBottom) {
        current = entries[entries.length - 1];
      }
      if (current === active) {
        return;
      }
      if (active) {
        active.link.classList.remove('is-active');
      }
      active = current;
      if (active) {
        active.link.classList.add('is-active');
      }
    }

    function schedule() {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(update);
      }
    }

    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    update();
  }

  // ------------------------------------------------------------------ sidebar sections

  // Section folders the reader opened, by name, per site: two handbooks on one origin (or from
  // file://) may both have a setup/ section. Taken over once from the old shared "qunbook.nav".
  var navStore = window.qunbook.storage('nav', { legacyKey: 'qunbook.nav' });

  function readNavState() {
    var value = navStore.read();
    return value && typeof value === 'object' ? value : {};
  }

  /**
   * Sidebar sections fold behind their toggle. The current section is open; another is open only
   * if the reader opened it (remembered per section folder in localStorage, so the sidebar looks
   * the same on the next page).
   */
  function setUpNavSections() {
    var sections = doc.querySelectorAll('.sidebar .nav-section.has-pages');
    var state = readNavState();
    for (var i = 0; i < sections.length; i++) {
      (function (section) {
        var name = section.getAttribute('data-section') || '';
        var button = section.querySelector('.nav-section-toggle');
        if (!button) {
          return;
        }
        function set(open) {
          section.classList.toggle('is-open', open);
          button.setAttribute('aria-expanded', open ? 'true' : 'false');
        }
        set(section.classList.contains('is-current-section') || state[name] === true);
        button.addEventListener('click', function () {
          var open = !section.classList.contains('is-open');
          set(open);
          var stored = readNavState();
          stored[name] = open;
          navStore.write(stored); // not remembered without storage: the sidebar still works
        });
      }(sections[i]));
    }
  }

  // ------------------------------------------------------------------ phone contents, back to top

  /** On phones the on-page contents fold under the title; following an entry folds them again. */
  function setUpPhoneToc() {
    var toc = doc.querySelector('.doc > nav.toc');
    var button = toc ? toc.querySelector('.toc-toggle') : null;
    if (!button) {
      return;
    }
    function set(open) {
      toc.classList.toggle('is-open', open);
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    button.addEventListener('click', function () {
      set(!toc.classList.contains('is-open'));
    });
    toc.addEventListener('click', function (event) {
      var link = event.target && event.target.closest ? event.target.closest('a[href^="#"]') : null;
      if (link && toc.classList.contains('is-open')) {
        set(false);
      }
    });
  }

  function setUpBackToTop() {
    if (!doc.body || !window.requestAnimationFrame) {
      return;
    }
    var button = doc.createElement('button');
    button.type = 'button';
    button.className = 'back-to-top';
    var label = doc.body.getAttribute('data-msg-back-to-top') || '';
    button.setAttribute('aria-label', label);
    button.title = label;
    button.innerHTML = '<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" '
        + 'focusable="false"><path d="M12 19V5M5 12l7-7 7 7" fill="none" stroke="currentColor" '
        + 'stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>';
    button.hidden = true;
    doc.body.appendChild(button);
    button.addEventListener('click', function () {
      window.scrollTo(0, 0);
      var main = doc.getElementById('content');
      if (main) {
        try {
          main.focus({ preventScroll: true });
        } catch (e) {
          main.focus();
        }
      }
    });
    var pending = false;
    function update() {
      pending = false;
      button.hidden = window.pageYOffset < window.innerHeight * 1.5;
    }
    window.addEventListener('scroll', function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(update);
      }
    }, { passive: true });
    update();
  }

  // ------------------------------------------------------------------ tables

  /**
   * Wraps each content table in a scroll box: the table keeps its columns readable (minimum
   * widths in the stylesheet) and scrolls sideways inside the box instead of squeezing or widening
   * the page. A box that scrolls gets a shadow on the side with more columns, is focusable (the
   * arrow keys scroll it) and is labelled as a region for screen readers.
   */
  function setUpTables() {
    var tables = doc.querySelectorAll('.prose table');
    var label = (doc.body && doc.body.getAttribute('data-msg-table-scroll')) || '';
    var boxes = [];
    for (var i = 0; i < tables.length; i++) {
      var table = tables[i];
      if (table.parentNode && table.parentNode.classList
          && table.parentNode.classList.contains('table-scroll')) {
        continue;
      }
      var frame = doc.createElement('div');
      frame.className = 'table-frame';
      var box = doc.createElement('div');
      box.className = 'table-scroll';
      table.parentNode.insertBefore(frame, table);
      frame.appendChild(box);
      box.appendChild(table);
      boxes.push(box);
      box.addEventListener('scroll', update(box), { passive: true });
    }

    function update(box) {
      return function () {
        var frame = box.parentNode;
        var scrolls = box.scrollWidth > box.clientWidth + 1;
        frame.classList.toggle('is-scrollable', scrolls);
        frame.classList.toggle('has-more-left', scrolls && box.scrollLeft > 1);
        frame.classList.toggle('has-more-right',
            scrolls && box.scrollLeft + box.clientWidth < box.scrollWidth - 1);
        if (scrolls) {
          box.setAttribute('tabindex', '0');
          box.setAttribute('role', 'region');
          if (label) {
            box.setAttribute('aria-label', label);
          }
        } else {
          box.removeAttribute('tabindex');
          box.removeAttribute('role');
          box.removeAttribute('aria-label');
        }
      };
    }

    function updateAll() {
      for (var j = 0; j < boxes.length; j++) {
        update(boxes[j])();
      }
    }
    updateAll();
    window.addEventListener('resize', updateAll);
    window.addEventListener('load', updateAll);
  }

  // ------------------------------------------------------------------ start

  function init() {
    function run(step) {
      try {
        step();
      } catch (e) {
        // One broken aid must not take the others down.
        if (window.console && window.console.error) {
          window.console.error(e);
        }
      }
    }
    run(setUpThemeToggle);
    run(setUpMenu);
    run(showCurrentInSidebar);
    run(setUpTocHighlight);
    run(setUpTables);
    run(setUpNavSections);
    run(setUpPhoneToc);
    run(setUpBackToTop);
  }

  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
