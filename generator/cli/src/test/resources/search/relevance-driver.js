// Runs search queries through the site's own lunr.min.js and qunbook-search.js, in node, as a
// reader's browser does: the site client loads the shards of each query's terms and the display
// data of its results from the built site's search folder.
// Usage: node relevance-driver.js <built site folder> <queries.json>
// queries.json: a JSON array of query strings. Prints a JSON array, one entry per query:
// {"query", "matchedAll", "refs": [the top 10 pages, best first, as '/' + the page's URL path]}.
'use strict';
const fs = require('fs');
const path = require('path');

const [site, queriesFile] = process.argv.slice(2);
const lunr = require(path.resolve(site, 'assets/search/lunr.min.js'));
const qunbookSearch = require(path.resolve(site, 'assets/search/qunbook-search.js'));
const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));

async function main() {
  const search = await qunbookSearch.openSite(qunbookSearch.loaders.files(path.resolve(site, 'search')), lunr);
  const answers = [];
  for (const query of queries) {
    const found = await search.find(query, { limit: 10 });
    answers.push({
      query,
      matchedAll: found.matchedAll,
      refs: found.results.slice(0, 10).map((r) => '/' + decodeURI(r.doc.url))
    });
  }
  process.stdout.write(JSON.stringify(answers));
}

main().catch((e) => { console.error(e); process.exit(1); });
