package com.accountgoals.jira.trafficlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The type's own idea of its module key agrees with the descriptor Jira reads. */
class TrafficLightDescriptorTest {

  @Test
  void theTypeKeyInRestMetaDataIsThePluginKeyAndTheModuleKey() throws Exception {
    Document descriptor;
    try (InputStream in = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
      descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
    String pluginKey = descriptor.getDocumentElement().getAttribute("key");
    Element type = (Element) descriptor.getElementsByTagName("customfield-type").item(0);

    assertThat(TrafficLightFieldType.TYPE_KEY)
        .isEqualTo(pluginKey + ":" + type.getAttribute("key"));
    assertThat(type.getAttribute("class")).isEqualTo(TrafficLightFieldType.class.getName());
  }
}
