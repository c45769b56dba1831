package com.accountgoals.preview;

import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.preview.Pages.Look;
import com.accountgoals.preview.Pages.Page;
import java.util.List;
import java.util.Optional;

/** The issue page and the traffic-light edit page of the preview. */
final class IssuePages {

  private final PluginDescriptor descriptor;
  private final DemoAccounts accounts;

  IssuePages(PluginDescriptor descriptor, DemoAccounts accounts) {
    this.descriptor = descriptor;
    this.accounts = accounts;
  }

  /** The issues of {@code account} worth opening: its goals with a metric or a light, first few. */
  List<String> showcase(SampleAccount account) {
    return account.rows().goals().stream().limit(6).map(g -> g.key().value()).toList();
  }

  /** A goal of {@code account} with a traffic light, to edit. */
  Optional<String> lightToEdit(SampleAccount account) {
    return account.rows().goals().stream()
        .filter(g -> !g.trafficLight().factors().isEmpty())
        .map(Goal::key)
        .map(k -> k.value())
        .findFirst();
  }

  Optional<Page> issue(Look look, String key) {
    return Optional.empty();
  }

  Optional<Page> edit(Look look, String key) {
    return Optional.empty();
  }

  PluginDescriptor descriptor() {
    return descriptor;
  }

  DemoAccounts accounts() {
    return accounts;
  }
}
