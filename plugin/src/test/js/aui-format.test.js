'use strict';
/*
 * The harness's MessageFormat (support.js) against AUI's own AJS.format, which Jira's pages use for
 * the app's texts, and against java.text.MessageFormat through a shared table of expected texts
 * (src/test/resources/aui/choices.json, read by the Java test CountAgreementTest): every choice in the
 * bundles must read alike in all three, so that a count agrees with its words wherever it is shown.
 */
const {describe, it} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {bundle, messageFormat} = require('./support');

const AUI_DIR = path.join(__dirname, '..', 'resources', 'aui');
const AUI_VERSION = '9.12.6';
const PREVIEW = path.join(__dirname, '..', '..', '..', '..', 'preview');
const CHOICES = path.join(AUI_DIR, 'choices.json');
const LANGS = ['en', 'de', 'it'];
/* The counts every choice is read with; small, so that no number needs a thousands separator. */
const COUNTS = [0, 1, 2, 7];

/* AUI's format module (an ES module) as a function, with its two imports stubbed. */
function auiFormat() {
  const source = fs.readFileSync(path.join(AUI_DIR, 'format.js'), 'utf8')
    .replace(/^import .*$/gm, '')
    .replace(/^export default formatString;$/m, 'return formatString;');
  const errors = [];
  const format = new Function('globalize', 'logger', source)(() => {}, {error: (m) => errors.push(m)});
  return {format, errors};
}

/* The argument numbers a pattern's choices decide on. */
function choiceArguments(pattern) {
  return new Set([...pattern.matchAll(/\{(\d+),choice,/g)].map((m) => +m[1]));
}

/* Arguments for a pattern: the count for each choice's argument, a marked text for every other. */
function argumentsFor(pattern, count) {
  const highest = Math.max(...[...pattern.matchAll(/\{(\d+)/g)].map((m) => +m[1]));
  const choices = choiceArguments(pattern);
  return Array.from({length: highest + 1}, (_, i) => (choices.has(i) ? count : '<' + i + '>'));
}

function choicePatterns() {
  const out = [];
  for (const lang of LANGS) {
    for (const [key, pattern] of Object.entries(bundle(lang))) {
      if (pattern.includes(',choice,')) {
        out.push({lang, key, pattern});
      }
    }
  }
  return out;
}

/* Every reading of every choice pattern: language, key, count, arguments and the harness's text. */
function readings() {
  return choicePatterns().flatMap(({lang, key, pattern}) => COUNTS.map((count) => {
    const args = argumentsFor(pattern, count);
    return {lang, key, count, args, text: messageFormat(pattern, args)};
  }));
}

describe('the harness reads the bundles as AUI\'s AJS.format does', () => {
  const {format, errors} = auiFormat();

  it('is AUI ' + AUI_VERSION + ', the version the preview pins (Jira 10.3 ships it)', () => {
    const pinned = JSON.parse(fs.readFileSync(path.join(PREVIEW, 'package.json'), 'utf8')).dependencies['@atlassian/aui'];
    assert.equal(pinned, AUI_VERSION);
    const installed = path.join(PREVIEW, 'node_modules', '@atlassian', 'aui', 'src', 'js', 'aui', 'format.js');
    // The preview installs AUI after the plugin is built; when it has, its copy is this one.
    if (fs.existsSync(installed)) {
      assert.equal(fs.readFileSync(installed, 'utf8'), fs.readFileSync(path.join(AUI_DIR, 'format.js'), 'utf8'));
    }
  });

  it('has choices to read: the counts of the board, the panel and the server\'s findings', () => {
    const keys = new Set(choicePatterns().map((c) => c.key));
    for (const key of ['account-goals.board.chart.reading-count', 'account-goals.board.plan.outline',
      'account-goals.board.more', 'account-goals.qbr.notice.cap-reached', 'account-goals.qbr.notice.partly-read',
      'account-goals.smart.specific.summary-vague']) {
      assert.ok(keys.has(key), key);
    }
  });

  it('gives AUI\'s text for every choice pattern of the bundles, with 0, 1, 2 and 7', () => {
    for (const r of readings()) {
      const pattern = bundle(r.lang)[r.key];
      assert.equal(r.text, format(pattern, ...r.args), r.lang + ' ' + r.key + ' ' + r.count);
    }
    assert.deepEqual(errors, []);
  });

  it('gives AUI\'s text for every other pattern of the bundles too (quoting, {n})', () => {
    for (const lang of LANGS) {
      for (const [key, pattern] of Object.entries(bundle(lang))) {
        const args = argumentsFor(pattern + '{0}', 0).map((_, i) => '<' + i + '>');
        assert.equal(messageFormat(pattern, args), format(pattern, ...args), lang + ' ' + key);
      }
    }
  });

  it('picks by the number, as AUI does, also below the first limit and between limits', () => {
    const pattern = '{0,choice,1#one {1}|3#three {1}|3<many {1}}';
    for (const n of [-1, 0, 1, 2, 3, 4, 1.5]) {
      assert.equal(messageFormat(pattern, [n, 'x']), format(pattern, n, 'x'), String(n));
    }
    assert.equal(messageFormat(pattern, [2, 'x']), 'one x');
  });

  it('keeps every choice free of apostrophes, which java.text.MessageFormat reads differently in a branch', () => {
    for (const {lang, key, pattern} of choicePatterns()) {
      for (const m of pattern.matchAll(/\{\d+,choice,([^{}]|\{\d+\})*\}/g)) {
        assert.ok(!m[0].includes("'"), lang + ' ' + key + ': ' + m[0]);
      }
    }
  });
});

describe('the table of choices the Java test reads (src/test/resources/aui/choices.json)', () => {
  it('is what the harness and AUI read today (write it with CHOICES_WRITE=1 npm test)', () => {
    const now = JSON.stringify(readings(), null, 1) + '\n';
    if (process.env.CHOICES_WRITE === '1') {
      fs.writeFileSync(CHOICES, now);
    }
    assert.equal(fs.readFileSync(CHOICES, 'utf8'), now);
  });
});
