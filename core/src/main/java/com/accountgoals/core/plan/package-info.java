/**
 * The short-term plan: actions (who does what, when) and the rolling three-month plan built from
 * them, the first month in detail and the other two in outline.
 */
package com.accountgoals.core.plan;
