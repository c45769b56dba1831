package com.accountgoals.jira.rest.json;

import com.accountgoals.core.alignment.AlignmentFinding;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Reading;
import com.accountgoals.core.message.Argument;
import com.accountgoals.core.qbr.GoalLine;
import com.accountgoals.core.qbr.Shortlist;
import com.accountgoals.core.smart.SmartAssessment;
import com.accountgoals.core.smart.SmartFinding;
import com.accountgoals.core.trafficlight.TrafficLight;
import com.accountgoals.core.trajectory.MilestoneFinding;
import com.accountgoals.core.trajectory.Progress;
import com.accountgoals.core.trajectory.Standing;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Maps core's shared values to their JSON records ({@link Parts}). */
public final class PartsMapper {

  private PartsMapper() {}

  /** The ISO day; {@code null} for none. */
  public static String day(LocalDate date) {
    return date == null ? null : date.toString();
  }

  /** The key as text; {@code null} for none. */
  public static String key(IssueKey key) {
    return key == null ? null : key.value();
  }

  /** The constant's name; {@code null} for none. */
  public static String constant(Enum<?> value) {
    return value == null ? null : value.name();
  }

  public static <T, J> Parts.Shortlist<J> shortlist(Shortlist<T> list, Function<T, J> item) {
    return new Parts.Shortlist<>(list.total(), list(list.shown(), item));
  }

  public static <T, J> List<J> list(List<T> items, Function<T, J> item) {
    return items.stream().map(item).toList();
  }

  public static Parts.Point point(Reading reading) {
    return new Parts.Point(day(reading.date()), reading.value());
  }

  public static Parts.Light light(TrafficLight light) {
    return new Parts.Light(
        constant(light.overallOrNull()),
        light.isOverallChosen(),
        list(light.factors(), f -> new Parts.Factor(f.colour().name(), f.text())));
  }

  public static Parts.TargetChange targetChange(com.accountgoals.core.goal.TargetChange change) {
    return new Parts.TargetChange(
        day(change.date()), change.from(), change.to(), change.author(), change.reason());
  }

  public static Parts.Message message(String key, List<Argument> arguments) {
    return new Parts.Message(key, list(arguments, PartsMapper::argument));
  }

  static Parts.Argument argument(Argument argument) {
    if (argument instanceof Argument.Count c) {
      return new Parts.Argument("COUNT", c.value(), null, null, null, null);
    }
    if (argument instanceof Argument.Number n) {
      return new Parts.Argument("NUMBER", n.value(), null, null, null, null);
    }
    if (argument instanceof Argument.Amount a) {
      return new Parts.Argument("AMOUNT", a.value(), a.unit(), null, null, null);
    }
    if (argument instanceof Argument.Difference d) {
      return new Parts.Argument("DIFFERENCE", d.value(), d.unit(), null, null, null);
    }
    if (argument instanceof Argument.Day d) {
      return new Parts.Argument("DAY", null, null, day(d.date()), null, null);
    }
    if (argument instanceof Argument.Key k) {
      return new Parts.Argument("KEY", null, null, null, key(k.key()), null);
    }
    // The last kind the sealed interface permits.
    List<String> keys = list(((Argument.Keys) argument).keys(), IssueKey::value);
    return new Parts.Argument("KEYS", null, null, null, null, keys);
  }

  public static Parts.GoalLine goalLine(GoalLine line) {
    return new Parts.GoalLine(
        key(line.key()),
        line.summary(),
        constant(line.level()),
        constant(line.scope()),
        line.owner(),
        day(line.dueDate()),
        constant(line.outcome()),
        day(line.metOn()),
        constant(line.health()),
        constant(line.colour()));
  }

  public static Parts.Progress progress(Progress progress) {
    return progress == null
        ? null
        : new Parts.Progress(progress.percent(), progress.unclampedPercent());
  }

  public static Parts.Standing standing(Standing standing) {
    return standing == null
        ? null
        : new Parts.Standing(
            key(standing.goal()),
            standing.summary(),
            standing.unit(),
            constant(standing.scale()),
            constant(standing.direction()),
            day(standing.date()),
            standing.planned(),
            standing.actual(),
            constant(standing.health()),
            constant(standing.healthAgainstOriginal()),
            progress(standing.progress()),
            list(standing.plan(), PartsMapper::point),
            list(standing.originalPlan(), PartsMapper::point),
            list(standing.readings(), PartsMapper::point),
            list(standing.targetChanges(), PartsMapper::targetChange),
            standing.isAtPlan(),
            standing.nextStep().map(PartsMapper::point).orElse(null),
            standing.reachesTarget());
  }

  public static Parts.Smart smart(SmartAssessment smart) {
    return new Parts.Smart(
        key(smart.goal()),
        smart.summary(),
        smart.checked(),
        list(List.copyOf(smart.failedCriteria()), PartsMapper::constant),
        list(smart.findings(), f -> smartFinding(smart.goal(), f)));
  }

  private static Parts.Finding smartFinding(IssueKey goal, SmartFinding finding) {
    return new Parts.Finding(
        finding.criterion().name(), key(goal), message(finding.messageKey(), finding.arguments()));
  }

  public static Parts.Finding alignmentFinding(AlignmentFinding finding) {
    return new Parts.Finding(
        finding.problem().name(),
        key(finding.goal()),
        message(finding.messageKey(), finding.arguments()));
  }

  public static Parts.Finding milestoneFinding(MilestoneFinding finding) {
    return new Parts.Finding(
        finding.problem().name(),
        key(finding.goal()),
        message(finding.problem().messageKey(), finding.arguments()));
  }
}
