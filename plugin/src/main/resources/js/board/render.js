/*
 * The QBR board's rendering: pure functions from the board's JSON (BoardJson of the REST resource)
 * and an environment to DOM nodes. Nothing here fetches, stores or reads the page: env brings the
 * document to build in (doc), the translated texts (t(key, args) returns text), the formatter
 * (fmt, from account-goals/board/format), Jira's context path, the sections to show, and whether
 * the column is narrow. Every text from the data goes in as a text node (textContent), never as
 * HTML; every colour has a word and a shape beside it; every goal and action links to its issue.
 */
define('account-goals/board/render', ['account-goals/common/parts'], function (parts) {
  'use strict';

  var COLOURS = parts.COLOURS;
  var HEALTH = parts.HEALTH;
  var CRITERIA = parts.CRITERIA;
  var el = parts.el;
  var text = parts.text;
  var message = parts.message;
  var issueLink = parts.issueLink;
  var lozenge = parts.lozenge;
  var colourOf = parts.colourOf;
  var goalTitle = parts.goalTitle;
  var valueDetail = parts.valueDetail;
  var progressBar = parts.progressBar;
  var chart = parts.chart;
  var legend = parts.legend;
  var serverMessage = parts.serverMessage;
  var notice = parts.notice;

  /* The sections in the board's order (BOARD.md); a narrow column shows the first four. */
  var SECTIONS = ['light', 'headline', 'attention', 'review', 'lights', 'kpis', 'findings', 'next', 'wins', 'plan'];
  var NARROW = ['light', 'headline', 'attention', 'kpis'];

  var KPI_CHANGES = {
    BETTER: {word: 'account-goals.board.kpis.change.BETTER'},
    WORSE: {word: 'account-goals.board.kpis.change.WORSE'},
    SAME: {glyph: '=', word: 'account-goals.board.kpis.change.SAME'},
    NEW: {glyph: '\u2605', word: 'account-goals.board.kpis.change.NEW'},
    NOT_MEASURED: {glyph: '\u25cb', word: 'account-goals.health.not-measured'}
  };
  /* What needs attention, most urgent first (DOMAIN.md: missed, overdue, off track, red, behind, watch). */
  var URGENCY = {MISSED: 0, OVERDUE: 1, OFF_TRACK: 2, RED: 3, BEHIND: 4, WATCH: 5};

  function muted(env, content) {
    return el(env, 'span', 'ag-board__muted', [content]);
  }

  function emptyLine(env, key, args) {
    return el(env, 'p', 'ag-board__none', [text(env, key, args)]);
  }

  function more(env, shortlist) {
    var hidden = shortlist.total - shortlist.shown.length;
    return hidden > 0 ? el(env, 'p', 'ag-board__more', [text(env, 'account-goals.board.more', [env.fmt.count(hidden), hidden])]) : null;
  }

  function counted(env, key, count) {
    return text(env, 'account-goals.board.count', [text(env, key), env.fmt.count(count)]);
  }

  /* A section under its heading: the heading's text is a key's, or given as text (heading). */
  function section(env, id, titleKey, children, heading) {
    heading = el(env, 'h4', 'ag-board__heading', [heading || text(env, titleKey)]);
    heading.id = env.idPrefix + id;
    var node = el(env, 'section', 'ag-board__section ag-board__section--' + id, [heading].concat(children));
    node.setAttribute('aria-labelledby', heading.id);
    node.setAttribute('data-section', id);
    node.id = env.idPrefix + 'section-' + id;
    return node;
  }

  /* Summaries by key, from every line of the board that carries one. */
  function summaries(board) {
    var byKey = {};
    function add(line) {
      if (line.summary && !byKey[line.key]) {
        byKey[line.key] = line.summary;
      }
    }
    var r = board.review;
    [r.goalLines, r.milestoneLines, r.wins, r.dropped, board.lights.red, board.lights.amber,
      board.lights.green, board.nextQuarter].forEach(function (list) {
      list.shown.forEach(add);
    });
    board.kpis.shown.forEach(function (k) {
      add({key: k.goal, summary: k.summary});
    });
    board.health.standings.shown.concat(board.findings.notSmart.shown).forEach(function (s) {
      add({key: s.goal, summary: s.summary});
    });
    return byKey;
  }


  function goalLine(env, line, detail) {
    var kind = line.health && line.outcome === 'UPCOMING' ? HEALTH[line.health] : parts.outcomeOf(line.outcome, line.level);
    var facts = [];
    if (line.metOn) {
      facts.push(text(env, 'account-goals.board.met-on', [env.fmt.day(line.metOn)]));
    } else if (line.dueDate) {
      facts.push(text(env, 'account-goals.board.due', [env.fmt.day(line.dueDate)]));
    }
    if (line.owner) {
      facts.push(text(env, 'account-goals.board.owner', [line.owner]));
    }
    if (detail) {
      facts.push(detail);
    }
    return el(env, 'li', 'ag-board__line', [
      kind ? lozenge(env, kind) : null, ' ', goalTitle(env, line.key, line.summary),
      facts.length ? el(env, 'span', 'ag-board__facts', [facts.join(' \u00b7 ')]) : null
    ]);
  }

  function lineList(env, shortlist, noneKey) {
    if (shortlist.shown.length === 0) {
      return [emptyLine(env, noneKey)];
    }
    return [el(env, 'ul', 'ag-board__lines', shortlist.shown.map(function (line) {
      return goalLine(env, line);
    })), more(env, shortlist)];
  }

  // --- the sections ----------------------------------------------------------------------------

  function lightSection(env, board) {
    var light = board.accountLight;
    var quarter = board.quarter;
    var title = text(env, 'account-goals.board.heading', [
      board.project, quarter.name, env.fmt.day(quarter.firstDay), env.fmt.day(quarter.lastDay)]);
    var asOf = el(env, 'p', 'ag-board__as-of', [text(env, 'account-goals.board.as-of', [env.fmt.day(board.date)])]);
    var lamp = el(env, 'p', 'ag-board__account-light', [
      el(env, 'span', 'ag-board__label', [text(env, 'account-goals.board.light.label') + ': ']),
      lozenge(env, colourOf(light.light.overall))]);
    if (light.source === 'VISION' || (light.source === 'NONE' && light.vision)) {
      var key = 'account-goals.board.light.source.' + light.source + (light.source === 'NONE' ? '.vision' : '');
      lamp.appendChild(muted(env, message(env, key, [issueLink(env, light.vision)])));
    } else {
      lamp.appendChild(muted(env, text(env, 'account-goals.board.light.source.' + light.source)));
    }
    var node = section(env, 'light', null, [asOf, lamp], title);
    node.querySelector('h4').className += ' ag-board__title';
    return node;
  }

  /* A tally of outcomes; kind ('goals' or 'milestones') picks the plural words that agree. */
  function outcomeCounts(env, o, kind) {
    var tally = 'account-goals.board.tally.' + kind + '.';
    var parts = [counted(env, tally + 'met', o.metOnTime + o.metLate)];
    if (o.metLate > 0) {
      parts.push(counted(env, tally + 'met-late', o.metLate));
    }
    if (o.done > 0) {
      parts.push(counted(env, tally + 'done', o.done));
    }
    parts.push(counted(env, tally + 'missed', o.missed));
    if (o.closedNotMeasured > 0) {
      parts.push(counted(env, tally + 'closed-not-measured', o.closedNotMeasured));
    }
    parts.push(counted(env, tally + 'dropped', o.dropped));
    parts.push(counted(env, tally + 'open', o.overdue + o.upcoming));
    if (o.overdue > 0) {
      parts.push(counted(env, tally + 'overdue', o.overdue));
    }
    return parts.join(' \u00b7 ');
  }

  function headlineSection(env, board) {
    var c = board.health.counts;
    var open = c.onTrack + c.watch + c.behind + c.offTrack + c.notMeasured;
    var health = el(env, 'ul', 'ag-board__counts', [
      ['ON_TRACK', c.onTrack], ['WATCH', c.watch], ['BEHIND', c.behind], ['OFF_TRACK', c.offTrack],
      ['NOT_MEASURED', c.notMeasured, 'account-goals.board.tally.not-measured']
    ].map(function (pair) {
      var kind = HEALTH[pair[0]];
      var glyph = el(env, 'span', 'ag-board__glyph ag-board__glyph--' + kind.lozenge, [kind.glyph]);
      glyph.setAttribute('aria-hidden', 'true');
      return el(env, 'li', null, [glyph, ' ', counted(env, pair[2] || kind.word, pair[1])]);
    }));
    var goals = el(env, 'p', 'ag-board__big', [
      el(env, 'strong', null, [counted(env, 'account-goals.board.headline.goals', open)]),
      open > 0 ? ' (' + text(env, 'account-goals.board.headline.on-track-share', [env.fmt.share(c.onTrack / open)]) + ')' : null
    ]);
    var r = board.review;
    return section(env, 'headline', 'account-goals.board.section.headline', [
      goals, health,
      el(env, 'p', null, [el(env, 'strong', null, [text(env, 'account-goals.board.headline.quarter') + ': ']), outcomeCounts(env, r.goals, 'goals')]),
      el(env, 'p', 'ag-board__muted', [text(env, 'account-goals.board.headline.previous', [outcomeCounts(env, r.previousGoals, 'goals')])]),
      el(env, 'p', null, [el(env, 'strong', null, [text(env, 'account-goals.board.headline.milestones') + ': ']), outcomeCounts(env, r.milestones, 'milestones')]),
      el(env, 'p', 'ag-board__muted', [text(env, 'account-goals.board.headline.previous', [outcomeCounts(env, r.previousMilestones, 'milestones')])])
    ]);
  }

  function attentionSection(env, board) {
    var items = {};
    function consider(key, reason, node) {
      if (!items[key] || URGENCY[reason] < items[key].urgency) {
        items[key] = {urgency: URGENCY[reason], node: node};
      }
    }
    var r = board.review;
    r.goalLines.shown.concat(r.milestoneLines.shown).forEach(function (line) {
      if (line.outcome === 'MISSED' || line.outcome === 'OVERDUE') {
        consider(line.key, line.outcome, goalLine(env, line));
      }
    });
    board.health.standings.shown.forEach(function (s) {
      if (URGENCY[s.health] !== undefined) {
        var line = {key: s.goal, summary: s.summary, health: s.health, outcome: 'UPCOMING'};
        consider(s.goal, s.health, goalLine(env, line, valueDetail(env, s, s.unit)));
      }
    });
    board.lights.red.shown.forEach(function (line) {
      consider(line.key, 'RED', el(env, 'li', 'ag-board__line', [lozenge(env, COLOURS.RED), ' ', goalTitle(env, line.key, line.summary)]));
    });
    var ranked = Object.keys(items).map(function (key) {
      return items[key];
    }).sort(function (a, b) {
      return a.urgency - b.urgency;
    });
    var content = ranked.length === 0 ? [emptyLine(env, 'account-goals.board.attention.none')]
      : [el(env, 'ul', 'ag-board__lines', ranked.map(function (item) {
        return item.node;
      }))];
    return section(env, 'attention', 'account-goals.board.section.attention', content);
  }

  function standingItem(env, s) {
    var summary = s.summary;
    var unit = s.unit;
    var head = el(env, 'div', 'ag-board__line', [lozenge(env, HEALTH[s.health] || HEALTH.NOT_MEASURED), ' ', goalTitle(env, s.goal, summary)]);
    var facts = [valueDetail(env, s, unit)];
    if (s.healthAgainstOriginal && s.healthAgainstOriginal !== s.health) {
      facts.push(text(env, 'account-goals.board.goals.original', [text(env, HEALTH[s.healthAgainstOriginal].word)]));
    }
    facts = facts.filter(Boolean);
    return el(env, 'li', 'ag-board__goal-card', [
      head, progressBar(env, s, s.goal + (summary ? ' ' + summary : '')),
      facts.length ? el(env, 'p', 'ag-board__facts', [facts.join(' \u00b7 ')]) : null,
      chart(env, s, s.goal + (summary ? ' ' + summary : ''), unit)
    ]);
  }

  function reviewSection(env, board) {
    var r = board.review;
    var standings = board.health.standings;
    var content = [];
    if (standings.shown.length === 0) {
      content.push(emptyLine(env, 'account-goals.board.goals.none'));
    } else {
      content.push(legend(env));
      content.push(el(env, 'ul', 'ag-board__cards', standings.shown.map(function (s) {
        return standingItem(env, s);
      })));
      content.push(more(env, standings));
    }
    content.push(el(env, 'h5', null, [text(env, 'account-goals.board.review.goals')]));
    content = content.concat(lineList(env, r.goalLines, 'account-goals.board.review.none'));
    content.push(el(env, 'h5', null, [text(env, 'account-goals.board.review.milestones')]));
    content = content.concat(lineList(env, r.milestoneLines, 'account-goals.board.review.none'));
    if (r.dropped.shown.length > 0) {
      content.push(el(env, 'h5', null, [text(env, 'account-goals.board.review.dropped')]));
      content = content.concat(lineList(env, r.dropped, 'account-goals.board.review.none'));
    }
    return section(env, 'review', 'account-goals.board.section.review', content);
  }

  function distribution(env, counts) {
    var total = counts.red + counts.amber + counts.green + counts.none;
    var bar = el(env, 'div', 'ag-dist');
    bar.setAttribute('aria-hidden', 'true');
    var legendList = el(env, 'ul', 'ag-board__counts');
    [['RED', counts.red], ['AMBER', counts.amber], ['GREEN', counts.green], ['NONE', counts.none]].forEach(function (pair) {
      var kind = COLOURS[pair[0]];
      if (total > 0 && pair[1] > 0) {
        var part = el(env, 'div', 'ag-dist__part ag-dist__part--' + kind.lozenge);
        part.style.width = (pair[1] / total * 100) + '%';
        bar.appendChild(part);
      }
      var glyph = el(env, 'span', 'ag-board__glyph ag-board__glyph--' + kind.lozenge, [kind.glyph]);
      glyph.setAttribute('aria-hidden', 'true');
      legendList.appendChild(el(env, 'li', null, [glyph, ' ', counted(env, kind.word, pair[1])]));
    });
    return el(env, 'div', 'ag-board__distribution', [
      el(env, 'h5', null, [text(env, 'account-goals.board.lights.distribution')]), bar, legendList]);
  }

  function factorGroup(env, colour, shortlist, names) {
    if (shortlist.shown.length === 0) {
      return null;
    }
    var kind = COLOURS[colour];
    var glyph = el(env, 'span', 'ag-board__glyph ag-board__glyph--' + kind.lozenge, [kind.glyph]);
    glyph.setAttribute('aria-hidden', 'true');
    return el(env, 'div', 'ag-board__factors ag-board__factors--' + kind.lozenge, [
      el(env, 'h5', null, [glyph, ' ', text(env, 'account-goals.trafficlight.group.' + colour)]),
      el(env, 'ul', 'ag-board__lines', shortlist.shown.map(function (f) {
        return el(env, 'li', 'ag-board__line', [
          el(env, 'span', 'ag-board__factor', [f.text]), ' ',
          muted(env, goalTitle(env, f.goal, names[f.goal]))]);
      })),
      more(env, shortlist)
    ]);
  }

  function lightsSection(env, board, names) {
    var l = board.lights;
    var groups = [factorGroup(env, 'RED', l.redFactors, names), factorGroup(env, 'AMBER', l.amberFactors, names),
      factorGroup(env, 'GREEN', l.greenFactors, names)].filter(Boolean);
    return section(env, 'lights', 'account-goals.board.section.lights',
      [distribution(env, l.counts)].concat(groups.length ? groups : [emptyLine(env, 'account-goals.board.lights.none')]));
  }

  function kpiRow(env, k) {
    var measured = k.value !== null && k.value !== undefined;
    var hadBefore = k.previousValue !== null && k.previousValue !== undefined;
    var change = KPI_CHANGES[k.change] || KPI_CHANGES.NOT_MEASURED;
    var shownDelta = measured && hadBefore ? k.value - k.previousValue : null;
    var arrow = change.glyph || (shownDelta > 0 ? '\u25b2' : shownDelta < 0 ? '\u25bc' : '=');
    var glyph = el(env, 'span', 'ag-board__glyph ag-kpi--' + k.change, [arrow]);
    glyph.setAttribute('aria-hidden', 'true');
    /* The arrow and the signed change are joined by a no-break space, so that the arrow never ends a
       line alone in a narrow column; the word after them may wrap. */
    var withDelta = shownDelta !== null && k.change !== 'NEW';
    var changeCell = [
      el(env, 'span', 'ag-kpi__delta', withDelta ? [glyph, '\u00a0' + env.fmt.change(shownDelta, k.unit)] : [glyph]),
      withDelta ? ', ' : ' ',
      text(env, change.word)];
    function cell(content) {
      return el(env, 'td', null, content);
    }
    var value = measured ? env.fmt.amount(k.value, k.unit) : text(env, 'account-goals.health.not-measured');
    if (env.narrow) {
      /* A narrow column has room for two columns only: the change goes under this quarter's value. */
      return el(env, 'tr', null, [
        cell([goalTitle(env, k.goal, k.summary)]),
        cell([el(env, 'div', null, [value]), measured ? el(env, 'div', 'ag-kpi__change', changeCell) : null])
      ]);
    }
    return el(env, 'tr', null, [
      cell([goalTitle(env, k.goal, k.summary)]),
      cell([value]),
      el(env, 'td', null, [hadBefore ? env.fmt.amount(k.previousValue, k.unit) : '\u2013']),
      cell(changeCell)
    ]);
  }

  function kpisSection(env, board) {
    var kpis = board.kpis;
    if (kpis.shown.length === 0) {
      return section(env, 'kpis', 'account-goals.board.section.kpis', [emptyLine(env, 'account-goals.board.kpis.none')]);
    }
    var columns = env.narrow ? ['account-goals.board.kpis.kpi', 'account-goals.board.kpis.value']
      : ['account-goals.board.kpis.kpi', 'account-goals.board.kpis.value', 'account-goals.board.kpis.previous',
        'account-goals.board.kpis.change'];
    var head = el(env, 'tr', null, columns.map(function (key) {
      var th = el(env, 'th', null, [text(env, key)]);
      th.setAttribute('scope', 'col');
      return th;
    }));
    var table = el(env, 'table', 'aui ag-board__table', [el(env, 'thead', null, [head]),
      el(env, 'tbody', null, kpis.shown.map(function (k) {
        return kpiRow(env, k);
      }))]);
    return section(env, 'kpis', 'account-goals.board.section.kpis', [el(env, 'div', 'ag-board__scroll', [table]), more(env, kpis)]);
  }

  function findingsSection(env, board, names) {
    var f = board.findings;
    var content = [];
    if (f.notSmart.shown.length > 0) {
      content.push(el(env, 'h5', null, [text(env, 'account-goals.board.findings.smart')]));
      content.push(el(env, 'ul', 'ag-board__lines', f.notSmart.shown.map(function (smart) {
        var failed = text(env, 'account-goals.board.findings.failed', [smart.failed.map(function (criterion) {
          return text(env, CRITERIA[criterion]);
        }).join(', ')]);
        return el(env, 'li', 'ag-board__line', [
          goalTitle(env, smart.goal, names[smart.goal]), ' ', el(env, 'span', 'ag-board__facts', [failed]),
          el(env, 'ul', 'ag-board__findings', smart.findings.map(function (finding) {
            return el(env, 'li', null, [serverMessage(env, finding.message)]);
          }))]);
      })));
      content.push(more(env, f.notSmart));
    }
    [['alignment', 'account-goals.board.findings.alignment'], ['milestones', 'account-goals.board.findings.milestones']].forEach(function (pair) {
      var list = f[pair[0]];
      if (list.shown.length > 0) {
        content.push(el(env, 'h5', null, [text(env, pair[1])]));
        content.push(el(env, 'ul', 'ag-board__lines', list.shown.map(function (finding) {
          return el(env, 'li', 'ag-board__line', [serverMessage(env, finding.message)]);
        })));
        content.push(more(env, list));
      }
    });
    return section(env, 'findings', 'account-goals.board.section.findings',
      content.length ? content : [emptyLine(env, 'account-goals.board.findings.none')]);
  }

  function nextSection(env, board) {
    return section(env, 'next', 'account-goals.board.section.next', lineList(env, board.nextQuarter, 'account-goals.board.next.none'));
  }

  function winsSection(env, board) {
    return section(env, 'wins', 'account-goals.board.section.wins', lineList(env, board.review.wins, 'account-goals.board.wins.none'));
  }

  function actionRow(env, a, names) {
    var when = a.dueDate ? env.fmt.day(a.dueDate) : text(env, 'account-goals.plan.no-date');
    var whenCell = [when];
    if (a.carriedOver) {
      whenCell = [el(env, 'span', 'aui-lozenge aui-lozenge-subtle aui-lozenge-moved', [text(env, 'account-goals.plan.carried-over')]), ' ', when];
    }
    return el(env, 'tr', null, [
      el(env, 'td', null, [goalTitle(env, a.key, a.summary)]),
      el(env, 'td', null, [a.assignee || text(env, 'account-goals.board.plan.unassigned')]),
      el(env, 'td', null, whenCell),
      el(env, 'td', null, [a.supports ? goalTitle(env, a.supports, names[a.supports]) : '\u2013'])
    ]);
  }

  /* Each action with the goal it serves, by key and, where the board names it elsewhere, summary. */
  function actionTable(env, actions, names) {
    var head = el(env, 'tr', null, ['account-goals.board.plan.action', 'account-goals.board.plan.who',
      'account-goals.board.plan.when', 'account-goals.board.plan.goal'].map(function (key) {
      var th = el(env, 'th', null, [text(env, key)]);
      th.setAttribute('scope', 'col');
      return th;
    }));
    return el(env, 'div', 'ag-board__scroll', [el(env, 'table', 'aui ag-board__table', [el(env, 'thead', null, [head]),
      el(env, 'tbody', null, actions.map(function (a) {
        return actionRow(env, a, names);
      }))])]);
  }

  /*
   * One group of a month's outline under its heading: per goal (each goal by key and, where the
   * board names it elsewhere, its summary) or per owner.
   */
  function countsGroup(env, headingKey, counts, names) {
    var perGoal = names !== null;
    return el(env, 'div', 'ag-board__outline-group', [
      el(env, 'h6', null, [text(env, headingKey)]),
      el(env, 'ul', 'ag-board__outline', counts.map(function (c) {
        var name = c.name === null ? text(env, perGoal ? 'account-goals.board.plan.no-goal' : 'account-goals.board.plan.unassigned')
          : perGoal ? goalTitle(env, c.name, names[c.name]) : c.name;
        return el(env, 'li', null, [name, ': ' + env.fmt.count(c.actions)]);
      }))
    ]);
  }

  function planSection(env, board, names) {
    var plan = board.plan;
    var first = env.fmt.month(plan.firstMonth);
    var content = [el(env, 'h5', null, [text(env, 'account-goals.board.plan.detail', [first])])];
    if (plan.detail.length === 0) {
      content.push(emptyLine(env, 'account-goals.board.plan.none', [first]));
    } else {
      content.push(actionTable(env, plan.detail, names));
      content.push(more(env, {total: plan.detailCount, shown: plan.detail}));
    }
    plan.outline.forEach(function (m) {
      var name = env.fmt.month(m.month);
      content.push(el(env, 'h5', null, [text(env, 'account-goals.board.plan.outline', [name, env.fmt.count(m.actions), env.fmt.count(m.open), m.actions, m.open])]));
      if (m.actions === 0) {
        content.push(emptyLine(env, 'account-goals.board.plan.none', [name]));
      } else {
        content.push(el(env, 'div', 'ag-board__columns', [
          countsGroup(env, 'account-goals.board.plan.by-goal', m.perGoal, names),
          countsGroup(env, 'account-goals.board.plan.by-owner', m.perOwner, null)]));
      }
    });
    if (plan.undated.length > 0) {
      content.push(el(env, 'h5', null, [text(env, 'account-goals.board.plan.undated')]));
      content.push(actionTable(env, plan.undated, names));
      content.push(more(env, {total: plan.undatedCount, shown: plan.undated}));
    }
    return section(env, 'plan', 'account-goals.board.section.plan', content);
  }

  function notices(env, board) {
    var c = board.completeness;
    var out = [];
    if (c.capReached) {
      out.push(notice(env, 'warning', text(env, 'account-goals.qbr.notice.cap-reached', [env.fmt.count(c.cap), c.cap])));
    }
    if (c.partlyRead.length > 0) {
      var keys = el(env, 'span');
      c.partlyRead.forEach(function (key, i) {
        keys.appendChild(env.doc.createTextNode(i > 0 ? ', ' : ''));
        keys.appendChild(issueLink(env, key));
      });
      out.push(notice(env, 'warning', message(env, 'account-goals.qbr.notice.partly-read', [env.fmt.count(c.partlyRead.length), keys, c.partlyRead.length])));
    }
    return out;
  }

  function hasGoals(board) {
    return board.levels.some(function (l) {
      return l.open + l.done + l.dropped > 0;
    });
  }

  // --- the board and its states ----------------------------------------------------------------

  function board(data, env) {
    if (!hasGoals(data)) {
      return empty(env, data.project);
    }
    var names = summaries(data);
    var builders = {
      light: function () { return lightSection(env, data); },
      headline: function () { return headlineSection(env, data); },
      attention: function () { return attentionSection(env, data); },
      review: function () { return reviewSection(env, data); },
      lights: function () { return lightsSection(env, data, names); },
      kpis: function () { return kpisSection(env, data); },
      findings: function () { return findingsSection(env, data, names); },
      next: function () { return nextSection(env, data); },
      wins: function () { return winsSection(env, data); },
      plan: function () { return planSection(env, data, names); }
    };
    var root = el(env, 'div', 'ag-board' + (env.narrow ? ' ag-board--narrow' : ''), notices(env, data));
    var folded = [];
    SECTIONS.filter(function (id) {
      return env.sections.indexOf(id) >= 0;
    }).forEach(function (id) {
      var node = builders[id]();
      if (env.narrow && NARROW.indexOf(id) < 0) {
        node.hidden = true;
        folded.push(node);
      }
      root.appendChild(node);
    });
    if (folded.length > 0) {
      root.appendChild(foldButton(env, folded));
    }
    return root;
  }

  /* In a narrow column, the sections beyond the first four sit behind one button. */
  function foldButton(env, folded) {
    var button = el(env, 'button', 'aui-button aui-button-link ag-board__fold', [text(env, 'account-goals.board.show-all')]);
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', folded.map(function (node) {
      return node.id;
    }).join(' '));
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') !== 'true';
      folded.forEach(function (node) {
        node.hidden = !open;
      });
      button.setAttribute('aria-expanded', String(open));
      button.textContent = text(env, open ? 'account-goals.board.show-less' : 'account-goals.board.show-all');
      if (open) {
        folded[0].querySelector('h4').setAttribute('tabindex', '-1');
        folded[0].querySelector('h4').focus();
      }
    });
    return button;
  }

  function empty(env, project) {
    var link = issueLink(env, project);
    return el(env, 'div', 'ag-board ag-board--empty', [notice(env, 'info',
      message(env, 'account-goals.board.empty', [link]), text(env, 'account-goals.board.empty.title'))]);
  }

  function loading(env, project) {
    var spinner = el(env, 'aui-spinner');
    spinner.setAttribute('size', 'small');
    var line = el(env, 'p', 'ag-board__loading', [spinner, ' ', text(env, 'account-goals.board.loading', [project])]);
    line.setAttribute('role', 'status');
    return el(env, 'div', 'ag-board ag-board--loading', [line]);
  }

  /* The server's message as it came (already translated), or the network message; a retry button. */
  function error(env, messageText, onRetry) {
    var box = notice(env, 'error', messageText, text(env, 'account-goals.board.error.title'));
    if (onRetry) {
      var retry = el(env, 'button', 'aui-button', [text(env, 'account-goals.board.retry')]);
      retry.type = 'button';
      retry.addEventListener('click', onRetry);
      box.appendChild(el(env, 'p', null, [retry]));
    }
    return el(env, 'div', 'ag-board ag-board--error', [box]);
  }

  function unconfigured(env) {
    return el(env, 'div', 'ag-board', [notice(env, 'info', text(env, 'account-goals.board.unconfigured'))]);
  }

  return {
    SECTIONS: SECTIONS,
    NARROW: NARROW,
    board: board,
    empty: empty,
    loading: loading,
    error: error,
    unconfigured: unconfigured
  };
});
