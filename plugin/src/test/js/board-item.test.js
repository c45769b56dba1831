'use strict';
const {describe, it} = require('node:test');
const assert = require('node:assert/strict');
const {page, fixture} = require('./support');

function response(status, body) {
  return Promise.resolve({ok: status >= 200 && status < 300, status, json: () => (body instanceof Error ? Promise.reject(body) : Promise.resolve(body))});
}

function recordingFetch(result) {
  const calls = [];
  const fetch = (url, init) => {
    calls.push({url, init});
    return typeof result === 'function' ? result() : result;
  };
  return {fetch, calls};
}

describe('fetching the board', () => {
  const {modules} = page('en');
  const {loadBoard, boardUrl} = modules.fetch;

  it('asks the REST resource for the project and, when chosen, the quarter', () => {
    assert.equal(boardUrl('/jira', 'ACME', '2026-Q4'), '/jira/rest/account-goals/1.0/board?project=ACME&quarter=2026-Q4');
    assert.equal(boardUrl('', 'A&B', ''), '/rest/account-goals/1.0/board?project=A%26B');
  });

  it('hands over the board on success', async () => {
    const f = recordingFetch(response(200, {project: 'ACME'}));
    const result = await loadBoard({contextPath: '/jira', project: 'ACME', quarter: '', networkMessage: 'net', fetch: f.fetch});
    assert.deepEqual(result, {board: {project: 'ACME'}});
    assert.equal(f.calls[0].init.credentials, 'same-origin');
  });

  it('hands over the server\'s translated message and code on a 400 or 404', async () => {
    const f = recordingFetch(response(404, {code: 'project.not-found', message: 'Kein solches Projekt.'}));
    const result = await loadBoard({contextPath: '', project: 'NOPE', quarter: '', networkMessage: 'net', fetch: f.fetch});
    assert.deepEqual(result, {error: 'Kein solches Projekt.', code: 'project.not-found'});
  });

  it('falls back to the network message when the answer is no JSON or nothing came', async () => {
    const notJson = recordingFetch(response(502, new Error('not json')));
    assert.deepEqual(await loadBoard({contextPath: '', project: 'A', networkMessage: 'net', fetch: notJson.fetch}), {error: 'net'});
    const down = recordingFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    assert.deepEqual(await loadBoard({contextPath: '', project: 'A', networkMessage: 'net', fetch: down.fetch}), {error: 'net'});
    const noMessage = recordingFetch(response(500, {code: 'x'}));
    assert.deepEqual(await loadBoard({contextPath: '', project: 'A', networkMessage: 'net', fetch: noMessage.fetch}), {error: 'net', code: 'x'});
  });
});

function fakeApi() {
  const calls = [];
  const api = {};
  for (const name of ['showLoadingBar', 'hideLoadingBar', 'resize', 'savePreferences', 'closeEdit']) {
    api[name] = (...args) => calls.push([name, ...args]);
  }
  return {api, calls};
}

describe('the dashboard item', () => {
  it('loads and shows the board, with Jira\'s loading bar around the request', async () => {
    const f = recordingFetch(response(200, fixture('acme')));
    const p = page('en', {fetch: f.fetch});
    const {api, calls} = fakeApi();
    const Item = p.modules.item;
    const item = new Item(api, {});
    const context = p.document.getElementById('item');
    const done = item.render(context, {project: 'ACME', quarter: '2026-Q4', sections: ''});
    assert.match(context.textContent, /Loading the QBR board of ACME/);
    await done;
    assert.equal(f.calls[0].url, '/jira/rest/account-goals/1.0/board?project=ACME&quarter=2026-Q4');
    assert.deepEqual(calls.map((c) => c[0]), ['showLoadingBar', 'hideLoadingBar', 'resize']);
    assert.equal(context.querySelectorAll('[data-section]').length, 10);
  });

  it('shows the server\'s message and tries again on request', async () => {
    let answers = 0;
    const f = recordingFetch(() => (++answers === 1 ? response(404, {code: 'not-found', message: 'No project ACME that you can see.'}) : response(200, fixture('acme'))));
    const p = page('en', {fetch: f.fetch});
    const {api} = fakeApi();
    const item = new p.modules.item(api, {});
    const context = p.document.getElementById('item');
    await item.render(context, {project: 'ACME'});
    assert.match(context.querySelector('[role="alert"]').textContent, /No project ACME that you can see\./);
    context.querySelector('button').click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(f.calls.length, 2);
    assert.ok(context.querySelector('[data-section="light"]'));
  });

  it('asks for a project before it fetches anything', () => {
    const f = recordingFetch(response(200, {}));
    const p = page('en', {fetch: f.fetch});
    const item = new p.modules.item(fakeApi().api, {});
    const context = p.document.getElementById('item');
    item.render(context, {});
    assert.equal(f.calls.length, 0);
    assert.match(context.textContent, /no account project yet/);
  });

  it('saves project, quarter and sections from its settings form', () => {
    const p = page('en');
    const {api, calls} = fakeApi();
    const item = new p.modules.item(api, {});
    const context = p.document.getElementById('item');
    item.renderEdit(context, {project: 'ACME', quarter: '', sections: 'light,kpis'});
    const inputs = context.querySelectorAll('input[type="text"]');
    assert.equal(p.document.activeElement, inputs[0]);
    assert.equal(context.querySelector('label[for="' + inputs[0].id + '"]').textContent, 'Account project');
    inputs[0].value = 'nord';
    inputs[1].value = '2026-q3';
    context.querySelector('form').dispatchEvent(new p.window.Event('submit', {cancelable: true}));
    assert.deepEqual(calls.filter((c) => c[0] === 'savePreferences'), [['savePreferences', {project: 'NORD', quarter: '2026-Q3', sections: 'light,kpis'}]]);
  });

  it('says what is wrong in the form, next to the field, and saves nothing', () => {
    const p = page('de');
    const {api, calls} = fakeApi();
    const item = new p.modules.item(api, {});
    const context = p.document.getElementById('item');
    item.renderEdit(context, {});
    const inputs = context.querySelectorAll('input[type="text"]');
    inputs[1].value = 'Q4';
    context.querySelectorAll('input[type="checkbox"]').forEach((box) => { box.checked = false; });
    context.querySelector('form').dispatchEvent(new p.window.Event('submit', {cancelable: true}));
    assert.equal(calls.filter((c) => c[0] === 'savePreferences').length, 0);
    assert.equal(inputs[0].getAttribute('aria-invalid'), 'true');
    const errors = [...context.querySelectorAll('.error')].map((e) => e.textContent);
    assert.deepEqual(errors, ['Geben Sie den Schlüssel eines Account-Projekts ein, etwa ACME.',
      'Schreiben Sie das Quartal wie 2026-Q4, oder lassen Sie es leer.', 'Wählen Sie mindestens einen Abschnitt.']);
    assert.equal(p.document.activeElement, inputs[0]);
    assert.equal(context.querySelectorAll('button').length, 1, 'no Cancel without settings to go back to');
  });

  it('goes back without saving on Cancel when it has settings', () => {
    const p = page('en');
    const {api, calls} = fakeApi();
    const item = new p.modules.item(api, {});
    const context = p.document.getElementById('item');
    item.renderEdit(context, {project: 'ACME'});
    context.querySelector('button[type="button"]').click();
    assert.deepEqual(calls.map((c) => c[0]), ['resize', 'closeEdit']);
  });

  it('keeps only known sections from saved preferences, and all when none are left', () => {
    const {modules} = page('en');
    assert.deepEqual(modules.item.sectionsOf({sections: 'kpis,bogus,light'}), ['kpis', 'light']);
    assert.deepEqual(modules.item.sectionsOf({sections: 'bogus'}), modules.render.SECTIONS);
  });
});
