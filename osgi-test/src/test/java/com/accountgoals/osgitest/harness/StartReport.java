package com.accountgoals.osgitest.harness;

import java.util.ArrayList;
import java.util.List;

/**
 * What happened when the app's jar was started: problems by stage (bundles, context, module
 * classes), the module classes the context created, and what the framework logged.
 */
public final class StartReport {

  private String app;
  final List<String> bundleProblems = new ArrayList<>();
  final List<String> contextProblems = new ArrayList<>();
  final List<String> moduleProblems = new ArrayList<>();
  final List<ModuleClass> created = new ArrayList<>();
  final List<String> installed = new ArrayList<>();
  final List<String> stubbed = new ArrayList<>();
  List<String> log = List.of();
  boolean contextStarted;
  long millis;

  StartReport(String app) {
    this.app = app;
  }

  void name(String symbolicName) {
    app = symbolicName;
  }

  /** Problems with the jars, their manifests and their resolution. */
  public List<String> bundleProblems() {
    return List.copyOf(bundleProblems);
  }

  /** Problems bringing up the app's Spring context (including "not reached"). */
  public List<String> contextProblems() {
    return List.copyOf(contextProblems);
  }

  /** Module classes the context could not create (including "not reached"). */
  public List<String> moduleProblems() {
    return List.copyOf(moduleProblems);
  }

  public List<String> allProblems() {
    List<String> all = new ArrayList<>(bundleProblems);
    all.addAll(contextProblems);
    all.addAll(moduleProblems);
    return all;
  }

  public boolean contextStarted() {
    return contextStarted;
  }

  /** The module classes the context created, in descriptor order, then REST classes. */
  public List<ModuleClass> createdModuleClasses() {
    return List.copyOf(created);
  }

  public List<String> log() {
    return log;
  }

  /** Everything, for a failure message: problems first, then the bundles and the log. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append("Starting ")
        .append(app)
        .append(" in Felix + Gemini Blueprint (")
        .append(millis)
        .append(" ms)\n");
    section(text, "Bundle problems (manifest, Import-Package, resolution)", bundleProblems);
    section(text, "Spring context problems", contextProblems);
    section(text, "Module classes the context cannot create", moduleProblems);
    section(text, "Module classes created", created.stream().map(ModuleClass::toString).toList());
    section(text, "Jira services stood in for by proxies (<osgi:reference>s)", stubbed);
    section(text, "Bundles installed", installed);
    List<String> interesting =
        log.stream().filter(l -> !l.startsWith("INFO") || l.contains(app)).toList();
    section(text, "Log (warnings, errors and lines about " + app + ")", interesting);
    return text.toString();
  }

  private static void section(StringBuilder text, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    text.append("== ").append(title).append(" ==\n");
    for (String line : lines) {
      text.append("  - ").append(line).append('\n');
    }
  }

  @Override
  public String toString() {
    return describe();
  }
}
