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
    [{ term: 'kol', wildcard: 'none' }, { term: '群', wildcard: 'trailing' }]);
  assert.deepEqual(qunbookSearch.queryTerms('群 KOL'),
    [{ term: '群', wildcard: 'trailing' }, { term: 'kol', wildcard: 'trailing' }]);
  assert.deepEqual(qunbookSearch.queryTerms('群 KOL', null, { prefix: false }),
    [{ term: '群', wildcard: 'trailing' }, { term: 'kol', wildcard: 'none' }]);
  assert.deepEqual(qunbookSearch.queryTerms('複購', '複复購购'), [{ term: '复购', wildcard: 'none' }]);
  assert.deepEqual(qunbookSearch.queryTerms('群', null, { unigrams: true }), [{ term: '群', wildcard: 'none' }]);
});

test('queryTerms: a run of two or more characters is looked up by its bigrams only', () => {
  // The index has each run's last character too (analyze), a query does not need it.
  assert.deepEqual(qunbookSearch.analyze('社群定位').map((t) => t.term), ['社群', '群定', '定位', '位']);
  assert.deepEqual(qunbookSearch.queryTerms('社群定位').map((t) => t.term), ['社群', '群定', '定位']);
  assert.deepEqual(qunbookSearch.queryTerms('运营').map((t) => t.term), ['运营']);
  assert.deepEqual(qunbookSearch.queryTerms('运营 群').map((t) => [t.term, t.wildcard]),
    [['运营', 'none'], ['群', 'trailing']]);
});

test('queryTerms: common terms are marked', () => {
  assert.deepEqual(qunbookSearch.queryTerms('社群定位', null, { common: ['社群', '定位', '群'] }),
    [{ term: '社群', wildcard: 'none', common: true }, { term: '群定', wildcard: 'none' },
      { term: '定位', wildcard: 'none', common: true }]);
  // A lone character is a prefix query, never a common term.
  assert.deepEqual(qunbookSearch.queryTerms('群', null, { common: new Set(['群']) }),
    [{ term: '群', wildcard: 'trailing' }]);
});

test('isCjk classifies like the analysis', () => {
  assert.equal(qunbookSearch.isCjk('群'), true);
  assert.equal(qunbookSearch.isCjk('𠮷'), true);
  assert.equal(qunbookSearch.isCjk('コー'), true);
  assert.equal(qunbookSearch.isCjk('kol'), false);
  assert.equal(qunbookSearch.isCjk(''), false);
});

// A small index built by lunr itself from qunbookSearch.analyze's tokens (the site's analysis).
function analysedIndex(docs, commonInBody) {
  const builder = new lunr.Builder();
  builder.ref('id');
  builder.tokenizer = (tokens) => (tokens || []).map((t) => new lunr.Token(t.term, {}));
  builder.field('title', { boost: 10, extractor: (d) => qunbookSearch.analyze(d.title) });
  builder.field('body', {
    extractor: (d) => qunbookSearch.analyze(d.body).filter((t) => !(commonInBody || []).includes(t.term))
  });
  docs.forEach((d) => builder.add(d));
  return lunr.Index.load(JSON.parse(JSON.stringify(builder.build())));
}

const DOCS = [
  { id: 'a', title: '社群规则', body: '建群之前先定好规则。' },
  { id: 'b', title: '欢迎语', body: '新人进群，发欢迎语：欢迎加入本群' },
  { id: 'c', title: '复购率', body: '复购率=复购人数/总人数，社群运营看复购。' },
  { id: 'd', title: '活动', body: '抽奖活动，KOL 带货。' },
  { id: 'e', title: '私域', body: '私域流量是运营的基础，社群只是一种形式。' }
];

test('a lone CJK character finds every page with it, wherever it stands in a run', { skip }, () => {
  const idx = analysedIndex(DOCS);
  for (const ch of ['群', '规', '则', '语', '率', '私', '动', '础', '购']) {
    const expected = DOCS.filter((d) => (d.title + d.body).includes(ch)).map((d) => d.id).sort();
    const found = qunbookSearch.search(idx, lunr, ch, '').results.map((r) => r.ref).sort();
    assert.deepEqual(found, expected, ch);
  }
});

test('a common term is optional: it ranks, but cannot make a query come back empty', { skip }, () => {
  const common = ['社群', '运营'];
  const idx = analysedIndex(DOCS, common);
  // 社群 is only in page a's title now; 私域 is required, 社群 adds nothing but does not exclude e.
  const found = qunbookSearch.search(idx, lunr, '私域 社群', '', { common });
  assert.equal(found.matchedAll, true);
  assert.deepEqual(found.results.map((r) => r.ref), ['e']);
  // Without the list, 社群 would be required and e would be lost to the ranked OR.
  const strict = qunbookSearch.search(idx, lunr, '私域 社群', '');
  assert.equal(strict.matchedAll, false);
  // A query of common terms only is looked up where they are still indexed: titles.
  assert.deepEqual(qunbookSearch.search(idx, lunr, '社群', '', { common }).results.map((r) => r.ref), ['a']);
  // A common term raises the pages that have it in the title.
  const both = qunbookSearch.search(idx, lunr, '规则 社群', '', { common }).results.map((r) => r.ref);
  assert.deepEqual(both, ['a']);
});
