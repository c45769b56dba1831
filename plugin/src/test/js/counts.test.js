'use strict';
/*
 * Every sentence with a count reads as a person would write it, in English, German and Italian:
 * the words agree with the number (one reading, two readings; 1 attività aperta, 2 aperte), and a
 * large count keeps the reader's thousands separator.
 */
const {describe, it} = require('node:test');
const assert = require('node:assert/strict');
const {page, env, fixture} = require('./support');

function renderBoard(lang, board) {
  const p = page(lang);
  const node = p.modules.render.board(board, env(p));
  p.document.getElementById('item').appendChild(node);
  return node;
}

function section(node, id) {
  return node.querySelector('[data-section="' + id + '"]');
}

/* ACME's board with its first charted goal read `count` times. */
function chartLabel(lang, count) {
  const board = fixture('acme');
  const standing = board.health.standings.shown.find((s) => s.plan.length >= 2);
  standing.readings = Array.from({length: count}, () => standing.readings[0]);
  const node = renderBoard(lang, board);
  return section(node, 'review').querySelector('svg.ag-chart').getAttribute('aria-label');
}

/* ACME's board with its first month's outline holding `actions` actions, `open` of them open. */
function outline(lang, actions, open) {
  const board = fixture('acme');
  Object.assign(board.plan.outline[0], {actions, open});
  const headings = [...section(renderBoard(lang, board), 'plan').querySelectorAll('h5')].map((h) => h.textContent);
  return headings.find((h) => h.includes(': '));
}

function more(lang, hidden) {
  const board = fixture('acme');
  board.nextQuarter.total = board.nextQuarter.shown.length + hidden;
  return section(renderBoard(lang, board), 'next').querySelector('.ag-board__more').textContent;
}

function notices(lang, completeness) {
  const board = fixture('acme');
  board.completeness = completeness;
  return [...renderBoard(lang, board).querySelectorAll('.aui-message-warning')].map((n) => n.textContent);
}

function serverText(lang, msg) {
  const p = page(lang);
  return p.modules['common.parts'].serverMessage(env(p), msg).textContent;
}

describe('the chart\'s accessible text counts its readings', () => {
  it('says one reading in the singular', () => {
    assert.match(chartLabel('en', 1), /, 1 reading, today /);
    assert.match(chartLabel('de', 1), /, 1 Messwert, heute /);
    assert.match(chartLabel('it', 1), /, 1 rilevazione, oggi /);
  });

  it('says two readings, and none, in the plural', () => {
    assert.match(chartLabel('en', 2), /, 2 readings, today /);
    assert.match(chartLabel('de', 2), /, 2 Messwerte, heute /);
    assert.match(chartLabel('it', 2), /, 2 rilevazioni, oggi /);
    assert.match(chartLabel('en', 0), /, 0 readings, today /);
  });

  it('writes many readings with the reader\'s thousands separator', () => {
    assert.match(chartLabel('de', 1234), /, 1\.234 Messwerte, heute /);
    assert.match(chartLabel('en', 1234), /, 1,234 readings, today /);
  });
});

describe('a month of the plan counts its actions and the open ones', () => {
  it('agrees with one action, one of them open (Italian: attività aperta)', () => {
    assert.match(outline('en', 1, 1), /: 1 action, 1 open$/);
    assert.match(outline('de', 1, 1), /: 1 Maßnahme, 1 offen$/);
    assert.match(outline('it', 1, 1), /: 1 attività, 1 aperta$/);
  });

  it('agrees with several actions and several open ones', () => {
    assert.match(outline('en', 3, 2), /: 3 actions, 2 open$/);
    assert.match(outline('de', 3, 2), /: 3 Maßnahmen, 2 offen$/);
    assert.match(outline('it', 3, 2), /: 3 attività, 2 aperte$/);
    assert.match(outline('it', 2, 1), /: 2 attività, 1 aperta$/);
  });

  it('keeps the thousands separator on a large month', () => {
    assert.match(outline('de', 1500, 1200), /: 1\.500 Maßnahmen, 1\.200 offen$/);
  });
});

describe('a cut list says how many more it holds', () => {
  it('names one more as one entry', () => {
    assert.equal(more('en', 1), 'and 1 more');
    assert.equal(more('de', 1), 'und ein weiterer Eintrag');
    assert.equal(more('it', 1), 'e un altro elemento');
  });

  it('names several more as entries', () => {
    assert.equal(more('en', 14), 'and 14 more');
    assert.equal(more('de', 14), 'und 14 weitere Einträge');
    assert.equal(more('it', 14), 'e altri 14 elementi');
    assert.equal(more('de', 2500), 'und 2.500 weitere Einträge');
  });
});

describe('the board\'s notices count goals, actions and issues', () => {
  it('says the first goal and the first action when the cap is one', () => {
    const [en] = notices('en', {cap: 1, capReached: true, partlyRead: []});
    const [de] = notices('de', {cap: 1, capReached: true, partlyRead: []});
    const [it_] = notices('it', {cap: 1, capReached: true, partlyRead: []});
    assert.match(en, /^This board shows only the first goal and the first action of the account; there are more\./);
    assert.match(de, /^Dieses Board zeigt nur das erste Ziel und die erste Maßnahme des Accounts;/);
    assert.match(it_, /^Questa bacheca mostra solo il primo obiettivo e la prima attività dell'account;/);
  });

  it('says the first 5.000 goals in the reader\'s numbers when the cap is larger', () => {
    const [de] = notices('de', {cap: 5000, capReached: true, partlyRead: []});
    assert.match(de, /^Dieses Board zeigt nur die ersten 5\.000 Ziele und die ersten 5\.000 Maßnahmen des Accounts;/);
  });

  it('says one issue could be read only in part, and that it is shown', () => {
    const one = {cap: 0, capReached: false, partlyRead: ['ACME-3']};
    assert.match(notices('en', one)[0], /^1 issue could be read only in part \(ACME-3\); it is shown with/);
    assert.match(notices('de', one)[0], /^1 Vorgang konnte nur teilweise gelesen werden \(ACME-3\); er wird mit/);
    assert.match(notices('it', one)[0], /^1 ticket è stato letto solo in parte \(ACME-3\); è mostrato con/);
  });

  it('says two issues could be read only in part, with their keys as links', () => {
    const two = {cap: 0, capReached: false, partlyRead: ['ACME-3', 'ACME-7']};
    assert.match(notices('it', two)[0], /^2 ticket sono stati letti solo in parte \(ACME-3, ACME-7\); sono mostrati con/);
    const board = fixture('acme');
    board.completeness = two;
    const links = [...renderBoard('de', board).querySelectorAll('.aui-message-warning a')].map((a) => a.textContent);
    assert.deepEqual(links, ['ACME-3', 'ACME-7']);
  });
});

describe('a finding of the server counts with the number it sends', () => {
  const vague = (words) => ({key: 'account-goals.smart.specific.summary-vague',
    arguments: [{type: 'COUNT', value: words}, {type: 'COUNT', value: 4}]});

  it('says a summary of one word in the singular', () => {
    assert.equal(serverText('en', vague(1)), 'The summary has 1 word; name the object and the size in at least 4.');
    assert.equal(serverText('de', vague(1)), 'Die Zusammenfassung hat 1 Wort; nennen Sie Gegenstand und Größe in mindestens 4.');
    assert.equal(serverText('it', vague(1)), 'Il riepilogo ha 1 parola; indica l\'oggetto e la dimensione in almeno 4.');
  });

  it('says a summary of three words in the plural', () => {
    assert.equal(serverText('en', vague(3)), 'The summary has 3 words; name the object and the size in at least 4.');
    assert.equal(serverText('de', vague(3)), 'Die Zusammenfassung hat 3 Wörter; nennen Sie Gegenstand und Größe in mindestens 4.');
  });

  it('still links the keys a finding names', () => {
    const p = page('en');
    const node = p.modules['common.parts'].serverMessage(env(p), {key: 'account-goals.smart.relevant.supported-goal-unknown',
      arguments: [{type: 'KEY', key: 'ACME-9'}]});
    assert.equal(node.textContent, 'The goal supports ACME-9, which is not a goal you can see.');
    assert.equal(node.querySelector('a').getAttribute('href'), '/jira/browse/ACME-9');
  });
});

describe('the headline\'s tallies name what they count in the plural', () => {
  function headline(lang) {
    const board = fixture('acme');
    Object.assign(board.review.goals, {metOnTime: 1, metLate: 1, missed: 1, dropped: 1, closedNotMeasured: 1, overdue: 1});
    Object.assign(board.review.milestones, {metOnTime: 1, metLate: 1, missed: 1, dropped: 1, overdue: 1});
    return [...section(renderBoard(lang, board), 'headline').querySelectorAll('p, li')].map((n) => n.textContent);
  }

  it('counts goals in the masculine plural in Italian', () => {
    const goals = headline('it').find((t) => t.startsWith('Obiettivi di questo'));
    assert.match(goals, /Raggiunti: 2 · Raggiunti in ritardo: 1 · Mancati: 1 · Chiusi, non misurati: 1 · Abbandonati: 1 · Aperti: \d+ · Scaduti: 1$/);
  });

  it('counts milestones in the feminine plural in Italian', () => {
    const milestones = headline('it').find((t) => t.startsWith('Milestone'));
    assert.match(milestones, /Raggiunte: 2 · Raggiunte in ritardo: 1 · Mancate: 1 · Abbandonate: 1 · Aperte: \d+ · Scadute: 1$/);
  });

  it('counts the goals not measured as such, and keeps the English and German words', () => {
    assert.ok(headline('it').includes('\u25cb Non misurati: 1'), headline('it').join('\n'));
    assert.match(headline('en').find((t) => t.startsWith('Goals')), /Met: 2 · Met late: 1 · Missed: 1 · Closed, not measured: 1 · Dropped: 1 · Open: \d+ · Overdue: 1$/);
    assert.match(headline('de').find((t) => t.startsWith('Meilensteine')), /Erreicht: 2 · Verspätet erreicht: 1 · Verfehlt: 1 · Verworfen: 1 · Offen: \d+ · Überfällig: 1$/);
  });
});
