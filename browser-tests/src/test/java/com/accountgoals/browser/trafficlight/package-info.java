/** The traffic-light field's edit form and views in Chromium, used as a person would. */
package com.accountgoals.browser.trafficlight;
