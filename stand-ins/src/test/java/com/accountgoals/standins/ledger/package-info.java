/**
 * The stand-ins' ledger: what the compiled stand-ins declare ({@link
 * com.accountgoals.standins.ledger.BytecodeDeclarations}), the evidence that Jira declares the
 * same, and the test that keeps {@code stand-ins/LEDGER.tsv} and the bytecode in step.
 */
package com.accountgoals.standins.ledger;
