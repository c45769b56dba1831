/**
 * Page objects: what a person sees and does on the preview's pages (the QBR board and its settings,
 * the goal panel, the traffic-light field's edit form and views), named as a person would name it,
 * so that the tests read as stories and the selectors live in one place.
 */
package com.accountgoals.browser.pages;
