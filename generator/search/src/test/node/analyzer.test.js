// Runs the shared analysis vectors through qunbook-search.js. The Java side (AnalysisVectorsTest)
// runs the same file through TextAnalyzer; the fold table is the one ScriptFolding generated for
// the vectors' terms (FoldTableFileTest keeps it current).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const qunbookSearch = require('../../main/resources/org/qunbook/search/qunbook-search.js');

const resources = path.join(__dirname, '../resources/org/qunbook/search');
const vectors = JSON.parse(fs.readFileSync(path.join(resources, 'analysis-vectors.json'), 'utf8'));
const foldTable = JSON.parse(fs.readFileSync(path.join(resources, 'analysis-fold-table.json'), 'utf8')).pairs;

test('there are at least 40 vectors', () => {
  assert.ok(vectors.cases.length >= 40, `only ${vectors.cases.length} vectors`);
});

for (const c of vectors.cases) {
  test(`vector: ${c.name}`, () => {
    const tokens = qunbookSearch.analyze(c.input, foldTable, c.options)
      .map((t) => [t.term, t.start, t.length]);
    assert.deepEqual(tokens, c.tokens);
  });
}

test('a compiled table gives the same tokens as the pairs string', () => {
  const compiled = qunbookSearch.compileFoldTable(foldTable);
  assert.ok(compiled instanceof Map);
  assert.deepEqual(qunbookSearch.analyze('複購率', compiled), qunbookSearch.analyze('複購率', foldTable));
});

test('without a fold table Traditional characters stay as they are', () => {
  assert.deepEqual(qunbookSearch.analyze('複購率').map((t) => t.term), ['複購', '購率', '率']);
});

test('a fold table with an odd number of characters is rejected', () => {
  assert.throws(() => qunbookSearch.analyze('x', '複复購'), /pairs/);
});

test('the script defines a global when there is no module object (as with <script src>)', () => {
  const vm = require('node:vm');
  const source = fs.readFileSync(require.resolve('../../main/resources/org/qunbook/search/qunbook-search.js'), 'utf8');
  const context = vm.createContext({});
  vm.runInContext(source, context);
  assert.equal(typeof context.qunbookSearch.search, 'function');
  // compared as JSON: arrays from another realm have another Array.prototype
  const terms = vm.runInContext('JSON.stringify(qunbookSearch.analyze("社群定位").map(function (t) { return t.term; }))', context);
  assert.deepEqual(JSON.parse(terms), ['社群', '群定', '定位', '位']);
});
