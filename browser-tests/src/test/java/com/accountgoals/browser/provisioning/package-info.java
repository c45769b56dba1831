/**
 * The build's first step: Debian's Chromium and chromedriver are there, installed, or asked for.
 */
package com.accountgoals.browser.provisioning;
