// The task-query suite (task-queries.json) through the site's own lunr.min.js and qunbook-search.js,
// in node, as a reader's browser runs it. The rank of a question is the position, among the pages of
// the results in order, of the first page that answers it (expect or also); a section is found when
// the expected page is among the results and the sections its result links to (search-highlight.js
// sections(), from the page's text file, as the results list shows them) include the expected one.
// Usage: node task-query-report.js <built site folder> <task-queries.json>
// Prints {questions, top3, mrr, answers: [{query, rank, sectionHit, section, sectionExists (null if the page
// was not found), sections (those linked), pages (top 5)}]}.
'use strict';
const fs = require('fs');
const path = require('path');

const [site, suiteFile] = process.argv.slice(2);
const lunr = require(path.resolve(site, 'assets/search/lunr.min.js'));
const qunbookSearch = require(path.resolve(site, 'assets/search/qunbook-search.js'));
const highlight = require(path.resolve(site, 'assets/search/search-highlight.js'));
const suite = JSON.parse(fs.readFileSync(suiteFile, 'utf8')).queries;

async function main() {
  const search = await qunbookSearch.openSite(qunbookSearch.loaders.files(path.resolve(site, 'search')), lunr);
  const answers = [];
  let top3 = 0, rr = 0;
  for (const q of suite) {
    const found = await search.find(q.query, { limit: 20 });
    const shown = found.results.filter((r) => r.doc);
    const pages = shown.map((r) => '/' + decodeURI(r.doc.url));
    const good = [q.expect].concat(q.also || []);
    const rank = pages.findIndex((p) => good.includes(p)) + 1;
    let sectionHit = null, sections = [], sectionExists = null;
    if (q.section) {
      const result = shown.find((r) => '/' + decodeURI(r.doc.url) === q.expect);
      if (result) {
        const page = await search.text(result.ref);
        sectionExists = page.sections.some((s) => decodeURIComponent(s[2]) === q.section);
        sections = highlight.sections(page, found.terms, search.fold).map((s) => decodeURIComponent(s.fragment));
      }
      sectionHit = sections.includes(q.section);
    }
    if (rank >= 1 && rank <= 3) top3++;
    rr += rank ? 1 / rank : 0;
    answers.push({ query: q.query, expect: q.expect, rank, sectionHit, section: q.section || null, sectionExists, sections,
      pages: pages.slice(0, 5) });
  }
  process.stdout.write(JSON.stringify({ questions: suite.length, top3: top3 / suite.length, mrr: rr / suite.length, answers }, null, 1));
}

main().catch((e) => { console.error(e); process.exit(1); });
