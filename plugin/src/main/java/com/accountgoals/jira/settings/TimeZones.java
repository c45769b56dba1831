package com.accountgoals.jira.settings;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The time zones an administrator may choose for "today": Java's region ids ({@code
 * Europe/Berlin}), which follow daylight saving time; fixed offsets and abbreviations are not
 * offered, so a stored value is always one of the list.
 */
public final class TimeZones {

  private TimeZones() {}

  /** Every zone id the list offers, sorted, so that the zones of a region stand together. */
  public static List<String> ids() {
    return ZoneId.getAvailableZoneIds().stream().sorted().toList();
  }

  /** The zone {@code id} names, if the list offers it. */
  public static Optional<ZoneId> byId(String id) {
    String trimmed = id.trim();
    Set<String> available = ZoneId.getAvailableZoneIds();
    return available.contains(trimmed) ? Optional.of(ZoneId.of(trimmed)) : Optional.empty();
  }
}
