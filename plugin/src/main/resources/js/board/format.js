/*
 * Numbers, amounts, days and months in the reader's language. The board's JSON carries values
 * (numbers, ISO days, "2026-12" months), never text formatted on the server; this module turns them
 * into text with the browser's Intl API for the page's locale, and a unit in the form that agrees
 * with its number (Intl.PluralRules).
 */
define('account-goals/board/format', [], function () {
  'use strict';

  /*
   * The page's language: Jira writes the user's locale into <html lang="..."> and into the
   * "ajs-user-locale" meta tag (de_DE); the first one that is set wins, English otherwise.
   */
  function localeOf(doc) {
    var lang = doc.documentElement.getAttribute('lang');
    if (lang) {
      return lang.replace('_', '-');
    }
    var meta = doc.querySelector('meta[name="ajs-user-locale"]');
    var content = meta && meta.getAttribute('content');
    return content ? content.replace('_', '-') : 'en';
  }

  function isoDay(iso) {
    var parts = iso.split('-');
    return new Date(Date.UTC(+parts[0], +parts[1] - 1, parts.length > 2 ? +parts[2] : 1));
  }

  /*
   * A unit as the team typed it into the goal's Unit field: "store|stores" carries its singular and
   * its plural, a unit without "|" is used as typed (no plural is guessed).
   */
  function unitForms(unit) {
    var bar = unit.indexOf('|');
    if (bar < 0) {
      return {one: unit, other: unit};
    }
    var one = unit.slice(0, bar).trim();
    var other = unit.slice(bar + 1).trim();
    return {one: one || other, other: other || one};
  }

  /* The percentage unit: a difference of two such values is in percentage points. */
  function isPercent(unit) {
    return unit.trim() === '%';
  }

  /*
   * A formatter for one locale; days are read as calendar days, so UTC avoids a shift by a zone.
   * t(key, args) gives the texts of the reader's language (the name of percentage points).
   */
  function create(locale, t) {
    var integer = new Intl.NumberFormat(locale, {maximumFractionDigits: 0});
    var decimal = new Intl.NumberFormat(locale, {maximumFractionDigits: 2});
    var percent = new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 0});
    var day = new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
    var month = new Intl.DateTimeFormat(locale, {month: 'long', year: 'numeric', timeZone: 'UTC'});
    /* Rounded as the number is shown, so that "1" is never followed by a plural. */
    var plural = new Intl.PluralRules(locale, {maximumFractionDigits: 2});

    /* The unit's form that agrees with the number shown: one → singular, other forms → plural. */
    function unitFor(magnitude, unit) {
      var forms = unitForms(unit);
      return plural.select(magnitude) === 'one' ? forms.one : forms.other;
    }

    /* magnitude (at least 0) with the unit of a difference: percentage points for a percentage. */
    function differenceText(magnitude, unit) {
      var text = decimal.format(magnitude);
      if (!unit) {
        return text;
      }
      var name = isPercent(unit) ? t('account-goals.unit.percentage-points', []) : unit;
      return text + '\u00a0' + unitFor(magnitude, name);
    }

    return {
      locale: locale,
      count: function (n) {
        return integer.format(n);
      },
      number: function (n) {
        return decimal.format(n);
      },
      /* A share from 0 to 1 as a percentage. */
      share: function (fraction) {
        return percent.format(fraction);
      },
      /* A value that is already in percent (progress: 0..100 and beyond). */
      percent: function (value) {
        return percent.format(value / 100);
      },
      /* A value in its unit: 1 store, 4 stores, 22,4 %. */
      amount: function (value, unit) {
        return unit ? decimal.format(value) + '\u00a0' + unitFor(Math.abs(value), unit) : decimal.format(value);
      },
      /*
       * A difference of two values (a gap, a pace a month), without a sign: 3 stores, and for a
       * percentage the points between two percentages (0.4 percentage points), never a share of one.
       */
      difference: function (value, unit) {
        return differenceText(Math.abs(value), unit);
      },
      /* A signed difference, with its unit: +8 leads, −1 store, −0.6 percentage points. */
      change: function (value, unit) {
        var sign = value > 0 ? '+' : value < 0 ? '\u2212' : '\u00b1';
        return sign + differenceText(Math.abs(value), unit);
      },
      day: function (iso) {
        return day.format(isoDay(iso));
      },
      month: function (isoMonth) {
        return month.format(isoDay(isoMonth));
      },
      /* Days since the epoch, for charts. */
      epochDay: function (iso) {
        return isoDay(iso).getTime() / 86400000;
      }
    };
  }

  return {create: create, localeOf: localeOf};
});
