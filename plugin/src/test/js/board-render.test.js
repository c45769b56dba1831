'use strict';
const {describe, it} = require('node:test');
const assert = require('node:assert/strict');
const {page, env, fixture, bundle} = require('./support');

function renderBoard(lang, board, overrides) {
  const p = page(lang);
  const node = p.modules.render.board(board, env(p, overrides));
  p.document.getElementById('item').appendChild(node);
  return {p, node};
}

function section(node, id) {
  return node.querySelector('[data-section="' + id + '"]');
}

function hrefs(node) {
  return [...node.querySelectorAll('a')].map((a) => a.getAttribute('href'));
}

describe('the board from a realistic account (Nordwind, core\'s sample, as the REST resource maps it)', () => {
  const {p, node} = renderBoard('en', fixture('nordwind'));

  it('shows every section, in the board\'s order, each with its heading', () => {
    const ids = [...node.querySelectorAll('[data-section]')].map((s) => s.getAttribute('data-section'));
    assert.deepEqual(ids, p.modules.render.SECTIONS);
    for (const s of node.querySelectorAll('[data-section]')) {
      assert.ok(s.querySelector('h4').textContent.trim().length > 0);
      assert.equal(s.getAttribute('aria-labelledby'), s.querySelector('h4').id);
    }
  });

  it('puts the account, the quarter and the account light at the top, with the vision it comes from', () => {
    const light = section(node, 'light');
    assert.match(light.textContent, /NORD · fiscal 2026-Q4 \(Oct 1, 2026 – Dec 31, 2026\)/);
    assert.match(light.textContent, /As of Nov 18, 2026/);
    assert.match(light.querySelector('.ag-board__lozenge').textContent, /▲\s*Amber/);
    assert.ok(hrefs(light).includes('/jira/browse/NORD-1'));
  });

  it('gives the headline figures: open business goals by health and the quarter by outcome', () => {
    const text = section(node, 'headline').textContent;
    assert.match(text, /Open business goals: 17/);
    assert.match(text, /On track: 8/);
    assert.match(text, /Off track: 3/);
    assert.match(text, /\(47% of them on track\)/);
    assert.match(text, /Goals this quarter: Met: \d+/);
    assert.match(text, /Milestones this quarter: Met: \d+/);
  });

  it('lists what needs attention most urgent first: missed, overdue, off track, red, behind, watch', () => {
    const words = [...section(node, 'attention').querySelectorAll('li .ag-board__lozenge')].map((l) => l.textContent.slice(1).trim());
    const rank = ['Missed', 'Overdue', 'Off track', 'Red', 'Behind', 'Watch'];
    assert.ok(words.length > 3);
    const ranks = words.map((w) => rank.indexOf(w));
    assert.ok(ranks.every((r) => r >= 0), words.join());
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
  });

  it('draws a progress bar and a trajectory chart for each business goal with a plan', () => {
    const review = section(node, 'review');
    const board = fixture('nordwind');
    const cards = review.querySelectorAll('.ag-board__goal-card');
    assert.equal(cards.length, board.health.standings.shown.length);
    const withPlan = board.health.standings.shown.filter((s) => s.plan.length >= 2);
    const charts = review.querySelectorAll('svg.ag-chart');
    assert.equal(charts.length, withPlan.length);
    const first = withPlan[0];
    const chart = [...charts].find((c) => c.getAttribute('aria-label').startsWith('Trajectory of ' + first.goal));
    assert.equal(chart.getAttribute('role'), 'img');
    assert.equal(chart.querySelectorAll('circle.ag-chart__reading').length, first.readings.length);
    assert.equal(chart.querySelectorAll('rect.ag-chart__milestone').length, first.plan.length - 1);
    const bars = review.querySelectorAll('[role="progressbar"]');
    assert.ok(bars.length > 0);
    for (const bar of bars) {
      assert.ok(bar.getAttribute('aria-valuetext').length > 0);
      // Its name: the goal it measures (axe-core's aria-progressbar-name).
      const card = bar.closest('.ag-board__goal-card');
      assert.equal(bar.getAttribute('aria-label'), card.querySelector('.ag-board__goal').textContent);
    }
  });

  it('shows the lights\' distribution with words and the factors against us, either way and for us', () => {
    const lights = section(node, 'lights');
    assert.match(lights.textContent, /Red: \d+/);
    assert.match(lights.textContent, /Amber: \d+/);
    assert.match(lights.textContent, /Green: \d+/);
    assert.match(lights.textContent, /No light: \d+/);
    const groups = [...lights.querySelectorAll('.ag-board__factors h5')].map((h) => h.textContent);
    assert.deepEqual(groups, ['■ Against us', '▲ Could go either way', '● For us']);
  });

  it('gives every KPI its value, last quarter\'s and the change in words', () => {
    const rows = section(node, 'kpis').querySelectorAll('tbody tr');
    assert.equal(rows.length, fixture('nordwind').kpis.shown.length);
    for (const row of rows) {
      assert.match(row.cells[3].textContent, /better|worse|unchanged|new|Not measured/);
    }
  });

  it('points a ceiling KPI\'s arrow the way its value went, and calls a rise worse', () => {
    const churn = [...section(node, 'kpis').querySelectorAll('tbody tr')].find((r) => r.textContent.includes('NORD-8'));
    assert.equal(churn.cells[3].textContent, '▲\u00a0+1.3\u00a0percentage points, worse');
  });

  it('writes the findings in the reader\'s language, with the issues they name as links', () => {
    const findings = section(node, 'findings');
    assert.match(findings.textContent, /NORD-29 has several milestones on Aug 31, 2026: NORD-30, NORD-31\. Only the first counts\./);
    assert.ok(hrefs(findings).includes('/jira/browse/NORD-31'));
    assert.doesNotMatch(findings.textContent, /account-goals\./);
  });

  it('shows next quarter, the wins and the rolling plan with this month in detail', () => {
    assert.equal(section(node, 'next').querySelectorAll('li').length, fixture('nordwind').nextQuarter.shown.length);
    assert.match(section(node, 'wins').textContent, /met on /);
    const plan = section(node, 'plan');
    assert.match(plan.textContent, /November 2026 in detail/);
    assert.match(plan.textContent, /Carried over/);
    assert.match(plan.textContent, /December 2026: \d+ actions, \d+ open/);
  });

  it('heads each month\'s outline "By goal" and "By owner", and names a goal by key and summary where the board has it', () => {
    const board = fixture('nordwind');
    const december = board.plan.outline.find((m) => m.month === '2026-12');
    const keyed = december.perGoal.find((c) => c.name !== null);
    const named = board.health.standings.shown.find((s) => s.goal === keyed.name);
    const groups = [...section(node, 'plan').querySelectorAll('.ag-board__outline-group')];

    assert.deepEqual(groups.slice(0, 2).map((g) => g.querySelector('h6').textContent), ['By goal', 'By owner']);
    const goalLine = [...groups[0].querySelectorAll('li')].find((li) => li.textContent.startsWith(keyed.name));
    assert.ok(goalLine.querySelector('a'));
    assert.ok(named);
    assert.equal(goalLine.textContent, keyed.name + ' ' + named.summary + ': ' + keyed.actions);
    assert.match(groups[1].textContent, new RegExp(december.perOwner[0].name + ': 1'));
  });

  it('names the goal of each action in the month\'s detail by key and, where the board has it, summary', () => {
    const board = fixture('nordwind');
    const names = new Map(board.health.standings.shown.map((s) => [s.goal, s.summary]));
    const action = board.plan.detail.find((a) => a.supports && names.has(a.supports));
    assert.ok(action, 'the fixture has an action for a goal the board names');
    const rows = [...section(node, 'plan').querySelectorAll('table tbody tr')];
    const row = rows.find((r) => r.cells[0].textContent.startsWith(action.key));

    const goalCell = row.cells[3];
    assert.equal(goalCell.textContent, action.supports + ' ' + names.get(action.supports));
    assert.equal(goalCell.querySelector('a').textContent, action.supports);
  });

  it('links every issue to Jira\'s issue page under the context path', () => {
    const links = hrefs(node);
    assert.ok(links.length > 30);
    for (const href of links) {
      assert.match(href, /^\/jira\/browse\/[A-Z][A-Z0-9_]*(-\d+)?$/);
    }
  });

  it('never shows a key instead of a text', () => {
    assert.doesNotMatch(node.textContent, /account-goals\./);
  });
});

describe('colour is never the only cue', () => {
  const {node} = renderBoard('en', fixture('nordwind'));

  it('puts a shape and a word in every lozenge', () => {
    const lozenges = node.querySelectorAll('.ag-board__lozenge');
    assert.ok(lozenges.length > 10);
    for (const l of lozenges) {
      const glyph = l.querySelector('.ag-board__glyph');
      assert.equal(glyph.getAttribute('aria-hidden'), 'true');
      assert.ok(l.textContent.replace(glyph.textContent, '').trim().length > 1, l.textContent);
    }
  });

  it('gives each light its own word and shape', () => {
    const {p, node: acme} = renderBoard('de', fixture('nordwind'));
    const words = [...acme.querySelectorAll('.ag-board__distribution li')].map((li) => li.textContent);
    assert.deepEqual(words.map((w) => w.replace(/\d+/, 'n')), ['■ Rot: n', '▲ Gelb: n', '● Grün: n', '○ Keine Ampel: n']);
    assert.ok(p.used.has('account-goals.trafficlight.colour.RED'));
  });
});

describe('another account (Acme): no account light, one milestone overdue', () => {
  const {node} = renderBoard('en', fixture('acme'));

  it('says that no light is set rather than inventing one', () => {
    const light = section(node, 'light');
    assert.match(light.textContent, /No light/);
    assert.match(light.textContent, /No light set: give the vision ACME-1 a traffic light\./);
    assert.equal(light.querySelector('.ag-board__account-light a').textContent, 'ACME-1');
  });

  it('says when there is no open vision to carry a light, and never asks for a light Jira has no place for', () => {
    const board = fixture('acme');
    board.accountLight.vision = null;
    const light = section(renderBoard('de', board).node, 'light');
    assert.match(light.textContent, /Keine Ampel gesetzt: Der Account hat keine offene Vision, die eine tragen könnte\./);
    assert.doesNotMatch(light.textContent, /für den Account/);
  });

  it('puts the overdue milestone before the goal off track, the red light and the goal to watch', () => {
    const keys = [...section(node, 'attention').querySelectorAll('li a')].map((a) => a.textContent);
    assert.deepEqual(keys, ['ACME-14', 'ACME-7', 'ACME-2', 'ACME-9']);
  });

  it('shows a KPI\'s change with its arrow, sign and unit, and in words whether it is better or worse', () => {
    const rows = [...section(node, 'kpis').querySelectorAll('tbody tr')].map((r) => r.cells[3].textContent);
    assert.deepEqual(rows, ['▲\u00a0+5\u00a0leads, better', '▼\u00a0\u22120.6\u00a0percentage points, worse']);
    const kept = [...section(node, 'kpis').querySelectorAll('tbody tr')].map((r) => r.cells[3].querySelector('.ag-kpi__delta').textContent);
    assert.deepEqual(kept, ['▲\u00a0+5\u00a0leads', '▼\u00a0\u22120.6\u00a0percentage points'], 'the arrow joined to its change by a no-break space');
  });

  it('names a goal by its key when the board has no summary for it', () => {
    const card = [...section(node, 'review').querySelectorAll('.ag-board__goal-card')].find((c) => c.textContent.includes('ACME-12'));
    assert.match(card.textContent, /keep goal/);
  });
});

describe('user text is text, never markup', () => {
  const evil = '<img src=x onerror=alert(1)>';

  it('shows a summary, a factor, an owner and an action as the characters they are', () => {
    const board = fixture('nordwind');
    board.review.goalLines.shown[0].summary = evil;
    board.lights.redFactors.shown[0].text = evil;
    board.nextQuarter.shown[0].owner = evil;
    board.plan.detail[0].summary = evil;
    board.kpis.shown[0].unit = evil;
    const {node} = renderBoard('en', board);
    assert.equal(node.querySelectorAll('img').length, 0);
    assert.equal(node.textContent.split(evil).length - 1 >= 4, true);
    assert.ok(section(node, 'lights').textContent.includes(evil));
  });

  it('shows the server\'s error message as text', () => {
    const p = page('en');
    const node = p.modules.render.error(env(p), evil, null);
    assert.equal(node.querySelectorAll('img').length, 0);
    assert.ok(node.textContent.includes(evil));
  });
});

describe('the reader\'s language', () => {
  it('writes numbers and dates the German way', () => {
    const {node} = renderBoard('de', fixture('acme'));
    const kpis = section(node, 'kpis').textContent;
    assert.ok(kpis.includes('22,5\u00a0%'), kpis);
    assert.ok(kpis.includes('\u22120,6\u00a0Prozentpunkte, schlechter'), kpis);
    assert.match(section(node, 'light').textContent, /Stand 16\. Nov\. 2026/);
    assert.match(section(node, 'plan').textContent, /November 2026 im Detail/);
    assert.deepEqual([...section(node, 'plan').querySelectorAll('.ag-board__outline-group h6')].slice(0, 2)
      .map((h) => h.textContent), ['Nach Ziel', 'Nach Verantwortlichen']);
    assert.match(section(node, 'headline').textContent, /Offene Geschäftsziele: 6/);
  });

  it('gives a KPI\'s change of a rate in percentage points and a count with the form of its unit that agrees (Nordwind, German)', () => {
    const {node} = renderBoard('de', fixture('nordwind'));
    const change = (key) => [...section(node, 'kpis').querySelectorAll('tbody tr')].find((r) => r.textContent.includes(key)).cells[3].textContent;
    assert.equal(change('NORD-15'), '▼\u00a0\u22120,4\u00a0Prozentpunkte, schlechter');
    assert.equal(change('NORD-16'), '▼\u00a0\u22121\u00a0Lead, schlechter');
    assert.match(section(node, 'findings').textContent, /Das Ziel braucht 2,83\u00a0Leads pro Monat/);
  });

  it('writes numbers and dates the Italian way', () => {
    const {node} = renderBoard('it', fixture('acme'));
    const kpis = section(node, 'kpis').textContent;
    assert.ok(kpis.includes('22,5\u00a0%'), kpis);
    assert.ok(kpis.includes('\u22120,6\u00a0punti percentuali, peggiorato'), kpis);
    assert.match(section(node, 'light').textContent, /Al 16 nov 2026/);
    assert.match(section(node, 'plan').textContent, /novembre 2026 in dettaglio/);
    assert.deepEqual([...section(node, 'plan').querySelectorAll('.ag-board__outline-group h6')].slice(0, 2)
      .map((h) => h.textContent), ['Per obiettivo', 'Per responsabile']);
    assert.match(section(node, 'findings').textContent, /L'obiettivo richiede 2,93\u00a0days al mese/);
  });

  it('reads the language from Jira\'s locale meta tag when the page has no lang', () => {
    const p = page('de', {htmlLang: '', meta: 'de_DE'});
    assert.equal(p.modules.format.localeOf(p.document), 'de-DE');
  });

  it('carries the same keys in English, German and Italian for every text the board can show', () => {
    const p = page('en');
    const en = bundle('en');
    const de = bundle('de');
    const it = bundle('it');
    for (const key of p.modules.strings.keys) {
      assert.ok(key in en && key in de && key in it, key);
    }
  });
});

describe('the states around the board', () => {
  it('says what to do when the account has no goals', () => {
    const board = fixture('acme');
    board.levels.forEach((l) => Object.assign(l, {open: 0, done: 0, dropped: 0}));
    const {node} = renderBoard('en', board);
    assert.match(node.textContent, /No goals yet/);
    assert.match(node.textContent, /ACME has no goals yet\. Create an issue of type Goal in ACME/);
    assert.ok(hrefs(node).includes('/jira/browse/ACME'));
  });

  it('announces the loading board', () => {
    const p = page('en');
    const node = p.modules.render.loading(env(p), 'ACME');
    assert.equal(node.querySelector('[role="status"]').textContent.trim(), 'Loading the QBR board of ACME…');
  });

  it('offers to try again after an error', () => {
    const p = page('en');
    let tried = 0;
    const node = p.modules.render.error(env(p), 'No such project.', () => tried++);
    assert.equal(node.querySelector('[role="alert"]').querySelector('.title').textContent, 'The QBR board could not be loaded');
    node.querySelector('button').click();
    assert.equal(tried, 1);
  });

  it('says when the board stopped at the cap and which issues were read only in part', () => {
    const board = fixture('acme');
    board.completeness = {cap: 5000, capReached: true, partlyRead: ['ACME-3', 'ACME-7']};
    const {node} = renderBoard('en', board);
    const notices = [...node.querySelectorAll('.aui-message-warning')].map((n) => n.textContent);
    assert.match(notices[0], /only the first 5,000 goals/);
    assert.match(notices[1], /^2 issues could be read only in part \(ACME-3, ACME-7\)/);
  });

  it('says so in one line when a section has nothing in it', () => {
    const board = fixture('acme');
    board.kpis = {total: 0, shown: []};
    board.findings = {notSmart: {total: 0, shown: []}, alignment: {total: 0, shown: []}, milestones: {total: 0, shown: []}};
    const {node} = renderBoard('en', board);
    assert.equal(section(node, 'kpis').querySelector('.ag-board__none').textContent, 'No KPIs yet: mark a goal as KPI.');
    assert.match(section(node, 'findings').textContent, /No findings/);
  });

  it('says how many more a cut list holds', () => {
    const board = fixture('acme');
    board.nextQuarter.total = board.nextQuarter.shown.length + 14;
    const {node} = renderBoard('en', board);
    assert.match(section(node, 'next').textContent, /and 14 more/);
  });
});

describe('layout and choice of sections', () => {
  it('shows only the sections chosen in the settings', () => {
    const {node} = renderBoard('en', fixture('acme'), {sections: ['kpis', 'light']});
    assert.deepEqual([...node.querySelectorAll('[data-section]')].map((s) => s.getAttribute('data-section')), ['light', 'kpis']);
  });

  it('keeps the headline, attention and KPIs in a narrow column and the rest behind one button', () => {
    const {node} = renderBoard('en', fixture('acme'), {narrow: true});
    const visible = [...node.querySelectorAll('[data-section]')].filter((s) => !s.hidden).map((s) => s.getAttribute('data-section'));
    assert.deepEqual(visible, ['light', 'headline', 'attention', 'kpis']);
    const button = node.querySelector('button.ag-board__fold');
    assert.equal(button.getAttribute('aria-expanded'), 'false');
    button.click();
    assert.equal(button.getAttribute('aria-expanded'), 'true');
    assert.equal(button.textContent, 'Show fewer sections');
    assert.equal([...node.querySelectorAll('[data-section]')].filter((s) => s.hidden).length, 0);
    assert.equal(node.ownerDocument.activeElement, section(node, 'review').querySelector('h4'));
  });

  it('gives the KPIs two columns in a narrow column: the change under this quarter\'s value, nothing cut off', () => {
    const {node} = renderBoard('de', fixture('nordwind'), {narrow: true});
    const table = section(node, 'kpis').querySelector('table');
    assert.deepEqual([...table.querySelectorAll('thead th')].map((th) => th.textContent), ['KPI', 'Dieses Quartal']);
    const row = [...table.querySelectorAll('tbody tr')].find((r) => r.cells[0].textContent.startsWith('NORD-15'));
    assert.equal(row.cells.length, 2);
    assert.equal(row.cells[1].querySelector('.ag-kpi__change').textContent, '▼\u00a0\u22120,4\u00a0Prozentpunkte, schlechter');
    assert.equal(row.cells[1].firstChild.textContent, '22,4\u00a0%');
    const unmeasured = [...table.querySelectorAll('tbody tr')].find((r) => r.cells[0].textContent.startsWith('NORD-18'));
    assert.equal(unmeasured.cells[1].textContent, 'Nicht gemessen', 'said once, not again as its change');
  });
});

describe('a business goal that appears in no other list of the board', () => {
  const board = fixture('nordwind');
  const {node} = renderBoard('de', board);
  const card = (key) => [...section(node, 'review').querySelectorAll('.ag-board__goal-card')]
    .find((c) => c.querySelector('a').textContent === key);

  it('still shows its summary beside its key, from its own standing (NORD-19, NORD-29, NORD-33)', () => {
    for (const [key, summary] of [['NORD-19', 'Bruttomarge im Servicevertrag bei mindestens 32 % halten'],
      ['NORD-29', '8 Standorte an die Telematik-Plattform anbinden'],
      ['NORD-33', 'Digitale Frachtbriefe: Anteil auf 60 % der Sendungen steigern']]) {
      assert.ok(card(key), key);
      assert.equal(card(key).querySelector('.ag-board__goal').textContent, key + ' ' + summary);
    }
  });

  it('gives its values with their unit, and draws a whole-number plan in steps (NORD-9, NORD-29)', () => {
    assert.match(card('NORD-9').querySelector('.ag-board__facts').textContent, /aktuell 0\u00a0Verträge · nächster Schritt 1\u00a0Vertrag bis 10\. Dez\. 2026/);
    assert.match(card('NORD-29').querySelector('.ag-board__facts').textContent, /aktuell 6\u00a0Standorte/);
    assert.ok(card('NORD-29').querySelector('svg.ag-chart--steps'));
    assert.ok(!card('NORD-22').querySelector('svg.ag-chart--steps'));
  });
});

describe('a goal\'s value against its plan, on its card, in "Needs attention" and in the panel', () => {
  const flat = (t) => t.replace(/\u00a0/g, ' ');
  function detail(lang, standing) {
    const p = page(lang);
    return flat(p.modules['common.parts'].valueDetail(env(p), standing, standing.unit));
  }
  function shown(name, key) {
    return fixture(name).health.standings.shown.find((s) => s.goal === key);
  }
  /*
   * 2 products on 1 June, 3 by the end of October, 5 by the end of next year; 3 now: at its plan,
   * the next step ahead, as core's standing says (core decides; StandingStepsTest).
   */
  const products = {goal: 'ACME-20', unit: 'products', scale: 'WHOLE_NUMBERS', direction: 'INCREASE', date: '2026-11-16',
    planned: 3, actual: 3, health: 'ON_TRACK', plan: [{date: '2026-06-01', value: 2}, {date: '2026-10-31', value: 3},
      {date: '2027-12-31', value: 5}], atPlan: true, nextStep: {date: '2027-12-31', value: 5}, targetReached: false};

  it('names the next step of a whole-number goal on its plan, not the plan\'s held value (NORD-37: not "Plan 0")', () => {
    assert.equal(detail('de', shown('nordwind', 'NORD-37')), 'aktuell 20 Besuche · nächster Schritt 24 Besuche bis 31. Dez. 2026');
    assert.equal(detail('en', shown('nordwind', 'NORD-37')), 'now 20 Besuche · next step 24 Besuche by Dec 31, 2026');
    assert.equal(detail('en', products), 'now 3 products · next step 5 products by Dec 31, 2027');
  });

  it('names the step a whole-number goal to watch waits for (NORD-9) and the one after a goal ahead of its plan (NORD-29)', () => {
    assert.equal(detail('de', shown('nordwind', 'NORD-9')), 'aktuell 0 Verträge · nächster Schritt 1 Vertrag bis 10. Dez. 2026');
    assert.equal(detail('de', shown('nordwind', 'NORD-29')), 'aktuell 6 Standorte · nächster Schritt 7 Standorte bis 31. Jan. 2027');
  });

  it('keeps "plan X" for a whole-number goal short of its plan: the step it missed (NORD-16, NORD-40)', () => {
    assert.equal(detail('de', shown('nordwind', 'NORD-16')), 'aktuell 8 Leads · Plan 10 Leads');
    assert.equal(detail('de', shown('nordwind', 'NORD-40')), 'aktuell 2 Schulungen · Plan 3 Schulungen');
    assert.equal(detail('en', Object.assign({}, products, {actual: 2, atPlan: false})), 'now 2 products · plan 3 products');
  });

  it('says "target reached" for a whole-number goal at its target, not the plan\'s held value', () => {
    assert.equal(detail('en', Object.assign({}, products, {actual: 5, nextStep: null, targetReached: true})), 'now 5 products · target reached');
    assert.equal(detail('de', Object.assign({}, products, {actual: 6, nextStep: null, targetReached: true})), 'aktuell 6 products · Zielwert erreicht');
  });

  it('keeps "plan X" when core gives no step, and says only the value without a plan', () => {
    assert.equal(detail('en', Object.assign({}, products, {nextStep: null})), 'now 3 products · plan 3 products');
    assert.equal(detail('en', Object.assign({}, products, {planned: null, atPlan: false})), 'now 3 products');
    assert.equal(detail('en', Object.assign({}, products, {actual: null, atPlan: false, nextStep: null})), 'plan 3 products');
  });

  it('keeps "plan X" for a continuous goal, whose plan is a line (ACME-10, NORD-11)', () => {
    assert.equal(detail('en', shown('acme', 'ACME-10')), 'now 22.5 % · plan 22.1 %');
    assert.match(detail('de', shown('nordwind', 'NORD-11')), /^aktuell 2\.097\.340,15 EUR · Plan 2\.119\.565,22 EUR$/);
  });

  it('says the same on the board\'s card and in its "Needs attention" line (NORD-9, to watch, its red light left out)', () => {
    const board = fixture('nordwind');
    board.lights.red.shown = board.lights.red.shown.filter((line) => line.key !== 'NORD-9');
    const {node} = renderBoard('de', board);
    const expected = /aktuell 0 Verträge · nächster Schritt 1 Vertrag bis 10\. Dez\. 2026/;
    const card = [...section(node, 'review').querySelectorAll('.ag-board__goal-card')].find((c) => c.querySelector('a').textContent === 'NORD-9');
    assert.match(flat(card.textContent), expected);
    const line = [...section(node, 'attention').querySelectorAll('li')].find((l) => l.querySelector('a').textContent === 'NORD-9');
    assert.match(flat(line.textContent), /^◆Unter Beobachtung NORD-9 /);
    assert.match(flat(line.textContent), expected);
  });
});

describe('the texts the script carries', () => {
  const fs = require('node:fs');
  const path = require('node:path');
  const {RESOURCES} = require('./support');
  const p = page('en');
  const keys = p.modules.strings.keys;
  const FINDINGS = ['account-goals.alignment.finding.', 'account-goals.milestone.finding.', 'account-goals.smart.achievable.',
    'account-goals.smart.measurable.', 'account-goals.smart.relevant.', 'account-goals.smart.specific.', 'account-goals.smart.time-bound.'];

  it('include every finding the server can send', () => {
    const findings = Object.keys(bundle('en')).filter((key) => FINDINGS.some((prefix) => key.startsWith(prefix)));
    assert.ok(findings.length > 20);
    assert.deepEqual(findings.filter((key) => !keys.includes(key)), []);
  });

  it('are each used by the board, its settings form, the goal panel or the parts they share, or sent by the server', () => {
    const code = ['board/format', 'board/render', 'board/item', 'common/parts', 'panel/render', 'panel/mount']
      .map((m) => fs.readFileSync(path.join(RESOURCES, 'js', m + '.js'), 'utf8')).join('\n');
    const built = ['account-goals.board.light.source.', 'account-goals.trafficlight.group.', 'account-goals.board.section.',
      'account-goals.board.tally.'];
    const unused = keys.filter((key) => !code.includes("'" + key + "'") && !FINDINGS.concat(built).some((prefix) => key.startsWith(prefix)));
    assert.deepEqual(unused, []);
  });

  it('come back as the key itself when the server sends one the script does not know', () => {
    assert.equal(p.modules.strings.text('account-goals.some.newer.key', []), 'account-goals.some.newer.key');
  });
});

describe('a business goal without a progress bar says why', () => {
  function reviewCardOf(board, goal) {
    const {node} = renderBoard('en', board);
    const link = [...section(node, 'review').querySelectorAll('.ag-board__cards a')].find((a) => a.textContent === goal);
    return link.closest('.ag-board__cards > li');
  }

  function withFirstStanding(change) {
    const board = fixture('nordwind');
    const standing = board.health.standings.shown[0];
    change(standing);
    return {board, goal: standing.goal};
  }

  it('a floor or ceiling is a keep goal, judged by its side of the target', () => {
    const {board, goal} = withFirstStanding((s) => {
      s.direction = 'KEEP_AT_MOST';
      s.progress = null;
    });
    assert.match(reviewCardOf(board, goal).textContent, /A keep goal: judged by its side of the target/);
  });

  it('a goal towards a target without a reading yet is not called a keep goal', () => {
    const {board, goal} = withFirstStanding((s) => {
      s.direction = 'DECREASE';
      s.progress = null;
      s.actual = null;
    });
    const card = reviewCardOf(board, goal).textContent;
    assert.match(card, /No reading yet, so no progress to show/);
    assert.doesNotMatch(card, /keep goal/);
  });

  it('a measured goal towards a target whose baseline or target gives no way says what it needs', () => {
    const {board, goal} = withFirstStanding((s) => {
      s.direction = 'INCREASE';
      s.progress = null;
      s.actual = 3;
    });
    assert.match(reviewCardOf(board, goal).textContent, /needs a baseline and a target in the chosen direction/);
  });

  it('says the same in German', () => {
    const board = fixture('nordwind');
    const standing = board.health.standings.shown[0];
    Object.assign(standing, {direction: 'INCREASE', progress: null, actual: null});
    const {node} = renderBoard('de', board);
    assert.match(section(node, 'review').textContent, /Noch kein Messwert, daher noch kein Fortschritt/);
  });
});

describe('a goal that appears only in the SMART findings (NORD-35, a milestone due after its goal)', () => {
  it('is named by its key and its summary, as every other goal on the board', () => {
    const {node} = renderBoard('de', fixture('nordwind'));
    const link = [...section(node, 'findings').querySelectorAll('a')].find((a) => a.textContent === 'NORD-35');
    assert.ok(link, 'NORD-35 is among the SMART findings');
    assert.equal(link.closest('.ag-board__goal').textContent, 'NORD-35 60 % digitale Frachtbriefe bis Mitte 2028');
  });
});
