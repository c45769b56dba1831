package com.accountgoals.core.smart;

import com.accountgoals.core.goal.IssueKey;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The SMART check of one goal: which criteria hold, and a finding for each problem.
 *
 * @param goal the goal checked
 * @param summary the goal's summary, so that a list of findings can name the goal; may be empty
 * @param checked false for visions and relationship goals, which SMART does not apply to
 * @param findings the problems found, grouped by criterion in SMART order
 */
public record SmartAssessment(
    IssueKey goal, String summary, boolean checked, List<SmartFinding> findings) {

  public SmartAssessment {
    Objects.requireNonNull(goal, "goal");
    findings = List.copyOf(findings);
  }

  /** True when {@code criterion} holds (or the goal is not checked at all). */
  public boolean holds(SmartCriterion criterion) {
    return findings.stream().noneMatch(f -> f.criterion() == criterion);
  }

  /** True when every criterion holds. */
  public boolean isSmart() {
    return findings.isEmpty();
  }

  /** The criteria that fail, in SMART order. */
  public Set<SmartCriterion> failedCriteria() {
    Set<SmartCriterion> failed = EnumSet.noneOf(SmartCriterion.class);
    findings.forEach(f -> failed.add(f.criterion()));
    return failed;
  }
}
