/**
 * Checks of the stand-ins, kept out of the {@code stand-ins} module so that it holds nothing but
 * mirrors of Atlassian types: every stand-in cites the page it mirrors and is listed in {@code
 * stand-ins/README.md}, and {@code stand-ins/LEDGER.tsv} agrees with the stand-ins' bytecode.
 */
package com.accountgoals.standinchecks;
