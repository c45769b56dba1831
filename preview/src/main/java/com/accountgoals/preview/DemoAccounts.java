package com.accountgoals.preview;

import com.accountgoals.core.fixtures.GeneratedAccounts;
import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.fixtures.SampleAccounts;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.port.InMemoryAccountRowSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo accounts of one preview: core's named sample accounts (Acme, Volta, Nordwind in German,
 * Brightline in English) and, when asked for, a generated account {@code GEN} of a given size. Also
 * the preview's test data ({@link TestData}). Immutable; each account keeps its own story day and
 * fiscal calendar.
 */
public final class DemoAccounts {

  /** The seed of the generated account: the same size gives the same account. */
  static final long SEED = 42;

  private final List<SampleAccount> accounts;
  private final List<SampleAccount> testData;
  private final Map<ProjectKey, SampleAccount> byProject;
  private final Map<IssueKey, Goal> goals;
  private final InMemoryAccountRowSource rows;

  private DemoAccounts(List<SampleAccount> accounts, List<SampleAccount> testData) {
    Map<ProjectKey, SampleAccount> projects = new LinkedHashMap<>();
    Map<IssueKey, Goal> byKey = new LinkedHashMap<>();
    InMemoryAccountRowSource source = InMemoryAccountRowSource.empty();
    List<SampleAccount> every = new ArrayList<>(accounts);
    every.addAll(testData);
    for (SampleAccount account : every) {
      projects.put(account.project(), account);
      source = source.with(account.rows());
    }
    // An account's rows may hold goals of a company's own project (Nordwind's CORP, Brightline's
    // GROUP) that its goals support: the caller may see those too, on the account's day.
    for (SampleAccount account : every) {
      for (Goal goal : account.rows().goals()) {
        projects.putIfAbsent(goal.key().project(), account);
        byKey.putIfAbsent(goal.key(), goal);
      }
    }
    this.accounts = List.copyOf(accounts);
    this.testData = List.copyOf(testData);
    this.byProject = projects;
    this.goals = byKey;
    this.rows = source;
  }

  /** The sample accounts, and a generated one of {@code size} goals and milestones unless 0. */
  public static DemoAccounts of(PreviewOptions options) {
    List<SampleAccount> accounts = new ArrayList<>(SampleAccounts.all());
    if (options.generates()) {
      accounts.add(generated(options.size()));
    }
    return new DemoAccounts(accounts, TestData.accounts());
  }

  /** The generated account of {@code size} goals and milestones and a tenth as many actions. */
  public static SampleAccount generated(int size) {
    return GeneratedAccounts.generate(size, size / 10, SEED);
  }

  /** Every demo account, the named ones first (not the test data). */
  public List<SampleAccount> all() {
    return accounts;
  }

  /**
   * The test accounts, listed apart: {@code MARKUP} (markup in every text a team writes) and {@code
   * EMPTY} (an account project without goals); see {@link TestData}.
   */
  public List<SampleAccount> testData() {
    return testData;
  }

  /**
   * The account of {@code project}, if the preview has it: the account itself, or for a project
   * that holds goals an account's goals support (a company's own goals), that account.
   */
  public Optional<SampleAccount> account(ProjectKey project) {
    return Optional.ofNullable(byProject.get(project));
  }

  /** The first account: the one shown when a request names none. */
  public SampleAccount first() {
    return accounts.get(0);
  }

  /**
   * Whether the preview has {@code project} (an account or a project of goals an account supports):
   * the preview's whole permission check.
   */
  public boolean has(ProjectKey project) {
    return byProject.containsKey(project);
  }

  /** The goal or milestone {@code key}, if an account holds it. */
  public Optional<Goal> goal(IssueKey key) {
    return Optional.ofNullable(goals.get(key));
  }

  /** Every account's rows in one source, as the REST resources read them. */
  public InMemoryAccountRowSource rows() {
    return rows;
  }
}
