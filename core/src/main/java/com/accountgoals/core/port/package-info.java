/**
 * What core needs from outside, as small interfaces: a source of an account's goal and action rows
 * ({@link com.accountgoals.core.port.AccountRowSource}) and the current day ({@link
 * com.accountgoals.core.port.Today}). The plugin implements them with Jira; {@link
 * com.accountgoals.core.port.InMemoryAccountRowSource} serves tests and the preview.
 */
package com.accountgoals.core.port;
