/**
 * How core reports bad input: an exception that carries a message key and its arguments, never
 * English text, so that the plugin can translate it into the user's language. {@link
 * com.accountgoals.core.validation.MessageKey} is the type of those keys; it lives here, below
 * every feature package, so that the key enums of the features depend on nothing above them.
 */
package com.accountgoals.core.validation;
