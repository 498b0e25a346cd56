/* script-templates: fill-in variables, live preview, variant tabs, copy, and the templates filter.
 * A classic deferred script (pages may be opened from file://). Values go into the page only
 * through textContent, never as HTML. Works without localStorage (nothing is remembered then). */
(function () {
  'use strict';

  var Q = window.qunbook; // assets/qunbook/runtime.js: messages, storage, copy

  /** The plugin's string (i18n/<language>.yml, a site may override it), formatted with values. */
  function t(key, values) {
    return Q.msg('plugin.script-templates.' + key, values);
  }

  // Per site ("qunbook.scripts.values:" + the site's root URL); values saved before they were
  // scoped (under "qunbook.scripts.values", shared by every site of the origin) are taken over once.
  var VALUES = Q.storage('scripts.values', { legacyKey: 'qunbook.scripts.values' });
  var TABS = Q.storage('scripts.tabs', { legacyKey: 'qunbook.scripts.tabs' });

  /** A stored object, {} when absent or unreadable. */
  function load(store) {
    var value = store.read();
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  }

  function save(store, value) {
    store.write(value); // full or forbidden storage: the page keeps working, it just forgets
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
        // Printed, an empty blank shows the variable's example instead (script-templates.css).
        var input = inputFor(name);
        var example = input ? input.getAttribute('placeholder') || '' : '';
        if (!filled && example) {
          mark.setAttribute('data-example', example);
        } else {
          mark.removeAttribute('data-example');
        }
        mark.classList.toggle('script-filled', filled);
        mark.classList.toggle('script-blank', !filled);
      });
      document.querySelectorAll('.script-variant').forEach(function (panel) {
        var text = panel.querySelector('.script-text').textContent;
        panel.querySelector('.script-count').textContent = t('count', { n: Array.from(text).length });
        // Everything filled in since the copy guard spoke: its warning and "仍要复制" go.
        var anyway = panel.querySelector('.script-copy-anyway');
        if (anyway && !anyway.hidden && !panel.querySelector('.script-text mark.script-blank')) {
          anyway.hidden = true;
          var status = panel.querySelector('.script-status');
          status.textContent = '';
          status.classList.remove('script-status-warning');
        }
      });
    }

    inputs.forEach(function (input) {
      input.addEventListener('input', function () {
        if (input.value !== '') {
          input.removeAttribute('aria-invalid');
        }
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
      if (event.key === VALUES.key) {
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

  /** The form's input for a variable, or null. */
  function inputFor(name) {
    var inputs = document.querySelectorAll('form.script-form input[name]');
    for (var i = 0; i < inputs.length; i++) {
      if (inputs[i].name === name) {
        return inputs[i];
      }
    }
    return null;
  }

  /** An input's label without its "必填" marker. */
  function labelOf(input) {
    var label = input && input.id ? document.querySelector('label[for="' + input.id + '"]') : null;
    if (!label) {
      return input ? input.name : '';
    }
    var text = '';
    label.childNodes.forEach(function (node) {
      if (node.nodeType === 3) {
        text += node.textContent;
      }
    });
    return text.trim() || input.name;
  }

  /**
   * The text to copy: what the script shows, except that an optional variable left empty is left
   * out (its placeholder would end up in the group), while a required one keeps its {{name}}, so
   * text copied anyway shows what is missing.
   */
  function textToCopy(panel) {
    var code = panel.querySelector('.script-text').cloneNode(true);
    code.querySelectorAll('mark.script-blank').forEach(function (mark) {
      var input = inputFor(mark.getAttribute('data-var'));
      if (input && !input.required) {
        mark.textContent = '';
      }
    });
    return code.textContent;
  }

  /**
   * The copy button. With blanks still empty it copies nothing at first: it says which (amber),
   * scrolls to and focuses the first empty field, and offers "仍要复制" for a deliberate copy.
   */
  function initCopy(panel) {
    var tools = panel.querySelector('.script-tools');
    var status = tools.querySelector('.script-status');
    var anyway = document.createElement('button');
    anyway.type = 'button';
    anyway.className = 'script-copy-anyway';
    anyway.textContent = t('copyAnyway');
    anyway.hidden = true;
    tools.insertBefore(anyway, status);
    var timer = null;

    function say(text, kind) {
      status.textContent = text;
      status.classList.toggle('script-status-failed', kind === 'failed');
      status.classList.toggle('script-status-warning', kind === 'warning');
      clearTimeout(timer);
      if (kind !== 'warning') {
        timer = setTimeout(function () {
          status.textContent = '';
          status.classList.remove('script-status-warning');
        }, 4000);
      }
    }

    function emptyFields() {
      var seen = [];
      panel.querySelectorAll('.script-text mark.script-blank').forEach(function (mark) {
        var input = inputFor(mark.getAttribute('data-var'));
        if (input && seen.indexOf(input) < 0) {
          seen.push(input);
        }
      });
      // Required fields first: they are the ones the message cannot go without.
      return seen.filter(function (input) { return input.required; })
        .concat(seen.filter(function (input) { return !input.required; }));
    }

    function copy(blanks) {
      anyway.hidden = true;
      Q.copy(textToCopy(panel)).then(function (copied) {
        if (!copied) {
          say(t('failed'), 'failed');
        } else if (blanks > 0) {
          say(t('copiedBlanks', { n: blanks }), 'warning');
        } else {
          say(t('copied'), 'done');
        }
      });
    }

    tools.querySelector('.script-copy').addEventListener('click', function () {
      var empty = emptyFields();
      if (!empty.length) {
        copy(0);
        return;
      }
      say(t('blanks', {
        n: empty.length,
        names: empty.map(labelOf).join(t('listSeparator'))
      }), 'warning');
      anyway.hidden = false;
      empty.forEach(function (input) {
        input.setAttribute('aria-invalid', 'true');
      });
      var first = empty[0];
      first.scrollIntoView({ block: 'center', behavior: 'smooth' });
      try {
        first.focus({ preventScroll: true });
      } catch (e) {
        first.focus();
      }
    });
    anyway.addEventListener('click', function () {
      copy(emptyFields().filter(function (input) { return input.required; }).length);
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
