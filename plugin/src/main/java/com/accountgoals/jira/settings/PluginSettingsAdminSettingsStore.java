package com.accountgoals.jira.settings;

import com.accountgoals.core.quarter.FiscalYearNaming;
import com.accountgoals.core.trajectory.HealthTolerance;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link AdminSettings} in SAL's global plugin settings, one flat key per setting under
 * {@code com.accountgoals.jira.settings.}: lists as comma-separated ids, the month and the naming
 * by their constants, tolerances as decimal fractions, the zone of "today" by its id (no key for
 * Jira's default time zone). A setting that cannot be read is logged and read as its default (an
 * unreadable entry of a list is left out); nothing is written until the next save.
 */
public final class PluginSettingsAdminSettingsStore implements AdminSettingsStore {

  static final String KEYS = StoredSettings.PREFIX + "settings.";
  static final String ACCOUNT_PROJECTS = KEYS + "accountProjects";
  static final String SEARCH_CAP = KEYS + "searchCap";
  static final String DROPPED_RESOLUTIONS = KEYS + "droppedResolutions";
  static final String DROPPED_RESOLUTIONS_CHOSEN = KEYS + "droppedResolutionsChosen";
  static final String FISCAL_YEAR_START = KEYS + "fiscalYearStart";
  static final String FISCAL_YEAR_NAMING = KEYS + "fiscalYearNaming";
  static final String TODAY_ZONE = KEYS + "todayZone";
  static final String ON_TRACK_WITHIN = KEYS + "tolerance.onTrackWithin";
  static final String OFF_TRACK_BEYOND = KEYS + "tolerance.offTrackBeyond";

  private static final Logger LOG = LoggerFactory.getLogger(PluginSettingsAdminSettingsStore.class);
  private static final Pattern RESOLUTION_ID = Pattern.compile("[0-9]+");

  private final PluginSettingsFactory settingsFactory;
  private final Logger log;

  public PluginSettingsAdminSettingsStore(PluginSettingsFactory settingsFactory) {
    this(settingsFactory, LOG);
  }

  /** With the logger that says which stored values cannot be read (tests check it). */
  PluginSettingsAdminSettingsStore(PluginSettingsFactory settingsFactory, Logger log) {
    this.settingsFactory = settingsFactory;
    this.log = log;
  }

  @Override
  public AdminSettings load() {
    StoredSettings stored = new StoredSettings(settingsFactory.createGlobalSettings(), log);
    AdminSettings defaults = AdminSettings.DEFAULT;
    List<Long> projects = new ArrayList<>();
    eachEntry(stored, ACCOUNT_PROJECTS, StoredSettings::positiveLong, projects);
    List<String> resolutions = new ArrayList<>();
    eachEntry(
        stored, DROPPED_RESOLUTIONS, PluginSettingsAdminSettingsStore::resolutionId, resolutions);
    int cap =
        stored
            .read(SEARCH_CAP, PluginSettingsAdminSettingsStore::searchCap)
            .orElse(defaults.searchCap());
    boolean chosen =
        stored
            .read(DROPPED_RESOLUTIONS_CHOSEN, PluginSettingsAdminSettingsStore::flag)
            .orElse(defaults.droppedResolutionsChosen());
    Month start =
        stored
            .read(FISCAL_YEAR_START, PluginSettingsAdminSettingsStore::month)
            .orElse(defaults.fiscalYearStart());
    FiscalYearNaming naming =
        stored
            .read(FISCAL_YEAR_NAMING, PluginSettingsAdminSettingsStore::naming)
            .orElse(defaults.fiscalYearNaming());
    return new AdminSettings(
        projects,
        cap,
        new LinkedHashSet<>(resolutions),
        chosen,
        start,
        naming,
        tolerance(stored).orElse(defaults.tolerance()),
        stored.read(TODAY_ZONE, TimeZones::byId));
  }

  @Override
  public void save(AdminSettings settings) {
    StoredSettings stored = new StoredSettings(settingsFactory.createGlobalSettings(), log);
    stored.write(
        ACCOUNT_PROJECTS,
        settings.accountProjects().stream().map(String::valueOf).collect(Collectors.joining(",")));
    stored.write(SEARCH_CAP, String.valueOf(settings.searchCap()));
    stored.write(
        DROPPED_RESOLUTIONS,
        settings.droppedResolutions().stream().sorted().collect(Collectors.joining(",")));
    stored.write(DROPPED_RESOLUTIONS_CHOSEN, String.valueOf(settings.droppedResolutionsChosen()));
    stored.write(FISCAL_YEAR_START, settings.fiscalYearStart().name());
    stored.write(FISCAL_YEAR_NAMING, settings.fiscalYearNaming().name());
    stored.write(TODAY_ZONE, settings.todayZone().map(ZoneId::getId).orElse(null));
    stored.write(ON_TRACK_WITHIN, String.valueOf(settings.tolerance().onTrackWithin()));
    stored.write(OFF_TRACK_BEYOND, String.valueOf(settings.tolerance().offTrackBeyond()));
  }

  private static <T> void eachEntry(
      StoredSettings stored,
      String key,
      java.util.function.Function<String, Optional<T>> parser,
      List<T> into) {
    stored
        .text(key)
        .ifPresent(
            raw -> {
              for (String entry : raw.split(",")) {
                if (entry.isBlank()) {
                  continue;
                }
                Optional<T> value = parser.apply(entry);
                if (value.isPresent() && !into.contains(value.get())) {
                  into.add(value.get());
                } else if (value.isEmpty()) {
                  stored.unreadable(key, entry);
                }
              }
            });
  }

  private static Optional<HealthTolerance> tolerance(StoredSettings stored) {
    Optional<String> onTrack = stored.text(ON_TRACK_WITHIN);
    Optional<String> offTrack = stored.text(OFF_TRACK_BEYOND);
    if (onTrack.isEmpty() && offTrack.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new HealthTolerance(
              Double.parseDouble(onTrack.orElseThrow()),
              Double.parseDouble(offTrack.orElseThrow())));
    } catch (RuntimeException e) {
      // Not a number, an invalid pair (core's InvalidValueException), or one of the two missing.
      stored.unreadable(
          ON_TRACK_WITHIN + " / " + OFF_TRACK_BEYOND,
          onTrack.orElse("") + " / " + offTrack.orElse(""));
      return Optional.empty();
    }
  }

  private static Optional<String> resolutionId(String raw) {
    String trimmed = raw.trim();
    return RESOLUTION_ID.matcher(trimmed).matches() ? Optional.of(trimmed) : Optional.empty();
  }

  private static Optional<Integer> searchCap(String raw) {
    try {
      int cap = Integer.parseInt(raw.trim());
      return cap >= 1 && cap <= AdminSettings.MAX_SEARCH_CAP ? Optional.of(cap) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Boolean> flag(String raw) {
    return switch (raw.trim()) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  private static Optional<Month> month(String raw) {
    try {
      return Optional.of(Month.valueOf(raw.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<FiscalYearNaming> naming(String raw) {
    try {
      return Optional.of(FiscalYearNaming.valueOf(raw.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
