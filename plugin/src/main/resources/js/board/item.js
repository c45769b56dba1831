/*
 * The QBR board as a Jira dashboard item (the module the descriptor's <amd-module> names). Jira
 * creates it with new Item(API, options) and calls render(context, preferences) for a configured
 * item or renderEdit(context, preferences) for its settings; context is the item's element.
 * Contract: developer.atlassian.com/server/jira/platform/building-a-dashboard-item/ and
 * .../dashboard-item-module/; the API calls used are listed where they are made.
 *
 * Preferences (saved with API.savePreferences, which keeps strings): project (a project key),
 * quarter ("2026-Q4", or empty for the current quarter as the server's fiscal year says) and
 * sections (the shown sections' ids, comma-separated; empty for all).
 */
define('account-goals/board/item', [
  'account-goals/board/render',
  'account-goals/board/fetch',
  'account-goals/board/strings',
  'account-goals/board/format',
  'account-goals/common/parts',
  'wrm/context-path'
], function (render, fetcher, strings, format, parts, contextPath) {
  'use strict';

  var show = parts.show;
  var PROJECT = /^[A-Z][A-Z0-9_]{0,254}$/;
  var QUARTER = /^\d{1,4}-Q[1-4]$/;
  var instances = 0;

  function elementOf(context) {
    return context && context.jquery ? context[0] : context;
  }

  function sectionsOf(preferences) {
    var chosen = (preferences.sections || '').split(',').filter(function (id) {
      return render.SECTIONS.indexOf(id) >= 0;
    });
    return chosen.length ? chosen : render.SECTIONS.slice();
  }

  /* What is wrong with the form's values, by field: an empty object when nothing is. */
  function validate(values) {
    var errors = {};
    if (!PROJECT.test(values.project)) {
      errors.project = 'account-goals.board.edit.error.project';
    }
    if (values.quarter && !QUARTER.test(values.quarter)) {
      errors.quarter = 'account-goals.board.edit.error.quarter';
    }
    if (values.sections.length === 0) {
      errors.sections = 'account-goals.board.edit.error.sections';
    }
    return errors;
  }

  var Item = function (API, options) {
    this.API = API;
    this.options = options || {};
    this.id = 'ag-board-' + (++instances) + '-';
  };

  Item.prototype.env = function (element, sections) {
    var doc = element.ownerDocument;
    return {
      doc: doc,
      t: strings.text,
      fmt: format.create(format.localeOf(doc), strings.text),
      contextPath: contextPath(),
      sections: sections,
      narrow: element.clientWidth > 0 && element.clientWidth < 500,
      idPrefix: this.id
    };
  };

  Item.prototype.render = function (context, preferences) {
    var self = this;
    var element = elementOf(context);
    var prefs = preferences || {};
    var env = this.env(element, sectionsOf(prefs));
    if (!prefs.project) {
      show(element, render.unconfigured(env));
      return;
    }
    show(element, render.loading(env, prefs.project));
    // API.showLoadingBar / hideLoadingBar / resize: building-a-dashboard-item (the item's API).
    this.API.showLoadingBar();
    return fetcher.loadBoard({
      contextPath: env.contextPath,
      project: prefs.project,
      quarter: prefs.quarter,
      networkMessage: strings.text('account-goals.board.error.network'),
      fetch: window.fetch.bind(window)
    }).then(function (result) {
      self.API.hideLoadingBar();
      show(element, result.board ? render.board(result.board, env) : render.error(env, result.error, function () {
        self.render(context, preferences);
      }));
      self.API.resize();
    });
  };

  function field(env, id, labelKey, helpKey, value) {
    var doc = env.doc;
    var group = doc.createElement('div');
    group.className = 'field-group';
    var label = doc.createElement('label');
    label.htmlFor = id;
    label.textContent = strings.text(labelKey);
    var input = doc.createElement('input');
    input.className = 'text medium-field';
    input.type = 'text';
    input.id = id;
    input.name = id;
    input.value = value || '';
    var help = doc.createElement('div');
    help.className = 'description';
    help.id = id + '-help';
    help.textContent = strings.text(helpKey);
    var error = doc.createElement('div');
    error.className = 'error';
    error.id = id + '-error';
    input.setAttribute('aria-describedby', help.id + ' ' + error.id);
    group.appendChild(label);
    group.appendChild(input);
    group.appendChild(help);
    group.appendChild(error);
    return {group: group, input: input, error: error};
  }

  function setError(part, key) {
    part.error.textContent = key ? strings.text(key) : '';
    if (part.input) {
      part.input.setAttribute('aria-invalid', key ? 'true' : 'false');
    }
  }

  Item.prototype.renderEdit = function (context, preferences) {
    var self = this;
    var element = elementOf(context);
    var prefs = preferences || {};
    var env = this.env(element, sectionsOf(prefs));
    var doc = env.doc;
    var form = doc.createElement('form');
    form.className = 'aui ag-board-edit';
    form.noValidate = true;
    var project = field(env, this.id + 'project', 'account-goals.board.edit.project', 'account-goals.board.edit.project.help', prefs.project);
    var quarter = field(env, this.id + 'quarter', 'account-goals.board.edit.quarter', 'account-goals.board.edit.quarter.help', prefs.quarter);
    quarter.input.placeholder = '2026-Q4';
    form.appendChild(project.group);
    form.appendChild(quarter.group);

    var fieldset = doc.createElement('fieldset');
    fieldset.className = 'group';
    var legend = doc.createElement('legend');
    var legendText = doc.createElement('span');
    legendText.textContent = strings.text('account-goals.board.edit.sections');
    legend.appendChild(legendText);
    fieldset.appendChild(legend);
    var boxes = render.SECTIONS.map(function (id) {
      var wrap = doc.createElement('div');
      wrap.className = 'checkbox';
      var box = doc.createElement('input');
      box.type = 'checkbox';
      box.className = 'checkbox';
      box.id = self.id + 'section-' + id;
      box.value = id;
      box.checked = env.sections.indexOf(id) >= 0;
      var label = doc.createElement('label');
      label.htmlFor = box.id;
      label.textContent = strings.text(id === 'light' ? 'account-goals.board.light.label' : 'account-goals.board.section.' + id);
      wrap.appendChild(box);
      wrap.appendChild(label);
      fieldset.appendChild(wrap);
      return box;
    });
    var sectionsError = doc.createElement('div');
    sectionsError.className = 'error';
    sectionsError.id = this.id + 'sections-error';
    fieldset.appendChild(sectionsError);
    form.appendChild(fieldset);

    var buttons = doc.createElement('div');
    buttons.className = 'buttons-container';
    var inner = doc.createElement('div');
    inner.className = 'buttons';
    var save = doc.createElement('button');
    save.type = 'submit';
    save.className = 'aui-button aui-button-primary';
    save.textContent = strings.text('account-goals.board.edit.save');
    inner.appendChild(save);
    if (prefs.project) {
      var cancel = doc.createElement('button');
      cancel.type = 'button';
      cancel.className = 'aui-button aui-button-link';
      cancel.textContent = strings.text('account-goals.board.edit.cancel');
      // API.closeEdit: leaves the settings without saving (seen in public dashboard items; not on
      // Atlassian's page), offered only when there are settings to go back to.
      cancel.addEventListener('click', function () {
        self.API.closeEdit();
      });
      inner.appendChild(cancel);
    }
    buttons.appendChild(inner);
    form.appendChild(buttons);

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var values = {
        project: project.input.value.trim().toUpperCase(),
        quarter: quarter.input.value.trim().toUpperCase(),
        sections: boxes.filter(function (box) {
          return box.checked;
        }).map(function (box) {
          return box.value;
        })
      };
      var errors = validate(values);
      setError(project, errors.project);
      setError(quarter, errors.quarter);
      setError({error: sectionsError}, errors.sections);
      var first = errors.project ? project.input : errors.quarter ? quarter.input : errors.sections ? boxes[0] : null;
      if (first) {
        first.focus();
        return;
      }
      // API.savePreferences: building-a-dashboard-item; Jira then calls render with them.
      self.API.savePreferences({project: values.project, quarter: values.quarter, sections: values.sections.join(',')});
    });
    show(element, form);
    project.input.focus();
    this.API.resize();
  };

  Item.validate = validate;
  Item.sectionsOf = sectionsOf;
  return Item;
});
