package com.accountgoals.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.preview.PluginDescriptor.Download;
import com.accountgoals.preview.PluginDescriptor.WebResource;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every download resource the app's descriptor declares, fetched at Jira's address. */
@DisplayName("The preview's resources")
class ResourcesTest {

  @RegisterExtension
  static final RunningPreview RUNNING = new RunningPreview(PreviewOptions.anyPort());

  private final PluginDescriptor descriptor = PluginDescriptor.load();
  private final Http http = RUNNING.http();

  @Test
  void serveEveryFileOfEveryWebResourceWithItsType() {
    List<String> checked = new ArrayList<>();
    for (WebResource resource : descriptor.webResources()) {
      for (Download download : resource.downloads()) {
        String name = download.isDirectory() ? download.name() + "qbrBoard.png" : download.name();
        if (download.isDirectory() && !name.startsWith("images/")) {
          continue;
        }
        String path =
            "download/resources/" + descriptor.pluginKey() + ":" + resource.key() + "/" + name;
        HttpResponse<String> response = http.get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
            .as(path)
            .startsWith(expectedType(name));
        checked.add(path);
      }
    }
    assertThat(checked).as("the descriptor declares download resources").hasSizeGreaterThan(5);
  }

  @Test
  void serveThePluginsOwnImagesAtThePluginsAddress() {
    HttpResponse<String> response =
        http.get("download/resources/" + descriptor.pluginKey() + "/images/pluginIcon.png");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
  }

  @Test
  void serveAuiJqueryAlmondAndTheStandInFromTheClassPath() {
    for (String path :
        List.of(
            "static/lib/aui/aui-prototyping.js",
            "static/lib/aui/aui-prototyping.css",
            "static/lib/jquery/jquery.js",
            "static/lib/almond/almond.js",
            "static/jira-standin.js",
            "static/preview.css")) {
      assertThat(http.get(path).statusCode()).as(path).isEqualTo(200);
    }
  }

  @Test
  void answerWhatTheDescriptorDoesNotDeclareWith404() {
    String base = "download/resources/" + descriptor.pluginKey();

    assertThat(http.get(base + ":qbr-board-resources/atlassian-plugin.xml").statusCode())
        .isEqualTo(404);
    assertThat(http.get(base + ":no-such-resource/board.css").statusCode()).isEqualTo(404);
    assertThat(http.get(base + "/templates/trafficlight/edit.vm").statusCode()).isEqualTo(404);
    assertThat(http.get("download/resources/other.plugin:x/y.js").statusCode()).isEqualTo(404);
    assertThat(http.get("static/../atlassian-plugin.xml").statusCode()).isEqualTo(404);
    assertThat(http.get("static/nothing.js").statusCode()).isEqualTo(404);
  }

  @Test
  void giveTheAppsTextsInThePagesLanguageAsAuisI18nKeys() {
    HttpResponse<String> german = http.get("static/i18n.js?lang=de");

    assertThat(german.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/javascript");
    assertThat(german.body())
        .startsWith("/* The app's texts")
        .contains("Object.assign(AJS.I18n.keys, {")
        .contains("\"account-goals.trafficlight.colour.GREEN\":\"Gr\u00fcn\"");
  }

  private static String expectedType(String name) {
    if (name.endsWith(".js")) {
      return "application/javascript";
    }
    if (name.endsWith(".css")) {
      return "text/css";
    }
    return "image/png";
  }
}
