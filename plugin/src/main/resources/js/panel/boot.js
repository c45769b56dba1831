/*
 * Starts the goal panel on the issue view: once the page is ready, and again whenever Jira puts new
 * content into the page (the issue navigator loads an issue without reloading the page), every
 * goal-panel container not drawn yet is drawn. Jira's AMD loader provides the global require.
 */
(function () {
  'use strict';

  /* global require */
  function start() {
    require(['account-goals/panel/mount'], function (panel) {
      panel.mountAll(document);
      if (window.MutationObserver) {
        new MutationObserver(function () {
          panel.mountAll(document);
        }).observe(document.body, {childList: true, subtree: true});
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
