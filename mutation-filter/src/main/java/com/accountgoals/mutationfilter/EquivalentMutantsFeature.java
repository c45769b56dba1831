package com.accountgoals.mutationfilter;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.pitest.mutationtest.build.InterceptorParameters;
import org.pitest.mutationtest.build.ProjectMutationInterceptor;
import org.pitest.mutationtest.build.ProjectMutationInterceptorFactory;
import org.pitest.mutationtest.config.ReportOptions;
import org.pitest.plugin.Feature;
import org.pitest.plugin.FeatureParameter;

/**
 * The PIT feature {@code EQUIVALENT_MUTANTS}, off unless a module turns it on with its list: {@code
 * <feature>+EQUIVALENT_MUTANTS(list[${project.basedir}/equivalent-mutants.tsv])</feature>}. PIT
 * finds this factory through {@code META-INF/services}.
 */
public final class EquivalentMutantsFeature implements ProjectMutationInterceptorFactory {

  static final String NAME = "EQUIVALENT_MUTANTS";
  static final FeatureParameter LIST =
      FeatureParameter.named("list")
          .withDescription("the module's list of equivalent mutants (tab-separated)");

  @Override
  public String description() {
    return "Leaves out the equivalent mutants a module lists with a reason; fails on a stale entry";
  }

  @Override
  public Feature provides() {
    return Feature.named(NAME)
        .withOnByDefault(false)
        .withDescription(description())
        .withParameter(LIST);
  }

  @Override
  public ProjectMutationInterceptor createInterceptor(InterceptorParameters params) {
    Path list =
        params
            .getString(LIST)
            .map(Path::of)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "+%s needs its list: +%s(list[path/to/equivalent-mutants.tsv])"
                            .formatted(NAME, NAME)));
    ReportOptions data = params.data();
    Charset encoding = Optional.ofNullable(data.getInputEncoding()).orElse(StandardCharsets.UTF_8);
    return new EquivalentMutantsFilter(
        EquivalentMutantList.read(list),
        data.getTargetClassesFilter(),
        new SourceLines(data.getSourcePaths(), encoding));
  }
}
