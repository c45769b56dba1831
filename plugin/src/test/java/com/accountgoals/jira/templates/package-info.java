/**
 * Checks that hold for every Velocity template of the app, whatever feature it belongs to: none of
 * them lets a value into the page unescaped.
 */
package com.accountgoals.jira.templates;
