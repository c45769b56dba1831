/**
 * The SMART check of business goals and milestones: which of Specific, Measurable, Achievable,
 * Relevant and Time-bound hold, and for each that fails a finding with a message key and the data
 * that explains it. Core holds no English: the plugin renders the findings in the user's language.
 */
package com.accountgoals.core.smart;
