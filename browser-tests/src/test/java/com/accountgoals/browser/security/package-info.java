/** Texts the team wrote, markup included, shown as text and never run. */
package com.accountgoals.browser.security;
