/**
 * The SMART check of business goals and milestones: which of Specific, Measurable, Achievable,
 * Relevant and Time-bound hold, and for each that fails a finding with a message key and typed
 * arguments (amounts with their unit, numbers, counts, days, keys). Core holds no English and
 * formats nothing: the plugin renders the findings in the user's language. Relevance is the
 * alignment rule, read the same way as the alignment findings.
 */
package com.accountgoals.core.smart;
