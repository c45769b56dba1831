/**
 * Quarters of a fiscal year whose start month and naming are configurable, written {@code 2026-Q4},
 * and the date windows that quarters, plan months and port queries are made of.
 */
package com.accountgoals.core.quarter;
