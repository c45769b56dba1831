package com.accountgoals.jira.admin;

import com.accountgoals.core.quarter.FiscalYearNaming;
import com.accountgoals.core.trajectory.HealthTolerance;
import com.accountgoals.core.validation.InvalidValueException;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.TimeZones;
import com.accountgoals.jira.setup.SetupMessage;
import java.time.Month;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings form as an administrator typed it, with its errors per field. It becomes {@link
 * AdminSettings} only when every field is valid; otherwise the page shows it again as typed.
 *
 * @param droppedResolutions the ids of the ticked resolutions
 * @param searchCap the cap as typed
 * @param fiscalYearStart the month as sent ({@link Month#name()})
 * @param fiscalYearNaming the naming as sent ({@link FiscalYearNaming#name()})
 * @param todayZone the zone of "today" as sent: a zone id, or empty for Jira's default time zone
 * @param onTrackWithin the on-track tolerance in percent, as typed
 * @param offTrackBeyond the off-track tolerance in percent, as typed
 * @param errors the message of each field that is wrong, by field name
 */
public record AdminSettingsForm(
    Set<String> droppedResolutions,
    String searchCap,
    String fiscalYearStart,
    String fiscalYearNaming,
    String todayZone,
    String onTrackWithin,
    String offTrackBeyond,
    Map<String, SetupMessage> errors) {

  static final String DROPPED = "droppedResolutions";
  static final String CAP = "searchCap";
  static final String MONTH = "fiscalYearStart";
  static final String NAMING = "fiscalYearNaming";
  static final String ZONE = "todayZone";
  static final String ON_TRACK = "onTrackWithin";
  static final String OFF_TRACK = "offTrackBeyond";

  public AdminSettingsForm {
    droppedResolutions = Set.copyOf(droppedResolutions);
    errors = Map.copyOf(errors);
  }

  /** The form showing {@code settings}, with {@code dropped} ticked. */
  static AdminSettingsForm of(AdminSettings settings, Set<String> dropped) {
    return new AdminSettingsForm(
        dropped,
        String.valueOf(settings.searchCap()),
        settings.fiscalYearStart().name(),
        settings.fiscalYearNaming().name(),
        settings.todayZone().map(ZoneId::getId).orElse(""),
        percent(settings.tolerance().onTrackWithin()),
        percent(settings.tolerance().offTrackBeyond()),
        Map.of());
  }

  /**
   * Reads the posted form. {@code resolutionIds} are Jira's resolutions: a ticked id that is not
   * among them (deleted meanwhile, or a forged post) is an error.
   */
  static AdminSettingsForm parse(Map<String, String[]> parameters, Set<String> resolutionIds) {
    Set<String> dropped =
        new LinkedHashSet<>(Arrays.asList(parameters.getOrDefault(DROPPED, new String[0])));
    String cap = first(parameters, CAP);
    String month = first(parameters, MONTH);
    String naming = first(parameters, NAMING);
    String zone = first(parameters, ZONE);
    String onTrack = first(parameters, ON_TRACK);
    String offTrack = first(parameters, OFF_TRACK);
    Map<String, SetupMessage> errors = new LinkedHashMap<>();
    dropped.stream()
        .filter(id -> !resolutionIds.contains(id))
        .findFirst()
        .ifPresent(
            id -> errors.put(DROPPED, SetupMessage.of("account-goals.admin.error.resolution", id)));
    if (cap(cap).isEmpty()) {
      errors.put(
          CAP,
          cap.isBlank()
              ? SetupMessage.of("account-goals.admin.error.cap.empty")
              : SetupMessage.of("account-goals.admin.error.cap", cap));
    }
    if (month(month).isEmpty()) {
      errors.put(MONTH, SetupMessage.of("account-goals.admin.error.month"));
    }
    if (naming(naming).isEmpty()) {
      errors.put(NAMING, SetupMessage.of("account-goals.admin.error.naming"));
    }
    if (zone(zone).isEmpty()) {
      errors.put(ZONE, SetupMessage.of("account-goals.admin.error.zone", zone));
    }
    Optional<Double> on = percentValue(onTrack, ON_TRACK, errors);
    Optional<Double> off = percentValue(offTrack, OFF_TRACK, errors);
    if (on.isPresent() && off.isPresent()) {
      try {
        HealthTolerance.ofPercent(on.get(), off.get());
      } catch (InvalidValueException e) {
        // Core's message, with the percentages as the administrator typed them.
        errors.put(OFF_TRACK, SetupMessage.of(e.messageKey(), onTrack.trim(), offTrack.trim()));
      }
    }
    return new AdminSettingsForm(dropped, cap, month, naming, zone, onTrack, offTrack, errors);
  }

  /** Whether every field is valid. */
  public boolean isValid() {
    return errors.isEmpty();
  }

  /**
   * The settings this form sets, keeping the account projects of {@code current}; empty while a
   * field is wrong.
   */
  public Optional<AdminSettings> toSettings(AdminSettings current) {
    if (!isValid()) {
      return Optional.empty();
    }
    return Optional.of(
        new AdminSettings(
            current.accountProjects(),
            cap(searchCap).orElseThrow(),
            droppedResolutions,
            true,
            month(fiscalYearStart).orElseThrow(),
            naming(fiscalYearNaming).orElseThrow(),
            HealthTolerance.ofPercent(
                number(onTrackWithin).orElseThrow(), number(offTrackBeyond).orElseThrow()),
            zone(todayZone).orElseThrow()));
  }

  private static Optional<Double> percentValue(
      String typed, String field, Map<String, SetupMessage> errors) {
    Optional<Double> value = number(typed);
    if (value.isEmpty()) {
      errors.put(
          field,
          typed.isBlank()
              ? SetupMessage.of("account-goals.admin.error.number.empty")
              : SetupMessage.of("account-goals.admin.error.number", typed));
      return Optional.empty();
    }
    if (value.get() < 0 || value.get() > 100) {
      errors.put(field, SetupMessage.of("account-goals.admin.error.percent", typed));
      return Optional.empty();
    }
    return value;
  }

  private static Optional<Integer> cap(String typed) {
    try {
      int cap = Integer.parseInt(typed.trim());
      return cap >= 1 && cap <= AdminSettings.MAX_SEARCH_CAP ? Optional.of(cap) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Month> month(String sent) {
    return Arrays.stream(Month.values()).filter(m -> m.name().equals(sent)).findFirst();
  }

  private static Optional<FiscalYearNaming> naming(String sent) {
    return Arrays.stream(FiscalYearNaming.values()).filter(n -> n.name().equals(sent)).findFirst();
  }

  /**
   * The zone as sent: empty text is Jira's default time zone (an empty choice), a zone id of the
   * list is that zone; anything else is no choice at all.
   */
  private static Optional<Optional<ZoneId>> zone(String sent) {
    if (sent.isEmpty()) {
      return Optional.of(Optional.empty());
    }
    return TimeZones.byId(sent).map(Optional::of);
  }

  /** A number as people type it: "5", "5.5" or, in German and Italian, "5,5". */
  private static Optional<Double> number(String typed) {
    try {
      double value = Double.parseDouble(typed.trim().replace(',', '.'));
      return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String first(Map<String, String[]> parameters, String name) {
    String[] values = parameters.get(name);
    return values == null || values.length == 0 || values[0] == null ? "" : values[0];
  }

  /** A stored fraction as the percentage the form shows: 0.05 as "5", 0.125 as "12.5". */
  static String percent(double fraction) {
    return java.math.BigDecimal.valueOf(fraction * 100)
        .setScale(6, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** The months in order, for the form's list. */
  static List<Month> months() {
    return List.of(Month.values());
  }
}
