/** Pictures of the board, the panel and the field, written on every run for people to look at. */
package com.accountgoals.browser.screenshots;
