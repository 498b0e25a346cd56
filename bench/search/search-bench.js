#!/usr/bin/env node
// Search in the browser, qunbook against Pagefind, as readers meet it (bench/run --search).
//
//   node bench/search/search-bench.js --label NAME --qunbook SITE_DIR [--pagefind HUGO_OUT_DIR] [--out FILE.json]
//
// Serves each built site from 127.0.0.1 (a free port) with gzip, as most hosts do, and drives headless
// Chromium over the DevTools protocol (a pipe: no npm package needed). Each tool is queried through
// its own search: qunbook by typing into the header box of the home page (the query runs in its Web
// Worker) and waiting for the results on screen; Pagefind through its JS API (pagefind.js: init,
// search, then data() of the first 8 results, which is what a results list shows). Per tool:
// - cold: each query in a fresh browser context (empty cache) on a loaded page: bytes the server sent
//   from the first keystroke to the first results (gzip as sent, plus headers), and the time. qunbook
//   shows its options once their text files are in (snippets and section links; at most 300 ms), as
//   Pagefind's data() carries its excerpts and sub-results: those count; text files requested after
//   the results are shown (a slow network's, scrolled-to results) are counted apart;
// - warm: all queries one after the other in one page: the time of each query after the first (p50, p95);
// - the search files on disk.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { performance } = require('node:perf_hooks');

const QUERIES = ['社群 定位', '复购率 群主', '私域 裂变', '转化率 留存', '用户画像 朋友圈', '企业微信 欢迎语',
  '群公告 禁言', '客单价 活跃度', '社群运营 规则', '複購率 會員', '定位 留存', '裂变 群主', '朋友圈 转化率',
  '禁言 规则', '欢迎语 私域', '活跃度 留存', 'KOL', 'ARPU', 'GMV', '群', '私'];
const DEBOUNCE_MS = 120; // themes/default/assets/js/search.js: the box waits this long after a keystroke
const SHOWN = 8;

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
if (!args.qunbook && !args.pagefind) {
  console.error('usage: search-bench.js --label NAME --qunbook SITE_DIR [--pagefind HUGO_OUT_DIR] [--out FILE.json]');
  process.exit(2);
}

// ---------------------------------------------------------------- a gzip static server that counts bytes
const TEXT = /\.(html|js|mjs|css|json|svg|xml|txt)$/;
const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', mjs: 'text/javascript; charset=utf-8',
  css: 'text/css', json: 'application/json', wasm: 'application/wasm', svg: 'image/svg+xml' };

function serve(dir) {
  const log = [];
  const cache = new Map();
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      log.push({ t: performance.now(), path: rel, bytes: 150 });
      return;
    }
    const stat = fs.statSync(file);
    const etag = '"' + stat.size.toString(16) + '-' + Math.floor(stat.mtimeMs).toString(16) + '"';
    if (req.headers['if-none-match'] === etag) { // as static hosts answer a revalidation
      res.writeHead(304, { ETag: etag });
      res.end();
      log.push({ t: performance.now(), path: rel, bytes: 200 });
      return;
    }
    let body = cache.get(file);
    const gz = TEXT.test(file) && /gzip/.test(req.headers['accept-encoding'] || '');
    if (!body) {
      body = fs.readFileSync(file);
      cache.set(file, body);
    }
    if (gz) {
      const key = file + '.gz';
      if (!cache.has(key)) cache.set(key, zlib.gzipSync(body, { level: 6 }));
      body = cache.get(key);
    }
    const ext = path.extname(file).slice(1);
    const headers = { 'Content-Type': TYPES[ext] || 'application/octet-stream', 'Content-Length': body.length,
      'Cache-Control': 'no-cache', ETag: etag };
    if (gz) headers['Content-Encoding'] = 'gzip';
    if (ext === 'html' && args.csp !== 'off') headers['Content-Security-Policy'] = rel.includes('pf-bench') ? "default-src 'self' 'wasm-unsafe-eval'" : "default-src 'self'";
    res.writeHead(200, headers);
    res.end(body);
    log.push({ t: performance.now(), path: rel, bytes: body.length + 200 });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, log, url: 'http://127.0.0.1:' + server.address().port })));
}

// ---------------------------------------------------------------- Chromium over a DevTools pipe
function chromium() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'qb-search-bench-'));
  const proc = spawn(process.env.CHROMIUM || '/usr/bin/chromium', ['--headless=new', '--no-sandbox', '--disable-gpu',
    '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--remote-debugging-pipe', '--user-data-dir=' + profile, 'about:blank'],
  { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const out = proc.stdio[3], inp = proc.stdio[4];
  let next = 0, buffer = '';
  const waiting = new Map(), listeners = [];
  inp.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let end;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const msg = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (msg.id && waiting.has(msg.id)) {
        const w = waiting.get(msg.id);
        waiting.delete(msg.id);
        if (msg.error) w.reject(new Error(JSON.stringify(msg.error))); else w.resolve(msg.result);
      } else if (msg.method) {
        listeners.slice().forEach((l) => l(msg));
      }
    }
  });
  function send(method, params, sessionId) {
    const id = ++next;
    out.write(JSON.stringify({ id, method, params: params || {}, sessionId }) + '\0');
    return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
  }
  function once(method, sessionId) {
    return new Promise((resolve) => {
      const l = (msg) => {
        if (msg.method === method && msg.sessionId === sessionId) {
          listeners.splice(listeners.indexOf(l), 1);
          resolve(msg.params);
        }
      };
      listeners.push(l);
    });
  }
  async function page(url) {
    const { browserContextId } = await send('Target.createBrowserContext', { disposeOnDetach: true });
    const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    await send('Page.enable', {}, sessionId);
    await send('Runtime.enable', {}, sessionId);
    const loaded = once('Page.loadEventFired', sessionId);
    await send('Page.navigate', { url }, sessionId);
    await loaded;
    return {
      async evaluate(expression) {
        const r = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
        if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails).slice(0, 500));
        return r.result.value;
      },
      close: () => send('Target.disposeBrowserContext', { browserContextId })
    };
  }
  const exited = new Promise((resolve) => proc.on('exit', resolve));
  return {
    page,
    close: async () => {
      proc.kill();
      await exited;
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    }
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- each tool's own search
const QUNBOOK = {
  name: 'qunbook',
  page: '/',
  // Focus (which starts loading the search) and type the query at once; resolves when the results are
  // on screen. ms: from the keystroke, less the box's debounce.
  run: (q) => `new Promise((resolve, reject) => {
    const mount = document.getElementById('site-search'), input = document.getElementById('site-search-input');
    const t0 = performance.now();
    const done = (e) => { if (e.detail.query !== ${JSON.stringify(q)}) return; mount.removeEventListener('qunbook:search-results', done);
      resolve({ ms: performance.now() - t0 - ${DEBOUNCE_MS}, queryMs: e.detail.ms,
        count: document.querySelectorAll('#site-search-listbox [role=option]').length,
        first: (document.querySelector('#site-search-listbox a') || {}).href || '' }); };
    mount.addEventListener('qunbook:search-results', done);
    setTimeout(() => reject(new Error('no results event for ' + ${JSON.stringify(q)})), 30000);
    input.focus(); input.value = ${JSON.stringify(q)}; input.dispatchEvent(new Event('input', { bubbles: true }));
  })`,
  later: (r) => r.queryMs,
  snippet: (p) => p.startsWith('/search/texts/'),
  files: (dir) => [path.join(dir, 'search'), path.join(dir, 'assets/search')]
};

const PAGEFIND = {
  name: 'pagefind',
  page: '/pf-bench.html',
  run: (q) => `(async () => {
    const t0 = performance.now();
    if (!window.pf) { window.pf = await import('/pagefind/pagefind.js'); await window.pf.init(); }
    const found = await window.pf.search(${JSON.stringify(q)});
    const shown = await Promise.all(found.results.slice(0, ${SHOWN}).map((r) => r.data()));
    const ms = performance.now() - t0;
    return { ms, queryMs: ms, count: shown.length, first: shown[0] ? shown[0].url : '' };
  })()`,
  later: (r) => r.ms,
  snippet: () => false,
  files: (dir) => [path.join(dir, 'pagefind')]
};

function du(p) {
  if (!fs.existsSync(p)) return 0;
  const s = fs.statSync(p);
  if (!s.isDirectory()) return s.size;
  return fs.readdirSync(p).reduce((n, f) => n + du(path.join(p, f)), 0);
}

function gzipDu(p) {
  if (!fs.existsSync(p)) return 0;
  const s = fs.statSync(p);
  if (!s.isDirectory()) return TEXT.test(p) ? zlib.gzipSync(fs.readFileSync(p)).length : s.size;
  return fs.readdirSync(p).reduce((n, f) => n + gzipDu(path.join(p, f)), 0);
}

function pct(list, p) {
  const a = list.slice().sort((x, y) => x - y);
  if (!a.length) return NaN;
  return a[Math.min(a.length - 1, Math.ceil(p / 100 * a.length) - 1)];
}

async function bench(tool, dir, browser) {
  const { server, log, url } = await serve(path.resolve(dir));
  try {
    const cold = [];
    for (const q of QUERIES) {
      const page = await browser.page(url + tool.page);
      await sleep(200);
      const mark = performance.now();
      const r = await page.evaluate(tool.run(q));
      const end = performance.now();
      await sleep(300); // let the snippet requests arrive, to count them apart
      const after = log.filter((e) => e.t >= mark);
      const toResults = after.filter((e) => e.t <= end).reduce((n, e) => n + e.bytes, 0);
      const snippets = after.filter((e) => e.t > end && tool.snippet(e.path)).reduce((n, e) => n + e.bytes, 0);
      cold.push({ query: q, ms: r.ms, bytes: toResults, snippetBytes: snippets, count: r.count, first: r.first });
      await page.close();
    }
    const page = await browser.page(url + tool.page);
    await sleep(200);
    const later = [];
    // two rounds, the second starting one query later: a search box does not search again for the query it shows
    const sequence = QUERIES.concat(QUERIES.slice(1), QUERIES.slice(0, 1));
    for (const [i, q] of sequence.entries()) {
      const r = await page.evaluate(tool.run(q));
      if (i > 0) later.push(tool.later(r));
    }
    await page.close();
    const files = tool.files(path.resolve(dir));
    return {
      tool: tool.name,
      cold,
      bytesMedian: pct(cold.map((c) => c.bytes), 50),
      bytesMax: Math.max(...cold.map((c) => c.bytes)),
      snippetBytesMedian: pct(cold.map((c) => c.snippetBytes), 50),
      firstMsMedian: pct(cold.map((c) => c.ms), 50),
      firstMsMax: Math.max(...cold.map((c) => c.ms)),
      laterP50: pct(later, 50),
      laterP95: pct(later, 95),
      searchFilesBytes: files.reduce((n, f) => n + du(f), 0),
      searchFilesGzipBytes: files.reduce((n, f) => n + gzipDu(f), 0),
      outputBytes: du(path.resolve(dir))
    };
  } finally {
    server.close();
  }
}

async function main() {
  const browser = chromium();
  const results = [];
  try {
    if (args.qunbook) results.push(await bench(QUNBOOK, args.qunbook, browser));
    if (args.pagefind) {
      fs.writeFileSync(path.join(args.pagefind, 'pf-bench.html'),
        '<!doctype html><html><head><meta charset="utf-8"><title>pagefind bench</title></head><body></body></html>\n');
      results.push(await bench(PAGEFIND, args.pagefind, browser));
    }
  } finally {
    await browser.close();
  }
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`search in Chromium, ${args.label || ''}: ${QUERIES.length} queries (16 two-term Chinese, 3 Latin acronyms, 2 single characters)`);
  console.log('tool      bytes to first results KB (median / max)  first results ms (median / max)  later p50 / p95 ms  search files KB (gzip)  output MB');
  for (const r of results) {
    console.log(`${r.tool.padEnd(9)} ${(kb(r.bytesMedian) + ' / ' + kb(r.bytesMax)).padEnd(42)} ${(r.firstMsMedian.toFixed(0) + ' / ' + r.firstMsMax.toFixed(0)).padEnd(32)} ${(r.laterP50.toFixed(1) + ' / ' + r.laterP95.toFixed(1)).padEnd(19)} ${(kb(r.searchFilesBytes) + ' (' + kb(r.searchFilesGzipBytes) + ')').padEnd(23)} ${(r.outputBytes / 1048576).toFixed(1)}`);
    if (r.snippetBytesMedian) console.log(`          + snippet texts after the first results: ${kb(r.snippetBytesMedian)} KB (median)`);
    const empty = r.cold.filter((c) => !c.count).map((c) => c.query);
    if (empty.length) console.log(`          no results for: ${empty.join(', ')}`);
  }
  if (args.out) fs.writeFileSync(args.out, JSON.stringify(results, null, 1));
}

main().catch((e) => { console.error(e); process.exit(1); });
