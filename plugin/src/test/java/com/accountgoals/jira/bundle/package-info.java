/**
 * The bundle check: reads the jar that the build made, as Jira's plugin system will, and fails the
 * build when the manifest, the descriptor, the Spring wiring, the resources or the i18n bundles do
 * not hold together.
 */
package com.accountgoals.jira.bundle;
