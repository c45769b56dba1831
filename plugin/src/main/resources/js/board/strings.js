/*
 * The board's texts in the reader's language, through Jira's web-resource i18n: the jsI18n
 * transformer finds each AJS.I18n.getText call with a literal key in this file and puts in the
 * text of the user's language when Jira serves it, so every key the board can show is spelt out
 * here once (including the keys of the findings the server sends). Texts are MessageFormat
 * patterns; text(key, args) fills in up to five arguments. A key the script does not know (a newer
 * server's) comes back as the key itself rather than breaking the board.
 */
define('account-goals/board/strings', [], function () {
  'use strict';

  /* global AJS */
  var TEXTS = {
    'account-goals.unit.percentage-points': function (a) {
      return AJS.I18n.getText('account-goals.unit.percentage-points', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.trafficlight.colour.GREEN': function (a) {
      return AJS.I18n.getText('account-goals.trafficlight.colour.GREEN', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.trafficlight.colour.AMBER': function (a) {
      return AJS.I18n.getText('account-goals.trafficlight.colour.AMBER', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.trafficlight.colour.RED': function (a) {
      return AJS.I18n.getText('account-goals.trafficlight.colour.RED', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.trafficlight.group.GREEN': function (a) {
      return AJS.I18n.getText('account-goals.trafficlight.group.GREEN', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.trafficlight.group.AMBER': function (a) {
      return AJS.I18n.getText('account-goals.trafficlight.group.AMBER', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.trafficlight.group.RED': function (a) {
      return AJS.I18n.getText('account-goals.trafficlight.group.RED', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.alignment.finding.company-goal-skipped': function (a) {
      return AJS.I18n.getText('account-goals.alignment.finding.company-goal-skipped', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.alignment.finding.cycle': function (a) {
      return AJS.I18n.getText('account-goals.alignment.finding.cycle', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.alignment.finding.link-against-order': function (a) {
      return AJS.I18n.getText('account-goals.alignment.finding.link-against-order', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.alignment.finding.milestone-without-business-goal': function (a) {
      return AJS.I18n.getText('account-goals.alignment.finding.milestone-without-business-goal', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.alignment.finding.not-aligned': function (a) {
      return AJS.I18n.getText('account-goals.alignment.finding.not-aligned', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.alignment.finding.supported-goal-unknown': function (a) {
      return AJS.I18n.getText('account-goals.alignment.finding.supported-goal-unknown', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.goal.outcome.met-on-time': function (a) {
      return AJS.I18n.getText('account-goals.goal.outcome.met-on-time', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.goal.outcome.met-late': function (a) {
      return AJS.I18n.getText('account-goals.goal.outcome.met-late', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.goal.outcome.done': function (a) {
      return AJS.I18n.getText('account-goals.goal.outcome.done', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.goal.outcome.closed-not-measured': function (a) {
      return AJS.I18n.getText('account-goals.goal.outcome.closed-not-measured', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.goal.outcome.dropped': function (a) {
      return AJS.I18n.getText('account-goals.goal.outcome.dropped', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.goal.outcome.missed': function (a) {
      return AJS.I18n.getText('account-goals.goal.outcome.missed', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.goal.outcome.overdue': function (a) {
      return AJS.I18n.getText('account-goals.goal.outcome.overdue', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.goal.outcome.undated': function (a) {
      return AJS.I18n.getText('account-goals.goal.outcome.undated', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.goal.outcome.upcoming': function (a) {
      return AJS.I18n.getText('account-goals.goal.outcome.upcoming', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.milestone.outcome.met-on-time': function (a) {
      return AJS.I18n.getText('account-goals.milestone.outcome.met-on-time', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.milestone.outcome.met-late': function (a) {
      return AJS.I18n.getText('account-goals.milestone.outcome.met-late', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.milestone.outcome.done': function (a) {
      return AJS.I18n.getText('account-goals.milestone.outcome.done', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.milestone.outcome.closed-not-measured': function (a) {
      return AJS.I18n.getText('account-goals.milestone.outcome.closed-not-measured', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.milestone.outcome.dropped': function (a) {
      return AJS.I18n.getText('account-goals.milestone.outcome.dropped', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.milestone.outcome.missed': function (a) {
      return AJS.I18n.getText('account-goals.milestone.outcome.missed', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.milestone.outcome.overdue': function (a) {
      return AJS.I18n.getText('account-goals.milestone.outcome.overdue', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.milestone.outcome.undated': function (a) {
      return AJS.I18n.getText('account-goals.milestone.outcome.undated', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.milestone.outcome.upcoming': function (a) {
      return AJS.I18n.getText('account-goals.milestone.outcome.upcoming', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.health.behind': function (a) {
      return AJS.I18n.getText('account-goals.health.behind', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.health.not-measured': function (a) {
      return AJS.I18n.getText('account-goals.health.not-measured', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.health.off-track': function (a) {
      return AJS.I18n.getText('account-goals.health.off-track', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.health.on-track': function (a) {
      return AJS.I18n.getText('account-goals.health.on-track', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.health.watch': function (a) {
      return AJS.I18n.getText('account-goals.health.watch', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.milestone.finding.same-day': function (a) {
      return AJS.I18n.getText('account-goals.milestone.finding.same-day', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.milestone.finding.before-baseline': function (a) {
      return AJS.I18n.getText('account-goals.milestone.finding.before-baseline', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.milestone.finding.after-due-date': function (a) {
      return AJS.I18n.getText('account-goals.milestone.finding.after-due-date', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.milestone.finding.against-direction': function (a) {
      return AJS.I18n.getText('account-goals.milestone.finding.against-direction', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.milestone.finding.beyond-target': function (a) {
      return AJS.I18n.getText('account-goals.milestone.finding.beyond-target', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.plan.carried-over': function (a) {
      return AJS.I18n.getText('account-goals.plan.carried-over', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.plan.no-date': function (a) {
      return AJS.I18n.getText('account-goals.plan.no-date', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.qbr.notice.cap-reached': function (a) {
      return AJS.I18n.getText('account-goals.qbr.notice.cap-reached', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.qbr.notice.partly-read': function (a) {
      return AJS.I18n.getText('account-goals.qbr.notice.partly-read', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.achievable.no-progress-yet': function (a) {
      return AJS.I18n.getText('account-goals.smart.achievable.no-progress-yet', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.achievable.pace-far-above-history': function (a) {
      return AJS.I18n.getText('account-goals.smart.achievable.pace-far-above-history', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.criterion.achievable': function (a) {
      return AJS.I18n.getText('account-goals.smart.criterion.achievable', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.criterion.measurable': function (a) {
      return AJS.I18n.getText('account-goals.smart.criterion.measurable', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.criterion.relevant': function (a) {
      return AJS.I18n.getText('account-goals.smart.criterion.relevant', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.criterion.specific': function (a) {
      return AJS.I18n.getText('account-goals.smart.criterion.specific', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.criterion.time-bound': function (a) {
      return AJS.I18n.getText('account-goals.smart.criterion.time-bound', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.measurable.decrease-contradicted': function (a) {
      return AJS.I18n.getText('account-goals.smart.measurable.decrease-contradicted', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.measurable.increase-contradicted': function (a) {
      return AJS.I18n.getText('account-goals.smart.measurable.increase-contradicted', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.measurable.no-baseline': function (a) {
      return AJS.I18n.getText('account-goals.smart.measurable.no-baseline', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.measurable.no-period-start': function (a) {
      return AJS.I18n.getText('account-goals.smart.measurable.no-period-start', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.measurable.no-target': function (a) {
      return AJS.I18n.getText('account-goals.smart.measurable.no-target', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.measurable.no-unit': function (a) {
      return AJS.I18n.getText('account-goals.smart.measurable.no-unit', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.relevant.company-goal-skipped': function (a) {
      return AJS.I18n.getText('account-goals.smart.relevant.company-goal-skipped', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.relevant.link-against-order': function (a) {
      return AJS.I18n.getText('account-goals.smart.relevant.link-against-order', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.relevant.milestone-without-business-goal': function (a) {
      return AJS.I18n.getText('account-goals.smart.relevant.milestone-without-business-goal', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.relevant.not-aligned': function (a) {
      return AJS.I18n.getText('account-goals.smart.relevant.not-aligned', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.relevant.supported-goal-unknown': function (a) {
      return AJS.I18n.getText('account-goals.smart.relevant.supported-goal-unknown', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.specific.no-size': function (a) {
      return AJS.I18n.getText('account-goals.smart.specific.no-size', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.specific.summary-vague': function (a) {
      return AJS.I18n.getText('account-goals.smart.specific.summary-vague', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.time-bound.after-supported-goal': function (a) {
      return AJS.I18n.getText('account-goals.smart.time-bound.after-supported-goal', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.smart.time-bound.no-due-date': function (a) {
      return AJS.I18n.getText('account-goals.smart.time-bound.no-due-date', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.loading': function (a) {
      return AJS.I18n.getText('account-goals.board.loading', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.empty': function (a) {
      return AJS.I18n.getText('account-goals.board.empty', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.empty.title': function (a) {
      return AJS.I18n.getText('account-goals.board.empty.title', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.error.title': function (a) {
      return AJS.I18n.getText('account-goals.board.error.title', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.error.network': function (a) {
      return AJS.I18n.getText('account-goals.board.error.network', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.retry': function (a) {
      return AJS.I18n.getText('account-goals.board.retry', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.unconfigured': function (a) {
      return AJS.I18n.getText('account-goals.board.unconfigured', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.heading': function (a) {
      return AJS.I18n.getText('account-goals.board.heading', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.as-of': function (a) {
      return AJS.I18n.getText('account-goals.board.as-of', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.light.label': function (a) {
      return AJS.I18n.getText('account-goals.board.light.label', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.light.source.ACCOUNT': function (a) {
      return AJS.I18n.getText('account-goals.board.light.source.ACCOUNT', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.light.source.VISION': function (a) {
      return AJS.I18n.getText('account-goals.board.light.source.VISION', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.light.source.NONE': function (a) {
      return AJS.I18n.getText('account-goals.board.light.source.NONE', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.light.source.NONE.vision': function (a) {
      return AJS.I18n.getText('account-goals.board.light.source.NONE.vision', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.colour.none': function (a) {
      return AJS.I18n.getText('account-goals.board.colour.none', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.section.headline': function (a) {
      return AJS.I18n.getText('account-goals.board.section.headline', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.section.attention': function (a) {
      return AJS.I18n.getText('account-goals.board.section.attention', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.section.review': function (a) {
      return AJS.I18n.getText('account-goals.board.section.review', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.section.lights': function (a) {
      return AJS.I18n.getText('account-goals.board.section.lights', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.section.kpis': function (a) {
      return AJS.I18n.getText('account-goals.board.section.kpis', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.section.findings': function (a) {
      return AJS.I18n.getText('account-goals.board.section.findings', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.section.next': function (a) {
      return AJS.I18n.getText('account-goals.board.section.next', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.section.wins': function (a) {
      return AJS.I18n.getText('account-goals.board.section.wins', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.section.plan': function (a) {
      return AJS.I18n.getText('account-goals.board.section.plan', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.count': function (a) {
      return AJS.I18n.getText('account-goals.board.count', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.headline.goals': function (a) {
      return AJS.I18n.getText('account-goals.board.headline.goals', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.headline.on-track-share': function (a) {
      return AJS.I18n.getText('account-goals.board.headline.on-track-share', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.headline.quarter': function (a) {
      return AJS.I18n.getText('account-goals.board.headline.quarter', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.headline.milestones': function (a) {
      return AJS.I18n.getText('account-goals.board.headline.milestones', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.headline.previous': function (a) {
      return AJS.I18n.getText('account-goals.board.headline.previous', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.tally.goals.met': function (a) {
      return AJS.I18n.getText('account-goals.board.tally.goals.met', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.tally.goals.met-late': function (a) {
      return AJS.I18n.getText('account-goals.board.tally.goals.met-late', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.tally.goals.done': function (a) {
      return AJS.I18n.getText('account-goals.board.tally.goals.done', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.tally.goals.missed': function (a) {
      return AJS.I18n.getText('account-goals.board.tally.goals.missed', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.tally.goals.closed-not-measured': function (a) {
      return AJS.I18n.getText('account-goals.board.tally.goals.closed-not-measured', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.tally.goals.dropped': function (a) {
      return AJS.I18n.getText('account-goals.board.tally.goals.dropped', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.tally.goals.open': function (a) {
      return AJS.I18n.getText('account-goals.board.tally.goals.open', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.tally.goals.overdue': function (a) {
      return AJS.I18n.getText('account-goals.board.tally.goals.overdue', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.tally.milestones.met': function (a) {
      return AJS.I18n.getText('account-goals.board.tally.milestones.met', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.tally.milestones.met-late': function (a) {
      return AJS.I18n.getText('account-goals.board.tally.milestones.met-late', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.tally.milestones.done': function (a) {
      return AJS.I18n.getText('account-goals.board.tally.milestones.done', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.tally.milestones.missed': function (a) {
      return AJS.I18n.getText('account-goals.board.tally.milestones.missed', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.tally.milestones.closed-not-measured': function (a) {
      return AJS.I18n.getText('account-goals.board.tally.milestones.closed-not-measured', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.tally.milestones.dropped': function (a) {
      return AJS.I18n.getText('account-goals.board.tally.milestones.dropped', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.tally.milestones.open': function (a) {
      return AJS.I18n.getText('account-goals.board.tally.milestones.open', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.tally.milestones.overdue': function (a) {
      return AJS.I18n.getText('account-goals.board.tally.milestones.overdue', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.tally.not-measured': function (a) {
      return AJS.I18n.getText('account-goals.board.tally.not-measured', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.attention.none': function (a) {
      return AJS.I18n.getText('account-goals.board.attention.none', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.goals.none': function (a) {
      return AJS.I18n.getText('account-goals.board.goals.none', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.goals.progress': function (a) {
      return AJS.I18n.getText('account-goals.board.goals.progress', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.goals.progress.bar': function (a) {
      return AJS.I18n.getText('account-goals.board.goals.progress.bar', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.goals.no-progress': function (a) {
      return AJS.I18n.getText('account-goals.board.goals.no-progress', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.goals.no-reading': function (a) {
      return AJS.I18n.getText('account-goals.board.goals.no-reading', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.goals.no-way': function (a) {
      return AJS.I18n.getText('account-goals.board.goals.no-way', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.goals.now': function (a) {
      return AJS.I18n.getText('account-goals.board.goals.now', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.goals.planned': function (a) {
      return AJS.I18n.getText('account-goals.board.goals.planned', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.goals.next-step': function (a) {
      return AJS.I18n.getText('account-goals.board.goals.next-step', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.goals.target-reached': function (a) {
      return AJS.I18n.getText('account-goals.board.goals.target-reached', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.goals.original': function (a) {
      return AJS.I18n.getText('account-goals.board.goals.original', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.chart.label': function (a) {
      return AJS.I18n.getText('account-goals.board.chart.label', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.chart.plan': function (a) {
      return AJS.I18n.getText('account-goals.board.chart.plan', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.chart.original': function (a) {
      return AJS.I18n.getText('account-goals.board.chart.original', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.chart.reading-count': function (a) {
      return AJS.I18n.getText('account-goals.board.chart.reading-count', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.chart.readings': function (a) {
      return AJS.I18n.getText('account-goals.board.chart.readings', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.chart.today': function (a) {
      return AJS.I18n.getText('account-goals.board.chart.today', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.review.goals': function (a) {
      return AJS.I18n.getText('account-goals.board.review.goals', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.review.milestones': function (a) {
      return AJS.I18n.getText('account-goals.board.review.milestones', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.review.dropped': function (a) {
      return AJS.I18n.getText('account-goals.board.review.dropped', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.review.none': function (a) {
      return AJS.I18n.getText('account-goals.board.review.none', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.lights.distribution': function (a) {
      return AJS.I18n.getText('account-goals.board.lights.distribution', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.lights.none': function (a) {
      return AJS.I18n.getText('account-goals.board.lights.none', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.kpis.none': function (a) {
      return AJS.I18n.getText('account-goals.board.kpis.none', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.kpis.kpi': function (a) {
      return AJS.I18n.getText('account-goals.board.kpis.kpi', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.kpis.value': function (a) {
      return AJS.I18n.getText('account-goals.board.kpis.value', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.kpis.change': function (a) {
      return AJS.I18n.getText('account-goals.board.kpis.change', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.kpis.previous': function (a) {
      return AJS.I18n.getText('account-goals.board.kpis.previous', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.kpis.change.BETTER': function (a) {
      return AJS.I18n.getText('account-goals.board.kpis.change.BETTER', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.kpis.change.WORSE': function (a) {
      return AJS.I18n.getText('account-goals.board.kpis.change.WORSE', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.kpis.change.SAME': function (a) {
      return AJS.I18n.getText('account-goals.board.kpis.change.SAME', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.kpis.change.NEW': function (a) {
      return AJS.I18n.getText('account-goals.board.kpis.change.NEW', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.findings.none': function (a) {
      return AJS.I18n.getText('account-goals.board.findings.none', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.findings.smart': function (a) {
      return AJS.I18n.getText('account-goals.board.findings.smart', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.findings.alignment': function (a) {
      return AJS.I18n.getText('account-goals.board.findings.alignment', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.findings.milestones': function (a) {
      return AJS.I18n.getText('account-goals.board.findings.milestones', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.findings.failed': function (a) {
      return AJS.I18n.getText('account-goals.board.findings.failed', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.next.none': function (a) {
      return AJS.I18n.getText('account-goals.board.next.none', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.wins.none': function (a) {
      return AJS.I18n.getText('account-goals.board.wins.none', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.due': function (a) {
      return AJS.I18n.getText('account-goals.board.due', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.met-on': function (a) {
      return AJS.I18n.getText('account-goals.board.met-on', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.owner': function (a) {
      return AJS.I18n.getText('account-goals.board.owner', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.plan.detail': function (a) {
      return AJS.I18n.getText('account-goals.board.plan.detail', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.plan.outline': function (a) {
      return AJS.I18n.getText('account-goals.board.plan.outline', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.plan.none': function (a) {
      return AJS.I18n.getText('account-goals.board.plan.none', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.plan.action': function (a) {
      return AJS.I18n.getText('account-goals.board.plan.action', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.plan.who': function (a) {
      return AJS.I18n.getText('account-goals.board.plan.who', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.plan.when': function (a) {
      return AJS.I18n.getText('account-goals.board.plan.when', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.plan.goal': function (a) {
      return AJS.I18n.getText('account-goals.board.plan.goal', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.plan.unassigned': function (a) {
      return AJS.I18n.getText('account-goals.board.plan.unassigned', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.plan.no-goal': function (a) {
      return AJS.I18n.getText('account-goals.board.plan.no-goal', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.plan.by-goal': function (a) {
      return AJS.I18n.getText('account-goals.board.plan.by-goal', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.plan.by-owner': function (a) {
      return AJS.I18n.getText('account-goals.board.plan.by-owner', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.plan.undated': function (a) {
      return AJS.I18n.getText('account-goals.board.plan.undated', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.more': function (a) {
      return AJS.I18n.getText('account-goals.board.more', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.show-all': function (a) {
      return AJS.I18n.getText('account-goals.board.show-all', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.show-less': function (a) {
      return AJS.I18n.getText('account-goals.board.show-less', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.edit.project': function (a) {
      return AJS.I18n.getText('account-goals.board.edit.project', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.edit.project.help': function (a) {
      return AJS.I18n.getText('account-goals.board.edit.project.help', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.edit.quarter': function (a) {
      return AJS.I18n.getText('account-goals.board.edit.quarter', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.edit.quarter.help': function (a) {
      return AJS.I18n.getText('account-goals.board.edit.quarter.help', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.edit.sections': function (a) {
      return AJS.I18n.getText('account-goals.board.edit.sections', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.edit.save': function (a) {
      return AJS.I18n.getText('account-goals.board.edit.save', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.edit.cancel': function (a) {
      return AJS.I18n.getText('account-goals.board.edit.cancel', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.edit.error.project': function (a) {
      return AJS.I18n.getText('account-goals.board.edit.error.project', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.edit.error.quarter': function (a) {
      return AJS.I18n.getText('account-goals.board.edit.error.quarter', a[0], a[1], a[2], a[3], a[4]);
    },
    'account-goals.board.edit.error.sections': function (a) {
      return AJS.I18n.getText('account-goals.board.edit.error.sections', a[0], a[1], a[2], a[3], a[4]);
    }
  };

  function text(key, args) {
    var fill = TEXTS[key];
    return fill ? fill(args || []) : key;
  }

  return {text: text, keys: Object.keys(TEXTS)};
});
