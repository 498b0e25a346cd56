// qunbook-search.js against stock lunr 2.3.9 on the golden indexes (built by lunr itself).
// Expected scores come from golden/queries-expected.json, which lunr's own query API produced.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const qunbookSearch = require('../../main/resources/org/qunbook/search/qunbook-search.js');

let lunr = null;
try {
  lunr = require('lunr');
} catch (e) {
  if (process.env.CI === 'true') throw new Error('lunr is not installed (npm ci in generator/search); required on CI');
  console.log('# SKIP search tests: lunr is not installed; run npm ci in generator/search');
}
const skip = lunr ? false : 'lunr is not installed';

const golden = path.join(__dirname, '../resources/org/qunbook/search/golden');
const read = (name) => JSON.parse(fs.readFileSync(path.join(golden, name), 'utf8'));
const load = (name) => lunr.Index.load(read(name));
const expected = (index, queryName) => read('queries-expected.json')
  .find((q) => q.index === index && q.query.name === queryName).results
  .map((r) => [r.ref, r.score]);
const summary = (found) => found.results.map((r) => [r.ref, Math.round(r.score * 1e6) / 1e6]);
// The fold table ScriptFolding.browserTable gives for these characters of the golden terms
const FOLD = '則则規规';

for (const indexName of ['index.json', 'index-positions.json']) {
  test(`${indexName}: all bigrams required, as lunr's REQUIRED query`, { skip }, () => {
    const found = qunbookSearch.search(load(indexName), lunr, '社群定位', FOLD);
    assert.equal(found.matchedAll, true);
    assert.deepEqual(summary(found), expected(indexName, 'bigrams REQUIRED, usePipeline:false'));
  });

  test(`${indexName}: mixed Latin and CJK query`, { skip }, () => {
    const found = qunbookSearch.search(load(indexName), lunr, 'VIP专属服务', FOLD);
    assert.deepEqual(summary(found), expected(indexName, 'mixed latin + CJK: VIP专属服务'));
  });

  test(`${indexName}: a lone Han character matches the bigrams containing it`, { skip }, () => {
    const found = qunbookSearch.search(load(indexName), lunr, '群', FOLD);
    assert.deepEqual(summary(found), expected(indexName, 'single Han char with leading+trailing wildcard'));
  });

  test(`${indexName}: the last Latin word is a prefix while typing`, { skip }, () => {
    const found = qunbookSearch.search(load(indexName), lunr, 'wel', FOLD);
    assert.deepEqual(summary(found), expected(indexName, 'prefix (trailing wildcard) on Latin'));
    assert.deepEqual(qunbookSearch.search(load(indexName), lunr, 'wel', FOLD, { prefix: false }).results, []);
  });

  test(`${indexName}: fields option restricts the search`, { skip }, () => {
    const found = qunbookSearch.search(load(indexName), lunr, '规则', FOLD, { fields: ['title'] });
    assert.deepEqual(summary(found), expected(indexName, 'title field only'));
    assert.throws(() => qunbookSearch.search(load(indexName), lunr, '规则', FOLD, { fields: ['nope'] }), /no such field/);
  });

  test(`${indexName}: a Traditional query finds the Simplified text`, { skip }, () => {
    const idx = load(indexName);
    const traditional = qunbookSearch.search(idx, lunr, '規則', FOLD);
    assert.ok(traditional.results.length > 0);
    assert.deepEqual(traditional, qunbookSearch.search(idx, lunr, '规则', FOLD));
  });

  test(`${indexName}: falls back to ranked OR when no document has every bigram`, { skip }, () => {
    // 准定 occurs nowhere, so the AND query is empty; 找准 and 定位 still rank the positioning page
    const found = qunbookSearch.search(load(indexName), lunr, '找准定位', FOLD);
    assert.equal(found.matchedAll, false);
    assert.deepEqual(found.results.map((r) => r.ref), ['playbook/positioning']);
    assert.deepEqual(found.results[0].terms, ['定位', '找准']);
  });

  test(`${indexName}: queries without terms find nothing`, { skip }, () => {
    for (const q of ['', '   ', '！？，。', '🎉']) {
      assert.deepEqual(qunbookSearch.search(load(indexName), lunr, q, FOLD), { matchedAll: false, results: [] });
    }
    assert.deepEqual(qunbookSearch.search(load(indexName), lunr, '没有这个词', FOLD).results, []);
  });
}

test('positions in the results point at the matched text', { skip }, () => {
  const docs = read('documents.json').documents;
  const found = qunbookSearch.search(load('index-positions.json'), lunr, '社群定位', FOLD);
  const result = found.results[0];
  const doc = docs.find((d) => d.id === result.ref);
  assert.deepEqual(result.positions.title, [[2, 2], [3, 2], [4, 2]]);
  for (const [field, spans] of Object.entries(result.positions)) {
    const text = doc.fields[field].text;
    const matched = spans.map(([start, length]) => text.slice(start, start + length));
    assert.ok(matched.every((m) => result.terms.includes(m)), `${field}: ${matched}`);
  }
});

test('an index without positions still reports the matched terms', { skip }, () => {
  const result = qunbookSearch.search(load('index.json'), lunr, '社群定位', FOLD).results[0];
  assert.deepEqual(result.terms, ['定位', '社群', '群定']);
  assert.deepEqual(result.positions, { title: [], body: [] });
});

test('queryTerms: wildcards and duplicates', () => {
  assert.deepEqual(qunbookSearch.queryTerms('社群社群'),
    [{ term: '社群', wildcard: 'none' }, { term: '群社', wildcard: 'none' }]);
  assert.deepEqual(qunbookSearch.queryTerms('KOL 群'),
    [{ term: 'kol', wildcard: 'none' }, { term: '群', wildcard: 'both' }]);
  assert.deepEqual(qunbookSearch.queryTerms('群 KOL'),
    [{ term: '群', wildcard: 'both' }, { term: 'kol', wildcard: 'trailing' }]);
  assert.deepEqual(qunbookSearch.queryTerms('群 KOL', null, { prefix: false }),
    [{ term: '群', wildcard: 'both' }, { term: 'kol', wildcard: 'none' }]);
  assert.deepEqual(qunbookSearch.queryTerms('複購', '複复購购'), [{ term: '复购', wildcard: 'none' }]);
  assert.deepEqual(qunbookSearch.queryTerms('群', null, { unigrams: true }), [{ term: '群', wildcard: 'none' }]);
});
