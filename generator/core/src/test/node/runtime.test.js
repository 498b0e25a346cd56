// runtime.js (assets/qunbook/runtime.js of every site) under node: format, messages, the site
// root, per-site storage with migration, and copy's fallbacks. Run by Maven (node --test).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const RUNTIME = path.join(__dirname, '../../main/resources/org/qunbook/render/runtime.js');

/** A fresh runtime, loaded as if by <script src=scriptUrl>, with globals set for the load. */
function load(globals) {
  const saved = {};
  for (const name of Object.keys(globals || {})) {
    saved[name] = Object.getOwnPropertyDescriptor(globalThis, name);
    Object.defineProperty(globalThis, name, { value: globals[name], configurable: true, writable: true });
  }
  delete require.cache[RUNTIME];
  const runtime = require(RUNTIME);
  return {
    runtime,
    restore() {
      for (const name of Object.keys(saved)) {
        if (saved[name]) Object.defineProperty(globalThis, name, saved[name]);
        else delete globalThis[name];
      }
    }
  };
}

/** localStorage's interface over a Map; throwing: every call throws, like a refused storage. */
function fakeStorage(throwing) {
  const data = new Map();
  const check = () => { if (throwing) throw new Error('SecurityError'); };
  return {
    data,
    getItem(k) { check(); return data.has(k) ? data.get(k) : null; },
    setItem(k, v) { check(); data.set(k, String(v)); },
    removeItem(k) { check(); data.delete(k); }
  };
}

const scriptAt = (src) => ({ document: { currentScript: { src } } });

test('format replaces {name} placeholders everywhere and keeps the unknown ones', () => {
  const { runtime, restore } = load();
  try {
    assert.equal(runtime.format('共 {total} 个模板，显示 {n} 个', { n: 3, total: 12 }), '共 12 个模板，显示 3 个');
    assert.equal(runtime.format('{a}{a} {b} {c-d}', { a: 'x' }), 'xx {b} {c-d}');
    assert.equal(runtime.format('“{q}”', { q: '$& $1' }), '“$& $1”', 'no replacement patterns');
    assert.equal(runtime.format('{n}', { n: 0 }), '0');
    assert.equal(runtime.format('{n}'), '{n}');
  } finally {
    restore();
  }
});

test('msg gives the site string, formatted, and the key itself when nobody defines it', () => {
  const { runtime, restore } = load();
  try {
    runtime.useMessages({ 'plugin.x.copied': '已复制 {n} 项', 'plugin.x.ok': '确定' });
    assert.equal(runtime.msg('plugin.x.copied', { n: 2 }), '已复制 2 项');
    assert.equal(runtime.msg('plugin.x.ok'), '确定');
    assert.equal(runtime.msg('plugin.x.missing'), 'plugin.x.missing');
    assert.equal(runtime.msg('toString'), 'toString', 'no inherited properties');
  } finally {
    restore();
  }
});

test('root is the folder holding assets/qunbook/runtime.js, over http and from file://', () => {
  for (const [src, root] of [
    ['http://127.0.0.1:4000/assets/qunbook/runtime.js', 'http://127.0.0.1:4000/'],
    ['https://example.org/handbook/assets/qunbook/runtime.js?v=2', 'https://example.org/handbook/'],
    ['file:///home/me/public/assets/qunbook/runtime.js', 'file:///home/me/public/']]) {
    const { runtime, restore } = load(scriptAt(src));
    try {
      assert.equal(runtime.root(), root, src);
    } finally {
      restore();
    }
  }
});

test('storage keeps one JSON value per site; two sites on one origin do not share it', () => {
  const localStorage = fakeStorage(false);
  const a = load({ ...scriptAt('file:///a/public/assets/qunbook/runtime.js'), localStorage });
  const storeA = a.runtime.storage('checklist');
  a.restore();
  const b = load({ ...scriptAt('file:///b/public/assets/qunbook/runtime.js'), localStorage });
  const storeB = b.runtime.storage('checklist');
  try {
    assert.equal(storeA.key, 'qunbook.checklist:file:///a/public/');
    assert.equal(storeA.read(), null);
    assert.equal(storeA.write({ current: 'p1' }), true);
    assert.deepEqual(storeA.read(), { current: 'p1' });
    assert.equal(storeB.read(), null, "the other site's value is not seen");
    assert.equal(localStorage.data.get('qunbook.checklist:file:///a/public/'), '{"current":"p1"}');
    localStorage.setItem(storeB.key, '{not json');
    assert.equal(storeB.read(), null, 'unreadable is absent');
    assert.equal(b.runtime.storage('theme', { perSite: false }).key, 'qunbook.theme');
  } finally {
    b.restore();
  }
});

test('storage takes over an unscoped legacy value once, and never overwrites a scoped one', () => {
  const localStorage = fakeStorage(false);
  localStorage.setItem('qunbook.scripts.values', '{"群名":"老用户群"}');
  const { runtime, restore } = load({ ...scriptAt('http://h/assets/qunbook/runtime.js'), localStorage });
  try {
    const store = runtime.storage('scripts.values', { legacyKey: 'qunbook.scripts.values' });
    assert.equal(store.key, 'qunbook.scripts.values:http://h/');
    assert.deepEqual(store.read(), { 群名: '老用户群' });
    store.write({ 群名: '新群' });
    localStorage.setItem('qunbook.scripts.values', '{"群名":"别的站"}');
    const again = runtime.storage('scripts.values', { legacyKey: 'qunbook.scripts.values' });
    assert.deepEqual(again.read(), { 群名: '新群' });
  } finally {
    restore();
  }
});

test('storage without a usable localStorage reads nothing and reports writes as lost', () => {
  for (const localStorage of [undefined, fakeStorage(true)]) {
    const { runtime, restore } = load({ localStorage });
    try {
      const store = runtime.storage('checklist', { legacyKey: 'old' });
      assert.equal(store.available, false);
      assert.equal(store.read(), null);
      assert.equal(store.text(), null);
      assert.equal(store.write({ a: 1 }), false);
    } finally {
      restore();
    }
  }
});

test('copy uses the Clipboard API, and says false when there is neither it nor a page', async () => {
  let written = null;
  const ok = load({ navigator: { clipboard: { writeText: (t) => { written = t; return Promise.resolve(); } } } });
  try {
    assert.equal(await ok.runtime.copy('你好'), true);
    assert.equal(written, '你好');
  } finally {
    ok.restore();
  }
  const refused = load({ navigator: { clipboard: { writeText: () => Promise.reject(new Error('denied')) } } });
  try {
    assert.equal(await refused.runtime.copy('x'), false, 'no document to fall back to');
  } finally {
    refused.restore();
  }
});
