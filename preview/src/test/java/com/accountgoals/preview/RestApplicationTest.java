package com.accountgoals.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.jira.rest.RestComponents;
import com.accountgoals.jira.rest.board.BoardResource;
import com.accountgoals.jira.rest.goal.GoalResource;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The preview's Jersey application")
class RestApplicationTest {

  private static List<Object> components() {
    DemoAccounts accounts = DemoAccounts.of(PreviewOptions.anyPort());
    Caller caller = new Caller(accounts);
    return RestComponents.over(DemoPorts.services(accounts, caller), DemoPorts.texts(caller));
  }

  private static List<ResourceMethod> everyMethod(Resource resource) {
    List<ResourceMethod> methods = new ArrayList<>(resource.getAllMethods());
    resource.getChildResources().forEach(child -> methods.addAll(everyMethod(child)));
    return methods;
  }

  @Nested
  @DisplayName("registers")
  class Registers {

    private final List<Object> components = components();
    private final ResourceConfig config = RestApplication.of(components);

    @Test
    void theResourcesAsModelsEveryMethodOfWhichTheAppsOwnInstanceHandles() {
      assertThat(config.getResources())
          .extracting(Resource::getPath)
          .containsExactlyInAnyOrder("board", "goals");
      for (Resource resource : config.getResources()) {
        assertThat(everyMethod(resource)).isNotEmpty();
        assertThat(resource.getHandlerClasses()).as(resource.getPath()).isEmpty();
        assertThat(resource.getHandlerInstances())
            .as(resource.getPath())
            .singleElement()
            .isIn(components.get(0), components.get(1));
      }
    }

    @Test
    void theErrorMappersAsProvidersAndNoResourceAsOne() {
      assertThat(config.getInstances())
          .containsExactlyInAnyOrderElementsOf(components.subList(2, components.size()));
      assertThat(config.getInstances())
          .noneMatch(BoardResource.class::isInstance)
          .noneMatch(GoalResource.class::isInstance);
    }

    @Test
    void withoutWadlAndWithoutTheDataSourceProvider() {
      assertThat(config.getProperty(ServerProperties.WADL_FEATURE_DISABLE)).isEqualTo(true);
      assertThat(config.getProperty(CommonProperties.PROVIDER_DEFAULT_DISABLE))
          .isEqualTo("DATASOURCE");
    }
  }

  @Test
  void tellsAResourceFromAProviderByPath() {
    List<Object> components = components();

    assertThat(components).filteredOn(RestApplication::isResource).hasSize(2);
    assertThat(RestApplication.isResource(new Object())).isFalse();
  }

  @Test
  void letsThePreviewStartWithoutAWarningFromJersey() {
    List<LogRecord> warnings = new ArrayList<>();
    Handler collector =
        new Handler() {
          @Override
          public void publish(LogRecord logRecord) {
            if (logRecord.getLevel().intValue() >= Level.WARNING.intValue()) {
              warnings.add(logRecord);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger jersey = Logger.getLogger("org.glassfish.jersey");
    jersey.addHandler(collector);
    try (Preview preview = Preview.start(PreviewOptions.anyPort())) {
      assertThat(
              new Http(preview.baseUri()).get("rest/account-goals/1.0/goals/ACME-7").statusCode())
          .isEqualTo(200);
    } finally {
      jersey.removeHandler(collector);
    }

    assertThat(warnings).extracting(LogRecord::getMessage).isEmpty();
  }
}
