package com.accountgoals.osgitest;

import com.accountgoals.osgitest.fixture.api.GreetingService;
import com.accountgoals.osgitest.fixture.app.Greeter;
import com.accountgoals.osgitest.fixture.app.audit.AuditResource;
import com.accountgoals.osgitest.fixture.app.rest.GreetingResource;
import com.accountgoals.osgitest.harness.AppStartCheck;
import com.accountgoals.osgitest.harness.Jars;
import com.accountgoals.osgitest.harness.StartReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds small app jars at test time, healthy by default, that the harness's own tests break one
 * way at a time. Their "Jira" is a plain jar of the {@code fixture.api} classes.
 */
final class SampleApp {

  static final String KEY = "com.example.greetings";
  static final String API = GreetingService.class.getPackageName();
  static final String APP = Greeter.class.getPackageName();

  static final String REFERENCE =
      "<osgi:reference id=\"greetingService\" interface=\""
          + GreetingService.class.getName()
          + "\"/>";
  static final String GREETER_BEAN =
      "<bean id=\"greeter\" class=\"" + Greeter.class.getName() + "\" autowire=\"constructor\"/>";

  static final String HEALTHY_MODULES =
      """
      <customfield-type key="greeting-field" class="%1$s.GreetingFieldType"/>
      <customfield-searcher key="greeting-searcher" class="%2$s.SampleSearcher"/>
      <web-panel key="greeting-panel" location="atl.jira.view.issue.right.context">
        <context-provider class="bean:greeter"/>
      </web-panel>
      <rest key="greeting-rest" path="/greetings" version="1.0">
        <package>%3$s</package>
      </rest>
      """
          .formatted(APP, API, GreetingResource.class.getPackageName());

  private final String name;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private String modules = HEALTHY_MODULES;
  private String springBeans = REFERENCE + "\n" + GREETER_BEAN;
  private Duration contextTimeout = Duration.ofSeconds(30);

  private SampleApp(String name) {
    this.name = name;
    headers.put("Bundle-ManifestVersion", "2");
    headers.put("Bundle-SymbolicName", KEY);
    headers.put("Bundle-Version", "1.0.0");
    headers.put("Atlassian-Plugin-Key", KEY);
    headers.put("Spring-Context", "*");
    headers.put(
        "Import-Package", API + ",javax.ws.rs,org.eclipse.gemini.blueprint.*;resolution:=optional");
  }

  static SampleApp healthy(String name) {
    return new SampleApp(name);
  }

  SampleApp header(String header, String value) {
    headers.put(header, value);
    return this;
  }

  SampleApp contextTimeout(Duration timeout) {
    contextTimeout = timeout;
    return this;
  }

  SampleApp withoutHeader(String header) {
    headers.remove(header);
    return this;
  }

  SampleApp importPackage(String clause) {
    headers.merge("Import-Package", clause, (old, added) -> old + "," + added);
    return this;
  }

  SampleApp withModules(String moreModules) {
    modules = modules + moreModules;
    return this;
  }

  SampleApp withSpringBeans(String moreBeans) {
    springBeans = springBeans + "\n" + moreBeans;
    return this;
  }

  /** Builds the jars and starts the app. */
  StartReport start() {
    Path dir = Path.of(System.getProperty("osgi.work")).resolve("samples").resolve(name);
    Path api =
        Jars.write(dir.resolve("api.jar"), null, Jars.packageClassFiles(GreetingService.class));
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.putAll(Jars.packageClassFiles(Greeter.class));
    entries.putAll(Jars.packageClassFiles(GreetingResource.class));
    entries.putAll(Jars.packageClassFiles(AuditResource.class));
    entries.put("atlassian-plugin.xml", utf8(descriptor()));
    entries.put("META-INF/spring/plugin-context.xml", utf8(springXml()));
    Path app = Jars.write(dir.resolve(name + ".jar"), Jars.manifest(headers), entries);
    StartReport report =
        AppStartCheck.run(
            AppStartCheck.Inputs.fromBuild("sample-" + name, java.util.List.of(api), app)
                .withContextTimeout(contextTimeout));
    System.out.println(report.describe());
    return report;
  }

  private String descriptor() {
    return """
        <atlassian-plugin key="%s" name="Greetings" plugins-version="2">
          <plugin-info><version>1.0.0</version></plugin-info>
        %s
        </atlassian-plugin>
        """
        .formatted(KEY, modules);
  }

  private String springXml() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <beans xmlns="http://www.springframework.org/schema/beans"
               xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
               xmlns:osgi="http://www.eclipse.org/gemini/blueprint/schema/blueprint"
               xsi:schemaLocation="http://www.springframework.org/schema/beans
                 http://www.springframework.org/schema/beans/spring-beans.xsd
                 http://www.eclipse.org/gemini/blueprint/schema/blueprint
                 http://www.eclipse.org/gemini/blueprint/schema/blueprint/gemini-blueprint.xsd">
        %s
        </beans>
        """
        .formatted(springBeans);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
