/*
 * Offline reading, in the page. With offline reading on, every page names the web app manifest
 * (<meta name="qunbook-offline">); then, over http(s), this links it, registers the site's service worker (sw.js at
 * the site root, same origin, so "default-src 'self'" holds) and runs "离线保存整本手册" in the
 * footer: it fetches offline-manifest.json, shows how much the whole handbook is, and on
 * confirmation puts every file of it in the worker's cache with progress; "移除离线副本" deletes it.
 *
 * Without the marker (offline reading off, or `qunbook serve`, where a worker would cache what live
 * reload replaces) it unregisters a worker of this site left from an earlier build and deletes its
 * caches. From file:// it does nothing: the control stays hidden.
 *
 * Loaded deferred as a file (CSP-safe); text goes into the page with textContent only.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || !/^https?:$/.test(location.protocol) || !('serviceWorker' in navigator)) {
    return;
  }
  // The site root: this script is <root>assets/js/offline.js, whatever the page's depth or base path.
  var root = script.src.replace(/assets\/js\/offline\.js(?:[?#].*)?$/, '');
  var prefix = 'qunbook-offline:' + root + ':';
  var listUrl = root + 'offline-manifest.json';
  var PARALLEL = 6;

  var marker = document.querySelector('meta[name="qunbook-offline"]');
  if (!marker) {
    forget();
    return;
  }
  var manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = root + 'manifest.webmanifest';
  document.head.appendChild(manifest);

  navigator.serviceWorker.register(root + 'sw.js', { scope: root }).then(function () {
    setUpControl();
    // This page loaded before the worker controlled it (a first visit), so it was not kept: ask for it.
    if (!navigator.serviceWorker.controller) {
      navigator.serviceWorker.ready.then(function (registration) {
        if (registration.active) {
          registration.active.postMessage({ keep: location.href });
        }
      });
    }
  }, function (error) {
    if (window.console) {
      console.warn('qunbook: offline reading is unavailable: ' + error);
    }
  });

  /** Offline reading is off here: remove this site's worker and caches (other sites' stay). */
  function forget() {
    navigator.serviceWorker.getRegistrations().then(function (registrations) {
      registrations.forEach(function (registration) {
        if (registration.scope === root) {
          registration.unregister();
        }
      });
    });
    if (window.caches) {
      caches.keys().then(function (names) {
        names.forEach(function (name) {
          if (name.indexOf(prefix) === 0) {
            caches['delete'](name);
          }
        });
      });
    }
  }

  function setUpControl() {
    var box = document.getElementById('offline-save');
    if (!box || !window.caches) {
      return;
    }
    var start = box.querySelector('.offline-save-start');
    var confirm = box.querySelector('.offline-save-confirm');
    var cancel = box.querySelector('.offline-save-cancel');
    var remove = box.querySelector('.offline-save-remove');
    var progress = box.querySelector('.offline-save-progress');
    var status = box.querySelector('.offline-save-status');
    var pending = null;

    function message(key, values) {
      return window.qunbook.format(box.getAttribute('data-msg-' + key) || '', values);
    }

    function show(states) {
      start.hidden = !states.start;
      confirm.hidden = !states.confirm;
      cancel.hidden = !states.confirm;
      remove.hidden = !states.remove;
      progress.hidden = !states.progress;
      start.disabled = !!states.busy;
    }

    function saved(list) {
      show({ start: false, remove: true });
      status.textContent = message('saved', { size: size(list.bytes) });
      box.setAttribute('data-state', 'saved');
    }

    caches.match(listUrl).then(function (kept) {
      box.hidden = false;
      if (kept) {
        return kept.json().then(saved);
      }
      show({ start: true });
      return null;
    })['catch'](function () {
      box.hidden = false;
      show({ start: true });
    });

    start.addEventListener('click', function () {
      show({ start: true, busy: true });
      status.textContent = message('checking');
      fetch(listUrl, { cache: 'no-cache' }).then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      }).then(function (list) {
        pending = list;
        show({ confirm: true });
        status.textContent = message('size', { files: list.files, size: size(list.bytes) });
        box.setAttribute('data-state', 'confirm');
        confirm.focus();
      })['catch'](failed);
    });

    cancel.addEventListener('click', function () {
      pending = null;
      show({ start: true });
      status.textContent = '';
      box.removeAttribute('data-state');
      start.focus();
    });

    confirm.addEventListener('click', function () {
      var list = pending;
      if (!list) {
        return;
      }
      show({ progress: true });
      box.setAttribute('data-state', 'saving');
      navigator.serviceWorker.ready.then(function () {
        return saveAll(list);
      }).then(function () {
        saved(list);
        remove.focus();
      })['catch'](failed);
    });

    remove.addEventListener('click', function () {
      caches.keys().then(function (names) {
        return Promise.all(names.filter(function (name) {
          return name.indexOf(prefix) === 0;
        }).map(function (name) {
          return caches['delete'](name);
        }));
      }).then(function () {
        show({ start: true });
        status.textContent = message('removed');
        box.setAttribute('data-state', 'removed');
        start.focus();
      })['catch'](failed);
    });

    function failed(error) {
      show({ start: true });
      status.textContent = message('failed', { error: error && error.message ? error.message : String(error) });
      box.setAttribute('data-state', 'failed');
    }

    /** Every file of the list into this build's cache; the list itself last, marking the handbook saved. */
    function saveAll(list) {
      var cacheName = prefix + list.version;
      var done = 0;
      var bytes = 0;
      var next = 0;
      progress.max = list.files || 1;
      progress.value = 0;
      report();
      return caches.open(cacheName).then(function (cache) {
        function lane() {
          if (next >= list.book.length) {
            return Promise.resolve();
          }
          var entry = list.book[next++];
          var url = root + entry[0];
          // A page read since this build's worker arrived is in its cache already.
          return cache.match(url).then(function (kept) {
            return kept || fetch(new Request(url, { cache: 'no-cache' })).then(function (response) {
              if (!response.ok) {
                throw new Error(entry[0] + ': HTTP ' + response.status);
              }
              return cache.put(url, response);
            });
          }).then(function () {
            done += 1;
            bytes += entry[1];
            report();
            return lane();
          });
        }
        var lanes = [];
        for (var i = 0; i < PARALLEL; i++) {
          lanes.push(lane());
        }
        return Promise.all(lanes).then(function () {
          return cache.put(listUrl, new Response(JSON.stringify(list),
            { headers: { 'Content-Type': 'application/json; charset=utf-8' } }));
        });
      });

      function report() {
        progress.value = done;
        status.textContent = message('progress',
          { done: done, files: list.files, bytes: size(bytes), size: size(list.bytes) });
      }
    }
  }

  /** 1.2 MB, 340 KB: decimal units, as phones show storage. */
  function size(bytes) {
    if (bytes >= 1000 * 1000) {
      return (bytes / 1000 / 1000).toFixed(1) + ' MB';
    }
    return Math.max(1, Math.round(bytes / 1000)) + ' KB';
  }
})();
