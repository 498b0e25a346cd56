/*
 * qunbook charts plugin: on the home page, each setup-step card shows how many of its checklist
 * items are ticked, read from the checklist plugin's saved progress (qunbook.storage('checklist'):
 * localStorage key "qunbook.checklist:" + the site's root URL; the current group profile's ticks, keyed
 * "<page url>#<checklist id>"). Without that progress, or without storage, the cards stay plain
 * links. Only text is written (textContent); nothing else on the page changes.
 */
(function () {
  'use strict';
  var cards = document.querySelectorAll('.home-step[data-checklist-page]');
  if (!cards.length) return;
  // The checklist plugin's store for this site (assets/qunbook/runtime.js scopes it by the site root).
  var stored = window.qunbook.storage('checklist').read();
  if (!stored || !Array.isArray(stored.profiles)) return;
  var profile = null;
  stored.profiles.forEach(function (p) {
    if (p && p.id === stored.current) profile = p;
  });
  profile = profile || stored.profiles[0];
  if (!profile || typeof profile.ticks !== 'object' || profile.ticks === null) return;
  Array.prototype.forEach.call(cards, function (card) {
    var page = card.getAttribute('data-checklist-page');
    var total = parseInt(card.getAttribute('data-checklist-items'), 10) || 0;
    var ticked = 0;
    Object.keys(profile.ticks).forEach(function (key) {
      if (key.indexOf(page + '#') !== 0) return;
      var items = profile.ticks[key];
      if (items && typeof items === 'object') {
        Object.keys(items).forEach(function (id) {
          if (items[id] === 1) ticked++;
        });
      }
    });
    var output = card.querySelector('.home-step-progress');
    if (!output || total <= 0) return;
    ticked = Math.min(ticked, total);
    // The plugin's string (i18n/<language>.yml, a site may override it).
    output.textContent = window.qunbook.msg('plugin.charts.progress', { ticked: ticked, total: total })
      + (ticked === total ? ' ✓' : '');
    if (ticked === total) card.classList.add('home-step-done');
    output.hidden = false;
  });
})();
