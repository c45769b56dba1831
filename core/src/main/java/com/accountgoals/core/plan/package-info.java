/**
 * The short-term plan: actions (who does what, when) and the rolling three-month plan built from
 * them, starting with the current month: the current month in detail, with the open actions whose
 * due date has passed carried over, and the next two months in outline.
 */
package com.accountgoals.core.plan;
