/*
 * qunbook's service worker: offline reading (offline: { enabled: true } in qunbook.yml).
 *
 * - The site shell (stylesheets, scripts, icons under assets/) is cached when the worker installs
 *   and served cache-first: its cache is named after this build's version, a hash of every file of
 *   the site, so a new build installs a new worker with a new cache.
 * - Pages, search files and everything else are network-first: a reader online always gets the
 *   current build; each answer is kept, and served when the network fails. A network that does not
 *   answer within NETWORK_WAIT_MS (a weak signal in a store or on the road) does not keep a reader
 *   waiting for a page already kept: the kept copy is shown, and a late answer still replaces it.
 * - A new worker carries over what readers kept, fetched again from the new build (a page that is
 *   gone keeps its old copy); if the whole handbook was saved (offline-manifest.json is in the
 *   cache), it saves the new build's whole list, copying the files whose hash did not change.
 *   Activating deletes the older caches.
 * - "离线保存整本手册" (the theme's offline.js) fills the same cache from offline-manifest.json.
 *
 * Made by the build from this file, the line below replaced by this build's settings.
 */
'use strict';

/* qunbook:settings */

const SCOPE = self.registration.scope; // the site root, e.g. https://example.org/handbook/
const PREFIX = 'qunbook-offline:' + SCOPE + ':';
const CACHE = PREFIX + VERSION;
const FILE_LIST = 'offline-manifest.json';
const PARALLEL = 6;
/** How long a request with a kept copy waits for the network before the copy is shown. */
const NETWORK_WAIT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(SHELL.map((path) => new Request(SCOPE + path, { cache: 'reload' })));
    await carryOver(cache);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) {
        await caches.delete(name);
      }
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) {
    return;
  }
  const url = new URL(request.url);
  const key = url.origin + url.pathname; // ?highlight=…, ?q=… are read by the page, not the server
  const path = key.slice(SCOPE.length);
  if (path === FILE_LIST || path === 'sw.js') {
    return; // the list is the page's to keep (it marks the whole handbook as saved)
  }
  event.respondWith(path.startsWith('assets/') ? cacheFirst(event, key) : networkFirst(event, key));
});

/*
 * A page asks to be kept when it was loaded before this worker controlled it (the reader's first
 * page of the site, usually the home page): its load did not pass through here.
 */
self.addEventListener('message', (event) => {
  const url = event.data && event.data.keep;
  if (typeof url !== 'string' || !url.startsWith(SCOPE)) {
    return;
  }
  const parsed = new URL(url);
  const key = parsed.origin + parsed.pathname;
  event.waitUntil((async () => {
    try {
      const response = await fetch(key);
      if (keepable(null, response)) {
        await keep(key, response);
      }
    } catch (e) {
      // offline: nothing to keep
    }
  })());
});

async function cacheFirst(event, key) {
  const cached = await caches.match(key, { cacheName: CACHE });
  if (cached) {
    return cached;
  }
  const response = await fetch(event.request);
  keepLater(event, key, response);
  return response;
}

/**
 * Keeps a copy of an answer while the answer itself goes to the page at once: a copy that cannot be
 * stored (storage full) must not cost the reader the page.
 */
function keepLater(event, key, response) {
  if (keepable(event.request, response)) {
    event.waitUntil(keep(key, response.clone()).catch(() => undefined));
  }
}

async function networkFirst(event, key) {
  const request = event.request;
  const fetching = fetch(request).then((response) => {
    keepLater(event, key, response);
    return response;
  });
  const cached = await caches.match(key);
  if (!cached) {
    try {
      return await fetching;
    } catch (offline) {
      if (request.mode === 'navigate') {
        return unavailable();
      }
      throw offline;
    }
  }
  // A late answer is still kept (the worker stays alive for it), for the next visit.
  event.waitUntil(fetching.catch(() => undefined));
  let timer;
  const waited = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), NETWORK_WAIT_MS);
  });
  try {
    return (await Promise.race([fetching, waited])) || cached;
  } catch (offline) {
    return cached;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Puts an answer in this worker's cache, unless a newer worker has replaced this one: its requests
 * still in flight must not bring back the cache that the newer one deleted when it activated.
 */
async function keep(key, response) {
  const names = await caches.keys();
  if (!names.includes(CACHE) && names.some((name) => name.startsWith(PREFIX))) {
    return;
  }
  await (await caches.open(CACHE)).put(key, response);
}

/**
 * A whole (200, not an answer to a Range request: the cache refuses 206, as audio and video
 * fetch), same-origin answer that was not redirected (a redirect cannot answer a navigation).
 */
function keepable(request, response) {
  return response.status === 200 && response.type === 'basic' && !response.redirected
      && !(request && request.headers.has('range'));
}

/** A path of the site as the browser spells its URL (percent-encoded), the cache's keys. */
function siteUrl(path) {
  return new URL(SCOPE + path).href;
}

function unavailable() {
  const text = '<!doctype html><html lang="' + LANGUAGE + '"><meta charset="utf-8">'
      + '<meta name="viewport" content="width=device-width, initial-scale=1"><title>' + escapeHtml(UNAVAILABLE)
      + '</title><p>' + escapeHtml(UNAVAILABLE) + '</p></html>';
  return new Response(text, {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'self'" },
  });
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
}

/**
 * What older caches of this site hold, into the new one: the whole new list if the reader had
 * saved the whole handbook, else each kept page fetched again. A file that cannot be fetched keeps
 * its old copy, so nothing readable offline is lost by an update.
 */
async function carryOver(cache) {
  const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
  if (older.length === 0) {
    return;
  }
  const kept = new Map();
  let savedBook = false;
  let oldList = null;
  for (const name of older) {
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      if (request.url === SCOPE + FILE_LIST) {
        savedBook = true;
        oldList = await old.match(request);
      } else if (!request.url.startsWith(SCOPE + 'assets/')) {
        kept.set(request.url, old);
      }
    }
  }
  let urls = [...kept.keys()];
  let list = null;
  const unchanged = new Set(); // saved files whose bytes this build did not change: copied, not downloaded
  if (savedBook) {
    try {
      const response = await fetch(SCOPE + FILE_LIST, { cache: 'reload' });
      list = await response.json();
      urls = [...new Set(urls.concat(list.book.map((entry) => siteUrl(entry[0]))))];
      const before = new Map((await oldList.clone().json()).book.map((entry) => [siteUrl(entry[0]), entry[2]]));
      list.book.forEach((entry) => {
        if (entry[2] && before.get(siteUrl(entry[0])) === entry[2]) {
          unchanged.add(siteUrl(entry[0]));
        }
      });
    } catch (e) {
      list = null; // keep what was saved; the reader can save again
    }
  }
  await inParallel(urls, async (url) => {
    const old = kept.get(url);
    const same = unchanged.has(url) && old && await old.match(url);
    if (same) {
      await cache.put(url, same);
      return;
    }
    try {
      const response = await fetch(url, { cache: 'reload' });
      if (keepable(null, response)) {
        await cache.put(url, response);
        return;
      }
    } catch (e) {
      // offline or gone: the old copy below
    }
    const copy = old && await old.match(url);
    if (copy) {
      await cache.put(url, copy);
    }
  });
  if (list) {
    await cache.put(SCOPE + FILE_LIST, new Response(JSON.stringify(list), {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    }));
  } else if (oldList) {
    await cache.put(SCOPE + FILE_LIST, oldList);
  }
}

async function inParallel(items, work) {
  let next = 0;
  const lanes = [];
  for (let i = 0; i < Math.min(PARALLEL, items.length); i++) {
    lanes.push((async () => {
      while (next < items.length) {
        await work(items[next++]);
      }
    })());
  }
  await Promise.all(lanes);
}
