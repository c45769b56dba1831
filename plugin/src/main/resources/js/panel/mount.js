/*
 * The goal panel's entry point. The issue view's web panel renders a container
 * <div class="ag-panel-root" data-ag-panel data-issue-key="KEY"> (templates/panel/goal-panel.vm);
 * mountAll(root) finds every such container under root that is not drawn yet and draws the panel in
 * it: the loading line, then the goal from GET /rest/account-goals/1.0/goals/{KEY}, or the server's
 * message with a button to try again. mount(element) does it for one container. Both take an
 * optional fetch (the window's by default), for tests and the preview.
 */
define('account-goals/panel/mount', [
  'account-goals/panel/render',
  'account-goals/panel/strings',
  'account-goals/board/format',
  'account-goals/board/fetch',
  'account-goals/common/parts',
  'wrm/context-path'
], function (render, strings, format, fetcher, parts, contextPath) {
  'use strict';

  var show = parts.show;
  var SELECTOR = '[data-ag-panel]';
  var MOUNTED = 'data-ag-mounted';
  var instances = 0;

  function env(element) {
    var doc = element.ownerDocument;
    return {
      doc: doc,
      t: strings.text,
      fmt: format.create(format.localeOf(doc), strings.text),
      contextPath: contextPath(),
      narrow: element.clientWidth > 0 && element.clientWidth < 560,
      idPrefix: 'ag-panel-' + (++instances) + '-'
    };
  }

  function mount(element, fetch) {
    var key = element.getAttribute('data-issue-key');
    var view = env(element);
    var win = element.ownerDocument.defaultView;
    element.setAttribute(MOUNTED, 'true');
    show(element, render.loading(view, key));
    return fetcher.loadGoal({
      contextPath: view.contextPath,
      issueKey: key,
      networkMessage: strings.text('account-goals.board.error.network'),
      fetch: fetch || win.fetch.bind(win)
    }).then(function (result) {
      if (result.goal) {
        show(element, render.panel(result.goal, view));
        return;
      }
      show(element, render.error(view, result.error, function () {
        mount(element, fetch).then(function () {
          var heading = element.querySelector('h4, button');
          if (heading) {
            heading.setAttribute('tabindex', '-1');
            heading.focus();
          }
        });
      }));
    });
  }

  function mountAll(root, fetch) {
    var found = root.querySelectorAll(SELECTOR);
    var pending = [];
    for (var i = 0; i < found.length; i++) {
      if (!found[i].hasAttribute(MOUNTED)) {
        pending.push(mount(found[i], fetch));
      }
    }
    return Promise.all(pending);
  }

  return {mount: mount, mountAll: mountAll, SELECTOR: SELECTOR};
});
