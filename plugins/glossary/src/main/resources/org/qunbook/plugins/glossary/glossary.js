/*
 * glossary plugin: shows a term's tooltip (the role="tooltip" element its link's
 * aria-describedby points at) on hover, on keyboard focus and on tap; Escape hides it.
 * On touch screens the first tap on a term shows the tooltip and the second follows the link.
 * Without this script the links still work and the tooltips stay hidden (title is the fallback).
 * Classic deferred script, no inline code: works under CSP default-src 'self' and from file://.
 * Needs the core's runtime (assets/qunbook/runtime.js, linked before every plugin script) for its words.
 *
 * Placement: the tooltip is position: fixed and placed here from the link's box, so it never
 * widens the page (near the right edge it is moved left, near the bottom it flips above) and is
 * not clipped by a scrolling table around the link. On narrow screens it is a bottom sheet with the
 * term, its definition, "查看词条 →" and a close button; opened by touch on a wider screen it also
 * gets the "查看词条 →" link, since the first tap only opened it.
 */
(function () {
  'use strict';

  // The sheet's words are the plugin's UI strings (i18n/*.yml, a site may override them), from the runtime.
  var TEXT = {
    more: window.qunbook.msg('plugin.glossary.tooltip.more'),
    close: window.qunbook.msg('plugin.glossary.tooltip.close')
  };
  var MARGIN = 8;
  var GAP = 6;

  var open = null;
  var lastPointer = '';
  var openBeforeTap = false;
  var hideTimer = null;
  var narrow = window.matchMedia ? window.matchMedia('(max-width: 720px)') : { matches: false };

  function tipOf(link) {
    var id = link.getAttribute('aria-describedby');
    return id ? document.getElementById(id) : null;
  }

  /** The "查看词条 →" link and the sheet's heading and close button, made once per tooltip. */
  function extras(link, tip) {
    if (tip.querySelector('.glossary-tip-more')) {
      return;
    }
    var text = document.createElement('span');
    text.className = 'glossary-tip-text';
    while (tip.firstChild) {
      text.appendChild(tip.firstChild);
    }
    var term = document.createElement('strong');
    term.className = 'glossary-tip-term';
    term.textContent = link.getAttribute('data-term') || link.textContent;
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'glossary-tip-close';
    close.setAttribute('aria-label', TEXT.close);
    close.title = TEXT.close;
    close.textContent = '×';
    close.tabIndex = -1;
    close.addEventListener('click', function (event) {
      event.preventDefault();
      hide(link);
    });
    var more = document.createElement('a');
    more.className = 'glossary-tip-more';
    more.href = link.getAttribute('href');
    more.textContent = TEXT.more;
    // The term link itself goes there for keyboard users; this one is for pointers.
    more.tabIndex = -1;
    tip.appendChild(term);
    tip.appendChild(text);
    tip.appendChild(more);
    tip.appendChild(close);
  }

  function place(link, tip) {
    var sheet = !!narrow.matches;
    tip.classList.toggle('glossary-tip-sheet', sheet);
    if (sheet) {
      tip.style.left = '';
      tip.style.top = '';
      return;
    }
    tip.style.left = '0px';
    tip.style.top = '0px';
    var box = link.getBoundingClientRect();
    var width = tip.offsetWidth;
    var height = tip.offsetHeight;
    var viewWidth = document.documentElement.clientWidth;
    var viewHeight = window.innerHeight;
    var left = Math.max(MARGIN, Math.min(box.left, viewWidth - width - MARGIN));
    var top = box.bottom + GAP;
    if (top + height > viewHeight - MARGIN && box.top - GAP - height >= MARGIN) {
      top = box.top - GAP - height;
    }
    tip.style.left = Math.round(left) + 'px';
    tip.style.top = Math.round(top) + 'px';
  }

  function show(link, byTouch) {
    clearTimeout(hideTimer);
    if (open && open !== link) {
      hide(open);
    }
    var tip = tipOf(link);
    if (!tip) {
      return;
    }
    var rich = byTouch || narrow.matches;
    if (rich) {
      extras(link, tip);
    }
    tip.classList.toggle('glossary-tip-rich', rich);
    tip.hidden = false;
    open = link;
    place(link, tip);
  }

  function hide(link) {
    clearTimeout(hideTimer);
    var tip = tipOf(link);
    if (tip) {
      tip.hidden = true;
      tip.classList.remove('glossary-tip-rich');
    }
    if (open === link) {
      open = null;
    }
  }

  function wire(link) {
    var wrapper = link.parentNode;
    // The script shows the real tooltip; a native title tooltip on top would be noise.
    link.removeAttribute('title');
    wrapper.addEventListener('mouseenter', function () {
      if (lastPointer !== 'touch') {
        show(link, false);
      }
    });
    wrapper.addEventListener('mouseleave', function () {
      if (document.activeElement !== link && lastPointer !== 'touch') {
        // A moment to cross the gap between the term and its tooltip.
        clearTimeout(hideTimer);
        hideTimer = setTimeout(function () { hide(link); }, 200);
      }
    });
    link.addEventListener('focus', function () { show(link, false); });
    link.addEventListener('blur', function () {
      if (lastPointer !== 'touch') {
        hide(link);
      }
    });
    link.addEventListener('pointerdown', function (event) {
      lastPointer = event.pointerType || '';
      openBeforeTap = open === link;
    });
    link.addEventListener('click', function (event) {
      if (lastPointer === 'touch' && !openBeforeTap) {
        event.preventDefault();
        show(link, true);
      }
    });
  }

  var links = document.querySelectorAll('a.glossary-term[aria-describedby]');
  for (var i = 0; i < links.length; i++) {
    wire(links[i]);
  }

  document.addEventListener('keydown', function (event) {
    if ((event.key === 'Escape' || event.key === 'Esc') && open) {
      hide(open);
    }
  });

  document.addEventListener('pointerdown', function (event) {
    lastPointer = event.pointerType || '';
    if (open && !open.parentNode.contains(event.target)) {
      hide(open);
    }
  });

  // A tooltip follows its term when the page or a table scrolls; the sheet stays put.
  var pending = false;
  function follow() {
    pending = false;
    if (open && !narrow.matches) {
      var box = open.getBoundingClientRect();
      if (box.bottom < 0 || box.top > window.innerHeight) {
        hide(open);
      } else {
        place(open, tipOf(open));
      }
    }
  }
  function schedule() {
    if (open && !pending && window.requestAnimationFrame) {
      pending = true;
      window.requestAnimationFrame(follow);
    }
  }
  window.addEventListener('scroll', schedule, { passive: true, capture: true });
  window.addEventListener('resize', function () {
    if (open) {
      place(open, tipOf(open));
    }
  });

  // The index's topic filter: one topic's terms (and the letters that have any), or all.
  var filter = document.querySelector('.glossary-topics');
  if (filter) {
    var index = filter.parentNode;
    filter.addEventListener('click', function (event) {
      var button = event.target && event.target.closest ? event.target.closest('button[data-topic]') : null;
      if (!button) {
        return;
      }
      var topic = button.getAttribute('data-topic');
      filter.querySelectorAll('button[data-topic]').forEach(function (other) {
        other.setAttribute('aria-pressed', other === button ? 'true' : 'false');
      });
      index.querySelectorAll('.glossary-letter').forEach(function (letter) {
        var shown = 0;
        letter.querySelectorAll('dt, dd').forEach(function (entry) {
          var match = topic === '' || entry.getAttribute('data-topic') === topic;
          entry.hidden = !match;
          shown += match ? 1 : 0;
        });
        letter.hidden = shown === 0;
      });
      index.querySelectorAll('.glossary-jump a').forEach(function (link) {
        var target = document.getElementById(link.getAttribute('href').slice(1));
        link.classList.toggle('glossary-jump-off', !!target && target.hidden);
      });
    });
  }
})();
