/*
 * Numbers, amounts, days and months in the reader's language. The board's JSON carries values
 * (numbers, ISO days, "2026-12" months), never text formatted on the server; this module turns them
 * into text with the browser's Intl API for the page's locale.
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

  /* A formatter for one locale; days are read as calendar days, so UTC avoids a shift by a zone. */
  function create(locale) {
    var integer = new Intl.NumberFormat(locale, {maximumFractionDigits: 0});
    var decimal = new Intl.NumberFormat(locale, {maximumFractionDigits: 2});
    var percent = new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 0});
    var day = new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
    var month = new Intl.DateTimeFormat(locale, {month: 'long', year: 'numeric', timeZone: 'UTC'});
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
      amount: function (value, unit) {
        return unit ? decimal.format(value) + '\u00a0' + unit : decimal.format(value);
      },
      /* A signed change, with its unit: +8 leads, −0,6 %. */
      change: function (value, unit) {
        var sign = value > 0 ? '+' : value < 0 ? '\u2212' : '\u00b1';
        var text = sign + decimal.format(Math.abs(value));
        return unit ? text + '\u00a0' + unit : text;
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
