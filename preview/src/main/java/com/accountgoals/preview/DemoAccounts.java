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
 * Brightline in English) and, when asked for, a generated account {@code GEN} of a given size.
 * Immutable; each account keeps its own story day and fiscal calendar.
 */
public final class DemoAccounts {

  /** The seed of the generated account: the same size gives the same account. */
  static final long SEED = 42;

  private final Map<ProjectKey, SampleAccount> byProject;
  private final InMemoryAccountRowSource rows;

  private DemoAccounts(List<SampleAccount> accounts) {
    Map<ProjectKey, SampleAccount> map = new LinkedHashMap<>();
    InMemoryAccountRowSource source = InMemoryAccountRowSource.empty();
    for (SampleAccount account : accounts) {
      map.put(account.project(), account);
      source = source.with(account.rows());
    }
    this.byProject = map;
    this.rows = source;
  }

  /** The sample accounts, and a generated one of {@code size} goals and milestones unless 0. */
  public static DemoAccounts of(PreviewOptions options) {
    List<SampleAccount> accounts = new ArrayList<>(SampleAccounts.all());
    if (options.generates()) {
      accounts.add(generated(options.size()));
    }
    return new DemoAccounts(accounts);
  }

  /** The generated account of {@code size} goals and milestones and a tenth as many actions. */
  public static SampleAccount generated(int size) {
    return GeneratedAccounts.generate(size, size / 10, SEED);
  }

  /** Every account, the named ones first. */
  public List<SampleAccount> all() {
    return List.copyOf(byProject.values());
  }

  /** The account of {@code project}, if the preview has it. */
  public Optional<SampleAccount> account(ProjectKey project) {
    return Optional.ofNullable(byProject.get(project));
  }

  /** The first account: the one shown when a request names none. */
  public SampleAccount first() {
    return byProject.values().iterator().next();
  }

  /** Whether the preview has {@code project}: the preview's whole permission check. */
  public boolean has(ProjectKey project) {
    return byProject.containsKey(project);
  }

  /** The goal or milestone {@code key}, if an account holds it. */
  public Optional<Goal> goal(IssueKey key) {
    return account(key.project())
        .flatMap(a -> a.rows().goals().stream().filter(g -> g.key().equals(key)).findFirst());
  }

  /** Every account's rows in one source, as the REST resources read them. */
  public InMemoryAccountRowSource rows() {
    return rows;
  }
}
