/** The QBR board dashboard item in Chromium, against the preview's demo accounts. */
package com.accountgoals.browser.board;
