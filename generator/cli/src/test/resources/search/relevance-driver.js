// Runs search queries through the site's own lunr.min.js and qunbook-search.js, in node.
// Usage: node relevance-driver.js <built site folder> <queries.json>
// queries.json: a JSON array of query strings. Prints a JSON array, one entry per query:
// {"query", "matchedAll", "refs": [the top 10 pages, best first, as '/' + the page's URL path]}.
'use strict';
const fs = require('fs');
const path = require('path');

const [site, queriesFile] = process.argv.slice(2);
const lunr = require(path.resolve(site, 'assets/search/lunr.min.js'));
const qunbookSearch = require(path.resolve(site, 'assets/search/qunbook-search.js'));
const readJson = (file) => JSON.parse(fs.readFileSync(path.resolve(site, file), 'utf8'));

const index = lunr.Index.load(readJson('search/index.json'));
const docs = readJson('search/docs.json');
const fold = qunbookSearch.compileFoldTable(docs.fold);
const common = new Set(docs.common);
const pathOf = new Map(docs.docs.map((d) => [d.ref, '/' + decodeURI(d.url)]));
const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));

const answers = queries.map((query) => {
  const found = qunbookSearch.search(index, lunr, query, fold, { common });
  return { query, matchedAll: found.matchedAll, refs: found.results.slice(0, 10).map((r) => pathOf.get(r.ref)) };
});
process.stdout.write(JSON.stringify(answers));
