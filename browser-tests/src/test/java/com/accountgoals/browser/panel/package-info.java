/** The goal panel on the preview's issue page in Chromium. */
package com.accountgoals.browser.panel;
