package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.trafficlight.TrafficLight;
import java.util.Objects;

/**
 * The account's overall traffic light, shown at the top of the board: the account's own if one is
 * set, else the open vision's, else none ("no light set"). Never invented from other goals.
 *
 * @param light the light; {@link TrafficLight#none()} when there is none
 * @param source where it comes from
 * @param vision the account's open vision: whose light it is (source vision), or that has none
 *     (source none, so the board can say where to set one); {@code null} when the account has no
 *     open vision, and for the account's own light
 */
public record AccountLight(TrafficLight light, Source source, IssueKey vision) {

  /** Where the account's light comes from. */
  public enum Source {
    /** Set for the account itself. */
    ACCOUNT,
    /** The light of the account's open vision (of several, the one with the smallest key). */
    VISION,
    /** Neither is set. */
    NONE
  }

  public AccountLight {
    Objects.requireNonNull(light, "light");
    Objects.requireNonNull(source, "source");
  }

  /** True when the account has a light to show. */
  public boolean isSet() {
    return source != Source.NONE;
  }
}
