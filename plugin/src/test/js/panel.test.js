'use strict';
const {describe, it} = require('node:test');
const assert = require('node:assert/strict');
const {page, env, goalFixture, bundle} = require('./support');

function renderPanel(lang, data, overrides) {
  const p = page(lang);
  const node = p.modules['panel.render'].panel(data, env(p, Object.assign({t: p.modules['panel.strings'].text}, overrides)));
  p.document.getElementById('item').appendChild(node);
  return {p, node};
}

function section(node, id) {
  return node.querySelector('[data-section="' + id + '"]');
}

function ids(node) {
  return [...node.querySelectorAll('[data-section]')].map((s) => s.getAttribute('data-section'));
}

function text(node) {
  return node.textContent.replace(/\s+/g, ' ').trim();
}

const IMG = '<img src=x onerror=alert(1)>';

describe('the goal panel of a business goal (ACME-7, off track against a line)', () => {
  const data = goalFixture('ACME-7');
  const {node} = renderPanel('en', data);

  it('shows its sections in BOARD.md\'s order, each under its heading', () => {
    assert.deepEqual(ids(node), ['status', 'progress', 'smart', 'light', 'history', 'alignment']);
    for (const s of node.querySelectorAll('[data-section]')) {
      assert.equal(s.getAttribute('aria-labelledby'), s.querySelector('h4').id);
      assert.ok(s.querySelector('h4').textContent.length > 0);
    }
  });

  it('says the health in a word and a shape, the light in a word and a shape, and why in one sentence', () => {
    const status = section(node, 'status');
    const lozenges = [...status.querySelectorAll('.ag-board__lozenge')].map(text);
    assert.deepEqual(lozenges, ['✕Off track', '▲Amber']);
    assert.equal(text(status.querySelector('.ag-panel__why')), '58 days now; the plan says 54.41 days by Nov 16, 2026.');
  });

  it('draws the progress bar with the plan\'s mark, the values, the target and the chart with its legend', () => {
    const progress = section(node, 'progress');
    const bar = progress.querySelector('[role="progressbar"]');
    assert.equal(bar.getAttribute('aria-valuenow'), '13');
    assert.equal(bar.getAttribute('aria-label'), 'ACME-7 Cut days sales outstanding from 60 to 45 days');
    assert.match(bar.getAttribute('aria-valuetext'), /Progress 13%; the plan says \d+% by today/);
    assert.ok(progress.querySelector('.ag-progress__plan'));
    assert.equal(text(progress.querySelector('.ag-panel__facts')), 'now 58 days · plan 54.41 days · target 45 days by Mar 31, 2027');
    const chart = progress.querySelector('svg.ag-chart');
    assert.equal(chart.getAttribute('role'), 'img');
    assert.match(chart.getAttribute('aria-label'), /^Trajectory of ACME-7 Cut days sales outstanding/);
    assert.equal(chart.querySelectorAll('circle.ag-chart__reading').length, data.standing.readings.length);
    assert.equal(chart.querySelectorAll('rect.ag-chart__milestone').length, data.standing.plan.length - 1);
    assert.ok(!chart.classList.contains('ag-chart--steps'), 'days outstanding are continuous: a line');
    assert.equal(progress.querySelectorAll('.ag-legend li').length, 4);
  });

  it('lists all five SMART criteria, each holding or failing in a word and a shape, with what to change under a failing one', () => {
    const items = [...section(node, 'smart').querySelectorAll('.ag-panel__criterion')];
    const own = (i) => text(i).replace(i.querySelector('ul') ? text(i.querySelector('ul')) : '', '').replace(/^. /, '');
    assert.deepEqual(items.map(own),
      ['Specific: holds', 'Measurable: holds', 'Achievable: fails', 'Relevant: holds', 'Time-bound: holds']);
    const achievable = items[2];
    assert.ok(achievable.querySelector('.ag-board__glyph--error'));
    assert.equal(achievable.querySelectorAll('.ag-panel__findings li').length, 1);
    assert.match(text(achievable.querySelector('.ag-panel__findings')), /2\.93 days/);
  });

  it('shows the light with its source and every factor with its colour\'s shape and word, in the team\'s order', () => {
    const light = section(node, 'light');
    assert.equal(text(light.querySelector('.ag-board__lozenge')), '▲Amber');
    assert.match(text(light), /from the factors/);
    assert.deepEqual([...light.querySelectorAll('.ag-panel__factor')].map(text), ['▲ Amber: The customer is buying a company']);
  });

  it('says so when the target was never changed', () => {
    assert.equal(text(section(node, 'history').querySelector('.ag-panel__none')), 'The target has not been changed.');
  });

  it('links every goal up and down to its issue, with its health or outcome beside it', () => {
    const alignment = section(node, 'alignment');
    const links = [...alignment.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    assert.deepEqual(links, ['/jira/browse/ACME-1', '/jira/browse/ACME-8', '/jira/browse/ACME-14']);
    assert.match(text(alignment), /Supports\?No due date ACME-1 We are a valued/);
    assert.match(text(alignment), /!Overdue ACME-14 55 days sales outstanding by mid-November due Nov 10, 2026/);
  });
});

describe('a whole-number goal (NORD-9: 0 to 1 contract, the step due in 22 days)', () => {
  const data = goalFixture('NORD-9');

  it('draws its plan in steps: flat at 0 until the due date, then up to 1', () => {
    const {node} = renderPanel('en', data);
    const chart = section(node, 'progress').querySelector('svg.ag-chart');
    assert.ok(chart.classList.contains('ag-chart--steps'));
    const points = chart.querySelector('.ag-chart__plan').getAttribute('points').split(' ').map((p) => p.split(',').map(Number));
    assert.equal(points.length, 3, 'start, the corner under the step, the target');
    assert.equal(points[1][0], points[2][0], 'the step rises at the due date');
    assert.equal(points[0][1], points[1][1], 'flat until then');
  });

  it('reads in German: Unter Beobachtung, the light Rot, numbers with their unit and German dates', () => {
    const {node} = renderPanel('de', data);
    const lozenges = [...section(node, 'status').querySelectorAll('.ag-board__lozenge')].map(text);
    assert.deepEqual(lozenges, [bundle('de')['account-goals.health.watch'] && '◆' + bundle('de')['account-goals.health.watch'], '■Rot']);
    assert.equal(text(section(node, 'status').querySelector('.ag-panel__why')), 'Jetzt 0 Verträge; der nächste Schritt, 1 Vertrag bis 10. Dez. 2026, ist in weniger als einem Monat fällig und noch nicht erreicht.');
    assert.match(text(section(node, 'progress')), /Zielwert 1 Vertrag bis 10\. Dez\. 2026/);
    assert.equal(text(section(node, 'progress').querySelector('.ag-panel__facts')), 'aktuell 0 Verträge · Zielwert 1 Vertrag bis 10. Dez. 2026',
      'its next step is its target: said once, as the target');
    const factors = [...section(node, 'light').querySelectorAll('.ag-panel__factor')].map(text);
    assert.deepEqual(factors, ['■ Rot: Nicht auf der Liste der bevorzugten Lieferanten für das Werk Bremen',
      '● Grün: Der Werksleiter in Bremen unterstützt uns']);
  });
});

describe('a whole-number goal on its plan (NORD-4: 3 products now, the next step 4 by 31 March 2027)', () => {
  const data = goalFixture('NORD-4');
  const flat = (node) => text(node).replace(/\u00a0/g, ' ');

  it('says why it is on track by its next step, not by the plan\'s held value, in each language', () => {
    for (const [lang, why] of [['en', '3 Produkte now, on plan; the next step is 4 Produkte by Mar 31, 2027.'],
      ['de', 'Jetzt 3 Produkte und damit im Plan; der nächste Schritt ist 4 Produkte bis 31. März 2027.'],
      ['it', 'Ora 3 Produkte, in linea con il piano; il prossimo passo è 4 Produkte entro il 31 mar 2027.']]) {
      const {node} = renderPanel(lang, data);
      assert.equal(flat(section(node, 'status').querySelector('.ag-panel__why')), why);
    }
  });

  it('names the same step in its facts line', () => {
    const {node} = renderPanel('de', data);
    assert.match(flat(section(node, 'progress').querySelector('.ag-panel__facts')), /^aktuell 3 Produkte · nächster Schritt 4 Produkte bis 31\. März 2027 · /);
  });
});

describe('a whole-number goal at its target before it is closed', () => {
  const data = JSON.parse(JSON.stringify(goalFixture('NORD-4')));
  data.why = {key: 'account-goals.detail.why.target-reached', arguments: [{type: 'AMOUNT', value: 5, unit: 'Produkte'},
    {type: 'AMOUNT', value: 5, unit: 'Produkte'}]};
  Object.assign(data.standing, {actual: 5, targetReached: true}); // as core's standing says at 5 of 5
  const flat = (node) => text(node).replace(/\u00a0/g, ' ');

  it('says the target is reached, in its reason and its facts line', () => {
    const {node} = renderPanel('it', data);
    assert.equal(flat(section(node, 'status').querySelector('.ag-panel__why')), 'Ora 5 Produkte: il valore obiettivo di 5 Produkte è raggiunto.');
    assert.match(flat(section(node, 'progress').querySelector('.ag-panel__facts')), /^ora 5 Produkte · valore obiettivo raggiunto · /);
  });
});

describe('a re-planned goal (NORD-24)', () => {
  const data = goalFixture('NORD-24');
  const {node} = renderPanel('de', data);

  it('lists the target\'s changes: when, old and new value in German numbers, who and why', () => {
    const rows = [...section(node, 'history').querySelectorAll('tbody tr')].map((r) => [...r.cells].map(text));
    assert.deepEqual(rows, [['15. Juli 2026', '700.000 EUR → 640.000 EUR', 'Katrin Schulz',
      'Werk Kassel schließt Ende Juni, dort entfällt die Wartung']]);
    assert.deepEqual([...section(node, 'history').querySelectorAll('th')].map((th) => th.getAttribute('scope')), ['col', 'col', 'col', 'col']);
  });

  it('draws the original plan dashed beside the current one and says how it stands against it', () => {
    const progress = section(node, 'progress');
    assert.ok(progress.querySelector('.ag-chart__original'));
    assert.match(text(progress.querySelector('.ag-panel__facts')), /gegenüber dem ursprünglichen Plan: Gefährdet/);
  });
});

describe('a goal that is not measured yet (NORD-33)', () => {
  const {node} = renderPanel('en', goalFixture('NORD-33'));

  it('says "not measured" in a word and a shape, why, and what to do for progress', () => {
    assert.equal(text(section(node, 'status').querySelector('.ag-board__lozenge')), '○Not measured');
    assert.match(text(section(node, 'status')), /Not measured yet: there is no reading/);
    assert.match(text(section(node, 'progress')), /No progress to show yet: enter a first reading in the Actual field\./);
    assert.equal(section(node, 'progress').querySelector('[role="progressbar"]'), null);
  });
});

describe('a keep goal with a reading (NORD-8: churn at most 10 %, now 12.5 %)', () => {
  const data = goalFixture('NORD-8');

  it('says it is a keep goal, judged by its side of the target, never that there is no reading', () => {
    for (const [lang, expected] of [['en', /A keep goal: judged by its side of the target/],
      ['de', /Ein Halteziel: bewertet danach, auf welcher Seite des Zielwerts es liegt/],
      ['it', /Un obiettivo di mantenimento/]]) {
      const progress = section(renderPanel(lang, data).node, 'progress');
      assert.match(text(progress), expected);
      assert.doesNotMatch(text(progress), /No reading yet|Noch kein Messwert|Ancora nessuna misurazione|first reading|ersten Messwert|prima rilevazione/);
    }
  });
});

describe('a ceiling crossed says by how much, in points for a percentage (NORD-8: churn at most 10 %, now 12.5 %)', () => {
  it('names the side and the distance, never a plan it does not have', () => {
    const why = (lang) => text(section(renderPanel(lang, goalFixture('NORD-8')).node, 'status').querySelector('.ag-panel__why'));
    assert.equal(why('en'), '12.5 % now: 2.5 percentage points above the ceiling of 10 %.');
    assert.equal(why('de'), 'Jetzt 12,5 %: 2,5 Prozentpunkte über der Obergrenze, 10 %.');
    assert.equal(why('it'), 'Ora 12,5 %: 2,5 punti percentuali sopra la soglia massima di 10 %.');
  });
});

describe('a measured goal whose baseline and target give no way (NORD-33 with a reading)', () => {
  const data = goalFixture('NORD-33');
  data.standing = Object.assign({}, data.standing, {actual: 12});

  it('says a baseline and a target are needed, not that a first reading is', () => {
    const progress = section(renderPanel('en', data).node, 'progress');
    assert.match(text(progress), /that needs a baseline and a target in the chosen direction/);
    assert.doesNotMatch(text(progress), /enter a first reading/);
  });
});

describe('a vision (NORD-1)', () => {
  const {node} = renderPanel('en', goalFixture('NORD-1'));

  it('has no health and no progress, says SMART does not apply, and shows its light with every factor', () => {
    assert.deepEqual(ids(node), ['status', 'smart', 'light', 'history', 'alignment']);
    assert.match(text(section(node, 'status')), /Visions and relationship goals have no health/);
    assert.match(text(section(node, 'smart')), /SMART applies to business goals and milestones/);
    assert.match(text(section(node, 'light')), /set by the team/);
    assert.deepEqual([...section(node, 'light').querySelectorAll('.ag-panel__factor-colour')].map(text), ['Green:', 'Amber:', 'Red:']);
    assert.ok(section(node, 'alignment').querySelectorAll('.ag-panel__goal').length > 10);
  });
});

describe('a milestone\'s panel says what it is a milestone of and its result', () => {
  it('met on time (ACME-4), with its value, date and the business goal\'s health', () => {
    const {node} = renderPanel('en', goalFixture('ACME-4'));
    assert.deepEqual(ids(node), ['milestone', 'smart', 'light', 'history', 'alignment']);
    const m = section(node, 'milestone');
    assert.match(text(m.querySelector('.ag-panel__of')), /^A milestone of ACME-3 5 products in use by the end of next year ✓On track$/);
    assert.equal(m.querySelector('.ag-panel__of a').getAttribute('href'), '/jira/browse/ACME-3');
    assert.equal(text(m.querySelector('.ag-panel__target')), '3 products by Oct 31, 2026');
    assert.equal(text(m.querySelector('.ag-panel__head .ag-board__lozenge')), '✓Met on time');
    assert.equal(text(m.querySelector('.ag-panel__why')), 'Met on time: reached on Oct 20, 2026.');
  });

  it('overdue (NORD-17), in Italian', () => {
    const {node} = renderPanel('it', goalFixture('NORD-17'));
    const m = section(node, 'milestone');
    assert.match(text(m.querySelector('.ag-panel__of')), /^Una milestone di NORD-16 /);
    assert.equal(text(m.querySelector('.ag-panel__head .ag-board__lozenge')), '!' + bundle('it')['account-goals.goal.outcome.overdue']);
    assert.equal(text(m.querySelector('.ag-panel__why')), 'Scaduta: la sua data è passata e l\'obiettivo non l\'ha ancora raggiunta.');
    assert.match(text(m.querySelector('.ag-panel__target')), /^10 Leads entro il 30 set 2026$/);
  });

  it('missed (VOLTA-4): the goal closed without reaching it', () => {
    const {node} = renderPanel('en', goalFixture('VOLTA-4'));
    const m = section(node, 'milestone');
    assert.equal(text(m.querySelector('.ag-panel__head .ag-board__lozenge')), '✕Missed');
    assert.equal(text(m.querySelector('.ag-panel__why')), 'Missed: the goal was closed without reaching it.');
  });

  it('without a business goal to see, says what to do', () => {
    const data = goalFixture('ACME-4');
    data.supports = [];
    const {node} = renderPanel('en', data);
    assert.match(text(section(node, 'milestone')), /A milestone of no business goal you can see: link it to one/);
  });
});

describe('user text is shown as text, never as HTML', () => {
  const data = goalFixture('ACME-7');
  data.goal.summary = IMG;
  data.goal.light.factors = [{colour: 'RED', text: IMG}];
  data.supports[0].summary = IMG;
  data.targetHistory = [{date: '2026-10-01', from: 45, to: 44, author: IMG, reason: IMG}];
  data.why = {key: 'account-goals.detail.why.against-plan', arguments: [
    {type: 'AMOUNT', value: 1, unit: IMG}, {type: 'AMOUNT', value: 2, unit: IMG}, {type: 'DAY', date: '2026-11-16'}]};
  const {node} = renderPanel('en', data);

  it('in the summary, a factor, a reason, the history and an aligned goal', () => {
    assert.equal(node.querySelectorAll('img').length, 0);
    assert.ok(text(section(node, 'light')).includes(IMG));
    assert.ok(text(section(node, 'status').querySelector('.ag-panel__why')).includes(IMG));
    assert.ok(text(section(node, 'history')).includes(IMG));
    assert.ok(text(section(node, 'alignment')).includes(IMG));
    assert.ok(section(node, 'progress').querySelector('svg').getAttribute('aria-label').includes(IMG));
  });
});

describe('every colour has a word beside it', () => {
  it('on every lozenge and every factor of every sample goal, in every language', () => {
    for (const lang of ['en', 'de', 'it']) {
      for (const key of ['ACME-7', 'ACME-4', 'NORD-1', 'NORD-4', 'NORD-9', 'NORD-17', 'NORD-24', 'NORD-33', 'VOLTA-2', 'VOLTA-4']) {
        const {node} = renderPanel(lang, goalFixture(key));
        for (const lozenge of node.querySelectorAll('.aui-lozenge')) {
          assert.ok(lozenge.querySelector('[aria-hidden="true"]'), key + ': a shape');
          assert.match(lozenge.textContent.replace(lozenge.querySelector('[aria-hidden]').textContent, '').trim(), /\p{L}{2,}/u, key + ': a word');
        }
        for (const factor of node.querySelectorAll('.ag-panel__factor')) {
          assert.match(text(factor.querySelector('.ag-panel__factor-colour')), /\p{L}{2,}:/u);
        }
      }
    }
  });
});

describe('narrow and wide', () => {
  it('marks a narrow panel so that its sections stack', () => {
    const {node} = renderPanel('en', goalFixture('ACME-7'), {narrow: true});
    assert.ok(node.classList.contains('ag-panel--narrow'));
    assert.ok(!renderPanel('en', goalFixture('ACME-7')).node.classList.contains('ag-panel--narrow'));
  });
});

function response(status, body) {
  return Promise.resolve({ok: status >= 200 && status < 300, status, json: () => Promise.resolve(body)});
}

describe('mounting the panel in its container', () => {
  function container(p, key) {
    const root = p.document.getElementById('item');
    root.innerHTML = '<div class="ag-panel-root" data-ag-panel data-issue-key="' + key + '"><p>…</p></div>';
    return root.firstChild;
  }

  it('shows the loading line, then the goal fetched for the container\'s key', async () => {
    const p = page('en');
    const element = container(p, 'ACME-7');
    const urls = [];
    const done = p.modules['panel.mount'].mountAll(p.document, (url) => {
      urls.push(url);
      return response(200, goalFixture('ACME-7'));
    });
    assert.match(text(element), /Loading goal ACME-7…/);
    assert.equal(element.querySelector('[role="status"]').tagName, 'P');
    await done;
    assert.deepEqual(urls, ['/jira/rest/account-goals/1.0/goals/ACME-7']);
    assert.ok(element.querySelector('.ag-panel [data-section="status"]'));
  });

  it('draws each container once, however often it is asked', async () => {
    const p = page('en');
    container(p, 'ACME-7');
    let calls = 0;
    const fetch = () => {
      calls++;
      return response(200, goalFixture('ACME-7'));
    };
    await p.modules['panel.mount'].mountAll(p.document, fetch);
    await p.modules['panel.mount'].mountAll(p.document, fetch);
    assert.equal(calls, 1);
  });

  it('shows the server\'s message as an alert with a button that tries again and then focuses the panel', async () => {
    const p = page('de');
    const element = container(p, 'ACME-7');
    const answers = [response(404, {code: 'not-found', message: 'Dieses Ziel gibt es nicht. ' + IMG}), response(200, goalFixture('ACME-7'))];
    await p.modules['panel.mount'].mountAll(p.document, () => answers.shift());
    const alert = element.querySelector('[role="alert"]');
    assert.match(text(alert), /Das Ziel-Panel kann nicht angezeigt werden/);
    assert.ok(text(alert).includes('Dieses Ziel gibt es nicht. ' + IMG));
    assert.equal(element.querySelectorAll('img').length, 0);
    const retry = alert.querySelector('button');
    assert.equal(text(retry), 'Erneut versuchen');
    retry.click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.ok(element.querySelector('[data-section="status"]'));
    assert.equal(p.document.activeElement, element.querySelector('h4'));
  });

  it('says Jira did not answer when the network fails', async () => {
    const p = page('it');
    const element = container(p, 'ACME-7');
    await p.modules['panel.mount'].mountAll(p.document, () => Promise.reject(new TypeError('Failed to fetch')));
    assert.match(text(element), /Jira non ha risposto/);
  });
});

describe('the panel\'s texts', () => {
  it('are each used by the panel\'s code', () => {
    const fs = require('node:fs');
    const path = require('node:path');
    const {RESOURCES} = require('./support');
    const code = ['panel/render', 'panel/mount'].map((m) => fs.readFileSync(path.join(RESOURCES, 'js', m + '.js'), 'utf8')).join('\n');
    const built = ['account-goals.panel.section.', 'account-goals.panel.milestone.result.', 'account-goals.panel.history.', 'account-goals.detail.why.'];
    const own = page('en').modules['panel.strings'].keys.filter((key) => key.startsWith('account-goals.panel.') || key.startsWith('account-goals.detail.')
      || key.startsWith('account-goals.trafficlight.overall.') || key.startsWith('account-goals.trafficlight.view.'));
    assert.deepEqual(own.filter((key) => !code.includes("'" + key + "'") && !built.some((prefix) => key.startsWith(prefix))), []);
  });

  it('exist in all three bundles for every key the panel\'s strings name', () => {
    const p = page('en');
    for (const lang of ['en', 'de', 'it']) {
      const texts = bundle(lang);
      for (const key of p.modules['panel.strings'].keys) {
        assert.ok(key in texts, lang + ': ' + key);
      }
    }
  });
});

describe('a milestone\'s outcome agrees with it (Italian: la milestone, raggiunta)', () => {
  it('says "Raggiunta in tempo" and "Mancata" for VOLTA-2\'s milestones, and the English words in English', () => {
    const words = (lang) => [...section(renderPanel(lang, goalFixture('VOLTA-2')).node, 'alignment').querySelectorAll('.ag-board__lozenge')].map(text);
    assert.deepEqual(words('it').filter((w) => /Raggiunt|Mancat/.test(w)), ['✓Raggiunta in tempo', '✕Mancata']);
    assert.deepEqual(words('en').filter((w) => /Met|Missed/.test(w)), ['✓Met on time', '✕Missed']);
  });

  it('keeps a goal\'s outcome in the goal\'s words', () => {
    const data = goalFixture('VOLTA-2');
    data.supportedBy = data.supportedBy.map((g) => Object.assign({}, g, {level: 'BUSINESS'}));
    const words = [...section(renderPanel('it', data).node, 'alignment').querySelectorAll('.ag-board__lozenge')].map(text);
    assert.deepEqual(words.filter((w) => /Raggiunt|Mancat/.test(w)), ['✓Raggiunto in tempo', '✕Mancato']);
  });
});
