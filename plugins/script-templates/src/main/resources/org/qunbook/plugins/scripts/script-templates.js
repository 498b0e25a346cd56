/* script-templates: fill-in variables, live preview, variant tabs, copy, and the templates filter.
 * A classic deferred script (pages may be opened from file://). Values go into the page only
 * through textContent, never as HTML. Works without localStorage (nothing is remembered then). */
(function () {
  'use strict';

  var STRINGS = {
    'zh-CN': {
      copied: '已复制',
      copiedBlanks: '已复制，还有 {n} 处未填写',
      failed: '复制失败，请手动选中文字复制',
      count: '{n} 字',
      shown: '共 {total} 个模板，显示 {n} 个'
    },
    en: {
      copied: 'Copied',
      copiedBlanks: 'Copied; {n} blanks still empty',
      failed: 'Could not copy; select the text and copy it by hand',
      count: '{n} characters',
      shown: 'Showing {n} of {total} templates'
    }
  };
  var lang = (document.documentElement.lang || '').toLowerCase().indexOf('en') === 0 ? 'en' : 'zh-CN';
  var VALUES = 'qunbook.scripts.values';
  var TABS = 'qunbook.scripts.tabs';

  function t(key, values) {
    var text = STRINGS[lang][key];
    Object.keys(values || {}).forEach(function (name) {
      text = text.replace('{' + name + '}', String(values[name]));
    });
    return text;
  }

  // localStorage may be missing or throw (privacy modes, file:// in some browsers).
  var storage = (function () {
    try {
      var probe = 'qunbook.scripts.probe';
      window.localStorage.setItem(probe, probe);
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null;
    }
  })();

  function load(key) {
    if (!storage) {
      return {};
    }
    try {
      var value = JSON.parse(storage.getItem(key) || '{}');
      return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
    } catch (e) {
      return {};
    }
  }

  function save(key, value) {
    if (!storage) {
      return;
    }
    try {
      storage.setItem(key, JSON.stringify(value));
    } catch (e) {
      // Full or forbidden storage: the page keeps working, it just forgets.
    }
  }

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  /* ---- template pages ---- */

  function initTemplate(form) {
    var inputs = Array.prototype.slice.call(form.querySelectorAll('input[name]'));

    function fromStorage() {
      var stored = load(VALUES);
      inputs.forEach(function (input) {
        input.value = has(stored, input.name) ? String(stored[input.name]) : input.getAttribute('data-default') || '';
      });
    }

    function refresh() {
      var values = {};
      inputs.forEach(function (input) {
        values[input.name] = input.value;
      });
      document.querySelectorAll('.script-text mark[data-var]').forEach(function (mark) {
        var name = mark.getAttribute('data-var');
        var value = has(values, name) ? values[name] : '';
        var filled = value !== '';
        mark.textContent = filled ? value : '{{' + name + '}}';
        mark.classList.toggle('script-filled', filled);
        mark.classList.toggle('script-blank', !filled);
      });
      document.querySelectorAll('.script-variant').forEach(function (panel) {
        var text = panel.querySelector('.script-text').textContent;
        panel.querySelector('.script-count').textContent = t('count', { n: Array.from(text).length });
      });
    }

    inputs.forEach(function (input) {
      input.addEventListener('input', function () {
        var stored = load(VALUES);
        stored[input.name] = input.value;
        save(VALUES, stored);
        refresh();
      });
    });
    form.querySelector('.script-reset').addEventListener('click', function () {
      var stored = load(VALUES);
      inputs.forEach(function (input) {
        delete stored[input.name];
        input.value = input.getAttribute('data-default') || '';
      });
      save(VALUES, stored);
      refresh();
    });
    // Another tab filled a shared variable: show it here too.
    window.addEventListener('storage', function (event) {
      if (event.key === VALUES) {
        fromStorage();
        refresh();
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
    });
    fromStorage();
    inputs.forEach(function (input) {
      input.disabled = false;
    });
    form.querySelector('.script-reset').hidden = false;
    refresh();
  }

  function initTabs(widget) {
    var tablist = widget.querySelector('.script-tabs');
    if (!tablist) {
      return;
    }
    var key = widget.getAttribute('data-script-key');
    var tabs = Array.prototype.slice.call(tablist.querySelectorAll('[role=tab]'));
    var panels = tabs.map(function (tab) {
      return document.getElementById(tab.getAttribute('aria-controls'));
    });

    function select(index, focus) {
      tabs.forEach(function (tab, i) {
        var selected = i === index;
        tab.setAttribute('aria-selected', selected ? 'true' : 'false');
        tab.tabIndex = selected ? 0 : -1;
        panels[i].hidden = !selected;
      });
      if (focus) {
        tabs[index].focus();
      }
    }

    function choose(index) {
      select(index, true);
      var remembered = load(TABS);
      remembered[key] = tabs[index].textContent;
      save(TABS, remembered);
    }

    tabs.forEach(function (tab, i) {
      tab.addEventListener('click', function () {
        choose(i);
      });
      tab.addEventListener('keydown', function (event) {
        var next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
        if (next !== undefined) {
          event.preventDefault();
          choose((next + tabs.length) % tabs.length);
        }
      });
    });
    var remembered = load(TABS)[key];
    var start = tabs.findIndex(function (tab) {
      return tab.textContent === remembered;
    });
    widget.classList.add('script-tabbed');
    tablist.hidden = false;
    select(start < 0 ? 0 : start, false);
  }

  function fallbackCopy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'script-clipboard';
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (e) {
      copied = false;
    }
    document.body.removeChild(area);
    return copied;
  }

  function copyText(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).then(function () {
        return true;
      }, function () {
        return fallbackCopy(text);
      });
    }
    return Promise.resolve(fallbackCopy(text));
  }

  function initCopy(panel) {
    var tools = panel.querySelector('.script-tools');
    var status = tools.querySelector('.script-status');
    var timer = null;
    tools.querySelector('.script-copy').addEventListener('click', function () {
      var text = panel.querySelector('.script-text').textContent;
      var blanks = panel.querySelectorAll('.script-text mark.script-blank').length;
      copyText(text).then(function (copied) {
        status.textContent = !copied ? t('failed') : blanks > 0 ? t('copiedBlanks', { n: blanks }) : t('copied');
        status.classList.toggle('script-status-failed', !copied);
        clearTimeout(timer);
        timer = setTimeout(function () {
          status.textContent = '';
        }, 4000);
      });
    });
    tools.hidden = false;
  }

  /* ---- the templates list ---- */

  function initCatalog(section) {
    var filters = section.querySelector('.script-filters');
    var selects = Array.prototype.slice.call(filters.querySelectorAll('select[data-filter]'));
    var items = Array.prototype.slice.call(section.querySelectorAll('.script-catalog-item'));
    var count = filters.querySelector('.script-filter-count');

    function apply() {
      var shown = 0;
      items.forEach(function (item) {
        // A template without a tier (stage) applies to every tier (stage).
        var match = selects.every(function (select) {
          var attribute = 'data-' + select.getAttribute('data-filter');
          return select.value === '' || !item.hasAttribute(attribute) || item.getAttribute(attribute) === select.value;
        });
        item.hidden = !match;
        shown += match ? 1 : 0;
      });
      count.textContent = t('shown', { n: shown, total: items.length });
    }

    selects.forEach(function (select) {
      select.addEventListener('change', apply);
    });
    filters.hidden = false;
    apply();
  }

  var form = document.querySelector('form.script-form');
  if (form) {
    initTemplate(form);
  }
  document.querySelectorAll('.script').forEach(initTabs);
  document.querySelectorAll('.script-variant').forEach(initCopy);
  document.querySelectorAll('.script-catalog').forEach(initCatalog);
})();
