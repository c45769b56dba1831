/*
 * The pieces of rendering that the QBR board and the goal panel share: a goal's words and shapes
 * (health, outcome, light), DOM builders that put every text from the data in as a text node, the
 * progress bar with the plan's mark, the hand-drawn trajectory chart and its legend, and the
 * server's messages (an i18n key with typed arguments) in the reader's language. Pure functions of
 * their arguments and env: env.doc (the document to build in), env.t(key, args) (translated text),
 * env.fmt (account-goals/board/format), env.contextPath (Jira's context path).
 */
define('account-goals/common/parts', [], function () {
  'use strict';

  var COLOURS = {
    GREEN: {glyph: '\u25cf', lozenge: 'success', word: 'account-goals.trafficlight.colour.GREEN'},
    AMBER: {glyph: '\u25b2', lozenge: 'moved', word: 'account-goals.trafficlight.colour.AMBER'},
    RED: {glyph: '\u25a0', lozenge: 'error', word: 'account-goals.trafficlight.colour.RED'},
    NONE: {glyph: '\u25cb', lozenge: 'default', word: 'account-goals.board.colour.none'}
  };
  var HEALTH = {
    ON_TRACK: {glyph: '\u2713', lozenge: 'success', word: 'account-goals.health.on-track'},
    WATCH: {glyph: '\u25c6', lozenge: 'moved', word: 'account-goals.health.watch'},
    BEHIND: {glyph: '\u25bc', lozenge: 'moved', word: 'account-goals.health.behind'},
    OFF_TRACK: {glyph: '\u2715', lozenge: 'error', word: 'account-goals.health.off-track'},
    NOT_MEASURED: {glyph: '\u25cb', lozenge: 'default', word: 'account-goals.health.not-measured'}
  };
  var OUTCOMES = {
    MET_ON_TIME: {glyph: '\u2713', lozenge: 'success', word: 'account-goals.goal.outcome.met-on-time'},
    MET_LATE: {glyph: '\u2713', lozenge: 'success', word: 'account-goals.goal.outcome.met-late'},
    DONE: {glyph: '\u2713', lozenge: 'success', word: 'account-goals.goal.outcome.done'},
    MISSED: {glyph: '\u2715', lozenge: 'error', word: 'account-goals.goal.outcome.missed'},
    CLOSED_NOT_MEASURED: {glyph: '\u25cb', lozenge: 'default', word: 'account-goals.goal.outcome.closed-not-measured'},
    DROPPED: {glyph: '\u2013', lozenge: 'default', word: 'account-goals.goal.outcome.dropped'},
    OVERDUE: {glyph: '!', lozenge: 'error', word: 'account-goals.goal.outcome.overdue'},
    UPCOMING: {glyph: '\u203a', lozenge: 'default', word: 'account-goals.goal.outcome.upcoming'},
    UNDATED: {glyph: '?', lozenge: 'default', word: 'account-goals.goal.outcome.undated'}
  };
  /* A milestone's outcome in words that agree with it (Italian: la milestone, raggiunta). */
  var MILESTONE_WORDS = {
    MET_ON_TIME: 'account-goals.milestone.outcome.met-on-time',
    MET_LATE: 'account-goals.milestone.outcome.met-late',
    DONE: 'account-goals.milestone.outcome.done',
    MISSED: 'account-goals.milestone.outcome.missed',
    CLOSED_NOT_MEASURED: 'account-goals.milestone.outcome.closed-not-measured',
    DROPPED: 'account-goals.milestone.outcome.dropped',
    OVERDUE: 'account-goals.milestone.outcome.overdue',
    UPCOMING: 'account-goals.milestone.outcome.upcoming',
    UNDATED: 'account-goals.milestone.outcome.undated'
  };

  /* The outcome of a goal or, at level MILESTONE, of a milestone; undefined for an unknown one. */
  function outcomeOf(outcome, level) {
    var kind = OUTCOMES[outcome];
    if (!kind || level !== 'MILESTONE') {
      return kind;
    }
    return {glyph: kind.glyph, lozenge: kind.lozenge, word: MILESTONE_WORDS[outcome]};
  }

  var CRITERIA = {
    SPECIFIC: 'account-goals.smart.criterion.specific',
    MEASURABLE: 'account-goals.smart.criterion.measurable',
    ACHIEVABLE: 'account-goals.smart.criterion.achievable',
    RELEVANT: 'account-goals.smart.criterion.relevant',
    TIME_BOUND: 'account-goals.smart.criterion.time-bound'
  };

  // --- small builders --------------------------------------------------------------------------

  function el(env, tag, className, children) {
    var node = env.doc.createElement(tag);
    if (className) {
      node.className = className;
    }
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        node.appendChild(typeof child === 'string' ? env.doc.createTextNode(child) : child);
      }
    });
    return node;
  }

  function text(env, key, args) {
    return env.t(key, args || []);
  }

  /*
   * A translated message whose arguments may be DOM nodes (links): each goes in where its {n} is. A
   * number goes to the pattern as it is, for a choice ({n,choice,...}) to pick the words that agree.
   */
  function message(env, key, args) {
    var markers = args.map(function (arg, i) {
      return typeof arg === 'number' ? arg : '\u0001' + i + '\u0002';
    });
    var span = el(env, 'span');
    env.t(key, markers).split(/\u0001(\d+)\u0002/).forEach(function (part, i) {
      if (i % 2 === 0) {
        if (part) {
          span.appendChild(env.doc.createTextNode(part));
        }
      } else {
        var arg = args[+part];
        span.appendChild(typeof arg === 'string' ? env.doc.createTextNode(arg) : arg.cloneNode(true));
      }
    });
    return span;
  }

  function issueLink(env, key) {
    var a = el(env, 'a', 'ag-board__key', [key]);
    a.href = env.contextPath + '/browse/' + encodeURIComponent(key);
    return a;
  }

  /* A lozenge: AUI's look, with a shape and a word, so that colour is never the only cue. */
  function lozenge(env, kind) {
    var glyph = el(env, 'span', 'ag-board__glyph', [kind.glyph]);
    glyph.setAttribute('aria-hidden', 'true');
    return el(env, 'span', 'aui-lozenge aui-lozenge-subtle aui-lozenge-' + kind.lozenge + ' ag-board__lozenge',
      [glyph, text(env, kind.word)]);
  }

  function colourOf(name) {
    return COLOURS[name] || COLOURS.NONE;
  }

  /* A goal's key as a link and its summary, when the board knows it. */
  function goalTitle(env, key, summary) {
    return el(env, 'span', 'ag-board__goal', [issueLink(env, key), summary ? ' ' + summary : null]);
  }

  /*
   * The value now and what the plan says: "plan X" for today, or, for a whole-number goal at its
   * plan's value today, the next step it waits for ("next step 24 visits by Dec 31, 2026"), or
   * "target reached" once it is there. Such a plan holds its value between steps (0 all year with
   * one milestone at the due date), so "plan 0" would tell the reader nothing; a goal short of the
   * plan keeps "plan X", the step it missed. Core decides which applies (the standing's atPlan,
   * nextStep and targetReached); this only words it. targetBeside: the caller shows the goal's
   * target next to these values (the panel does), so a next step that is the target is not said
   * twice.
   */
  function valueDetail(env, standing, unit, targetBeside) {
    var parts = [];
    if (standing.actual !== null && standing.actual !== undefined) {
      parts.push(text(env, 'account-goals.board.goals.now', [env.fmt.amount(standing.actual, unit)]));
    }
    var plan = planDetail(env, standing, unit, targetBeside);
    if (plan) {
      parts.push(plan);
    }
    return parts.join(' \u00b7 ');
  }

  function planDetail(env, standing, unit, targetBeside) {
    if (standing.targetReached) {
      return text(env, 'account-goals.board.goals.target-reached');
    }
    var step = standing.atPlan ? standing.nextStep : null;
    if (step && targetBeside && isLast(standing.plan, step)) {
      return null;
    }
    if (step) {
      return text(env, 'account-goals.board.goals.next-step', [env.fmt.amount(step.value, unit), env.fmt.day(step.date)]);
    }
    if (standing.planned !== null && standing.planned !== undefined) {
      return text(env, 'account-goals.board.goals.planned', [env.fmt.amount(standing.planned, unit)]);
    }
    return null;
  }

  /* True when point is the plan's last point, its target. */
  function isLast(plan, point) {
    var last = plan[plan.length - 1];
    return Boolean(last) && last.date === point.date && last.value === point.value;
  }

  /*
   * Why a goal shows no progress bar: a floor or ceiling has none by its nature; a goal towards a
   * target has none until it is measured, or while its baseline or target does not give a way.
   */
  function noProgressKey(standing) {
    if (standing.direction === 'KEEP_AT_LEAST' || standing.direction === 'KEEP_AT_MOST') {
      return 'account-goals.board.goals.no-progress';
    }
    if (standing.actual === null || standing.actual === undefined) {
      return 'account-goals.board.goals.no-reading';
    }
    return 'account-goals.board.goals.no-way';
  }

  /* name: what the bar measures (a goal's key and summary), its accessible name (WCAG 4.1.2). */
  function progressBar(env, standing, name) {
    var p = standing.progress;
    if (!p) {
      return el(env, 'p', 'ag-board__muted', [text(env, noProgressKey(standing))]);
    }
    var planned = plannedPercent(standing);
    var bar = el(env, 'div', 'ag-progress');
    bar.setAttribute('role', 'progressbar');
    if (name) {
      bar.setAttribute('aria-label', name);
    }
    bar.setAttribute('aria-valuemin', '0');
    bar.setAttribute('aria-valuemax', '100');
    bar.setAttribute('aria-valuenow', String(Math.round(p.percent)));
    bar.setAttribute('aria-valuetext', planned === null ? env.fmt.percent(p.unclampedPercent)
      : text(env, 'account-goals.board.goals.progress.bar', [env.fmt.percent(p.unclampedPercent), env.fmt.percent(planned)]));
    var done = el(env, 'div', 'ag-progress__done');
    done.style.width = p.percent + '%';
    bar.appendChild(done);
    if (planned !== null) {
      var mark = el(env, 'div', 'ag-progress__plan');
      mark.style.left = planned + '%';
      bar.appendChild(mark);
    }
    return el(env, 'div', 'ag-progress__row', [bar, el(env, 'span', 'ag-progress__text',
      [text(env, 'account-goals.board.goals.progress', [env.fmt.percent(p.unclampedPercent)])])]);
  }

  /* Where the plan stands today, as a share of the way from the plan's start to its target. */
  function plannedPercent(standing) {
    var plan = standing.plan;
    if (standing.planned === null || standing.planned === undefined || plan.length < 2) {
      return null;
    }
    var start = plan[0].value;
    var target = plan[plan.length - 1].value;
    if (target === start) {
      return null;
    }
    return Math.max(0, Math.min(100, (standing.planned - start) / (target - start) * 100));
  }

  var SVG = 'http://www.w3.org/2000/svg';

  function svg(env, tag, attrs) {
    var node = env.doc.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (name) {
      node.setAttribute(name, String(attrs[name]));
    });
    return node;
  }

  /*
   * The trajectory chart, hand-drawn: the plan through its points (start, milestones, target) with
   * the milestones as points, the original plan dashed, the dated readings as dots and today as a
   * vertical line. A whole-number goal's plan moves in steps (it holds each point's value until the
   * next point's day, as DOMAIN.md reads it), a continuous one's runs as a line. Simple lines and
   * dots need no chart library.
   */
  function chart(env, standing, title, unit) {
    var plan = standing.plan;
    if (plan.length < 2) {
      return null;
    }
    var points = plan.concat(standing.originalPlan, standing.readings);
    var days = points.map(function (p) {
      return env.fmt.epochDay(p.date);
    }).concat([env.fmt.epochDay(standing.date)]);
    var values = points.map(function (p) {
      return p.value;
    });
    var x0 = Math.min.apply(null, days);
    var x1 = Math.max.apply(null, days);
    var y0 = Math.min.apply(null, values);
    var y1 = Math.max.apply(null, values);
    var pad = (y1 - y0) * 0.1 || 1;
    y0 -= pad;
    y1 += pad;
    var W = 300, H = 80, M = 6;
    function x(iso) {
      return (M + (env.fmt.epochDay(iso) - x0) / ((x1 - x0) || 1) * (W - 2 * M)).toFixed(1);
    }
    function y(v) {
      return (H - M - (v - y0) / (y1 - y0) * (H - 2 * M)).toFixed(1);
    }
    var steps = standing.scale === 'WHOLE_NUMBERS';
    function line(list) {
      return list.map(function (p, i) {
        var corner = steps && i > 0 ? x(p.date) + ',' + y(list[i - 1].value) + ' ' : '';
        return corner + x(p.date) + ',' + y(p.value);
      }).join(' ');
    }
    var label = text(env, 'account-goals.board.chart.label', [
      title, env.fmt.amount(plan[0].value, unit), env.fmt.amount(plan[plan.length - 1].value, unit),
      text(env, 'account-goals.board.chart.reading-count', [env.fmt.count(standing.readings.length), standing.readings.length]),
      standing.actual === null || standing.actual === undefined ? text(env, 'account-goals.health.not-measured') : env.fmt.amount(standing.actual, unit)]);
    var root = svg(env, 'svg', {viewBox: '0 0 ' + W + ' ' + H, class: 'ag-chart' + (steps ? ' ag-chart--steps' : ''), role: 'img', 'aria-label': label, focusable: 'false'});
    var titleNode = svg(env, 'title', {});
    titleNode.textContent = label;
    root.appendChild(titleNode);
    var today = x(standing.date);
    root.appendChild(svg(env, 'line', {class: 'ag-chart__today', x1: today, x2: today, y1: M / 2, y2: H - M / 2}));
    if (standing.originalPlan.length > 1) {
      root.appendChild(svg(env, 'polyline', {class: 'ag-chart__original', points: line(standing.originalPlan)}));
    }
    root.appendChild(svg(env, 'polyline', {class: 'ag-chart__plan', points: line(plan)}));
    plan.slice(1).forEach(function (p) {
      root.appendChild(svg(env, 'rect', {class: 'ag-chart__milestone', x: x(p.date) - 3, y: y(p.value) - 3, width: 6, height: 6}));
    });
    standing.readings.forEach(function (p) {
      root.appendChild(svg(env, 'circle', {class: 'ag-chart__reading', cx: x(p.date), cy: y(p.value), r: 3.5}));
    });
    return root;
  }

  function legend(env) {
    function entry(className, glyph, key) {
      var mark = el(env, 'span', 'ag-legend__mark ' + className, [glyph]);
      mark.setAttribute('aria-hidden', 'true');
      return el(env, 'li', null, [mark, ' ', text(env, key)]);
    }
    return el(env, 'ul', 'ag-legend', [
      entry('ag-legend__plan', '\u2014\u25a0', 'account-goals.board.chart.plan'),
      entry('ag-legend__original', '- -', 'account-goals.board.chart.original'),
      entry('ag-legend__reading', '\u25cf', 'account-goals.board.chart.readings'),
      entry('ag-legend__today', '\u2502', 'account-goals.board.chart.today')
    ]);
  }

  /*
   * A message of the server (key and typed arguments) in the reader's language, keys as links. The
   * arguments as shown come first; the numbers of the counts and numbers follow them, in the same
   * order, for a pattern's choice (the pattern of n arguments reads the number of {i} as {n + i}).
   */
  function serverMessage(env, msg) {
    var args = msg.arguments.map(function (a) {
      switch (a.type) {
        case 'COUNT':
          return env.fmt.count(a.value);
        case 'NUMBER':
          return env.fmt.number(a.value);
        case 'AMOUNT':
          return env.fmt.amount(a.value, a.unit);
        case 'DIFFERENCE':
          return env.fmt.difference(a.value, a.unit);
        case 'DAY':
          return env.fmt.day(a.date);
        case 'KEY':
          return issueLink(env, a.key);
        default:
          var keys = el(env, 'span');
          a.keys.forEach(function (key, i) {
            keys.appendChild(env.doc.createTextNode(i > 0 ? ', ' : ''));
            keys.appendChild(issueLink(env, key));
          });
          return keys;
      }
    });
    var numbers = msg.arguments.map(function (a) {
      return a.type === 'COUNT' || a.type === 'NUMBER' ? a.value : '';
    });
    return message(env, msg.key, args.concat(numbers));
  }

  /* An AUI message box; role "status" or "alert" so that screen readers announce it. */
  function notice(env, type, content, title) {
    var box = el(env, 'div', 'aui-message aui-message-' + type + ' ag-board__notice', [
      title ? el(env, 'p', 'title', [el(env, 'strong', null, [title])]) : null,
      el(env, 'p', null, [content])]);
    box.setAttribute('role', type === 'error' ? 'alert' : 'status');
    return box;
  }

  /* Replaces what element shows with node: the one way the board and the panel change state. */
  function show(element, node) {
    while (element.firstChild) {
      element.removeChild(element.firstChild);
    }
    element.appendChild(node);
  }

  return {
    show: show,
    COLOURS: COLOURS,
    HEALTH: HEALTH,
    OUTCOMES: OUTCOMES,
    outcomeOf: outcomeOf,
    CRITERIA: CRITERIA,
    el: el,
    text: text,
    message: message,
    issueLink: issueLink,
    lozenge: lozenge,
    colourOf: colourOf,
    goalTitle: goalTitle,
    valueDetail: valueDetail,
    progressBar: progressBar,
    plannedPercent: plannedPercent,
    chart: chart,
    legend: legend,
    serverMessage: serverMessage,
    notice: notice
  };
});
