/**
 * The typed arguments of the messages core hands to the adapters (findings, outcomes): counts,
 * numbers, amounts with units, days and issue keys. Core never formats them; the adapters write
 * them in the reader's language.
 */
package com.accountgoals.core.message;
