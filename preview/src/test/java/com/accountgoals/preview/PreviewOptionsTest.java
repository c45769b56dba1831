package com.accountgoals.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The preview's options")
class PreviewOptionsTest {

  @Nested
  @DisplayName("from the command line")
  class CommandLine {

    @Test
    void withoutOptionsListensOnTheDefaultPortWithTheSampleAccountsOnly() {
      PreviewOptions options = PreviewOptions.parse();

      assertThat(options.port()).isEqualTo(PreviewOptions.DEFAULT_PORT);
      assertThat(options.generates()).isFalse();
    }

    @Test
    void takesPortAndSizeAsSeparateWords() {
      PreviewOptions options = PreviewOptions.parse("--port", "0", "--size", "10000");

      assertThat(options).isEqualTo(new PreviewOptions(0, 10_000));
      assertThat(options.generates()).isTrue();
    }

    @Test
    void takesPortAndSizeWithAnEqualsSign() {
      assertThat(PreviewOptions.parse("--size=1000", "--port=9000"))
          .isEqualTo(new PreviewOptions(9000, 1000));
    }

    @Test
    void refusesAnUnknownOptionNamingTheKnownOnes() {
      assertThatThrownBy(() -> PreviewOptions.parse("--sise", "10"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("unknown option --sise; the options are --port P and --size N");
    }

    @Test
    void refusesAnOptionWithoutItsNumber() {
      assertThatThrownBy(() -> PreviewOptions.parse("--size")).hasMessage("--size needs a number");
    }

    @Test
    void refusesAWordWhereANumberBelongs() {
      assertThatThrownBy(() -> PreviewOptions.parse("--port", "eighty"))
          .hasMessage("--port needs a whole number, not \"eighty\"");
    }
  }

  @Nested
  @DisplayName("limits")
  class Limits {

    @Test
    void refusesAPortOutsideTheRange() {
      assertThatThrownBy(() -> new PreviewOptions(65_536, 0))
          .hasMessage("--port must be 0 (any free port) to 65535, not 65536");
      assertThatThrownBy(() -> new PreviewOptions(-1, 0))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsTheEdgesOfTheRanges() {
      assertThat(new PreviewOptions(65_535, PreviewOptions.MAX_SIZE).size()).isEqualTo(100_000);
      assertThat(new PreviewOptions(0, 2).generates()).isTrue();
    }

    @Test
    void refusesASizeAboveWhatABoardReadsOrTooSmallForAVisionAndAGoal() {
      assertThatThrownBy(() -> new PreviewOptions(0, 100_001))
          .hasMessage("--size must be 0 (none) or 2 to 100000 goals and milestones, not 100001");
      assertThatThrownBy(() -> new PreviewOptions(0, 1))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anyPortMeansPortZeroAndNoGeneratedAccount() {
      assertThat(PreviewOptions.anyPort()).isEqualTo(new PreviewOptions(0, 0));
      assertThat(PreviewOptions.anyPort().withSize(500).withPort(7))
          .isEqualTo(new PreviewOptions(7, 500));
    }
  }
}
