/*
 * qunbook checklist plugin: makes the checklists on a page interactive.
 *
 * Progress is kept in localStorage under one key per site ("qunbook.checklist:" + the site's
 * root URL), as JSON:
 *   { "current": "p1",
 *     "profiles": [ { "id": "p1", "name": "默认", "ticks": { "<page url>#<checklist id>": { "<item id>": 1 } } } ] }
 * A profile is one group being set up; every checklist on every page shares the current one.
 * Nothing is sent anywhere. Data is only ever put into the page as text (textContent/value).
 * Without localStorage (private mode, file:// restrictions) the checklists still work for the
 * page's lifetime. The core's runtime (assets/qunbook/runtime.js: storage, copy, the plugin's
 * strings) and checklist-state.js (the state's pure logic, tested under node) load before it.
 */
(function () {
  'use strict';

  var Q = window.qunbook; // assets/qunbook/runtime.js: messages, format, storage, copy
  var State = window.qunbookChecklistState; // checklist-state.js: the progress as data
  var IMPORT_PREFIX = '#checklist-state=';

  /** The plugin's string (i18n/<language>.yml, a site may override it), formatted with values. */
  function t(key, values) {
    return Q.msg('plugin.checklist.' + key, values);
  }

  // One key per site ("qunbook.checklist:" + the site's root URL), as before the runtime.
  var store = Q.storage('checklist');
  var state = load();

  function load() {
    return normalise(store.read());
  }

  /** Repairs whatever is stored (or imported) into the layout above. */
  function normalise(stored) {
    return State.normalise(stored, t('defaultProfile'));
  }

  function save() {
    store.write(state); // quota or privacy settings: progress stays for this page view only
  }

  function findProfile(where, id) {
    return State.findProfile(where, id);
  }

  function currentProfile() {
    return findProfile(state, state.current);
  }

  function newProfileId() {
    var n = state.profiles.length + 1;
    while (findProfile(state, 'p' + n)) n++;
    return 'p' + n;
  }

  function checklistKey(list) {
    return list.getAttribute('data-page') + '#' + list.getAttribute('data-checklist-id');
  }

  function boxes(list) {
    return Array.prototype.slice.call(list.querySelectorAll('li.checklist-item > label > input[type=checkbox]'));
  }

  function itemId(box) {
    return box.closest('li.checklist-item').getAttribute('data-item-id');
  }

  function setBar(bar, done, total) {
    if (!bar) return;
    var progress = bar.querySelector('progress');
    var count = bar.querySelector('.checklist-count');
    if (progress) {
      progress.max = total;
      progress.value = done;
    }
    if (count) count.textContent = done + ' / ' + total;
  }

  /** Shows the current profile's ticks and every progress bar on the page. */
  function render() {
    var ticks = currentProfile().ticks;
    lists.forEach(function (list) {
      var saved = ticks[checklistKey(list)] || {};
      boxes(list).forEach(function (box) {
        box.checked = !!saved[itemId(box)];
      });
    });
    updateProgress();
    renderProfiles();
  }

  function updateProgress() {
    lists.forEach(function (list) {
      var all = boxes(list);
      setBar(list.querySelector(':scope > .checklist-progress'), all.filter(isChecked).length, all.length);
    });
    Array.prototype.forEach.call(document.querySelectorAll('.checklist-scope'), function (scope) {
      var all = [];
      Array.prototype.forEach.call(scope.querySelectorAll('.checklist'), function (list) {
        all = all.concat(boxes(list));
      });
      setBar(scope.querySelector(':scope > .checklist-scope-progress'), all.filter(isChecked).length, all.length);
    });
  }

  function isChecked(box) {
    return box.checked;
  }

  function onToggle(list, box) {
    var ticks = currentProfile().ticks;
    var key = checklistKey(list);
    var saved = ticks[key] || (ticks[key] = {});
    if (box.checked) {
      saved[itemId(box)] = 1;
    } else {
      delete saved[itemId(box)];
    }
    // The same checklist may be shown twice (setup page): keep every copy in step.
    lists.forEach(function (other) {
      if (other !== list && checklistKey(other) === key) {
        boxes(other).forEach(function (otherBox) {
          if (itemId(otherBox) === itemId(box)) otherBox.checked = box.checked;
        });
      }
    });
    save();
    updateProgress();
  }

  function markdownOf(list) {
    return State.markdownOf(list.getAttribute('data-title'), boxes(list).map(function (box) {
      // The item's text without hidden tooltips (a glossary definition is not part of the item).
      var label = box.closest('label').cloneNode(true);
      Array.prototype.forEach.call(label.querySelectorAll('[role=tooltip], input'), function (n) {
        n.parentNode.removeChild(n);
      });
      return { checked: box.checked, label: label.textContent.replace(/\s+/g, ' ').trim() };
    }));
  }

  /** Shows text in a read-only box (selected, for manual copying) and tries the clipboard too. */
  function offerText(output, value, message) {
    output.hidden = false;
    output.querySelector('.checklist-output-message').textContent = message;
    var field = output.querySelector('.checklist-output-text');
    field.value = value;
    field.focus();
    field.select();
    Q.copy(value).then(function (copied) {
      // Without the clipboard, the selected text box is there for copying by hand.
      if (copied) output.querySelector('.checklist-output-message').textContent = t('copied');
    });
  }

  function outputBox(label, multiline) {
    var output = element('div', 'checklist-output');
    output.hidden = true;
    output.appendChild(element('p', 'checklist-output-message'));
    var field = element(multiline ? 'textarea' : 'input', 'checklist-output-text');
    field.readOnly = true;
    field.setAttribute('aria-label', label);
    if (multiline) field.rows = 8;
    output.appendChild(field);
    return output;
  }

  function element(tag, className, label) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (label) node.textContent = label;
    if (tag === 'button') node.type = 'button';
    return node;
  }

  /**
   * Asks in the page (a modal <dialog>) instead of prompt()/confirm()/alert(), which in-app
   * browsers may block and which look like a warning from the phone. options: message; value (ask
   * for a text, prefilled); ok (the confirming button's label); danger (it deletes); notice (only
   * an OK button). done(answer) runs only when confirmed: the trimmed text, or true.
   */
  function ask(options, done) {
    var opener = document.activeElement;
    var dialog = document.createElement('dialog');
    if (typeof dialog.showModal !== 'function') {
      // Old browsers: the browser's own boxes.
      if (options.notice) {
        window.alert(options.message);
      } else if (options.value !== undefined) {
        var typed = window.prompt(options.message, options.value);
        if (typed && typed.trim()) done(typed.trim());
      } else if (window.confirm(options.message)) {
        done(true);
      }
      return;
    }
    dialog.className = 'checklist-dialog';
    var form = element('form', 'checklist-dialog-form');
    form.method = 'dialog';
    var message = element('p', 'checklist-dialog-message', options.message);
    message.id = 'checklist-dialog-message';
    dialog.setAttribute('aria-labelledby', message.id);
    form.appendChild(message);
    var input = null;
    if (options.value !== undefined) {
      input = element('input', 'checklist-dialog-input');
      input.type = 'text';
      input.value = options.value;
      input.setAttribute('aria-labelledby', message.id);
      input.autocomplete = 'off';
      form.appendChild(input);
    }
    var buttons = element('div', 'checklist-dialog-buttons');
    var ok = element('button', 'checklist-dialog-ok' + (options.danger ? ' checklist-dialog-danger' : ''),
      options.ok || t('ok'));
    ok.type = 'submit';
    ok.value = 'ok';
    var cancel = null;
    if (!options.notice) {
      cancel = element('button', 'checklist-dialog-cancel', t('cancel'));
      cancel.addEventListener('click', function () { dialog.close('cancel'); });
      buttons.appendChild(cancel);
    }
    buttons.appendChild(ok);
    form.appendChild(buttons);
    dialog.appendChild(form);
    form.addEventListener('submit', function (event) {
      // An empty name is no name: keep the dialog open.
      if (input && !input.value.trim()) {
        event.preventDefault();
        input.focus();
      }
    });
    dialog.addEventListener('close', function () {
      var confirmed = dialog.returnValue === 'ok';
      var answer = input ? input.value.trim() : true;
      if (dialog.parentNode) dialog.parentNode.removeChild(dialog);
      if (opener && typeof opener.focus === 'function') opener.focus();
      if (confirmed && !options.notice) done(answer);
    });
    document.body.appendChild(dialog);
    dialog.showModal();
    if (input) {
      input.focus();
      input.select();
    } else {
      // A destructive action is never one Enter away.
      (options.danger && cancel ? cancel : ok).focus();
    }
  }

  function enhance(list) {
    boxes(list).forEach(function (box) {
      box.disabled = false;
      box.addEventListener('change', function () {
        onToggle(list, box);
      });
    });
    var tools = element('div', 'checklist-tools');
    var copy = element('button', 'checklist-copy', t('copyMarkdown'));
    var reset = element('button', 'checklist-reset', t('reset'));
    var output = outputBox(t('markdownLabel'), true);
    copy.addEventListener('click', function () {
      offerText(output, markdownOf(list), '');
    });
    reset.addEventListener('click', function () {
      var values = { title: list.getAttribute('data-title'), name: currentProfile().name };
      ask({ message: t('resetConfirm', values), ok: t('resetOk'), danger: true }, function () {
        delete currentProfile().ticks[checklistKey(list)];
        save();
        render();
      });
    });
    tools.appendChild(copy);
    tools.appendChild(reset);
    list.appendChild(tools);
    list.appendChild(output);
  }

  var profileSelect = null;

  function renderProfiles() {
    if (!profileSelect) return;
    while (profileSelect.firstChild) profileSelect.removeChild(profileSelect.firstChild);
    state.profiles.forEach(function (profile) {
      var option = element('option', '', profile.name);
      option.value = profile.id;
      option.selected = profile.id === state.current;
      profileSelect.appendChild(option);
    });
  }

  function uniqueName(name) {
    var taken = state.profiles.map(function (profile) { return profile.name; });
    var candidate = name;
    for (var n = 2; taken.indexOf(candidate) >= 0; n++) candidate = name + ' (' + n + ')';
    return candidate;
  }

  function addProfile(name, ticks) {
    var profile = { id: newProfileId(), name: uniqueName(name), ticks: ticks || {} };
    state.profiles.push(profile);
    state.current = profile.id;
    save();
    render();
  }

  function profileBar() {
    var bar = element('div', 'checklist-profiles');
    bar.setAttribute('role', 'group');
    bar.setAttribute('aria-label', t('profiles'));
    var label = element('label', 'checklist-profile-label', t('profile') + ' ');
    profileSelect = element('select', 'checklist-profile-select');
    label.appendChild(profileSelect);
    bar.appendChild(label);
    var add = element('button', 'checklist-profile-add', t('add'));
    var rename = element('button', 'checklist-profile-rename', t('rename'));
    var remove = element('button', 'checklist-profile-delete', t('remove'));
    var share = element('button', 'checklist-export', t('exportLink'));
    var output = outputBox(t('linkLabel'), false);
    profileSelect.addEventListener('change', function () {
      state.current = profileSelect.value;
      save();
      render();
    });
    add.addEventListener('click', function () {
      ask({ message: t('newProfileName'), value: '', ok: t('create') }, function (name) {
        addProfile(name);
      });
    });
    rename.addEventListener('click', function () {
      ask({ message: t('renamePrompt'), value: currentProfile().name, ok: t('save') }, function (name) {
        currentProfile().name = name;
        save();
        renderProfiles();
      });
    });
    remove.addEventListener('click', function () {
      ask({ message: t('removeConfirm', { name: currentProfile().name }), ok: t('removeOk'), danger: true },
        function () {
          state.profiles = state.profiles.filter(function (profile) { return profile.id !== state.current; });
          state = normalise(state);
          save();
          render();
        });
    });
    share.addEventListener('click', function () {
      var profile = currentProfile();
      var link = location.href.split('#')[0] + IMPORT_PREFIX
        + State.encode(JSON.stringify({ v: 1, name: profile.name, ticks: profile.ticks }));
      offerText(output, link, t('exportReady'));
    });
    [add, rename, remove, share].forEach(function (button) { bar.appendChild(button); });
    bar.appendChild(output);
    return bar;
  }

  /** Opening an exported link imports its progress as a new profile, after asking. */
  function importFromLink() {
    if (location.hash.indexOf(IMPORT_PREFIX) !== 0) return;
    var imported = null;
    try {
      imported = State.decode(location.hash.slice(IMPORT_PREFIX.length));
    } catch (e) {
      imported = null;
    }
    if (history.replaceState) history.replaceState(null, '', location.pathname + location.search);
    if (!imported || typeof imported.name !== 'string') {
      ask({ message: t('importFailed'), notice: true }, function () { });
      return;
    }
    ask({ message: t('importConfirm', { name: imported.name }), ok: t('importOk') }, function () {
      addProfile(imported.name, State.cleanTicks(imported.ticks));
    });
  }

  var lists = Array.prototype.slice.call(document.querySelectorAll('.checklist[data-checklist-id]'));
  if (lists.length) {
    var first = lists[0];
    var setup = first.closest('.checklist-setup');
    var bar = profileBar();
    if (setup) {
      setup.insertBefore(bar, setup.firstChild);
    } else {
      first.parentNode.insertBefore(bar, first);
    }
    lists.forEach(enhance);
    document.documentElement.classList.add('checklist-ready');
  }
  render();
  importFromLink();
}());
