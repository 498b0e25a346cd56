/*
 * Review state in the browser. Pages carry the date their next review is due; whether that has
 * passed depends on today, which the build does not read (builds are byte-reproducible), so it is
 * worked out here:
 *   - a content page's "待审阅" notice (.review-notice[data-review-due]) is shown once the due
 *     date has passed;
 *   - the review page's table ([data-review-table]) gets each row's state (overdue, due within
 *     30 days, fine), the counts, and sortable columns (buttons in the headings).
 * Loaded deferred as a file (CSP-safe); text goes into the page with textContent only.
 */
(function () {
  'use strict';

  var DAY = 24 * 60 * 60 * 1000;
  var SOON_DAYS = 30;

  /** Today as YYYY-MM-DD in the reader's time zone (what "today" means to them). */
  function today() {
    var now = new Date();
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return now.getFullYear() + '-' + two(now.getMonth() + 1) + '-' + two(now.getDate());
  }

  function daysBetween(from, to) {
    return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / DAY);
  }

  /** 'overdue', 'soon', 'fine', or '' (no due date). */
  function state(due, now) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due || '')) {
      return '';
    }
    var left = daysBetween(now, due);
    return left < 0 ? 'overdue' : left <= SOON_DAYS ? 'soon' : 'fine';
  }

  var now = today();

  var notices = document.querySelectorAll('.review-notice[data-review-due]');
  for (var i = 0; i < notices.length; i++) {
    if (state(notices[i].getAttribute('data-review-due'), now) === 'overdue') {
      notices[i].hidden = false;
    }
  }

  var table = document.querySelector('[data-review-table]');
  if (!table || !table.tBodies.length) {
    return;
  }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var counts = { overdue: 0, soon: 0, fine: 0 };
  var rank = { overdue: 0, soon: 1, fine: 2, '': 3 };
  rows.forEach(function (row) {
    var s = state(row.getAttribute('data-due'), now);
    row.setAttribute('data-state', s);
    if (s) {
      counts[s]++;
      var cell = row.querySelector('.review-state');
      cell.textContent = table.getAttribute('data-label-' + s) || s;
      cell.className = 'review-state review-' + s;
    }
  });
  var countLine = document.querySelector('[data-review-counts]');
  if (countLine) {
    countLine.textContent = window.qunbook.format(table.getAttribute('data-label-counts') || '{overdue} / {soon} / {fine}',
      counts);
    countLine.hidden = false;
  }

  var collator = typeof Intl !== 'undefined' && Intl.Collator
    ? new Intl.Collator(document.documentElement.lang || 'zh-CN') : null;
  function compareText(a, b) {
    // Empty values (no owner, no date) last whichever the direction.
    if (!a !== !b) { return !a ? 1 : -1; }
    return collator ? collator.compare(a, b) : (a < b ? -1 : a > b ? 1 : 0);
  }
  function key(row, column) {
    switch (column) {
      case 'state': return String(rank[row.getAttribute('data-state') || '']);
      case 'due': return row.getAttribute('data-due') || '';
      default: return row.getAttribute('data-' + column) || '';
    }
  }

  var headings = table.tHead ? table.tHead.querySelectorAll('th[data-sort]') : [];
  Array.prototype.forEach.call(headings, function (th) {
    var button = th.querySelector('button');
    if (!button) { return; }
    button.addEventListener('click', function () {
      var column = th.getAttribute('data-sort');
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(headings, function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var sorted = rows.slice().sort(function (a, b) {
        var ka = key(a, column), kb = key(b, column);
        var order = (!ka || !kb) ? compareText(ka, kb) : compareText(ka, kb) * (ascending ? 1 : -1);
        return order || compareText(a.getAttribute('data-title'), b.getAttribute('data-title'));
      });
      sorted.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
