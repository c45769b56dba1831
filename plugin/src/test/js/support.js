'use strict';
/*
 * Loads the board's AMD modules as Jira would serve them, into a jsdom page, with the i18n bundles
 * the build generated: a fake AJS.I18n.getText formats the bundle's MessageFormat pattern, as the
 * jsI18n transformer and AJS.format do in Jira, and fails on a key the bundle does not have.
 */
const fs = require('node:fs');
const path = require('node:path');
const {JSDOM} = require('jsdom');

const RESOURCES = path.join(__dirname, '..', '..', 'main', 'resources');
/* The AMD modules in load order, by file under js/ and by the name each defines. */
const MODULES = [['board/format', 'account-goals/board/format'], ['board/strings', 'account-goals/board/strings'],
  ['board/fetch', 'account-goals/board/fetch'], ['common/parts', 'account-goals/common/parts'],
  ['board/render', 'account-goals/board/render'], ['board/item', 'account-goals/board/item'],
  ['panel/strings', 'account-goals/panel/strings'], ['panel/render', 'account-goals/panel/render'],
  ['panel/mount', 'account-goals/panel/mount']];

function bundle(lang) {
  const file = path.join(RESOURCES, 'i18n', 'account-goals' + (lang === 'en' ? '' : '_' + lang) + '.properties');
  const texts = {};
  for (const line of fs.readFileSync(file, 'latin1').split('\n')) {
    const at = line.indexOf(' = ');
    if (line.startsWith('#') || at < 0) {
      continue;
    }
    texts[line.slice(0, at)] = line.slice(at + 3).replace(/\\u([0-9a-fA-F]{4})/g, (m, hex) => String.fromCharCode(parseInt(hex, 16)));
  }
  return texts;
}

/*
 * The bundles' MessageFormat subset as AUI's AJS.format reads it (the jsI18n transformer hands
 * Jira's pages AJS.format calls): an apostrophe quotes up to the next one and two stand for one;
 * {n} is the argument as it is; {n,choice,0#a|1#b|1<c} picks a branch by the argument's number
 * (the first whose limit is above it ends the search, a # limit matches its own number, the last
 * branch takes what is left) and formats the branch with the same arguments. aui-format.test.js
 * holds this to AUI's own format and the Java tests to java.text.MessageFormat.
 */
function messageFormat(pattern, args) {
  let out = '';
  let quoted = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i++;
      } else {
        quoted = !quoted;
      }
    } else if (c === '{' && !quoted) {
      const end = closing(pattern, i);
      out += argument(pattern.slice(i + 1, end), args);
      i = end;
    } else {
      out += c;
    }
  }
  return out;
}

/* Where the brace that opens at `open` closes, over the braces of its branches. */
function closing(pattern, open) {
  let depth = 0;
  let quoted = false;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "'") {
      quoted = !quoted;
    } else if (!quoted && c === '{') {
      depth++;
    } else if (!quoted && c === '}' && --depth === 0) {
      return i;
    }
  }
  throw new Error('unclosed { in ' + pattern);
}

function argument(format, args) {
  const choice = /^(\d+),choice,(.+)$/s.exec(format);
  if (!choice) {
    const arg = args[+format];
    return arg === undefined ? '' : String(arg);
  }
  if (+choice[1] >= args.length) {
    return '';
  }
  const value = args[+choice[1]];
  const branches = choice[2].split('|').map((b) => {
    const part = /^(\d+)([#<])(.+)$/s.exec(b);
    if (!part) {
      throw new Error('not a choice branch: ' + b + ' in ' + format);
    }
    return {limit: +part[1], exact: part[2] === '#', text: part[3]};
  });
  let chosen = branches[branches.length - 1];
  for (let i = 0; i < branches.length; i++) {
    if (value < branches[i].limit) {
      chosen = branches[Math.max(i - 1, 0)];
      break;
    }
    if (value === branches[i].limit && branches[i].exact) {
      chosen = branches[i];
      break;
    }
  }
  return messageFormat(chosen.text, args);
}

/* A page in the given language with the modules loaded; returns the page and its modules. */
function page(lang, options = {}) {
  const dom = new JSDOM('<!DOCTYPE html><html lang="' + (options.htmlLang === undefined ? lang : options.htmlLang) + '"><head>' +
    (options.meta ? '<meta name="ajs-user-locale" content="' + options.meta + '">' : '') +
    '</head><body><div id="item"></div></body></html>', {pretendToBeVisual: true});
  const texts = bundle(lang);
  const used = new Set();
  const AJS = {
    I18n: {
      getText(key, ...args) {
        if (!(key in texts)) {
          throw new Error('no text for ' + key);
        }
        used.add(key);
        return messageFormat(texts[key], args);
      }
    }
  };
  const registry = {};
  function define(name, deps, factory) {
    registry[name] = {deps, factory};
  }
  const loaded = {};
  function require(name) {
    if (!(name in loaded)) {
      const m = registry[name];
      if (!m) {
        throw new Error('no module ' + name);
      }
      loaded[name] = m.factory.apply(null, m.deps.map(require));
    }
    return loaded[name];
  }
  define('wrm/context-path', [], () => () => '/jira');
  const window = dom.window;
  window.fetch = options.fetch || (() => Promise.reject(new Error('no fetch in this test')));
  for (const [file] of MODULES) {
    const source = fs.readFileSync(path.join(RESOURCES, 'js', file + '.js'), 'utf8');
    new Function('define', 'AJS', 'window', source)(define, AJS, window);
  }
  const modules = {};
  for (const [file, name] of MODULES) {
    modules[file.replace('/', '.')] = require(name);
  }
  // The board's tests name its modules without the folder.
  for (const name of ['format', 'strings', 'fetch', 'render', 'item']) {
    modules[name] = modules['board.' + name];
  }
  return {dom, window, document: window.document, modules, texts, used};
}

/* The environment the item gives the rendering functions. */
function env(p, overrides = {}) {
  const {format, strings, render} = p.modules;
  return Object.assign({
    doc: p.document,
    t: strings.text,
    fmt: format.create(format.localeOf(p.document), strings.text),
    contextPath: '/jira',
    sections: render.SECTIONS.slice(),
    narrow: false,
    idPrefix: 'test-'
  }, overrides);
}

function fixture(name) {
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'board-' + name + '.json'), 'utf8'));
}

/* The REST API's answer for one goal of core's sample accounts (see JsFixturesTest). */
function goalFixture(key) {
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'goal-' + key + '.json'), 'utf8'));
}

module.exports = {page, env, fixture, goalFixture, bundle, messageFormat, RESOURCES};
