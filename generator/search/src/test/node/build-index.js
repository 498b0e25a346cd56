#!/usr/bin/env node
// Builds a lunr 2.3.9 index from a spec written by LunrReference.java (like lunr-golden/build.js):
//
//   node build-index.js SPEC.json OUT.json
//
// SPEC: {fields: [{name, boost?}], metadataWhitelist: [], searchPipeline: [],
//        documents: [{ref, boost?, fields: {name: [[term, start, length], ...]}}]}
// The documents carry their final tokens, so the build pipeline is empty; OUT is JSON.stringify(index).
// Not a test file itself (node --test only picks up *.test.js here).
'use strict';
const fs = require('node:fs');
const lunr = require('lunr');

if (lunr.version !== '2.3.9') {
  console.error('expected lunr 2.3.9, got ' + lunr.version);
  process.exit(2);
}
const [specFile, outFile] = process.argv.slice(2);
const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));

// Turns [term, start, length] triples into lunr.Tokens with the metadata lunr.tokenizer would give.
function precomputedTokenizer(triples, metadata) {
  if (triples == null) return [];
  return triples.map(function (t, i) {
    const md = lunr.utils.clone(metadata) || {};
    md.position = [t[1], t[2]];
    md.index = i;
    return new lunr.Token(t[0], md);
  });
}

const builder = new lunr.Builder();
spec.searchPipeline.forEach(function (label) {
  builder.searchPipeline.add(lunr.Pipeline.registeredFunctions[label]);
});
builder.ref('ref');
builder.metadataWhitelist = spec.metadataWhitelist.slice();
builder.tokenizer = precomputedTokenizer;
spec.fields.forEach(function (f) {
  builder.field(f.name, { boost: f.boost, extractor: function (doc) { return doc.fields[f.name]; } });
});
spec.documents.forEach(function (doc) {
  builder.add(doc, doc.boost === undefined ? undefined : { boost: doc.boost });
});
fs.writeFileSync(outFile, JSON.stringify(builder.build()));
