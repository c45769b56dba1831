package com.accountgoals.jira.setup;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the last setup report in SAL's global plugin settings (every node reads the same), as one
 * text: a line per message, {@code list<TAB>key<TAB>argument...}. A line that cannot be read is
 * logged and left out.
 */
public final class SetupReportStore {

  static final String KEY = "com.accountgoals.jira.setup.lastReport";
  private static final List<String> LISTS =
      List.of("created", "reused", "clashes", "unavailable", "notices");
  private static final List<Function<SetupReport, List<SetupMessage>>> PARTS =
      List.of(
          SetupReport::created,
          SetupReport::reused,
          SetupReport::clashes,
          SetupReport::unavailable,
          SetupReport::notices);
  private static final Logger LOG = LoggerFactory.getLogger(SetupReportStore.class);

  private final PluginSettingsFactory settingsFactory;

  public SetupReportStore(PluginSettingsFactory settingsFactory) {
    this.settingsFactory = settingsFactory;
  }

  public void save(SetupReport report) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < LISTS.size(); i++) {
      for (SetupMessage message : PARTS.get(i).apply(report)) {
        text.append(LISTS.get(i)).append('\t').append(message.key());
        message.arguments().forEach(a -> text.append('\t').append(a.replaceAll("[\t\n\r]", " ")));
        text.append('\n');
      }
    }
    settingsFactory.createGlobalSettings().put(KEY, text.toString());
  }

  /** The last report, or empty before the first run (or if it was stored by something else). */
  public Optional<SetupReport> load() {
    Object stored = settingsFactory.createGlobalSettings().get(KEY);
    if (stored == null) {
      return Optional.empty();
    }
    if (!(stored instanceof String text)) {
      LOG.warn("Stored setting {} is not text but '{}': no last setup report", KEY, stored);
      return Optional.empty();
    }
    List<List<SetupMessage>> lists = new ArrayList<>();
    LISTS.forEach(l -> lists.add(new ArrayList<>()));
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      int list = LISTS.indexOf(parts[0]);
      if (list < 0 || parts.length < 2) {
        LOG.warn("Stored setting {} has an unreadable line '{}': left out", KEY, line);
        continue;
      }
      lists
          .get(list)
          .add(new SetupMessage(parts[1], Arrays.asList(parts).subList(2, parts.length)));
    }
    return Optional.of(
        new SetupReport(lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4)));
  }
}
