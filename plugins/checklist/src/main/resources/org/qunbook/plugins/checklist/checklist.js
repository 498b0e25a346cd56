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
 * page's lifetime.
 */
(function () {
  'use strict';

  var STRINGS = {
    'zh-CN': {
      profile: '群档案', profiles: '群档案（每个群各自保存进度）', add: '新建', rename: '重命名', remove: '删除',
      exportLink: '导出进度链接', copyMarkdown: '复制为 Markdown', reset: '清空', defaultProfile: '默认',
      newProfileName: '新群档案的名称：', renamePrompt: '群档案的新名称：',
      removeConfirm: '删除群档案“{name}”及其全部进度？', resetConfirm: '清空“{title}”在群档案“{name}”中的勾选？',
      importConfirm: '导入链接中的进度，作为群档案“{name}”？', importFailed: '这个进度链接无法读取。',
      copied: '已复制，也可以从下面的文本框手动复制。', exportReady: '链接已生成，复制后发给同事即可：',
      markdownLabel: 'Markdown 文本', linkLabel: '进度链接',
      ok: '确定', cancel: '取消', create: '新建', save: '保存', removeOk: '删除', resetOk: '清空', importOk: '导入'
    },
    en: {
      profile: 'Group profile', profiles: 'Group profiles (separate progress per group)', add: 'New', rename: 'Rename',
      remove: 'Delete', exportLink: 'Export progress link', copyMarkdown: 'Copy as Markdown', reset: 'Reset',
      defaultProfile: 'Default', newProfileName: 'Name of the new group profile:',
      renamePrompt: 'New name of the group profile:',
      removeConfirm: 'Delete the group profile “{name}” and all its progress?',
      resetConfirm: 'Clear the ticks of “{title}” in the group profile “{name}”?',
      importConfirm: 'Import the progress in this link as the group profile “{name}”?',
      importFailed: 'This progress link cannot be read.',
      copied: 'Copied; you can also copy it from the box below.', exportReady: 'Link ready; copy it and share it:',
      markdownLabel: 'Markdown text', linkLabel: 'Progress link',
      ok: 'OK', cancel: 'Cancel', create: 'Create', save: 'Save', removeOk: 'Delete', resetOk: 'Reset',
      importOk: 'Import'
    }
  };
  var lang = document.documentElement.lang || 'zh-CN';
  var text = STRINGS[lang] || (lang.indexOf('en') === 0 ? STRINGS.en : STRINGS['zh-CN']);
  var IMPORT_PREFIX = '#checklist-state=';

  var script = document.currentScript;
  var siteRoot = script && script.src
    ? script.src.replace(/assets\/checklist\/checklist\.js([?#].*)?$/, '')
    : location.origin + '/';
  var storageKey = 'qunbook.checklist:' + siteRoot;
  var storage = openStorage();
  var state = load();

  function openStorage() {
    try {
      var candidate = window.localStorage;
      candidate.setItem('qunbook.checklist.probe', '1');
      candidate.removeItem('qunbook.checklist.probe');
      return candidate;
    } catch (e) {
      return null;
    }
  }

  function load() {
    var stored = null;
    if (storage) {
      try {
        stored = JSON.parse(storage.getItem(storageKey));
      } catch (e) {
        stored = null;
      }
    }
    return normalise(stored);
  }

  /** Repairs whatever is stored (or imported) into the layout above. */
  function normalise(stored) {
    var result = { current: '', profiles: [] };
    if (stored && Array.isArray(stored.profiles)) {
      stored.profiles.forEach(function (profile) {
        if (profile && typeof profile.id === 'string' && typeof profile.name === 'string') {
          result.profiles.push({ id: profile.id, name: profile.name, ticks: cleanTicks(profile.ticks) });
        }
      });
    }
    if (!result.profiles.length) {
      result.profiles.push({ id: 'p1', name: text.defaultProfile, ticks: {} });
    }
    result.current = stored && findProfile(result, stored.current) ? stored.current : result.profiles[0].id;
    return result;
  }

  function cleanTicks(ticks) {
    var clean = {};
    if (ticks && typeof ticks === 'object') {
      Object.keys(ticks).forEach(function (checklist) {
        var items = ticks[checklist];
        if (items && typeof items === 'object') {
          clean[checklist] = {};
          Object.keys(items).forEach(function (item) {
            if (items[item]) clean[checklist][item] = 1;
          });
        }
      });
    }
    return clean;
  }

  function save() {
    if (!storage) return;
    try {
      storage.setItem(storageKey, JSON.stringify(state));
    } catch (e) {
      // Quota or privacy settings: progress stays for this page view only.
    }
  }

  function findProfile(where, id) {
    for (var i = 0; i < where.profiles.length; i++) {
      if (where.profiles[i].id === id) return where.profiles[i];
    }
    return null;
  }

  function currentProfile() {
    return findProfile(state, state.current);
  }

  function newProfileId() {
    var n = state.profiles.length + 1;
    while (findProfile(state, 'p' + n)) n++;
    return 'p' + n;
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : all;
    });
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
    var lines = ['### ' + list.getAttribute('data-title'), ''];
    boxes(list).forEach(function (box) {
      // The item's text without hidden tooltips (a glossary definition is not part of the item).
      var text = box.closest('label').cloneNode(true);
      Array.prototype.forEach.call(text.querySelectorAll('[role=tooltip], input'), function (n) {
        n.parentNode.removeChild(n);
      });
      var label = text.textContent.replace(/\s+/g, ' ').trim();
      lines.push('- [' + (box.checked ? 'x' : ' ') + '] ' + label);
    });
    return lines.join('\n') + '\n';
  }

  /** Shows text in a read-only box (selected, for manual copying) and tries the clipboard too. */
  function offerText(output, value, message) {
    output.hidden = false;
    output.querySelector('.checklist-output-message').textContent = message;
    var field = output.querySelector('.checklist-output-text');
    field.value = value;
    field.focus();
    field.select();
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(value).then(function () {
        output.querySelector('.checklist-output-message').textContent = text.copied;
      }, function () {
        // No clipboard permission: the selected text box is there for copying by hand.
      });
    }
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
      options.ok || text.ok);
    ok.type = 'submit';
    ok.value = 'ok';
    var cancel = null;
    if (!options.notice) {
      cancel = element('button', 'checklist-dialog-cancel', text.cancel);
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
    var copy = element('button', 'checklist-copy', text.copyMarkdown);
    var reset = element('button', 'checklist-reset', text.reset);
    var output = outputBox(text.markdownLabel, true);
    copy.addEventListener('click', function () {
      offerText(output, markdownOf(list), '');
    });
    reset.addEventListener('click', function () {
      var values = { title: list.getAttribute('data-title'), name: currentProfile().name };
      ask({ message: format(text.resetConfirm, values), ok: text.resetOk, danger: true }, function () {
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
    bar.setAttribute('aria-label', text.profiles);
    var label = element('label', 'checklist-profile-label', text.profile + ' ');
    profileSelect = element('select', 'checklist-profile-select');
    label.appendChild(profileSelect);
    bar.appendChild(label);
    var add = element('button', 'checklist-profile-add', text.add);
    var rename = element('button', 'checklist-profile-rename', text.rename);
    var remove = element('button', 'checklist-profile-delete', text.remove);
    var share = element('button', 'checklist-export', text.exportLink);
    var output = outputBox(text.linkLabel, false);
    profileSelect.addEventListener('change', function () {
      state.current = profileSelect.value;
      save();
      render();
    });
    add.addEventListener('click', function () {
      ask({ message: text.newProfileName, value: '', ok: text.create }, function (name) {
        addProfile(name);
      });
    });
    rename.addEventListener('click', function () {
      ask({ message: text.renamePrompt, value: currentProfile().name, ok: text.save }, function (name) {
        currentProfile().name = name;
        save();
        renderProfiles();
      });
    });
    remove.addEventListener('click', function () {
      ask({ message: format(text.removeConfirm, { name: currentProfile().name }), ok: text.removeOk, danger: true },
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
        + encode(JSON.stringify({ v: 1, name: profile.name, ticks: profile.ticks }));
      offerText(output, link, text.exportReady);
    });
    [add, rename, remove, share].forEach(function (button) { bar.appendChild(button); });
    bar.appendChild(output);
    return bar;
  }

  function encode(json) {
    var bytes = new TextEncoder().encode(json);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function decode(encoded) {
    var base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) base64 += '=';
    var binary = atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return JSON.parse(new TextDecoder().decode(bytes));
  }

  /** Opening an exported link imports its progress as a new profile, after asking. */
  function importFromLink() {
    if (location.hash.indexOf(IMPORT_PREFIX) !== 0) return;
    var imported = null;
    try {
      imported = decode(location.hash.slice(IMPORT_PREFIX.length));
    } catch (e) {
      imported = null;
    }
    if (history.replaceState) history.replaceState(null, '', location.pathname + location.search);
    if (!imported || typeof imported.name !== 'string') {
      ask({ message: text.importFailed, notice: true }, function () { });
      return;
    }
    ask({ message: format(text.importConfirm, { name: imported.name }), ok: text.importOk }, function () {
      addProfile(imported.name, cleanTicks(imported.ticks));
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
