/*
 * The goal panel's own texts in the reader's language, through Jira's web-resource i18n (the
 * jsI18n transformer puts in the text of each AJS.I18n.getText call with a literal key when Jira
 * serves this file). The texts the panel shares with the board (health and outcome words, SMART,
 * the chart, the server's findings) come from account-goals/board/strings, which this falls back
 * to; a key neither knows comes back as the key itself.
 */
define('account-goals/panel/strings', ['account-goals/board/strings'], function (shared) {
  'use strict';

  /* global AJS */
  var TEXTS = {
    'account-goals.panel.loading': function (a) {
      return AJS.I18n.getText('account-goals.panel.loading', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.error.title': function (a) {
      return AJS.I18n.getText('account-goals.panel.error.title', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.section.status': function (a) {
      return AJS.I18n.getText('account-goals.panel.section.status', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.section.milestone': function (a) {
      return AJS.I18n.getText('account-goals.panel.section.milestone', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.section.progress': function (a) {
      return AJS.I18n.getText('account-goals.panel.section.progress', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.section.smart': function (a) {
      return AJS.I18n.getText('account-goals.panel.section.smart', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.section.light': function (a) {
      return AJS.I18n.getText('account-goals.panel.section.light', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.section.history': function (a) {
      return AJS.I18n.getText('account-goals.panel.section.history', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.section.alignment': function (a) {
      return AJS.I18n.getText('account-goals.panel.section.alignment', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.status.closed': function (a) {
      return AJS.I18n.getText('account-goals.panel.status.closed', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.status.no-health': function (a) {
      return AJS.I18n.getText('account-goals.panel.status.no-health', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.target': function (a) {
      return AJS.I18n.getText('account-goals.panel.target', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.target.undated': function (a) {
      return AJS.I18n.getText('account-goals.panel.target.undated', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.progress.none': function (a) {
      return AJS.I18n.getText('account-goals.panel.progress.none', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.progress.overshoot': function (a) {
      return AJS.I18n.getText('account-goals.panel.progress.overshoot', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.chart.none': function (a) {
      return AJS.I18n.getText('account-goals.panel.chart.none', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.milestone.of': function (a) {
      return AJS.I18n.getText('account-goals.panel.milestone.of', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.milestone.of-none': function (a) {
      return AJS.I18n.getText('account-goals.panel.milestone.of-none', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.milestone.target': function (a) {
      return AJS.I18n.getText('account-goals.panel.milestone.target', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.milestone.result.MET_ON_TIME': function (a) {
      return AJS.I18n.getText('account-goals.panel.milestone.result.MET_ON_TIME', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.milestone.result.MET_LATE': function (a) {
      return AJS.I18n.getText('account-goals.panel.milestone.result.MET_LATE', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.milestone.result.OVERDUE': function (a) {
      return AJS.I18n.getText('account-goals.panel.milestone.result.OVERDUE', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.milestone.result.MISSED': function (a) {
      return AJS.I18n.getText('account-goals.panel.milestone.result.MISSED', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.milestone.result.UPCOMING': function (a) {
      return AJS.I18n.getText('account-goals.panel.milestone.result.UPCOMING', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.smart.holds': function (a) {
      return AJS.I18n.getText('account-goals.panel.smart.holds', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.smart.fails': function (a) {
      return AJS.I18n.getText('account-goals.panel.smart.fails', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.smart.not-checked': function (a) {
      return AJS.I18n.getText('account-goals.panel.smart.not-checked', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.light.none': function (a) {
      return AJS.I18n.getText('account-goals.panel.light.none', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.light.no-factors': function (a) {
      return AJS.I18n.getText('account-goals.panel.light.no-factors', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.history.none': function (a) {
      return AJS.I18n.getText('account-goals.panel.history.none', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.history.when': function (a) {
      return AJS.I18n.getText('account-goals.panel.history.when', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.history.change': function (a) {
      return AJS.I18n.getText('account-goals.panel.history.change', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.history.who': function (a) {
      return AJS.I18n.getText('account-goals.panel.history.who', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.history.why': function (a) {
      return AJS.I18n.getText('account-goals.panel.history.why', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.history.unknown': function (a) {
      return AJS.I18n.getText('account-goals.panel.history.unknown', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.history.no-reason': function (a) {
      return AJS.I18n.getText('account-goals.panel.history.no-reason', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.alignment.supports': function (a) {
      return AJS.I18n.getText('account-goals.panel.alignment.supports', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.alignment.supported-by': function (a) {
      return AJS.I18n.getText('account-goals.panel.alignment.supported-by', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.alignment.supports.none': function (a) {
      return AJS.I18n.getText('account-goals.panel.alignment.supports.none', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.panel.alignment.supported-by.none': function (a) {
      return AJS.I18n.getText('account-goals.panel.alignment.supported-by.none', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.detail.why.not-measured': function (a) {
      return AJS.I18n.getText('account-goals.detail.why.not-measured', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.detail.why.against-plan': function (a) {
      return AJS.I18n.getText('account-goals.detail.why.against-plan', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.detail.why.next-step': function (a) {
      return AJS.I18n.getText('account-goals.detail.why.next-step', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.detail.why.on-plan-next-step': function (a) {
      return AJS.I18n.getText('account-goals.detail.why.on-plan-next-step', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.detail.why.within-ceiling': function (a) {
      return AJS.I18n.getText('account-goals.detail.why.within-ceiling', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.detail.why.above-ceiling': function (a) {
      return AJS.I18n.getText('account-goals.detail.why.above-ceiling', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.detail.why.on-floor': function (a) {
      return AJS.I18n.getText('account-goals.detail.why.on-floor', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.detail.why.below-floor': function (a) {
      return AJS.I18n.getText('account-goals.detail.why.below-floor', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.detail.why.target-reached': function (a) {
      return AJS.I18n.getText('account-goals.detail.why.target-reached', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.trafficlight.overall.chosen': function (a) {
      return AJS.I18n.getText('account-goals.trafficlight.overall.chosen', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.trafficlight.overall.derived': function (a) {
      return AJS.I18n.getText('account-goals.trafficlight.overall.derived', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.trafficlight.view.factors': function (a) {
      return AJS.I18n.getText('account-goals.trafficlight.view.factors', a[0], a[1], a[2], a[3], a[4]);
    }
  };

  function text(key, args) {
    var fill = TEXTS[key];
    return fill ? fill(args || []) : shared.text(key, args);
  }

  return {text: text, keys: Object.keys(TEXTS).concat(shared.keys)};
});
