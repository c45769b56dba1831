/**
 * The app's admin page in Chromium, used as a Jira administrator would: keyboard, saves, errors.
 */
package com.accountgoals.browser.admin;
