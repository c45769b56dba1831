/**
 * One test per rule of DOMAIN.md's "How goals are read", told with realistic accounts and checked
 * on the board a manager reads, so that each rule is proven where it matters.
 */
package com.accountgoals.core.rules;
