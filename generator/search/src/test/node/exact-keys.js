#!/usr/bin/env node
// The browser's exact-name keys and files (ExactNamesTest.java):
//   node exact-keys.js IN.json OUT.json    IN: {fold, buckets, names: [string]}  OUT: {keys: [...], buckets: [...]}
'use strict';
const fs = require('node:fs');
const qs = require('../../main/resources/org/qunbook/search/qunbook-search.js');

const [inFile, outFile] = process.argv.slice(2);
const input = JSON.parse(fs.readFileSync(inFile, 'utf8'));
const fold = qs.compileFoldTable(input.fold);
const keys = input.names.map((name) => qs.exactKey(name, fold));
fs.writeFileSync(outFile, JSON.stringify({ keys, buckets: keys.map((k) => qs.bucketOf(k, input.buckets)) }));
