package com.accountgoals.jira.trafficlight;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.jira.testing.BundleI18n;
import com.accountgoals.jira.testing.FakeCustomField;
import com.accountgoals.jira.testing.FakeIssue;
import com.accountgoals.jira.testing.FieldLayout;
import com.accountgoals.jira.testing.FormParams;
import com.accountgoals.jira.testing.JiraLikeVelocity;
import com.accountgoals.jira.testing.TestI18n;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.htmlunit.MockWebConnection;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextInput;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The edit form in a browser: the rendered edit template plus {@code trafficlight-edit.js} in
 * HtmlUnit's DOM. Buttons are clicked as a person would, the form is submitted, and what it posts
 * goes back through the field type as Jira would hand it over.
 */
class TrafficLightEditScriptTest {

  private static final String FIELD = "customfield_10100";
  private static final URL PAGE = url("http://jira.example/secure/EditIssue.jspa");
  private static final URL SUBMIT = url("http://jira.example/secure/EditIssue!default.jspa");

  private WebClient browser;
  private MockWebConnection server;
  private HtmlPage page;

  @BeforeEach
  void openTheEditForm() throws IOException {
    browser = new WebClient();
    browser.getOptions().setCssEnabled(false);
    server = new MockWebConnection();
    server.setResponse(SUBMIT, "<html><body>saved</body></html>");
    browser.setWebConnection(server);
    server.setResponse(PAGE, pageWith("TL1 RED\nG Sponsor\nR Not listed"));
    page = browser.getPage(PAGE);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void addingAFactorOffersANewEmptyRowAfterTheLast() throws IOException {
    click(button("add"));

    assertThat(texts()).containsExactly("Sponsor", "Not listed", "", "");
  }

  @Test
  void movingAFactorUpChangesTheOrderThatIsSaved() throws IOException {
    click(buttonInRow("up", 1));

    assertThat(texts()).containsExactly("Not listed", "Sponsor", "");
    assertThat(saved()).isEqualTo("TL1 RED\nR Not listed\nG Sponsor");
  }

  @Test
  void movingAFactorDownChangesTheOrderThatIsSaved() throws IOException {
    click(buttonInRow("down", 0));

    assertThat(saved()).isEqualTo("TL1 RED\nR Not listed\nG Sponsor");
  }

  @Test
  void removingAFactorLeavesItOutOfWhatIsSaved() throws IOException {
    click(buttonInRow("remove", 0));

    assertThat(texts()).containsExactly("Not listed", "");
    assertThat(saved()).isEqualTo("TL1 RED\nR Not listed");
  }

  @Test
  void removingTheOnlyRowEmptiesItInsteadSoThereIsStillARowToTypeInto() throws IOException {
    click(buttonInRow("remove", 0));
    click(buttonInRow("remove", 0));
    click(buttonInRow("remove", 0));

    assertThat(texts()).containsExactly("");
  }

  @Test
  void aNewFactorTypedIntoAnAddedRowIsSavedWithItsColour() throws IOException {
    click(button("add"));
    List<HtmlTextInput> inputs = textInputs();
    inputs.get(2).type("New finance director");
    inputs.get(3).type("Budget frozen");
    HtmlSelect colour = rows().get(3).querySelector("select");
    colour.setSelectedAttribute("RED", true);

    assertThat(saved())
        .isEqualTo("TL1 RED\nG Sponsor\nR Not listed\nA New finance director\nR Budget frozen");
  }

  private String saved() throws IOException {
    HtmlElement form = page.getHtmlElementById("edit-form");
    form.<HtmlElement>querySelector("input[type=submit]").click();
    List<NameValuePair> posted = server.getLastWebRequest().getRequestParameters();
    List<String> keysAndValues = new ArrayList<>();
    for (NameValuePair pair : posted) {
      if (pair.getName().startsWith(FIELD + ":")) {
        keysAndValues.add(pair.getName().substring(FIELD.length() + 1));
        keysAndValues.add(pair.getValue());
      }
    }
    return type()
        .getValueFromCustomFieldParams(FormParams.of(keysAndValues.toArray(String[]::new)));
  }

  private List<String> texts() {
    return textInputs().stream().map(HtmlTextInput::getValue).toList();
  }

  private List<HtmlTextInput> textInputs() {
    return page.querySelectorAll("input[name='" + FIELD + ":text']").stream()
        .map(HtmlTextInput.class::cast)
        .toList();
  }

  private List<HtmlElement> rows() {
    return page.querySelectorAll("[data-ag-tl-row]").stream().map(HtmlElement.class::cast).toList();
  }

  private HtmlButton button(String action) {
    return page.querySelector("[data-ag-tl-action='" + action + "']");
  }

  private HtmlButton buttonInRow(String action, int row) {
    return rows().get(row).querySelector("[data-ag-tl-action='" + action + "']");
  }

  private void click(HtmlButton button) throws IOException {
    button.click();
  }

  private static String pageWith(String stored) throws IOException {
    TrafficLightFieldType type = type();
    FakeIssue issue = new FakeIssue(10L, "ACME-1");
    FakeCustomField field = new FakeCustomField(10100, "Traffic light").with(issue, stored);
    Map<String, Object> params = new HashMap<>(type.getVelocityParameters(issue, field, null));
    params.put("value", type.getStringValueFromCustomFieldParams(FormParams.stored(stored)));
    params.put("customField", field);
    params.put("fieldLayoutItem", new FieldLayout(false, null));
    params.put("displayParameters", Map.of());
    params.put("auiparams", Map.of());
    params.put("action", "edit");
    params.put("i18n", new BundleI18n(Locale.ENGLISH));
    String form = new JiraLikeVelocity().render("templates/trafficlight/edit.vm", params);
    return "<!DOCTYPE html><html><head><script>"
        + resource("/js/trafficlight-edit.js")
        + "</script></head><body><form id=\"edit-form\" method=\"post\" action=\""
        + SUBMIT
        + "\">"
        + form
        + "<input type=\"submit\" value=\"Update\"></form></body></html>";
  }

  private static TrafficLightFieldType type() {
    return new TrafficLightFieldType(null, null, TestI18n.userSpeaking(Locale.ENGLISH), null);
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = TrafficLightEditScriptTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static URL url(String address) {
    try {
      return new URL(address);
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
