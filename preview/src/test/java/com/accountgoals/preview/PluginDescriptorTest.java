package com.accountgoals.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.preview.PluginDescriptor.Download;
import com.accountgoals.preview.PluginDescriptor.WebResource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("What the preview reads from atlassian-plugin.xml")
class PluginDescriptorTest {

  private static PluginDescriptor read(String body) throws IOException {
    String xml = "<atlassian-plugin key=\"k\">" + body + "</atlassian-plugin>";
    return PluginDescriptor.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Nested
  @DisplayName("web-resources")
  class WebResources {

    @Test
    void putTheAppsOwnDependenciesFirstEachOnceAndLeaveJirasToTheStandIns() throws IOException {
      PluginDescriptor descriptor =
          read(
              """
              <web-resource key="common"><resource type="download" name="c.js" location="js/c.js"/></web-resource>
              <web-resource key="board">
                <dependency>com.atlassian.auiplugin:ajs</dependency>
                <dependency>k:common</dependency>
                <resource type="download" name="b.js" location="js/b.js"/>
                <context>atl.dashboard</context>
              </web-resource>
              <web-resource key="panel">
                <dependency>k:common</dependency>
                <resource type="download" name="p.js" location="js/p.js"/>
                <context>jira.view.issue</context>
              </web-resource>
              """);

      assertThat(descriptor.inContexts(List.of("atl.dashboard", "jira.view.issue")))
          .extracting(WebResource::key)
          .containsExactly("common", "board", "panel");
      assertThat(descriptor.inContexts(List.of("jira.view.issue")))
          .extracting(WebResource::key)
          .containsExactly("common", "panel");
      assertThat(descriptor.inContexts(List.of("atl.admin"))).isEmpty();
    }

    @Test
    void refuseADependencyOnAnUndeclaredWebResourceOfTheApp() throws IOException {
      PluginDescriptor descriptor =
          read(
              "<web-resource key=\"a\"><dependency>k:gone</dependency><context>c</context></web-resource>");

      assertThatThrownBy(() -> descriptor.inContexts(List.of("c")))
          .hasMessage("web-resource a depends on undeclared k:gone");
    }

    @Test
    void separateScriptsFromStylesInTheirOrder() throws IOException {
      WebResource resource =
          read("""
                  <web-resource key="r">
                    <resource type="download" name="b.js" location="js/b.js"/>
                    <resource type="download" name="x.css" location="css/x.css"/>
                    <resource type="download" name="a.js" location="js/a.js"/>
                    <resource type="download" name="images/" location="images/"/>
                  </web-resource>
                  """)
              .webResource("r")
              .orElseThrow();

      assertThat(resource.scripts()).extracting(Download::name).containsExactly("b.js", "a.js");
      assertThat(resource.styles()).extracting(Download::name).containsExactly("x.css");
    }
  }

  @Nested
  @DisplayName("download resources")
  class Downloads {

    @Test
    void serveAFileByItsExactName() {
      Download file = new Download("board.css", "css/board.css");

      assertThat(file.locate("board.css")).hasValue("css/board.css");
      assertThat(file.locate("board.css.map")).isEmpty();
      assertThat(file.isDirectory()).isFalse();
    }

    @Test
    void serveEverythingBelowADirectoryButNothingAbove() {
      Download images = new Download("images/", "images/");

      assertThat(images.locate("images/qbrBoard.png")).hasValue("images/qbrBoard.png");
      assertThat(images.locate("images/../atlassian-plugin.xml")).isEmpty();
      assertThat(images.locate("css/board.css")).isEmpty();
    }
  }

  @Nested
  @DisplayName("panels and dashboard items")
  class Modules {

    @Test
    void orderWebPanelsAtALocationByWeightWithTheirTemplateAndContextProvider() throws IOException {
      PluginDescriptor descriptor =
          read(
              """
              <web-panel key="heavy" location="here" weight="200"/>
              <web-panel key="light" location="here" weight="10">
                <resource type="velocity" name="view" location="templates/p.vm"/>
                <context-provider class="a.B"/>
              </web-panel>
              <web-panel key="elsewhere" location="there"/>
              """);

      assertThat(descriptor.panelsAt("here"))
          .extracting(PluginDescriptor.WebPanel::key)
          .containsExactly("light", "heavy");
      assertThat(descriptor.panelsAt("here").get(0).template()).hasValue("templates/p.vm");
      assertThat(descriptor.panelsAt("here").get(0).contextProvider()).hasValue("a.B");
      assertThat(descriptor.panelsAt("there").get(0).weight()).isEqualTo(1000);
    }

    @Test
    void readTheDashboardItemsModuleAndTitleKey() throws IOException {
      PluginDescriptor descriptor =
          read(
              """
              <dashboard-item key="qbr-board">
                <definition><title key="t.key"/></definition>
                <amd-module>x/item</amd-module>
              </dashboard-item>
              """);

      assertThat(descriptor.dashboardItem("qbr-board"))
          .hasValue(new PluginDescriptor.DashboardItem("qbr-board", "x/item", "t.key"));
      assertThat(descriptor.dashboardItem("other")).isEmpty();
    }
  }
}
