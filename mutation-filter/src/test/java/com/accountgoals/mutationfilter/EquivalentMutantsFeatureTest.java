package com.accountgoals.mutationfilter;

import static com.accountgoals.mutationfilter.EquivalentMutantsFilterTest.mutant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pitest.mutationtest.build.InterceptorParameters;
import org.pitest.mutationtest.build.ProjectMutationInterceptor;
import org.pitest.mutationtest.config.PluginServices;
import org.pitest.mutationtest.config.ReportOptions;
import org.pitest.mutationtest.engine.MutationDetails;
import org.pitest.plugin.Feature;
import org.pitest.plugin.FeatureParser;
import org.pitest.plugin.FeatureSetting;

class EquivalentMutantsFeatureTest {

  @TempDir Path module;

  @Test
  void pitFindsTheFeatureThroughTheServiceFileAndLeavesItOffUntilAModuleTurnsItOn() {
    List<Feature> features =
        PluginServices.makeForContextLoader().findFeatures().stream()
            .filter(EquivalentMutantsFeature.class::isInstance)
            .map(f -> f.provides())
            .toList();

    assertThat(features)
        .singleElement()
        .satisfies(f -> assertThat(f.name()).isEqualToIgnoringCase("EQUIVALENT_MUTANTS"))
        .satisfies(f -> assertThat(f.isOnByDefault()).isFalse());
  }

  @Test
  void theFilterReadsTheListTheFeatureNamesAndTheRunsTargetAndSources() throws IOException {
    Path sources = Files.createDirectories(module.resolve("src/main/java"));
    Files.createDirectories(sources.resolve("com/example"));
    Files.writeString(sources.resolve("com/example/Plan.java"), "class Plan {\n  a < b;\n}\n");
    Path list = module.resolve("equivalent-mutants.tsv");
    Files.writeString(
        list,
        "class\tmethod\tmutator\tline\tmutants\treason\n"
            + "com.example.Plan\tcheck\tConditionalsBoundaryMutator\ta < b;\t1 of 1\tnever equal\n"
            + "com.example.fixtures.Sample\tcheck\tMathMutator\ta + b;\t1 of 1\toutside\n",
        StandardCharsets.UTF_8);
    ReportOptions data = new ReportOptions();
    data.setTargetClasses(List.of("com.example.*"));
    data.setExcludedClasses(List.of("com.example.fixtures.*"));
    data.setSourceDirs(List.of(sources));
    MutationDetails listed =
        mutant("com.example.Plan", "check", "ConditionalsBoundaryMutator", 2, 5);
    MutationDetails kept = mutant("com.example.Plan", "check", "MathMutator", 2, 6);

    ProjectMutationInterceptor filter =
        new EquivalentMutantsFeature()
            .createInterceptor(parameters("+EQUIVALENT_MUTANTS(list[" + list + "])", data));

    assertThat(filter.intercept(List.of(listed, kept))).containsExactly(kept);
  }

  @Test
  void withoutAListTheFeatureSaysHowToGiveOne() {
    InterceptorParameters noList = parameters("+EQUIVALENT_MUTANTS", new ReportOptions());

    assertThatThrownBy(() -> new EquivalentMutantsFeature().createInterceptor(noList))
        .hasMessage(
            "+EQUIVALENT_MUTANTS needs its list:"
                + " +EQUIVALENT_MUTANTS(list[path/to/equivalent-mutants.tsv])");
  }

  private static InterceptorParameters parameters(String feature, ReportOptions data) {
    FeatureSetting setting = new FeatureParser().parseFeatures(List.of(feature)).get(0);
    return new InterceptorParameters(setting, data, null, null, null, null, null);
  }
}
