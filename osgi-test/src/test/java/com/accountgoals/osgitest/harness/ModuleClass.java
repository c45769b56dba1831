package com.accountgoals.osgitest.harness;

/**
 * A class that Jira's plugin system creates through the app's Spring context: named by a {@code
 * class} attribute in {@code atlassian-plugin.xml} (or a {@code @Path}/{@code @Provider} class in a
 * {@code <rest>} package).
 *
 * @param moduleType the module element, e.g. {@code customfield-type}
 * @param moduleKey the module's {@code key}
 * @param where the element that names the class, e.g. {@code context-provider}
 * @param className the class name, or {@code bean:id}
 */
public record ModuleClass(String moduleType, String moduleKey, String where, String className) {

  static final String BEAN_PREFIX = "bean:";

  boolean isBeanReference() {
    return className.startsWith(BEAN_PREFIX);
  }

  String beanId() {
    return className.substring(BEAN_PREFIX.length()).trim();
  }

  @Override
  public String toString() {
    return "<"
        + moduleType
        + " key=\""
        + moduleKey
        + "\">"
        + (where.equals(moduleType) ? "" : " " + where)
        + " class "
        + className;
  }
}
