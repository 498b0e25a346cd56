/*
 * glossary plugin: shows a term's tooltip (the role="tooltip" element its link's
 * aria-describedby points at) on hover, on keyboard focus and on tap; Escape hides it.
 * On touch screens the first tap on a term shows the tooltip and the second follows the link.
 * Without this script the links still work and the tooltips stay hidden (title is the fallback).
 * Classic deferred script, no inline code: works under CSP default-src 'self' and from file://.
 */
(function () {
  'use strict';

  var open = null;
  var lastPointer = '';
  var openBeforeTap = false;

  function tipOf(link) {
    var id = link.getAttribute('aria-describedby');
    return id ? document.getElementById(id) : null;
  }

  function show(link) {
    if (open && open !== link) {
      hide(open);
    }
    var tip = tipOf(link);
    if (tip) {
      tip.hidden = false;
      open = link;
    }
  }

  function hide(link) {
    var tip = tipOf(link);
    if (tip) {
      tip.hidden = true;
    }
    if (open === link) {
      open = null;
    }
  }

  function wire(link) {
    var wrapper = link.parentNode;
    // The script shows the real tooltip; a native title tooltip on top would be noise.
    link.removeAttribute('title');
    wrapper.addEventListener('mouseenter', function () { show(link); });
    wrapper.addEventListener('mouseleave', function () {
      if (document.activeElement !== link) {
        hide(link);
      }
    });
    link.addEventListener('focus', function () { show(link); });
    link.addEventListener('blur', function () { hide(link); });
    link.addEventListener('pointerdown', function (event) {
      lastPointer = event.pointerType || '';
      openBeforeTap = open === link;
    });
    link.addEventListener('click', function (event) {
      if (lastPointer === 'touch' && !openBeforeTap) {
        event.preventDefault();
        show(link);
      }
      lastPointer = '';
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
    if (open && !open.parentNode.contains(event.target)) {
      hide(open);
    }
  });
})();
