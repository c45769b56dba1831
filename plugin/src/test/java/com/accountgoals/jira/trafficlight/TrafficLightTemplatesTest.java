package com.accountgoals.jira.trafficlight;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.jira.testing.BundleI18n;
import com.accountgoals.jira.testing.FakeCustomField;
import com.accountgoals.jira.testing.FakeIssue;
import com.accountgoals.jira.testing.FieldLayout;
import com.accountgoals.jira.testing.FormParams;
import com.accountgoals.jira.testing.JiraLikeVelocity;
import com.accountgoals.jira.testing.TestI18n;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * Renders each template of the field with a real Velocity engine, escaping as Jira does, with the
 * parameters the field type gives Jira.
 */
class TrafficLightTemplatesTest {

  private static final String SCRIPT = "<script>alert('x')</script> & \"quotes\"";
  private static final String TEMPLATES = "templates/trafficlight/";

  private final JiraLikeVelocity velocity = new JiraLikeVelocity();
  private final FakeIssue issue = new FakeIssue(10L, "ACME-1");
  private final FakeCustomField field = new FakeCustomField(10100, "Traffic light");

  @Nested
  @DisplayName("view")
  class View {

    @Test
    void showsTheColourWhereItComesFromAndTheFactorsGroupedRedFirst() {
      Document html = render("view.vm", "TL1 -\nG Sponsor\nR Not listed\nA New CFO");

      assertThat(html.select(".ag-tl-colour").text()).isEqualTo("Red");
      assertThat(html.select(".ag-tl-source").text()).isEqualTo("from the factors");
      assertThat(html.select(".ag-tl-group-title").eachText())
          .containsExactly("Against us", "Could go either way", "For us");
      assertThat(html.select(".ag-tl-factors li").eachText())
          .containsExactly("Not listed", "New CFO", "Sponsor");
      assertThat(html.select(".ag-tl-lamp").attr("aria-label")).isEqualTo("Traffic light: Red");
    }

    @Test
    void saysWhenTheTeamSetTheColour() {
      Document html = render("view.vm", "TL1 GREEN\nR Not listed");

      assertThat(html.select(".ag-tl-colour").text()).isEqualTo("Green");
      assertThat(html.select(".ag-tl-source").text()).isEqualTo("set by the team");
    }

    @Test
    void rendersScriptInAFactorAsInertText() {
      String out = renderText("view.vm", "TL1 -\nR " + SCRIPT, Locale.ENGLISH);

      assertThat(out).doesNotContain("<script>").contains("&lt;script&gt;");
      assertThat(Jsoup.parse(out).select("script")).isEmpty();
      assertThat(Jsoup.parse(out).select(".ag-tl-factors li").text()).isEqualTo(SCRIPT);
    }

    @Test
    void showsAnUnreadableValueAsSuch() {
      Document html = render("view.vm", "TL7 who knows");

      assertThat(html.select(".ag-tl-unreadable").text()).isEqualTo("Unreadable value");
      assertThat(html.select(".ag-tl")).isEmpty();
    }

    @Test
    void speaksGermanToAGermanUser() {
      Document html = Jsoup.parse(renderText("view.vm", "TL1 -\nR Nicht gelistet", Locale.GERMAN));

      assertThat(html.select(".ag-tl-colour").text()).isEqualTo("Rot");
      assertThat(html.select(".ag-tl-group-title").text()).isEqualTo("Spricht gegen uns");
    }

    @Test
    void speaksItalianToAnItalianUser() {
      Document html = Jsoup.parse(renderText("view.vm", "TL1 -\nA Nuovo CFO", Locale.ITALIAN));

      assertThat(html.select(".ag-tl-colour").text()).isEqualTo("Giallo");
      assertThat(html.select(".ag-tl-source").text()).isEqualTo("dai fattori");
    }
  }

  @Nested
  @DisplayName("column view")
  class ColumnView {

    @Test
    void showsTheLightAloneNamedForScreenReaders() {
      Document html = render("column-view.vm", "TL1 -\nA New CFO\nG Sponsor");

      Element lamp = html.selectFirst(".ag-tl-lamp");
      assertThat(lamp.hasClass("ag-tl-lamp-amber")).isTrue();
      assertThat(lamp.attr("title")).isEqualTo("Amber");
      assertThat(html.text()).isEmpty();
    }

    @Test
    void isEmptyWithoutAValue() {
      assertThat(renderText("column-view.vm", null, Locale.ENGLISH)).isBlank();
    }
  }

  @Nested
  @DisplayName("XML export")
  class Xml {

    @Test
    void isWellFormedXmlWithTheColourAndEveryFactorTextIntact() throws Exception {
      String xml = renderText("xml.vm", "TL1 AMBER\nR " + SCRIPT + "\nG Sponsor", Locale.ENGLISH);

      org.w3c.dom.Document doc =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(new InputSource(new StringReader("<values>" + xml + "</values>")));
      assertThat(doc.getElementsByTagName("customfieldvalue").item(0).getTextContent())
          .isEqualTo("AMBER");
      assertThat(doc.getElementsByTagName("factor").item(0).getTextContent()).isEqualTo(SCRIPT);
      assertThat(
              ((org.w3c.dom.Element) doc.getElementsByTagName("factor").item(1))
                  .getAttribute("colour"))
          .isEqualTo("GREEN");
    }
  }

  @Nested
  @DisplayName("edit")
  class Edit {

    @Test
    void showsTheFactorsInOrderAndAnEmptyRowForANewOne() {
      Document html = renderEdit(FormParams.stored("TL1 RED\nG Sponsor\nR Not listed"));

      assertThat(html.select("select[name=customfield_10100:overall] option[selected]").val())
          .isEqualTo("RED");
      assertThat(html.select("input[name=customfield_10100:text]").eachAttr("value"))
          .containsExactly("Sponsor", "Not listed", "");
      assertThat(
              html.select("select[name=customfield_10100:colour] option[selected]")
                  .eachAttr("value"))
          .containsExactly("GREEN", "RED", "AMBER");
    }

    @Test
    void offersOneEmptyAmberRowAndTheDerivedColourForAFieldWithoutAValue() {
      String out = renderEditText(FormParams.of(), Locale.ENGLISH);
      Document html = Jsoup.parse(out);

      assertThat(html.select("select[name=customfield_10100:overall] option[selected]")).isEmpty();
      assertThat(html.select("select[name=customfield_10100:overall] option").first().text())
          .isEqualTo("Derive from the factors");
      assertThat(html.select("input[name=customfield_10100:text]").eachAttr("value"))
          .containsExactly("");
      assertThat(
              html.select("select[name=customfield_10100:colour] option[selected]")
                  .eachAttr("value"))
          .containsExactly("AMBER");
      assertThat(html.select(".ag-tl-keep, input[name=customfield_10100:keep]")).isEmpty();
      assertThat(html.select(".ag-tl-edit-factors .description").text())
          .isEqualTo("Up to 50 factors, each up to 255 characters.");
      assertThat(out).doesNotContain("$");
    }

    @Test
    void hasTheVisibleControlWithTheFieldIdThatJirasInlineEditLooksFor() {
      Document html = renderEdit(FormParams.stored("TL1 RED"));

      Element control = html.getElementById("customfield_10100");
      assertThat(control).isNotNull();
      assertThat(control.tagName()).isEqualTo("select");
      assertThat(html.select("label[for=customfield_10100]")).isNotEmpty();
    }

    @Test
    void offersDerivingTheColourAndEveryColourInTheUsersLanguage() {
      Document html = renderEdit(FormParams.stored("TL1 -\nG Sponsor"), Locale.GERMAN);

      assertThat(html.select("select[name=customfield_10100:overall] option").eachText())
          .containsExactly("Aus den Faktoren ableiten", "Gr\u00fcn", "Gelb", "Rot");
      assertThat(html.select("select[name=customfield_10100:overall] option[selected]")).isEmpty();
    }

    @Test
    void keepsScriptInAFactorInertInsideTheInputValue() {
      String out = renderEditText(FormParams.stored("TL1 -\nR " + SCRIPT), Locale.ENGLISH);

      assertThat(out).doesNotContain("<script>");
      assertThat(Jsoup.parse(out).select("input[name=customfield_10100:text]").first().val())
          .isEqualTo(SCRIPT);
    }

    @Test
    void showsWhatWasTypedAfterARefusedSave() {
      Document html =
          renderEdit(FormParams.of("overall", "AMBER", "colour", "RED", "text", "x".repeat(300)));

      assertThat(html.select("input[name=customfield_10100:text]").eachAttr("value"))
          .containsExactly("x".repeat(300), "");
      assertThat(html.select("select[name=customfield_10100:overall] option[selected]").val())
          .isEqualTo("AMBER");
    }

    @Test
    void warnsAboutAndCarriesAnUnreadableValueSoThatSavingOtherFieldsKeepsIt() {
      Document html = renderEdit(FormParams.stored("TL7 who\nknows"));

      assertThat(html.select(".ag-tl-keep").text())
          .startsWith("The stored value could not be read.");
      assertThat(html.select("input[type=hidden][name=customfield_10100:keep]").val())
          .isEqualTo("TL7 who\nknows");
    }

    @Test
    void leavesNoReferenceUnrendered() {
      String out = renderEditText(FormParams.stored("TL1 RED\nG Sponsor"), Locale.ENGLISH);

      assertThat(out).doesNotContain("$");
    }
  }

  private Document render(String template, String stored) {
    return Jsoup.parse(renderText(template, stored, Locale.ENGLISH));
  }

  private String renderText(String template, String stored, Locale locale) {
    if (stored != null) {
      field.with(issue, stored);
    }
    TrafficLightFieldType type = type(locale);
    Map<String, Object> params = new HashMap<>(type.getVelocityParameters(issue, field, null));
    params.put("value", stored);
    params.put("customField", field);
    params.put("issue", issue);
    params.put("i18n", new BundleI18n(locale));
    return velocity.render(TEMPLATES + template, params);
  }

  private Document renderEdit(CustomFieldParams params) {
    return renderEdit(params, Locale.ENGLISH);
  }

  private Document renderEdit(CustomFieldParams params, Locale locale) {
    return Jsoup.parse(renderEditText(params, locale));
  }

  /** The edit view as Jira draws it: $value from getStringValueFromCustomFieldParams. */
  private String renderEditText(CustomFieldParams formParams, Locale locale) {
    TrafficLightFieldType type = type(locale);
    Map<String, Object> params = new HashMap<>(type.getVelocityParameters(issue, field, null));
    params.put("value", type.getStringValueFromCustomFieldParams(formParams));
    params.put("customFieldParams", formParams);
    params.put("customField", field);
    params.put("issue", issue);
    params.put("fieldLayoutItem", new FieldLayout(false, "How the account looks to us"));
    params.put("displayParameters", Map.of());
    params.put("auiparams", Map.of());
    params.put("action", "edit");
    params.put("i18n", new BundleI18n(locale));
    return velocity.render(TEMPLATES + "edit.vm", params);
  }

  private static TrafficLightFieldType type(Locale locale) {
    return new TrafficLightFieldType(null, null, TestI18n.userSpeaking(locale), null);
  }
}
