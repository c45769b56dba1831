/**
 * The stand-ins' ledger: what the compiled stand-ins declare ({@link
 * com.accountgoals.standinchecks.ledger.BytecodeDeclarations}), the evidence that Jira declares the
 * same, and the test that keeps {@code stand-ins/LEDGER.tsv} and the bytecode in step.
 *
 * <p>Part of {@code stand-ins-checks}, not a stand-in: it mirrors no Atlassian type or member, so
 * it has no Atlassian page to cite. The pages each stand-in member was checked against are in
 * {@code stand-ins/LEDGER.tsv}.
 */
package com.accountgoals.standinchecks.ledger;
