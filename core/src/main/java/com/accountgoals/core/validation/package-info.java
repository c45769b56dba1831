/**
 * How core reports bad input: an exception that carries a message key and its arguments, never
 * English text, so that the plugin can translate it into the user's language.
 */
package com.accountgoals.core.validation;
