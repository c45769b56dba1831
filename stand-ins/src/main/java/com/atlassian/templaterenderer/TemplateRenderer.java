package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Stand-in for atlassian-template-renderer's service that renders a plugin's Velocity template.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html:
 * {@code void render(String templateName, Map<String,Object> context, Writer writer) throws
 * RenderingException, IOException} (RenderingException is unchecked and left out here; a throws
 * clause does not take part in linking). Called the same way by Atlassian's admin-page tutorial.
 */
public interface TemplateRenderer {

  void render(String templateName, Map<String, Object> context, Writer writer) throws IOException;
}
