package com.accountgoals.jira.admin;

import com.accountgoals.core.quarter.FiscalCalendar;
import com.accountgoals.core.quarter.FiscalYearNaming;
import com.accountgoals.jira.settings.TimeZones;
import com.accountgoals.jira.setup.SetupMessage;
import com.accountgoals.jira.setup.SetupReport;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.util.I18nHelper;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a {@link PageState} into the template's context: only strings, booleans, maps and lists,
 * every text already translated into the user's language, so the template calls no method (Jira
 * 10's Velocity allowlist) and Jira's escaping covers every value.
 */
final class AdminPageModel {

  private static final Pattern DECIMAL = Pattern.compile("[0-9]+\\.[0-9]+");

  private final I18nHelper i18n;

  AdminPageModel(I18nHelper i18n) {
    this.i18n = i18n;
  }

  /** The context for the template: one entry, {@code page}. */
  Map<String, Object> context(PageState state, boolean proposedDropped) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("title", text("account-goals.admin.title"));
    page.put("action", state.contextPath() + AdminServlet.PATH);
    page.put("xsrfName", state.xsrfParameter());
    page.put("xsrfToken", state.xsrfToken());
    page.put("notices", state.notices().stream().map(this::notice).toList());
    page.put("setup", setup(state));
    page.put("projects", projects(state));
    page.put("settings", settings(state, proposedDropped));
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("page", page);
    return context;
  }

  private Map<String, Object> notice(Notice notice) {
    return Map.of(
        "type", notice.type(),
        "text", text(notice.message()),
        "hasDetails", !notice.details().isEmpty(),
        "details", notice.details().stream().map(this::text).toList());
  }

  private Map<String, Object> setup(PageState state) {
    Map<String, Object> setup = new LinkedHashMap<>();
    labels(setup, "account-goals.admin.setup.", "heading", "intro", "run");
    setup.put("ran", state.report().isPresent());
    setup.put("none", text("account-goals.admin.setup.none"));
    List<Map<String, Object>> groups = new ArrayList<>();
    state
        .report()
        .ifPresent(
            report -> {
              group(groups, "clashes", "warning", report.clashes());
              group(groups, "unavailable", "info", report.unavailable());
              group(groups, "notices", "warning", report.notices());
              group(groups, "created", "success", report.created());
              group(groups, "reused", "info", report.reused());
            });
    setup.put("groups", groups);
    setup.put(
        "complete",
        state.report().filter(SetupReport::isComplete).isPresent()
            ? text("account-goals.admin.setup.complete")
            : "");
    return setup;
  }

  private void group(
      List<Map<String, Object>> groups, String name, String type, List<SetupMessage> lines) {
    if (!lines.isEmpty()) {
      groups.add(
          Map.of(
              "name",
              name,
              "type",
              type,
              "title",
              text("account-goals.admin.setup." + name),
              "lines",
              lines.stream().map(this::text).toList()));
    }
  }

  private Map<String, Object> projects(PageState state) {
    Map<String, Object> projects = new LinkedHashMap<>();
    labels(
        projects,
        "account-goals.admin.projects.",
        "heading",
        "intro",
        "none",
        "key",
        "name",
        "remove",
        "make",
        "make.label",
        "make.hint",
        "remove.hint");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PageState.ProjectRow project : state.projects()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", String.valueOf(project.id()));
      boolean exists = project.key() != null;
      row.put("exists", exists);
      row.put("key", exists ? project.key() : "");
      row.put(
          "name",
          exists
              ? project.name()
              : text(SetupMessage.of("account-goals.admin.projects.missing", project.id())));
      row.put("link", exists ? state.contextPath() + "/browse/" + project.key() : "");
      rows.add(row);
    }
    projects.put("rows", rows);
    projects.put("hasRows", !rows.isEmpty());
    projects.put("typedKey", state.projectKey());
    projects.put("error", state.projectError().map(this::text).orElse(""));
    return projects;
  }

  private Map<String, Object> settings(PageState state, boolean proposedDropped) {
    AdminSettingsForm form = state.form();
    Map<String, Object> settings = new LinkedHashMap<>();
    labels(
        settings,
        "account-goals.admin.settings.",
        "heading",
        "dropped",
        "dropped.hint",
        "dropped.none",
        "cap",
        "cap.hint",
        "month",
        "naming",
        "naming.hint",
        "zone",
        "zone.hint",
        "ontrack",
        "offtrack",
        "tolerance.hint",
        "save");
    settings.put(
        "proposed", proposedDropped ? text("account-goals.admin.settings.dropped.proposed") : "");
    List<Map<String, Object>> resolutions = new ArrayList<>();
    for (Resolution resolution : state.resolutions()) {
      resolutions.add(
          Map.of(
              "id", resolution.getId(),
              "name", String.valueOf(resolution.getName()),
              "checked", form.droppedResolutions().contains(resolution.getId())));
    }
    settings.put("resolutions", resolutions);
    settings.put("hasResolutions", !resolutions.isEmpty());
    settings.put("searchCap", form.searchCap());
    settings.put("onTrackWithin", decimal(form.onTrackWithin()));
    settings.put("offTrackBeyond", decimal(form.offTrackBeyond()));
    List<Map<String, Object>> months = new ArrayList<>();
    for (Month month : AdminSettingsForm.months()) {
      months.add(
          Map.of(
              "value", month.name(),
              "name", month.getDisplayName(TextStyle.FULL_STANDALONE, i18n.getLocale()),
              "selected", month.name().equals(form.fiscalYearStart())));
    }
    settings.put("months", months);
    settings.put("namings", namings(form, state.exampleYear()));
    settings.put(
        "zoneDefault",
        text(SetupMessage.of("account-goals.admin.settings.zone.default", state.jiraZone())));
    settings.put("zoneDefaultSelected", form.todayZone().isEmpty());
    settings.put("zoneGroups", zoneGroups(form.todayZone()));
    Map<String, Object> errors = new LinkedHashMap<>();
    form.errors().forEach((field, message) -> errors.put(field, text(message)));
    settings.put("errors", errors);
    return settings;
  }

  /** Each naming with its label and an example with the form's start month. */
  private List<Map<String, Object>> namings(AdminSettingsForm form, int year) {
    Month start =
        AdminSettingsForm.months().stream()
            .filter(month -> month.name().equals(form.fiscalYearStart()))
            .findFirst()
            .orElse(Month.JANUARY);
    LocalDate first = LocalDate.of(year, start, 1);
    LocalDate last = first.plusMonths(11);
    List<Map<String, Object>> namings = new ArrayList<>();
    for (FiscalYearNaming naming : FiscalYearNaming.values()) {
      int name = FiscalCalendar.startingIn(start, naming).quarterOf(first).fiscalYear();
      String value = naming.name();
      namings.add(
          Map.of(
              "value",
              value,
              "id",
              "ag-naming-" + value.toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
              "label",
              text(
                  naming == FiscalYearNaming.BY_START_YEAR
                      ? "account-goals.admin.settings.naming.start"
                      : "account-goals.admin.settings.naming.end"),
              "example",
              text(
                  SetupMessage.of(
                      "account-goals.admin.settings.naming.example",
                      monthOfYear(first),
                      monthOfYear(last),
                      String.valueOf(name))),
              "checked",
              value.equals(form.fiscalYearNaming())));
    }
    return namings;
  }

  private String monthOfYear(LocalDate date) {
    return date.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, i18n.getLocale())
        + " "
        + date.getYear();
  }

  /**
   * The zones of the list by region ({@code Europe/Berlin} under Europe), regions in order; ids
   * without a region ({@code UTC}) under "Other zones" at the end.
   */
  private List<Map<String, Object>> zoneGroups(String chosen) {
    Map<String, List<Map<String, Object>>> byRegion = new LinkedHashMap<>();
    List<Map<String, Object>> other = new ArrayList<>();
    for (String id : TimeZones.ids()) {
      Map<String, Object> zone = Map.of("value", id, "selected", id.equals(chosen));
      if (id.contains("/")) {
        String region = id.substring(0, id.indexOf('/'));
        byRegion.computeIfAbsent(region, name -> new ArrayList<>()).add(zone);
      } else {
        other.add(zone);
      }
    }
    List<Map<String, Object>> groups = new ArrayList<>();
    byRegion.forEach((region, zones) -> groups.add(Map.of("label", region, "zones", zones)));
    groups.add(Map.of("label", text("account-goals.admin.settings.zone.other"), "zones", other));
    return groups;
  }

  /**
   * A percentage as the user writes numbers: "7.5" as "7,5" in German and Italian, since the form
   * shows the stored value in the notation its own hint and the board use; anything that is not
   * such a number, as typed.
   */
  private String decimal(String value) {
    return DECIMAL.matcher(value).matches()
        ? value.replace(
            '.', DecimalFormatSymbols.getInstance(i18n.getLocale()).getDecimalSeparator())
        : value;
  }

  private void labels(Map<String, Object> into, String prefix, String... names) {
    for (String name : names) {
      into.put(name.replace(".", "_"), text(prefix + name));
    }
  }

  private String text(String key) {
    return i18n.getText(key);
  }

  private String text(SetupMessage message) {
    // I18nHelper has no varargs getText: several arguments travel as one Object[].
    return i18n.getText(message.key(), message.arguments().toArray(new Object[0]));
  }
}
