/*
 * Fetches one board (or one goal, for the goal panel) from the app's REST resources. Resolves with
 * {board} (or {goal}) on success and with
 * {error} otherwise: the server's own message (translated on the server, from its JSON
 * {code, message}) for a 400 or 404, or the network message when nothing usable came back. It never
 * rejects, so the item has one place that turns the outcome into a state.
 */
define('account-goals/board/fetch', [], function () {
  'use strict';

  function boardUrl(contextPath, project, quarter) {
    var url = contextPath + '/rest/account-goals/1.0/board?project=' + encodeURIComponent(project);
    return quarter ? url + '&quarter=' + encodeURIComponent(quarter) : url;
  }

  function goalUrl(contextPath, issueKey) {
    return contextPath + '/rest/account-goals/1.0/goals/' + encodeURIComponent(issueKey);
  }

  /*
   * options: contextPath, project, quarter (empty for the current one), networkMessage (the text
   * for a failure without a server message), fetch (the window's fetch; a parameter for tests).
   */
  function loadBoard(options) {
    return load(boardUrl(options.contextPath, options.project, options.quarter), 'board', options);
  }

  /* options: contextPath, issueKey, networkMessage, fetch (as for loadBoard). */
  function loadGoal(options) {
    return load(goalUrl(options.contextPath, options.issueKey), 'goal', options);
  }

  function load(url, name, options) {
    var request = options.fetch(url, {
      credentials: 'same-origin',
      headers: {Accept: 'application/json'}
    });
    return request.then(function (response) {
      return response.json().then(function (body) {
        if (response.ok) {
          var result = {};
          result[name] = body;
          return result;
        }
        return {error: body && typeof body.message === 'string' && body.message ? body.message : options.networkMessage,
          code: body && body.code};
      }, function () {
        return {error: options.networkMessage};
      });
    }, function () {
      return {error: options.networkMessage};
    });
  }

  return {loadBoard: loadBoard, boardUrl: boardUrl, loadGoal: loadGoal, goalUrl: goalUrl};
});
