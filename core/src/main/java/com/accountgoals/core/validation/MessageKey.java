package com.accountgoals.core.validation;

/**
 * A message that core can hand to the user through an adapter: errors, SMART findings, health and
 * outcome labels. Each feature package declares its keys in one enum that implements this
 * interface, so the plugin can check that its bundles carry every key.
 */
public interface MessageKey {

  /** The common prefix of every key: the plugin's name. */
  String PREFIX = "account-goals.";

  /** The key in the i18n bundles, such as {@code account-goals.quarter.error.format}. */
  String key();
}
