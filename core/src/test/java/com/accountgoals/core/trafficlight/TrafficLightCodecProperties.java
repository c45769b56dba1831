package com.accountgoals.core.trafficlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.accountgoals.core.validation.InvalidValueException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TrafficLightCodecProperties {

  @Property
  void everyLightSurvivesTheStoredFormUnchanged(@ForAll("lights") TrafficLight light) {
    TrafficLight read = TrafficLightCodec.decode(TrafficLightCodec.encode(light));

    assertThat(read).isEqualTo(light);
    // Field by field too, so that the property does not rest on equals alone.
    assertThat(read.chosenOverall()).isEqualTo(light.chosenOverall());
    assertThat(read.factors()).containsExactlyElementsOf(light.factors());
  }

  @Property
  void anyTextIsEitherReadWhollyOrRefusedWithAKey(@ForAll("nearlyStoredTexts") String stored) {
    Throwable thrown = catchThrowable(() -> TrafficLightCodec.decode(stored));

    if (thrown != null) {
      assertThat(thrown).isInstanceOf(InvalidValueException.class);
    } else {
      assertThat(TrafficLightCodec.encode(TrafficLightCodec.decode(stored))).isEqualTo(stored);
    }
  }

  /** Stored texts with one character changed, inserted or removed: the likely hand edits. */
  @Provide
  Arbitrary<String> nearlyStoredTexts() {
    Arbitrary<String> stored = lights().map(TrafficLightCodec::encode);
    Arbitrary<Character> chars =
        Arbitraries.oneOf(Arbitraries.of('\n', '\r', ' ', '\t', 'R', '-'), Arbitraries.chars());
    return Combinators.combine(
            stored,
            Arbitraries.doubles().between(0, 1),
            chars,
            Arbitraries.integers().between(0, 2))
        .as(
            (text, where, c, edit) -> {
              int at = (int) (where * text.length());
              return switch (edit) {
                case 0 -> text.substring(0, at) + c + text.substring(at);
                case 1 ->
                    at < text.length() ? text.substring(0, at) + c + text.substring(at + 1) : text;
                default ->
                    at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
              };
            });
  }

  @Provide
  Arbitrary<TrafficLight> lights() {
    Arbitrary<Colour> colours = Arbitraries.of(Colour.class);
    Arbitrary<String> texts =
        Arbitraries.strings()
            .ofMinLength(1)
            .ofMaxLength(Factor.MAX_TEXT_LENGTH)
            .filter(t -> t.equals(t.strip()) && t.codePoints().noneMatch(Character::isISOControl))
            .filter(t -> t.codePointCount(0, t.length()) <= Factor.MAX_TEXT_LENGTH);
    Arbitrary<List<Factor>> factors =
        Combinators.combine(colours, texts)
            .as(Factor::new)
            .list()
            .ofMaxSize(TrafficLight.MAX_FACTORS);
    return Combinators.combine(colours.injectNull(0.3), factors).as(TrafficLight::of);
  }
}
