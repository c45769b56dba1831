package com.accountgoals.osgitest;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.osgitest.fixture.api.AuditService;
import com.accountgoals.osgitest.fixture.app.AuditedPanel;
import com.accountgoals.osgitest.fixture.app.GreetingFieldType;
import com.accountgoals.osgitest.fixture.app.audit.AuditResource;
import com.accountgoals.osgitest.fixture.app.rest.GreetingDto;
import com.accountgoals.osgitest.fixture.app.rest.GreetingResource;
import com.accountgoals.osgitest.harness.ModuleClass;
import com.accountgoals.osgitest.harness.StartReport;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The harness must be able to fail: sample apps built at test time, each broken one way, must be
 * reported with a message that names what broke. A healthy sample shows the checks pass when they
 * should.
 */
@DisplayName("The OSGi start harness")
class HarnessReportsProblemsIT {

  @Test
  void startsAHealthyAppAndCreatesEveryModuleClassIncludingRestResources() {
    StartReport report = SampleApp.healthy("healthy").start();

    assertThat(report.allProblems()).as(report.describe()).isEmpty();
    assertThat(report.contextStarted()).isTrue();
    assertThat(report.createdModuleClasses())
        .extracting(ModuleClass::className)
        .containsExactly(
            GreetingFieldType.class.getName(),
            SampleApp.API + ".SampleSearcher",
            "bean:greeter",
            GreetingResource.class.getName())
        .doesNotContain(GreetingDto.class.getName());
  }

  @Test
  void namesAnImportedPackageThatNoBundleExports() {
    StartReport report =
        SampleApp.healthy("missing-import").importPackage("com.atlassian.nowhere.api").start();

    assertThat(report.bundleProblems())
        .as(report.describe())
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "com.atlassian.nowhere.api", SampleApp.KEY, "no installed bundle exports"))
        .anySatisfy(p -> assertThat(p).contains("did not start", "com.atlassian.nowhere.api"));
    assertThat(report.contextProblems())
        .containsExactly("not reached: the bundles did not all start");
  }

  @Test
  void namesAnImportWhoseVersionRangeNoExportMatches() {
    StartReport report =
        SampleApp.healthy("wrong-version")
            .header("Import-Package", SampleApp.API + ",javax.ws.rs;version=\"[3.0,4)\"")
            .start();

    assertThat(report.bundleProblems())
        .as(report.describe())
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "javax.ws.rs;version=\"[3.0,4)\"",
                        "only jakarta.ws.rs-api exports version 2.1.6"));
  }

  @Test
  void namesTheBeanClassWhenTheSpringXmlDeclaresOneTheJarLacks() {
    StartReport report =
        SampleApp.healthy("missing-bean-class")
            .withSpringBeans("<bean id=\"ghost\" class=\"" + SampleApp.APP + ".Ghost\"/>")
            .start();

    assertThat(report.bundleProblems()).as(report.describe()).isEmpty();
    assertThat(report.contextStarted()).isFalse();
    assertThat(report.contextProblems())
        .as(report.describe())
        .singleElement()
        .asString()
        .contains("Spring context of " + SampleApp.KEY, "ghost", SampleApp.APP + ".Ghost");
  }

  @Test
  void namesTheModuleClassAndTheMissingServiceWhenAConstructorNeedsAnUndeclaredOne() {
    StartReport report =
        SampleApp.healthy("undeclared-service")
            .withModules(
                """
                <web-panel key="audit-panel" location="somewhere">
                  <context-provider class="%s"/>
                </web-panel>
                <rest key="audit-rest" path="/audit" version="1.0">
                  <package>%s</package>
                </rest>
                """
                    .formatted(AuditedPanel.class.getName(), AuditResource.class.getPackageName()))
            .start();

    assertThat(report.contextStarted()).as(report.describe()).isTrue();
    assertThat(report.moduleProblems())
        .as(report.describe())
        .hasSize(2)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "audit-panel",
                        "context-provider",
                        AuditedPanel.class.getName(),
                        AuditService.class.getName()))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "audit-rest", AuditResource.class.getName(), AuditService.class.getName()));
  }

  @Test
  void namesADescriptorClassTheAppBundleCannotLoad() {
    StartReport report =
        SampleApp.healthy("missing-module-class")
            .withModules(
                "<servlet key=\"ghost-servlet\" class=\"" + SampleApp.APP + ".GhostServlet\"/>")
            .start();

    assertThat(report.moduleProblems())
        .as(report.describe())
        .singleElement()
        .asString()
        .contains("ghost-servlet", SampleApp.APP + ".GhostServlet", "cannot load");
  }

  @Test
  void namesAReferencedServiceInterfaceTheStandInsLack() {
    StartReport report =
        SampleApp.healthy("missing-interface")
            .withSpringBeans(
                "<osgi:reference id=\"ghostService\" interface=\""
                    + SampleApp.API
                    + ".GhostService\"/>")
            .start();

    assertThat(report.bundleProblems())
        .as(report.describe())
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        SampleApp.API + ".GhostService", "cannot be loaded from the stand-ins"));
  }

  @Test
  void namesAPluginKeyThatDiffersFromTheManifest() {
    StartReport report =
        SampleApp.healthy("key-mismatch")
            .header("Atlassian-Plugin-Key", "com.example.other")
            .start();

    assertThat(report.bundleProblems())
        .as(report.describe())
        .singleElement()
        .asString()
        .contains("Atlassian-Plugin-Key is 'com.example.other'", "key='" + SampleApp.KEY + "'");
  }

  @Test
  void namesAJarThatIsNotAnOsgiBundle() {
    StartReport report =
        SampleApp.healthy("not-a-bundle").withoutHeader("Bundle-SymbolicName").start();

    assertThat(report.bundleProblems())
        .as(report.describe())
        .singleElement()
        .asString()
        .contains("not-a-bundle.jar is not an OSGi bundle", "no Bundle-SymbolicName");
  }

  @Test
  void namesASpringXmlFileThatIsNotWellFormed() {
    StartReport report =
        SampleApp.healthy("bad-xml").withSpringBeans("<bean id=\"broken\">").start();

    assertThat(report.bundleProblems())
        .as(report.describe())
        .singleElement()
        .asString()
        .contains("cannot parse META-INF/spring/plugin-context.xml", "bad-xml.jar");
  }

  @Test
  void reportsWhatTheExtenderSaidWhenTheContextWaitsForAServiceThatNeverComes() {
    StartReport report =
        SampleApp.healthy("waits")
            .withSpringBeans(
                "<osgi:reference id=\"picky\" interface=\""
                    + SampleApp.API
                    + ".GreetingService\" filter=\"(flavour=rare)\"/>")
            .contextTimeout(Duration.ofSeconds(2))
            .start();

    assertThat(report.contextStarted()).isFalse();
    assertThat(report.contextProblems())
        .as(report.describe())
        .singleElement()
        .asString()
        .contains("No Spring context for " + SampleApp.KEY, "within 2 s", "picky (flavour=rare)");
  }
}
