/**
 * A PIT plugin of the build, never shipped with the app: it leaves out of the mutation analysis the
 * equivalent mutants a module lists in its {@code equivalent-mutants.tsv}, each with a one-line
 * reason, so that the test-strength floor can stand at what the tests really reach instead of below
 * mutants no test can kill. PIT's own {@code excludedMethods} would drop every mutant of a method,
 * real ones too; this drops exactly the listed ones, and fails the build on an entry that matches
 * no mutant, so that stale entries cannot pile up and an edit of a listed line is looked at again.
 */
package com.accountgoals.mutationfilter;
