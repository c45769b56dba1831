'use strict';
const {describe, it} = require('node:test');
const assert = require('node:assert/strict');
const {page, env} = require('./support');

/* The formatter of a page in the given language, as the board and the panel get it. */
function fmt(lang) {
  return env(page(lang)).fmt;
}

const NB = '\u00a0';
const MINUS = '\u2212';

/* After each value of forms, the unit typed as unit reads as the form given beside it. */
function agrees(lang, unit, forms) {
  const f = fmt(lang);
  for (const [value, form] of forms) {
    assert.equal(f.amount(value, unit), f.number(value) + NB + form, lang + ' ' + value + ' ' + unit);
  }
}

describe('a unit that carries its singular and its plural ("store|stores")', () => {
  it('takes the singular after one and the plural after any other number, in English', () => {
    agrees('en', 'store|stores', [[1, 'store'], [4, 'stores'], [0, 'stores'], [1.5, 'stores']]);
    assert.equal(fmt('en').amount(1.5, 'store|stores'), '1.5' + NB + 'stores');
  });

  it('takes the form by the number as it is shown: 1.001 is shown as 1, so one store', () => {
    assert.equal(fmt('en').amount(1.001, 'store|stores'), '1' + NB + 'store');
  });

  it('agrees with a negative number by its size', () => {
    agrees('en', 'store|stores', [[-1, 'store'], [-2, 'stores']]);
    assert.equal(fmt('de').change(-1, 'Lead|Leads'), MINUS + '1' + NB + 'Lead');
  });

  it('follows the reader\'s language: German and Italian', () => {
    agrees('de', 'Vertrag|Verträge', [[1, 'Vertrag'], [3, 'Verträge'], [0.5, 'Verträge']]);
    agrees('it', 'negozio|negozi', [[1, 'negozio'], [2, 'negozi']]);
  });

  it('trims the blanks around the bar and uses the one form given when the other is empty', () => {
    agrees('en', ' store | stores ', [[1, 'store'], [2, 'stores']]);
    agrees('en', '|stores', [[1, 'stores']]);
    agrees('en', 'store|', [[2, 'store']]);
  });

  it('splits at the first bar only', () => agrees('en', 'a|b|c', [[2, 'b|c']]));
});

describe('a unit without a bar', () => {
  it('is shown as typed, whatever the number: no plural is guessed', () => {
    const f = fmt('en');
    assert.equal(f.amount(1, 'stores'), '1' + NB + 'stores');
    assert.equal(f.amount(2, 'EUR'), '2' + NB + 'EUR');
    assert.equal(f.change(1, 'leads'), '+1' + NB + 'leads');
  });

  it('is left out when the goal has none', () => {
    assert.equal(fmt('en').amount(2.5, null), '2.5');
    assert.equal(fmt('en').change(-2.5, null), MINUS + '2.5');
    assert.equal(fmt('en').difference(2.5, ''), '2.5');
  });
});

describe('a difference of two percentages', () => {
  it('is in percentage points, while the values stay percentages', () => {
    const f = fmt('en');
    assert.equal(f.amount(22.4, '%'), '22.4' + NB + '%');
    assert.equal(f.change(-0.4, '%'), MINUS + '0.4' + NB + 'percentage points');
    assert.equal(f.change(1, '%'), '+1' + NB + 'percentage point');
    assert.equal(f.difference(0.5, ' % '), '0.5' + NB + 'percentage points');
  });

  it('reads naturally in German and Italian', () => {
    assert.equal(fmt('de').change(-0.4, '%'), MINUS + '0,4' + NB + 'Prozentpunkte');
    assert.equal(fmt('de').change(1, '%'), '+1' + NB + 'Prozentpunkt');
    assert.equal(fmt('it').change(-0.4, '%'), MINUS + '0,4' + NB + 'punti percentuali');
    assert.equal(fmt('it').difference(1, '%'), '1' + NB + 'punto percentuale');
  });

  it('shows no change as ±0', () => {
    assert.equal(fmt('en').change(0, '%'), '\u00b10' + NB + 'percentage points');
  });
});

describe('a difference in another unit', () => {
  it('has no sign and the form of its unit that agrees with its size', () => {
    const f = fmt('en');
    assert.equal(f.difference(-1, 'store|stores'), '1' + NB + 'store');
    assert.equal(f.difference(2.93, 'day|days'), '2.93' + NB + 'days');
    assert.equal(f.difference(2, '%s'), '2' + NB + '%s');
  });
});

describe('a message of the server with a difference as its argument', () => {
  it('writes the difference of a percentage in points, in the reader\'s language', () => {
    const p = page('de');
    const msg = {key: 'account-goals.smart.achievable.pace-far-above-history', arguments: [
      {type: 'DIFFERENCE', value: 0.75, unit: '%'}, {type: 'DIFFERENCE', value: 0.25, unit: '%'}, {type: 'NUMBER', value: 2}]};
    const node = p.modules['common.parts'].serverMessage(env(p), msg);
    assert.equal(node.textContent,
      'Das Ziel braucht 0,75' + NB + 'Prozentpunkte pro Monat, mehr als das 2-Fache der bisher erreichten 0,25' + NB + 'Prozentpunkte pro Monat.');
  });
});
