package com.accountgoals.core.qbr;

/**
 * The traffic lights of the account's goals: how many are of each colour, and the factors against
 * us (red) and those that could go either way (amber).
 *
 * @param counts goals by overall colour
 * @param redFactors red factors, by goal key
 * @param amberFactors amber factors, by goal key
 */
public record LightOverview(
    LightCounts counts, Shortlist<FactorLine> redFactors, Shortlist<FactorLine> amberFactors) {}
