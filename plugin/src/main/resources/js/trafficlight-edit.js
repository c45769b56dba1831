/*
 * Traffic-light edit form: add, move and remove factor rows. The rows are plain form inputs
 * rendered by edit.vm, so the form also works without this script; the script only changes which
 * rows there are and their order (the order the inputs are posted in is the factors' order).
 * Event delegation on the document, because Jira renders edit forms in dialogs and inline editors
 * after the page has loaded.
 */
(function () {
  'use strict';

  function closest(element, selector) {
    while (element && element.nodeType === 1) {
      if (element.matches(selector)) {
        return element;
      }
      element = element.parentElement;
    }
    return null;
  }

  function rowsOf(form) {
    return form.querySelector('[data-ag-tl-rows]');
  }

  function emptyRowFrom(row) {
    var copy = row.cloneNode(true);
    var text = copy.querySelector('input[type="text"]');
    text.value = '';
    text.defaultValue = '';
    return copy;
  }

  function addRow(form) {
    var rows = rowsOf(form);
    var max = parseInt(rows.getAttribute('data-ag-tl-max'), 10);
    var all = rows.querySelectorAll('[data-ag-tl-row]');
    if (all.length === 0 || all.length >= max) {
      return;
    }
    var row = emptyRowFrom(all[all.length - 1]);
    rows.appendChild(row);
    row.querySelector('input[type="text"]').focus();
  }

  function removeRow(row) {
    var rows = row.parentElement;
    if (rows.querySelectorAll('[data-ag-tl-row]').length === 1) {
      // Keep one row to type into: emptying it removes the last factor just the same.
      row.querySelector('input[type="text"]').value = '';
      return;
    }
    rows.removeChild(row);
  }

  function moveRow(row, up) {
    var rows = row.parentElement;
    if (up && row.previousElementSibling) {
      rows.insertBefore(row, row.previousElementSibling);
    } else if (!up && row.nextElementSibling) {
      rows.insertBefore(row.nextElementSibling, row);
    }
    row.querySelector('[data-ag-tl-action="' + (up ? 'up' : 'down') + '"]').focus();
  }

  document.addEventListener('click', function (event) {
    var button = closest(event.target, '[data-ag-tl-action]');
    var form = button && closest(button, '[data-ag-tl-edit]');
    if (!form) {
      return;
    }
    event.preventDefault();
    var action = button.getAttribute('data-ag-tl-action');
    var row = closest(button, '[data-ag-tl-row]');
    if (action === 'add') {
      addRow(form);
    } else if (action === 'remove') {
      removeRow(row);
    } else if (action === 'up' || action === 'down') {
      moveRow(row, action === 'up');
    }
  });
})();
