/** axe-core over the preview's pages, in light and dark themes. */
package com.accountgoals.browser.accessibility;
