/**
 * What every browser test needs, apart from the pages: Debian's headless Chromium driven through
 * Debian's chromedriver ({@link com.accountgoals.browser.harness.Chromium}), axe-core's
 * accessibility check ({@link com.accountgoals.browser.harness.Axe}) and full-page screenshots
 * ({@link com.accountgoals.browser.harness.Screenshots}).
 */
package com.accountgoals.browser.harness;
