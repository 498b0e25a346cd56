// The task-query suite (task-queries.json) through the site's own lunr.min.js and qunbook-search.js,
// in node, as a reader's browser runs it. A result counts for the page it opens (a section result
// opens its page at the heading): the rank of a question is the position, among the distinct pages
// of the results in order, of the first page that answers it (expect or also).
// Usage: node task-query-report.js <built site folder> <task-queries.json>
// Prints {questions, top3, mrr, answers: [{query, rank, sectionHit, pages (top 5), urls (top 5)}]}.
'use strict';
const fs = require('fs');
const path = require('path');

const [site, suiteFile] = process.argv.slice(2);
const lunr = require(path.resolve(site, 'assets/search/lunr.min.js'));
const qunbookSearch = require(path.resolve(site, 'assets/search/qunbook-search.js'));
const suite = JSON.parse(fs.readFileSync(suiteFile, 'utf8')).queries;

async function main() {
  const search = await qunbookSearch.openSite(qunbookSearch.loaders.files(path.resolve(site, 'search')), lunr);
  const answers = [];
  let top3 = 0, rr = 0;
  for (const q of suite) {
    const found = await search.find(q.query, { limit: 20 });
    const urls = found.results.filter((r) => r.doc).map((r) => '/' + decodeURI(r.doc.url));
    const pages = [];
    urls.forEach((u) => { const p = u.split('#')[0]; if (!pages.includes(p)) pages.push(p); });
    const good = [q.expect].concat(q.also || []);
    const rank = pages.findIndex((p) => good.includes(p)) + 1;
    // whether a result among the first three pages' results opens the expected section
    const sectionHit = q.section ? urls.some((u) => u === q.expect + '#' + q.section) : null;
    if (rank >= 1 && rank <= 3) top3++;
    rr += rank ? 1 / rank : 0;
    answers.push({ query: q.query, expect: q.expect, rank, sectionHit, pages: pages.slice(0, 5), urls: urls.slice(0, 5) });
  }
  process.stdout.write(JSON.stringify({ questions: suite.length, top3: top3 / suite.length, mrr: rr / suite.length, answers }, null, 1));
}

main().catch((e) => { console.error(e); process.exit(1); });
