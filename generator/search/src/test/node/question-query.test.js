// Queries as readers type them (qunbook-search.js): stop words dropped, synonyms added, results
// ranked by how much of the query they match (coordination), an exact name first. The index is
// built by stock lunr 2.3.9 from the client's own analysis, as the generator's would be.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const qs = require('../../main/resources/org/qunbook/search/qunbook-search.js');

let lunr = null;
try {
  lunr = require('lunr');
} catch (e) {
  if (process.env.CI === 'true') throw new Error('lunr is not installed (npm ci in generator/search); required on CI');
}
const skip = lunr ? false : 'lunr is not installed';

const DOCS = [
  { ref: 'rules', title: '群规公告', body: '违规提醒：请勿在群内发布广告链接，第一次提醒，第二次移出。' },
  { ref: 'silent', title: '沉默用户唤醒', body: '群内长期沉默的成员，用话题和福利唤醒，让群重新活跃。' },
  { ref: 'ad', title: '广告', body: '广告。' },
  { ref: 'home', title: '首页', body: '群里有人发广告怎么办？看群规。' }
];

function index() {
  return lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref('ref');
    this.field('title', { boost: 10 });
    this.field('body');
    const tokenize = (text) => qs.analyze(text, '').map((t) => new lunr.Token(t.term, {}));
    DOCS.forEach((d) => this.add({ ref: d.ref, title: tokenize(d.title), body: tokenize(d.body) }));
  });
}

const STOP = ['怎么办', '有人', '群里', '怎么', '吗', '在'];

test('stop words are dropped before matching, single characters only where they stand alone', () => {
  const terms = (q, o) => qs.queryTerms(q, '', Object.assign({ stopWords: STOP }, o)).map((t) => t.term);
  assert.deepEqual(terms('群里有人发广告怎么办'), ['发广', '广告']);
  assert.deepEqual(terms('有人在群里发广告'), ['发广', '广告']);
  assert.deepEqual(terms('在线'), ['在线']);
  // a query of stop words only is searched as typed
  assert.deepEqual(terms('怎么办'), ['怎么', '么办']);
  // Traditional spellings of stop words go too: the fold table folds the query first
  assert.deepEqual(qs.queryTerms('群裡發廣告怎麼辦', '裡里發发廣广麼么辦办', { stopWords: STOP }).map((t) => t.term),
    ['发广', '广告']);
});

test('synonyms are added to a query containing the word, marked with it', () => {
  const terms = qs.queryTerms('群越来越冷清怎么办', '', { stopWords: STOP, synonyms: { 冷清: ['沉默', '活跃'] } });
  assert.deepEqual(terms.filter((t) => t.synonym).map((t) => [t.term, t.synonym]), [['沉默', '冷清'], ['活跃', '冷清']]);
  assert.deepEqual(qs.queryTerms('群规', '', { synonyms: { 冷清: ['沉默'] } }).map((t) => t.term), ['群规']);
});

test('coordination: the page with more of the query ranks first, whatever its length', { skip }, () => {
  const idx = index();
  const options = { coordination: true, stopWords: STOP };
  // without: the question words send it to the plain OR, where the page that repeats the question wins
  assert.equal(qs.search(idx, lunr, '群里有人发广告怎么办', '').results[0].ref, 'home');
  const found = qs.search(idx, lunr, '群里有人发广告怎么办', '', options);
  assert.deepEqual(found.results.map((r) => r.ref).slice(0, 1), ['home']);
  assert.equal(found.matchedAll, true);
  assert.equal(found.results[0].coord, 1);
  // 违规 as a synonym of 发广告 counts as the word itself: 群规公告 matches all of 发广告 违规提醒
  const withSynonyms = qs.search(idx, lunr, '发广告 提醒', '', Object.assign({ synonyms: { 发广告: ['违规'] } }, options));
  assert.equal(withSynonyms.results[0].ref, 'rules');
  assert.equal(withSynonyms.results[0].coord, 1);
  assert.ok(withSynonyms.results.find((r) => r.ref === 'ad').coord < 1);
});

test('a query that is exactly a name (title, term, alias) puts its document first', { skip }, () => {
  const idx = index();
  const options = { coordination: true, stopWords: STOP, exact: { 广告: 'ad', 群规公告: 'rules' } };
  assert.equal(qs.search(idx, lunr, '群规 公告', '', options).results[0].ref, 'rules');
  assert.equal(qs.search(idx, lunr, '广告是什么', '', Object.assign({}, options, { stopWords: STOP.concat(['是什么']) }))
    .results[0].ref, 'ad');
});
