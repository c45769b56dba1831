/*
 * Traffic-light edit form: add, move and remove factor rows, keep their numbers and accessible
 * names right, count characters near the limit, and keep Enter in a factor from saving the whole
 * dialog (it moves to the next factor instead, adding one after the last, as Jira's multi-row
 * editors do). The rows are plain form inputs rendered by edit.vm, so the form also works without
 * this script; the order the inputs are posted in is the factors' order. Texts come from the
 * form's data attributes (patterns with {0} and {1}) and reach the page through textContent and
 * attributes only. Event delegation on the document, because Jira renders edit forms in dialogs and
 * inline editors after the page has loaded.
 */
(function () {
  'use strict';

  var ROW = '[data-ag-tl-row]';

  function closest(element, selector) {
    while (element && element.nodeType === 1) {
      if (element.matches(selector)) {
        return element;
      }
      element = element.parentElement;
    }
    return null;
  }

  function format(pattern, first, second) {
    // Functions as replacements, so that "$&" in a factor's text is not read as a pattern.
    return pattern
      .replace('{0}', function () { return String(first); })
      .replace('{1}', function () { return String(second); });
  }

  function setting(form, name) {
    return form.getAttribute('data-ag-tl-' + name) || '';
  }

  function rowsOf(form) {
    return Array.prototype.slice.call(form.querySelectorAll(ROW));
  }

  function textBox(row) {
    return row.querySelector('.ag-tl-row-text');
  }

  function addButton(form) {
    return form.querySelector('[data-ag-tl-action="add"]');
  }

  function announce(form, message) {
    form.querySelector('[data-ag-tl-status]').textContent = message;
  }

  function codePoints(text) {
    return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '_').length;
  }

  function nameButton(row, action, label) {
    var button = row.querySelector('[data-ag-tl-action="' + action + '"]');
    button.setAttribute('aria-label', label);
    button.setAttribute('title', label);
  }

  function nameRemove(form, row, number) {
    var text = textBox(row).value.trim();
    nameButton(row, 'remove', text
      ? format(setting(form, 'label-remove'), number, text)
      : format(setting(form, 'label-remove-empty'), number));
  }

  /** Points the text box at the row's error and character count, those that are shown. */
  function describe(row) {
    var ids = [];
    var error = row.querySelector('.ag-tl-row-error');
    var count = row.querySelector('[data-ag-tl-count]');
    if (error) {
      ids.push(error.id);
    }
    if (!count.hidden) {
      ids.push(count.id);
    }
    var box = textBox(row);
    if (ids.length) {
      box.setAttribute('aria-describedby', ids.join(' '));
    } else {
      box.removeAttribute('aria-describedby');
    }
  }

  function count(form, row) {
    var box = textBox(row);
    var counter = row.querySelector('[data-ag-tl-count]');
    var max = parseInt(setting(form, 'max-length'), 10);
    var length = codePoints(box.value);
    var wasOver = counter.classList.contains('ag-tl-over');
    var over = length > max;
    // Shown from four fifths of the limit on, so that it warns before the limit is reached.
    counter.hidden = length * 5 < max * 4;
    counter.textContent = counter.hidden ? '' : format(setting(form, 'text-count'), length, max);
    counter.classList.toggle('ag-tl-over', over);
    if (over || row.querySelector('.ag-tl-row-error')) {
      box.setAttribute('aria-invalid', 'true');
    } else {
      box.removeAttribute('aria-invalid');
    }
    describe(row);
    if (over && !wasOver) {
      announce(form, counter.textContent);
    }
  }

  function isFull(form) {
    return rowsOf(form).length >= parseInt(setting(form, 'max'), 10);
  }

  function showRoom(form) {
    var add = addButton(form);
    var reason = form.querySelector('.ag-tl-full');
    reason.hidden = !isFull(form);
    if (isFull(form)) {
      add.setAttribute('aria-disabled', 'true');
      add.setAttribute('aria-describedby', reason.id);
    } else {
      add.removeAttribute('aria-disabled');
      add.removeAttribute('aria-describedby');
    }
  }

  /** Gives every row its number: label, ids and the accessible names of its controls. */
  function renumber(form) {
    var field = form.querySelector('.ag-tl-overall').id;
    rowsOf(form).forEach(function (row, index) {
      var number = index + 1;
      var box = textBox(row);
      var label = row.querySelector('.ag-tl-row-label');
      var error = row.querySelector('.ag-tl-row-error');
      box.id = field + '-text-' + number;
      label.htmlFor = box.id;
      label.textContent = format(setting(form, 'label-text'), number);
      row.querySelector('[data-ag-tl-count]').id = field + '-count-' + number;
      if (error) {
        error.id = field + '-error-' + number;
      }
      row.querySelector('.ag-tl-row-colour')
        .setAttribute('aria-label', format(setting(form, 'label-colour'), number));
      nameButton(row, 'up', format(setting(form, 'label-up'), number));
      nameButton(row, 'down', format(setting(form, 'label-down'), number));
      nameRemove(form, row, number);
      describe(row);
    });
    showRoom(form);
  }

  function addRow(form) {
    var rows = rowsOf(form);
    if (isFull(form)) {
      announce(form, form.querySelector('.ag-tl-full').textContent);
      return;
    }
    var row = rows[rows.length - 1].cloneNode(true);
    var box = textBox(row);
    var error = row.querySelector('.ag-tl-row-error');
    if (error) {
      error.parentElement.removeChild(error);
    }
    box.value = '';
    box.defaultValue = '';
    box.removeAttribute('aria-invalid');
    box.removeAttribute('aria-describedby');
    // A new row starts with the new factors' colour, never with the last row's "choose a colour".
    var colour = row.querySelector('.ag-tl-row-colour');
    var choose = colour.querySelector('[data-ag-tl-choose]');
    if (choose) {
      colour.removeChild(choose);
    }
    colour.removeAttribute('aria-invalid');
    colour.removeAttribute('aria-describedby');
    colour.value = setting(form, 'new-colour');
    rows[0].parentElement.appendChild(row);
    count(form, row);
    renumber(form);
    box.focus();
  }

  function removeRow(form, row) {
    var rows = rowsOf(form);
    var index = rows.indexOf(row);
    var next = rows[index + 1];
    if (rows.length === 1) {
      // Keep one row to type into: emptying it removes the last factor just the same.
      textBox(row).value = '';
      count(form, row);
      next = row;
    } else {
      row.parentElement.removeChild(row);
    }
    renumber(form);
    (next ? textBox(next) : addButton(form)).focus();
    announce(form, format(setting(form, 'text-removed'), index + 1));
  }

  function moveRow(form, row, up) {
    var sibling = up ? row.previousElementSibling : row.nextElementSibling;
    if (!sibling) {
      return;
    }
    row.parentElement.insertBefore(up ? row : sibling, up ? sibling : row);
    renumber(form);
    row.querySelector('[data-ag-tl-action="' + (up ? 'up' : 'down') + '"]').focus();
    announce(form, format(setting(form, 'text-moved'), rowsOf(form).indexOf(row) + 1));
  }

  document.addEventListener('click', function (event) {
    var button = closest(event.target, '[data-ag-tl-action]');
    var form = button && closest(button, '[data-ag-tl-edit]');
    if (!form) {
      return;
    }
    event.preventDefault();
    var action = button.getAttribute('data-ag-tl-action');
    var row = closest(button, ROW);
    if (action === 'add') {
      addRow(form);
    } else if (action === 'remove') {
      removeRow(form, row);
    } else {
      moveRow(form, row, action === 'up');
    }
  });

  document.addEventListener('input', function (event) {
    var row = event.target.classList && event.target.classList.contains('ag-tl-row-text')
      && closest(event.target, ROW);
    var form = row && closest(row, '[data-ag-tl-edit]');
    if (form) {
      count(form, row);
      nameRemove(form, row, rowsOf(form).indexOf(row) + 1);
    }
  });

  // Captured on the document, before Jira's dialog and inline-edit handlers see the key. Enter with
  // a modifier is left alone.
  document.addEventListener('keydown', function (event) {
    var box = event.target;
    var row = event.key === 'Enter' && !event.isComposing && !event.shiftKey && !event.ctrlKey
      && !event.altKey && !event.metaKey && box.classList && box.classList.contains('ag-tl-row-text')
      && closest(box, ROW);
    var form = row && closest(row, '[data-ag-tl-edit]');
    if (!form) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    if (row.nextElementSibling) {
      textBox(row.nextElementSibling).focus();
    } else if (box.value.trim()) {
      addRow(form);
    }
  }, true);
})();
