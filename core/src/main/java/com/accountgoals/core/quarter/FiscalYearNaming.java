package com.accountgoals.core.quarter;

/**
 * Which calendar year a fiscal year is named after. With a July start, the fiscal year from July
 * 2026 to June 2027 is FY2026 by its start year and FY2027 by its end year. With a January start
 * both namings give the same name.
 */
public enum FiscalYearNaming {
  /** Named after the calendar year it starts in: July 2026 to June 2027 is 2026. */
  BY_START_YEAR,
  /** Named after the calendar year it ends in: July 2026 to June 2027 is 2027. */
  BY_END_YEAR
}
