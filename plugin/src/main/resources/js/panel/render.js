/*
 * The goal panel's rendering: pure functions from one goal's JSON (GoalDetailJson of
 * GET goals/{issueKey}) and an environment to DOM nodes, in the panel's order (BOARD.md): health
 * and why (or, for a milestone, what it is a milestone of and its result), progress and the
 * trajectory chart, SMART with what to change, the traffic light, the target's history, and the
 * goals up and down. env is the board's (doc, t, fmt, contextPath, idPrefix) plus narrow. Every
 * text from the data goes in as a text node, never as HTML; every colour has a word and a shape.
 */
define('account-goals/panel/render', ['account-goals/common/parts'], function (parts) {
  'use strict';

  var el = parts.el;
  var text = parts.text;

  var SECTIONS = ['status', 'milestone', 'progress', 'smart', 'light', 'history', 'alignment'];
  var SMART_ORDER = ['SPECIFIC', 'MEASURABLE', 'ACHIEVABLE', 'RELEVANT', 'TIME_BOUND'];
  var MILESTONE_RESULTS = ['MET_ON_TIME', 'MET_LATE', 'OVERDUE', 'MISSED', 'UPCOMING'];

  function section(env, id, children) {
    var heading = el(env, 'h4', 'ag-panel__heading', [text(env, 'account-goals.panel.section.' + id)]);
    heading.id = env.idPrefix + id;
    var node = el(env, 'section', 'ag-panel__section ag-panel__section--' + id, [heading].concat(children));
    node.setAttribute('aria-labelledby', heading.id);
    node.setAttribute('data-section', id);
    return node;
  }

  function line(env, className, children) {
    return el(env, 'p', className, children);
  }

  function none(env, key) {
    return line(env, 'ag-panel__none', [text(env, key)]);
  }

  function isKeep(goal) {
    return goal.direction === 'KEEP_AT_LEAST' || goal.direction === 'KEEP_AT_MOST';
  }

  function hasReading(standing) {
    return !!standing && standing.actual !== null && standing.actual !== undefined;
  }

  /* The light as a lozenge (shape and word) after its label; null without a light. */
  function lightLozenge(env, light) {
    if (!light.overall) {
      return null;
    }
    return el(env, 'span', 'ag-panel__light', [
      el(env, 'span', 'ag-panel__label', [text(env, 'account-goals.panel.section.light') + ': ']),
      parts.lozenge(env, parts.colourOf(light.overall))]);
  }

  /* How a goal or milestone stands: its health while open, else its outcome. */
  function standingLozenge(env, item) {
    var kind = item.health ? parts.HEALTH[item.health] : parts.outcomeOf(item.outcome, item.level);
    return kind ? parts.lozenge(env, kind) : null;
  }

  // --- the sections ----------------------------------------------------------------------------

  function statusSection(env, data) {
    var goal = data.goal;
    var head = [];
    var content = [];
    if (data.health) {
      head.push(parts.lozenge(env, parts.HEALTH[data.health] || parts.HEALTH.NOT_MEASURED));
    } else if (goal.status !== 'OPEN') {
      var outcome = parts.outcomeOf(data.outcome, goal.level);
      head.push(el(env, 'span', 'ag-panel__label', [text(env, 'account-goals.panel.status.closed',
        [outcome ? text(env, outcome.word) : data.outcome])]));
    } else {
      content.push(line(env, 'ag-panel__muted', [text(env, 'account-goals.panel.status.no-health')]));
    }
    var light = lightLozenge(env, goal.light);
    if (light) {
      head.push(light);
    }
    if (data.metOn) {
      head.push(el(env, 'span', 'ag-panel__muted', [text(env, 'account-goals.board.met-on', [env.fmt.day(data.metOn)])]));
    }
    var nodes = [];
    if (head.length) {
      nodes.push(el(env, 'div', 'ag-panel__head', head));
    }
    if (data.why) {
      nodes.push(line(env, 'ag-panel__why', [parts.serverMessage(env, data.why)]));
    }
    return section(env, 'status', nodes.concat(content));
  }

  /* A milestone: what it is a milestone of (its business goal, with that goal's health), its value and date, and its result. */
  function milestoneSection(env, data) {
    var goal = data.goal;
    var parent = data.supports.filter(function (g) {
      return g.level === 'BUSINESS';
    })[0] || data.supports[0];
    var content = [];
    if (parent) {
      var of = line(env, 'ag-panel__of', [parts.message(env, 'account-goals.panel.milestone.of',
        [parts.goalTitle(env, parent.key, parent.summary)])]);
      var parentStanding = standingLozenge(env, parent);
      if (parentStanding) {
        of.appendChild(env.doc.createTextNode(' '));
        of.appendChild(parentStanding);
      }
      content.push(of);
    } else {
      content.push(none(env, 'account-goals.panel.milestone.of-none'));
    }
    if (goal.target !== null && goal.target !== undefined && goal.dueDate) {
      content.push(line(env, 'ag-panel__target', [text(env, 'account-goals.panel.milestone.target',
        [env.fmt.amount(goal.target, goal.unit), env.fmt.day(goal.dueDate)])]));
    }
    var result = el(env, 'div', 'ag-panel__head', [standingLozenge(env, data)]);
    var light = lightLozenge(env, goal.light);
    if (light) {
      result.appendChild(light);
    }
    content.push(result);
    if (MILESTONE_RESULTS.indexOf(data.outcome) >= 0) {
      content.push(line(env, 'ag-panel__why', [text(env, 'account-goals.panel.milestone.result.' + data.outcome,
        [data.metOn ? env.fmt.day(data.metOn) : ''])]));
    }
    return section(env, 'milestone', content);
  }

  function targetText(env, goal) {
    if (goal.target === null || goal.target === undefined) {
      return null;
    }
    var amount = env.fmt.amount(goal.target, goal.unit);
    return goal.dueDate ? text(env, 'account-goals.panel.target', [amount, env.fmt.day(goal.dueDate)])
      : text(env, 'account-goals.panel.target.undated', [amount]);
  }

  function progressSection(env, data) {
    var goal = data.goal;
    var standing = data.standing;
    var content = [];
    if (data.progress) {
      content.push(parts.progressBar(env, standing || {progress: data.progress, plan: [], planned: null},
        goal.key + (goal.summary ? ' ' + goal.summary : '')));
      if (data.progress.unclampedPercent > 100) {
        content.push(line(env, 'ag-panel__muted', [text(env, 'account-goals.panel.progress.overshoot',
          [env.fmt.percent(data.progress.unclampedPercent - 100)])]));
      }
    } else if (isKeep(goal) || hasReading(standing)) {
      /* Why there is no bar: a floor or ceiling has none by its nature; a measured goal has none
         while its baseline and target give no way in its direction. Only an unmeasured goal is
         asked for a first reading. */
      content.push(parts.progressBar(env, {progress: null, direction: goal.direction, actual: standing ? standing.actual : null}));
    } else {
      content.push(none(env, 'account-goals.panel.progress.none'));
    }
    var facts = [standing ? parts.valueDetail(env, standing, goal.unit, true) : '', targetText(env, goal)];
    if (standing && standing.healthAgainstOriginal && standing.healthAgainstOriginal !== standing.health) {
      facts.push(text(env, 'account-goals.board.goals.original', [text(env, parts.HEALTH[standing.healthAgainstOriginal].word)]));
    }
    facts = facts.filter(Boolean);
    if (facts.length) {
      content.push(line(env, 'ag-panel__facts', [facts.join(' \u00b7 ')]));
    }
    var drawn = standing ? parts.chart(env, standing, goal.key + ' ' + goal.summary, goal.unit) : null;
    if (drawn) {
      content.push(parts.legend(env));
      content.push(drawn);
    } else if (!isKeep(goal)) {
      content.push(none(env, 'account-goals.panel.chart.none'));
    }
    return section(env, 'progress', content);
  }

  function smartSection(env, data) {
    var smart = data.smart;
    if (!smart.checked) {
      return section(env, 'smart', [none(env, 'account-goals.panel.smart.not-checked')]);
    }
    var list = el(env, 'ul', 'ag-panel__criteria', SMART_ORDER.map(function (criterion) {
      var fails = smart.failed.indexOf(criterion) >= 0;
      var glyph = el(env, 'span', 'ag-board__glyph ag-board__glyph--' + (fails ? 'error' : 'success'), [fails ? '\u2715' : '\u2713']);
      glyph.setAttribute('aria-hidden', 'true');
      var item = el(env, 'li', 'ag-panel__criterion' + (fails ? ' ag-panel__criterion--fails' : ''), [
        glyph, ' ', el(env, 'strong', null, [text(env, parts.CRITERIA[criterion])]), ': ',
        text(env, fails ? 'account-goals.panel.smart.fails' : 'account-goals.panel.smart.holds')]);
      var findings = smart.findings.filter(function (f) {
        return f.kind === criterion;
      });
      if (findings.length) {
        item.appendChild(el(env, 'ul', 'ag-panel__findings', findings.map(function (f) {
          return el(env, 'li', null, [parts.serverMessage(env, f.message)]);
        })));
      }
      return item;
    }));
    return section(env, 'smart', [list]);
  }

  function lightSection(env, data) {
    var light = data.goal.light;
    if (!light.overall && light.factors.length === 0) {
      return section(env, 'light', [none(env, 'account-goals.panel.light.none')]);
    }
    var content = [];
    if (light.overall) {
      content.push(el(env, 'div', 'ag-panel__head', [parts.lozenge(env, parts.colourOf(light.overall)),
        el(env, 'span', 'ag-panel__muted', [text(env, light.chosen ? 'account-goals.trafficlight.overall.chosen'
          : 'account-goals.trafficlight.overall.derived')])]));
    }
    if (light.factors.length === 0) {
      content.push(none(env, 'account-goals.panel.light.no-factors'));
    } else {
      content.push(el(env, 'h5', null, [text(env, 'account-goals.trafficlight.view.factors')]));
      content.push(el(env, 'ol', 'ag-panel__factors', light.factors.map(function (f) {
        var kind = parts.colourOf(f.colour);
        var glyph = el(env, 'span', 'ag-board__glyph ag-board__glyph--' + kind.lozenge, [kind.glyph]);
        glyph.setAttribute('aria-hidden', 'true');
        return el(env, 'li', 'ag-panel__factor', [glyph, ' ',
          el(env, 'span', 'ag-panel__factor-colour', [text(env, kind.word) + ': ']),
          el(env, 'span', 'ag-panel__factor-text', [f.text])]);
      })));
    }
    return section(env, 'light', content);
  }

  function historySection(env, data) {
    var changes = data.targetHistory;
    if (changes.length === 0) {
      return section(env, 'history', [none(env, 'account-goals.panel.history.none')]);
    }
    var unit = data.goal.unit;
    var head = el(env, 'tr', null, ['when', 'change', 'who', 'why'].map(function (id) {
      var th = el(env, 'th', null, [text(env, 'account-goals.panel.history.' + id)]);
      th.setAttribute('scope', 'col');
      return th;
    }));
    var rows = changes.map(function (c) {
      return el(env, 'tr', null, [
        el(env, 'td', null, [env.fmt.day(c.date)]),
        el(env, 'td', null, [env.fmt.amount(c.from, unit) + ' \u2192 ' + env.fmt.amount(c.to, unit)]),
        el(env, 'td', null, [c.author || text(env, 'account-goals.panel.history.unknown')]),
        el(env, 'td', null, [c.reason || text(env, 'account-goals.panel.history.no-reason')])
      ]);
    });
    return section(env, 'history', [el(env, 'div', 'ag-panel__scroll',
      [el(env, 'table', 'aui ag-panel__table', [el(env, 'thead', null, [head]), el(env, 'tbody', null, rows)])])]);
  }

  function goalList(env, goals, noneKey) {
    if (goals.length === 0) {
      return none(env, noneKey);
    }
    return el(env, 'ul', 'ag-panel__goals', goals.map(function (g) {
      var facts = g.dueDate ? el(env, 'span', 'ag-panel__muted', [text(env, 'account-goals.board.due', [env.fmt.day(g.dueDate)])]) : null;
      return el(env, 'li', 'ag-panel__goal', [standingLozenge(env, g), ' ', parts.goalTitle(env, g.key, g.summary), facts ? ' ' : null, facts]);
    }));
  }

  function alignmentSection(env, data) {
    return section(env, 'alignment', [
      el(env, 'h5', null, [text(env, 'account-goals.panel.alignment.supports')]),
      goalList(env, data.supports, 'account-goals.panel.alignment.supports.none'),
      el(env, 'h5', null, [text(env, 'account-goals.panel.alignment.supported-by')]),
      goalList(env, data.supportedBy, 'account-goals.panel.alignment.supported-by.none')
    ]);
  }

  // --- the panel and its states ----------------------------------------------------------------

  /* The sections a goal shows: a milestone its milestone section, a business goal its progress. */
  function sectionsOf(data) {
    var level = data.goal.level;
    return SECTIONS.filter(function (id) {
      if (id === 'status') {
        return level !== 'MILESTONE';
      }
      if (id === 'milestone') {
        return level === 'MILESTONE';
      }
      if (id === 'progress') {
        return level === 'BUSINESS';
      }
      return true;
    });
  }

  function panel(data, env) {
    var builders = {
      status: statusSection,
      milestone: milestoneSection,
      progress: progressSection,
      smart: smartSection,
      light: lightSection,
      history: historySection,
      alignment: alignmentSection
    };
    return el(env, 'div', 'ag-panel' + (env.narrow ? ' ag-panel--narrow' : ''), sectionsOf(data).map(function (id) {
      return builders[id](env, data);
    }));
  }

  function loading(env, key) {
    var spinner = el(env, 'aui-spinner');
    spinner.setAttribute('size', 'small');
    var status = line(env, 'ag-panel__loading', [spinner, ' ', text(env, 'account-goals.panel.loading', [key])]);
    status.setAttribute('role', 'status');
    return el(env, 'div', 'ag-panel ag-panel--loading', [status]);
  }

  /* The server's message as it came (already translated), or the network message; a retry button. */
  function error(env, messageText, onRetry) {
    var box = parts.notice(env, 'error', messageText, text(env, 'account-goals.panel.error.title'));
    var retry = el(env, 'button', 'aui-button', [text(env, 'account-goals.board.retry')]);
    retry.type = 'button';
    retry.addEventListener('click', onRetry);
    box.appendChild(el(env, 'p', null, [retry]));
    return el(env, 'div', 'ag-panel ag-panel--error', [box]);
  }

  return {SECTIONS: SECTIONS, sectionsOf: sectionsOf, panel: panel, loading: loading, error: error};
});
