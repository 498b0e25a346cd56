// checklist-state.js under node: repairing stored progress, progress links, Markdown export.
// Run by Maven (node --test src/test/node); the page's part is ChecklistBrowserTest's.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const state = require('../../main/resources/org/qunbook/plugins/checklist/checklist-state.js');

test('normalise gives one default profile for nothing, garbage or an empty list', () => {
  for (const stored of [null, undefined, 'text', 42, {}, { profiles: 'x' }, { profiles: [] }, { profiles: [null, 1, {}] }]) {
    assert.deepEqual(state.normalise(stored, '默认'),
      { current: 'p1', profiles: [{ id: 'p1', name: '默认', ticks: {} }] }, JSON.stringify(stored));
  }
});

test('normalise keeps valid profiles, cleans their ticks and repairs current', () => {
  const stored = {
    current: 'gone',
    profiles: [
      { id: 'p2', name: '宝妈群', ticks: { 'a/#c1': { i1: 1, i2: 0, i3: true }, 'b/#c2': 'x' }, extra: 1 },
      { id: 3, name: 'bad id' },
      { id: 'p3', name: '会员群' }
    ]
  };
  assert.deepEqual(state.normalise(stored, '默认'), {
    current: 'p2',
    profiles: [
      { id: 'p2', name: '宝妈群', ticks: { 'a/#c1': { i1: 1, i3: 1 } } },
      { id: 'p3', name: '会员群', ticks: {} }
    ]
  });
  assert.equal(state.normalise({ current: 'p3', profiles: stored.profiles }, '默认').current, 'p3');
});

test('cleanTicks keeps only ticked items of object checklists', () => {
  assert.deepEqual(state.cleanTicks({ c: { a: 1, b: null, d: 'yes' }, e: null, f: 3 }), { c: { a: 1, d: 1 } });
  assert.deepEqual(state.cleanTicks('nope'), {});
  assert.deepEqual(state.cleanTicks(null), {});
});

test('findProfile finds by id or gives null', () => {
  const s = { profiles: [{ id: 'p1' }, { id: 'p2' }] };
  assert.equal(state.findProfile(s, 'p2'), s.profiles[1]);
  assert.equal(state.findProfile(s, 'p9'), null);
});

test('encode and decode round-trip Chinese and emoji, in URL-safe base64 without padding', () => {
  const json = JSON.stringify({ v: 1, name: '宝妈群 🎉 a+b/c?', ticks: { '新群/#清单': { i1: 1 } } });
  const encoded = state.encode(json);
  assert.match(encoded, /^[A-Za-z0-9_-]+$/);
  assert.deepEqual(state.decode(encoded), JSON.parse(json));
  // Each padding length
  for (const text of ['"a"', '"ab"', '"abc"']) {
    assert.equal(JSON.stringify(state.decode(state.encode(text))), text);
  }
});

test('decode throws on a link that is not a progress link', () => {
  assert.throws(() => state.decode('%%%'));
  assert.throws(() => state.decode(state.encode('{"unfinished"')));
});

test('markdownOf writes a heading and one task line per item', () => {
  assert.equal(state.markdownOf('建群前', [{ checked: true, label: '写好群规' }, { checked: false, label: '设置欢迎语' }]),
    '### 建群前\n\n- [x] 写好群规\n- [ ] 设置欢迎语\n');
  assert.equal(state.markdownOf('空', []), '### 空\n\n');
});
