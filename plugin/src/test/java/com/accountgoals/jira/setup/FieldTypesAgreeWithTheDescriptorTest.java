package com.accountgoals.jira.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.jira.catalogue.AppField;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Setup creates the app's own fields with the type and searcher keys of {@link FieldTypes}; Jira
 * finds them only if the descriptor declares that type, and that searcher as valid for it.
 */
@DisplayName("Setup's keys of the app's own field types agree with the descriptor")
class FieldTypesAgreeWithTheDescriptorTest {

  private static Document descriptor;
  private static String pluginKey;

  @BeforeAll
  static void readDescriptor() throws Exception {
    try (InputStream in =
        FieldTypesAgreeWithTheDescriptorTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
      descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
    pluginKey = descriptor.getDocumentElement().getAttribute("key");
  }

  @ParameterizedTest
  @EnumSource(
      value = AppField.class,
      names = {"TRAFFIC_LIGHT", "PROGRESS", "HEALTH"})
  void theTypeIsAModuleAndTheSearcherIsValidForIt(AppField field) {
    Element type = module("customfield-type", FieldTypes.typeKey(field));
    assertThat(type).as("customfield-type for %s", field).isNotNull();

    String searcherKey = FieldTypes.searcherKey(field);
    List<String> valid = new ArrayList<>();
    for (Element searcher : elements(descriptor.getDocumentElement(), "customfield-searcher")) {
      for (Element target : elements(searcher, "valid-customfield-type")) {
        if (target.getAttribute("key").equals(type.getAttribute("key"))) {
          valid.add(pluginKey + ":" + searcher.getAttribute("key"));
        }
      }
    }
    for (Element searcher : elements(type, "valid-searcher")) {
      valid.add(searcher.getAttribute("package") + ":" + searcher.getAttribute("key"));
    }
    assertThat(valid).as("searchers valid for %s", field).contains(searcherKey);
  }

  private static Element module(String element, String fullKey) {
    for (Element module : elements(descriptor.getDocumentElement(), element)) {
      if ((pluginKey + ":" + module.getAttribute("key")).equals(fullKey)) {
        return module;
      }
    }
    return null;
  }

  private static List<Element> elements(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }
}
