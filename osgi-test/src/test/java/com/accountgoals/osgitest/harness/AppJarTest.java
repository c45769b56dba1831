package com.accountgoals.osgitest.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the harness reads out of an app jar, without starting anything. */
class AppJarTest {

  @TempDir Path dir;

  private AppJar jar(String descriptor, String springXml, String springContext) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("atlassian-plugin.xml", descriptor.getBytes(StandardCharsets.UTF_8));
    entries.put("META-INF/spring/context.xml", springXml.getBytes(StandardCharsets.UTF_8));
    entries.put("com/example/rest/A.class", new byte[] {1});
    entries.put("com/example/rest/v2/B.class", new byte[] {2});
    entries.put("com/example/rest/package-info.class", new byte[] {3});
    entries.put("com/example/other/C.class", new byte[] {4});
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Bundle-SymbolicName", "com.example.app;singleton:=true");
    if (springContext != null) {
      headers.put("Spring-Context", springContext);
    }
    return AppJar.read(Jars.write(dir.resolve("app.jar"), Jars.manifest(headers), entries));
  }

  private static final String BEANS =
      """
      <beans xmlns="http://www.springframework.org/schema/beans"
             xmlns:osgi="http://www.eclipse.org/gemini/blueprint/schema/blueprint"
             xmlns:dm="http://www.springframework.org/schema/osgi">
        <osgi:reference id="a" interface="com.example.api.A"/>
        <dm:reference id="b" interface="com.example.api.B" filter="(x=y)"/>
        <osgi:list id="c">
          <osgi:interfaces><value>com.example.api.C</value><value>com.example.api.D</value></osgi:interfaces>
        </osgi:list>
        <bean id="e" class="com.example.E"/>
      </beans>
      """;

  @Test
  void serviceReferencesComeFromBothOsgiNamespacesWithNestedInterfaces() {
    AppJar app = jar("<atlassian-plugin key=\"k\"/>", BEANS, "*");

    assertThat(app.serviceReferences())
        .extracting(SpringReference::id, SpringReference::interfaceName, SpringReference::filter)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("a", "com.example.api.A", ""),
            org.assertj.core.groups.Tuple.tuple("b", "com.example.api.B", "(x=y)"),
            org.assertj.core.groups.Tuple.tuple("c", "com.example.api.C", ""),
            org.assertj.core.groups.Tuple.tuple("c", "com.example.api.D", ""));
  }

  @Test
  void springXmlOutsideTheListedSpringContextLocationsIsNotRead() {
    AppJar app = jar("<atlassian-plugin key=\"k\"/>", BEANS, "META-INF/other.xml");

    assertThat(app.springXmlFiles()).isEmpty();
    assertThat(app.symbolicName()).contains("com.example.app");
  }

  @Test
  void everyClassAttributeInTheDescriptorIsAModuleClassOfItsTopLevelModule() {
    AppJar app =
        jar(
            """
            <atlassian-plugin key="k">
              <plugin-info><version>1</version></plugin-info>
              <customfield-type key="field" class="com.example.Field"/>
              <web-item key="item">
                <conditions type="AND">
                  <condition class="com.example.One"/>
                  <condition class="com.example.Two" invert="true"/>
                </conditions>
                <context-provider class="bean:provider"/>
              </web-item>
              <webwork1 key="actions"><actions><action name="com.example.Action" alias="Go"/></actions></webwork1>
              <rest key="api" path="/x" version="1"><package>com.example.rest</package></rest>
            </atlassian-plugin>
            """,
            BEANS,
            "*");

    assertThat(app.descriptorClasses())
        .containsExactly(
            new ModuleClass("customfield-type", "field", "customfield-type", "com.example.Field"),
            new ModuleClass("web-item", "item", "condition", "com.example.One"),
            new ModuleClass("web-item", "item", "condition", "com.example.Two"),
            new ModuleClass("web-item", "item", "context-provider", "bean:provider"),
            new ModuleClass("webwork1", "actions", "action", "com.example.Action"));
    assertThat(app.restPackages()).containsEntry("api", java.util.List.of("com.example.rest"));
    assertThat(app.classesUnder("com.example.rest"))
        .containsExactly("com.example.rest.A", "com.example.rest.v2.B");
  }

  @Test
  void importClausesSplitPathsAndKeepVersionsAndDirectives() {
    assertThat(
            OsgiHeader.parse(
                "a.b;c.d;version=\"[1,2)\",e.f;resolution:=optional,g;version=\"[1.0,2.0)\";x=\"1,2\""))
        .extracting(OsgiHeader::toString)
        .containsExactly(
            "a.b;version=\"[1,2)\"",
            "c.d;version=\"[1,2)\"",
            "e.f;resolution:=optional",
            "g;version=\"[1.0,2.0)\";x=\"1,2\"");
  }
}
