#!/usr/bin/env node
// Runs queries through qunbook-search.js against several serialized indexes:
//
//   node run-queries.js QUERIES.json OUT.json INDEX.json [INDEX.json ...]
//
// QUERIES: {foldTable: "複复...", queries: [{query, options?}]}
// OUT: {results: [[searchResult per query] per index]} (searchResult as qunbookSearch.search returns it)
'use strict';
const fs = require('node:fs');
const lunr = require('lunr');
const qunbookSearch = require('../../main/resources/org/qunbook/search/qunbook-search.js');

const [queriesFile, outFile, ...indexFiles] = process.argv.slice(2);
const spec = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));
const foldTable = qunbookSearch.compileFoldTable(spec.foldTable);

const results = indexFiles.map(function (file) {
  const index = lunr.Index.load(JSON.parse(fs.readFileSync(file, 'utf8')));
  return spec.queries.map(function (q) {
    return qunbookSearch.search(index, lunr, q.query, foldTable, q.options);
  });
});
fs.writeFileSync(outFile, JSON.stringify({ results: results }));
