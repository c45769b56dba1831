/** The board, the panel and the field in German and Italian: their own strings and numbers. */
package com.accountgoals.browser.languages;
