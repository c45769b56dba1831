package com.accountgoals.core.trafficlight;

import com.accountgoals.core.validation.InvalidValueException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A traffic light: an optional overall colour chosen by a person plus an ordered list of factors.
 *
 * <p>When nobody chose the overall colour it is derived from the factors: any red factor makes it
 * red, otherwise any amber factor makes it amber, otherwise it is green. A light with neither a
 * chosen colour nor factors has no overall colour at all ({@link #isEmpty()}).
 */
public final class TrafficLight {

  /** The most factors one light may carry. */
  public static final int MAX_FACTORS = 50;

  private static final TrafficLight NONE = new TrafficLight(null, List.of());

  private final Colour chosenOverall;
  private final List<Factor> factors;
  // Derived once: boards ask every goal's light for its colour.
  private final Colour factorsColour;
  private final Colour overall;

  private TrafficLight(Colour chosenOverall, List<Factor> factors) {
    this.chosenOverall = chosenOverall;
    this.factors = factors;
    this.factorsColour = worstOf(factors);
    this.overall = chosenOverall != null ? chosenOverall : factorsColour;
  }

  private static Colour worstOf(List<Factor> factors) {
    Colour worst = null;
    for (Factor factor : factors) {
      if (worst == null || factor.colour().isWorseThan(worst)) {
        worst = factor.colour();
      }
    }
    return worst;
  }

  /**
   * A light with the given factors, in order.
   *
   * @param chosenOverall the colour a person set, or {@code null} to derive it from the factors
   * @throws InvalidValueException with key {@code
   *     account-goals.trafficlight.error.too-many-factors} when there are more than {@value
   *     #MAX_FACTORS} factors
   */
  public static TrafficLight of(Colour chosenOverall, List<Factor> factors) {
    List<Factor> copy = List.copyOf(Objects.requireNonNull(factors, "factors"));
    if (copy.size() > MAX_FACTORS) {
      throw new InvalidValueException(
          "account-goals.trafficlight.error.too-many-factors", MAX_FACTORS, copy.size());
    }
    if (chosenOverall == null && copy.isEmpty()) {
      return NONE;
    }
    return new TrafficLight(chosenOverall, copy);
  }

  /** A light whose overall colour is derived from {@code factors}. */
  public static TrafficLight derivedFrom(List<Factor> factors) {
    return of(null, factors);
  }

  /** A light with a chosen colour and no factors. */
  public static TrafficLight chosen(Colour overall, Factor... factors) {
    return of(Objects.requireNonNull(overall, "overall"), Arrays.asList(factors));
  }

  /** The light with no colour and no factors: the field has no value. */
  public static TrafficLight none() {
    return NONE;
  }

  /** The overall colour: the chosen one, else the one derived from the factors. */
  public Optional<Colour> overall() {
    return Optional.ofNullable(overall);
  }

  /** The overall colour, or {@code null} for a light with neither a chosen colour nor factors. */
  public Colour overallOrNull() {
    return overall;
  }

  /** The colour a person chose, empty when the overall colour is derived. */
  public Optional<Colour> chosenOverall() {
    return Optional.ofNullable(chosenOverall);
  }

  /** True when a person set the overall colour instead of leaving it to the factors. */
  public boolean isOverallChosen() {
    return chosenOverall != null;
  }

  /** The colour the factors alone give (the worst of them); empty when there are no factors. */
  public Optional<Colour> factorsColour() {
    return Optional.ofNullable(factorsColour);
  }

  /**
   * True when a person chose an overall colour other than the one the factors alone give, such as
   * green over a red factor: readers must be told, or the chosen colour hides what the factors say.
   */
  public boolean isContradictedByFactors() {
    return chosenOverall != null && factorsColour != null && chosenOverall != factorsColour;
  }

  /** True when the light has neither a chosen colour nor factors. */
  public boolean isEmpty() {
    return chosenOverall == null && factors.isEmpty();
  }

  /** True when the overall colour is {@code colour}. */
  public boolean is(Colour colour) {
    return overall != null && overall == colour;
  }

  /** The factors in the order the team put them. */
  public List<Factor> factors() {
    return factors;
  }

  /** The factors of one colour, in order. */
  public List<Factor> factorsOf(Colour colour) {
    return factors.stream().filter(f -> f.colour() == colour).toList();
  }

  /** The factors grouped by colour, red first, each group in the team's order. */
  public Map<Colour, List<Factor>> factorsByColour() {
    Map<Colour, List<Factor>> grouped = new LinkedHashMap<>();
    for (Colour colour : new Colour[] {Colour.RED, Colour.AMBER, Colour.GREEN}) {
      grouped.put(colour, factorsOf(colour));
    }
    return grouped;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TrafficLight that
        && chosenOverall == that.chosenOverall
        && factors.equals(that.factors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(chosenOverall, factors);
  }

  @Override
  public String toString() {
    return "TrafficLight[overall="
        + overall().map(Enum::name).orElse("none")
        + (isOverallChosen() ? " (chosen)" : "")
        + ", factors="
        + factors
        + "]";
  }
}
