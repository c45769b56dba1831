/**
 * The message keys core can produce. Core never holds user-facing text: it names a key and its
 * arguments, and the plugin's bundles (English, German, Italian) say it in the user's language.
 * {@link com.accountgoals.core.i18n.CoreMessageKeys#all()} lists every key; each feature package
 * declares its own in an enum implementing {@link com.accountgoals.core.validation.MessageKey}.
 */
package com.accountgoals.core.i18n;
