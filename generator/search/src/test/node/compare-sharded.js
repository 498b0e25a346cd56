#!/usr/bin/env node
// The sharded index against the monolithic one (ShardedIndexDifferentialTest.java):
//
//   node compare-sharded.js SEARCH_DIR INDEX.json QUERIES.json OUT.json
//
// SEARCH_DIR holds meta.js and shards/N.js (LunrShardWriter, SearchScript); INDEX.json the same
// index written whole. Checks that the shards hold exactly the whole index's postings and field
// vector entries, then runs every query of QUERIES.json ({queries: [string]}) through
// qunbookSearch.openSite (the client the browser uses, loading shards per query and scoring them
// itself) and through qunbookSearch.search with stock lunr's query over the whole index: the same
// refs in the same order with the same scores (every bit), and its best k (options.limit) the first k;
// also with the shard keys in groups and the exact names in files, as a big site has them. OUT: {compared, shardsPerQuery: [...],
// nonEmpty, mismatches: [{query, sharded, whole}], structure: [problems]}.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const lunr = require('lunr');
const qs = require('../../main/resources/org/qunbook/search/qunbook-search.js');

const [dir, indexFile, queriesFile, outFile] = process.argv.slice(2);
const wholeJson = JSON.parse(fs.readFileSync(indexFile, 'utf8'));
const whole = lunr.Index.load(wholeJson);
const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8')).queries;

function brief(found) {
  return { matchedAll: found.matchedAll, results: found.results.map((r) => [r.ref, r.score]) };
}

async function main() {
  const ms = { structure: 0, sharded: 0, whole: 0 };
  let t0 = Date.now();
  const structure = [];
  const load = qs.loaders.files(dir);
  const meta = await load('meta');
  // The shards partition the whole index: same postings, same vector entries.
  const postings = [];
  const vectors = new Map();
  for (let n = 0; n < meta.shards.length; n++) {
    const json = await load('shards/' + n);
    lunr.Index.load(json); // stock lunr loads every shard
    json.invertedIndex.forEach((p) => postings.push(p));
    if (json.invertedIndex.length && json.invertedIndex[0][0] < meta.shards[n]) structure.push('shard ' + n + ' starts before its key');
    json.fieldVectors.forEach(([key, elements]) => {
      const have = vectors.get(key) || [];
      for (let i = 0; i < elements.length; i += 2) have.push([elements[i], elements[i + 1]]);
      vectors.set(key, have);
    });
  }
  // a term in many documents is split by document range into shards of its own: its parts joined
  const joined = [];
  postings.forEach(([term, posting]) => {
    const last = joined[joined.length - 1];
    if (!last || last[0] !== term) { joined.push([term, posting]); return; }
    if (last[1]._index !== posting._index) structure.push('parts of ' + term + ' with different term numbers');
    meta.fields.forEach((f) => Object.assign(last[1][f], posting[f]));
  });
  if (JSON.stringify(joined) !== JSON.stringify(wholeJson.invertedIndex)) structure.push('the shards\' postings differ from the whole index\'s');
  wholeJson.fieldVectors.forEach(([key, elements]) => {
    const pairs = [];
    for (let i = 0; i < elements.length; i += 2) pairs.push([elements[i], elements[i + 1]]);
    const got = (vectors.get(key) || []).sort((a, b) => a[0] - b[0]);
    if (JSON.stringify(pairs) !== JSON.stringify(got)) structure.push('vector ' + key + ' differs');
    vectors.delete(key);
  });
  if (vectors.size) structure.push('vectors the whole index lacks: ' + Array.from(vectors.keys()).slice(0, 5));

  ms.structure = Date.now() - t0;
  const site = await qs.openSite(load, lunr);
  // the same site as a big one writes it (SearchIndexer): shard keys in groups (keys/G), exact
  // names in files by the hash of their key (exact/N); it must give the same results
  const GROUP = 64;
  const big = JSON.parse(JSON.stringify(meta));
  const files = new Map();
  big.keyGroup = GROUP;
  big.keyGroups = [];
  for (let g = 0; g * GROUP < meta.shards.length; g++) {
    big.keyGroups.push(meta.shards[g * GROUP]);
    files.set('keys/' + g, meta.shards.slice(g * GROUP, (g + 1) * GROUP));
  }
  delete big.shards;
  const buckets = 3;
  for (let b = 0; b < buckets; b++) files.set('exact/' + b, {});
  Object.keys(meta.query.exact).forEach((name) => {
    const key = qs.exactKey(name, qs.compileFoldTable(meta.fold));
    files.get('exact/' + qs.bucketOf(key, buckets))[key] = meta.query.exact[name];
  });
  delete big.query.exact;
  big.query.exactBuckets = buckets;
  const bigSite = await qs.openSite((name) => (name === 'meta' ? Promise.resolve(big)
    : files.has(name) ? Promise.resolve(JSON.parse(JSON.stringify(files.get(name)))) : load(name)));
  const fold = qs.compileFoldTable(meta.fold);
  const mismatches = [];
  const shardsPerQuery = [];
  let nonEmpty = 0;
  for (const [q, query] of queries.entries()) {
    const before = Object.keys(site.shards).length;
    t0 = Date.now();
    // odd queries as plain lunr queries; even ones as the site reads them (meta.query: stop words,
    // synonyms, coordination, exact names), the whole index's side with the same rewriting
    const options = q % 2 ? { coordination: false, stopWords: [], synonyms: {}, exact: null } : {};
    const full = await site.search(query, options);
    const sharded = brief(full);
    // the best k alone (a heap, not a sort of every match) are the first k of all, and total counts all
    const k = 1 + (q % 12);
    const top = await site.search(query, Object.assign({ limit: k }, options));
    if (top.total !== full.results.length || full.total !== full.results.length) {
      mismatches.push({ query, total: [top.total, full.total, full.results.length] });
    }
    if (JSON.stringify(brief(top)) !== JSON.stringify({ matchedAll: full.matchedAll, results: sharded.results.slice(0, k) })) {
      mismatches.push({ query, limit: k, top: JSON.stringify(brief(top)).slice(0, 400) });
    }
    ms.sharded += Date.now() - t0;
    shardsPerQuery.push(Object.keys(site.shards).length - before);
    const bigFound = brief(await bigSite.search(query, options));
    if (JSON.stringify(bigFound) !== JSON.stringify(sharded)) {
      mismatches.push({ query, keyGroups: JSON.stringify(bigFound).slice(0, 400), sharded: JSON.stringify(sharded).slice(0, 400) });
    }
    if (q % 10 === 0) site.shards = Object.create(null); // some queries load their shards afresh, as a new reader would
    t0 = Date.now();
    const expected = brief(qs.search(whole, lunr, query, fold, site.queryOptions(options)));
    ms.whole += Date.now() - t0;
    if (expected.results.length) nonEmpty++;
    if (JSON.stringify(sharded) !== JSON.stringify(expected)) {
      mismatches.push({ query, sharded: JSON.stringify(sharded).slice(0, 400), whole: JSON.stringify(expected).slice(0, 400) });
    }
  }
  fs.writeFileSync(outFile, JSON.stringify({ ms, compared: queries.length, shardsPerQuery, nonEmpty, mismatches, structure }));
}

main().catch((e) => { console.error(e); process.exit(1); });
