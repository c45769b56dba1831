package com.accountgoals.core.i18n;

import com.accountgoals.core.alignment.AlignmentMessages;
import com.accountgoals.core.detail.DetailMessages;
import com.accountgoals.core.goal.GoalMessages;
import com.accountgoals.core.plan.PlanMessages;
import com.accountgoals.core.qbr.QbrMessages;
import com.accountgoals.core.quarter.QuarterMessages;
import com.accountgoals.core.smart.SmartMessages;
import com.accountgoals.core.trafficlight.TrafficLightMessages;
import com.accountgoals.core.trajectory.TrajectoryMessages;
import com.accountgoals.core.validation.MessageKey;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Every message key core can produce, so the plugin's bundle test has one list to check. */
public final class CoreMessageKeys {

  private CoreMessageKeys() {}

  /** All keys, sorted, without duplicates. */
  public static List<String> all() {
    TreeSet<String> keys = new TreeSet<>();
    Stream.of(
            GoalMessages.values(),
            QuarterMessages.values(),
            TrajectoryMessages.values(),
            SmartMessages.values(),
            AlignmentMessages.values(),
            PlanMessages.values(),
            QbrMessages.values(),
            DetailMessages.values(),
            TrafficLightMessages.values())
        .flatMap(Stream::of)
        .map(MessageKey::key)
        .forEach(keys::add);
    return List.copyOf(keys);
  }
}
