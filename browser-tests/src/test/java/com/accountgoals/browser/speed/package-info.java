/** How long the board takes to render in Chromium for generated accounts: a program, not a test. */
package com.accountgoals.browser.speed;
