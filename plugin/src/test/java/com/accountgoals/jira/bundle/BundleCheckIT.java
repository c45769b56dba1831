package com.accountgoals.jira.bundle;

import static com.accountgoals.jira.bundle.PluginJar.elements;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Checks the built jar before an administrator ever uploads it: the Jira 10 jar here, the Jira 11
 * jar in the module plugin-jira11, which runs this class from the plugin's test jar. The system
 * property {@code bundle.namespace} says which Java EE names the jar's Jira has: {@code javax}
 * (Jira 10) or {@code jakarta} (Jira 11).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundleCheckIT {

  /** {@code javax} for the Jira 10 jar, {@code jakarta} for the Jira 11 jar. */
  private static final String NAMESPACE = System.getProperty("bundle.namespace", "javax");

  /** Package families Jira exports to apps; anything else must be embedded, not imported. */
  private static final List<String> IMPORTABLE = importable();

  private static List<String> importable() {
    List<String> families = new ArrayList<>();
    families.add("com.atlassian.");
    families.add(NAMESPACE + ".");
    families.add("org.slf4j");
    // Jackson 2's annotations: REST v2 binds JSON with Jira's own Jackson 2, which sees only its
    // own annotation classes (atlassian-rest-v2-api depends on them).
    families.add("com.fasterxml.jackson.annotation");
    if (NAMESPACE.equals("javax")) {
      // Jira 11 no longer lets apps reach Lucene (shared jira-platform.md §1.4).
      families.add("org.apache.lucene.");
    }
    families.add("org.springframework.osgi.");
    families.add("org.eclipse.gemini.blueprint.");
    return families;
  }

  /** Templates that Jira itself ships and the descriptor may name (Jira's exact-text searcher). */
  private static final Set<String> JIRA_TEMPLATES =
      Set.of(
          "templates/plugins/fields/edit-searcher/search-basictext.vm",
          "templates/plugins/fields/view-searcher/view-searcher-basictext.vm");

  private static final String[] LANGUAGES = {"", "_de", "_it"};

  private PluginJar jar;
  private Document descriptor;
  private String pluginKey;
  private Path extracted;
  private URLClassLoader jiraLike;

  @BeforeAll
  void readJar() throws IOException, ClassNotFoundException {
    jar = PluginJar.built();
    descriptor = jar.descriptor();
    pluginKey = descriptor.getDocumentElement().getAttribute("key");
    extracted = Files.createTempDirectory("bundle-check");
    jiraLike = jiraLikeClassLoader();
  }

  @AfterAll
  void close() throws IOException {
    jiraLike.close();
  }

  @Nested
  @DisplayName("manifest")
  class ManifestHeaders {

    @Test
    void namesTheBundleAndThePluginByThePluginKey() {
      assertThat(pluginKey).as("plugin key in atlassian-plugin.xml").isNotBlank();
      assertThat(symbolicName()).as("Bundle-SymbolicName").isEqualTo(pluginKey);
      assertThat(jar.header("Atlassian-Plugin-Key"))
          .as("Atlassian-Plugin-Key")
          .isEqualTo(pluginKey);
    }

    @Test
    void asksForTheAppsOwnSpringContext() {
      assertThat(jar.header("Spring-Context")).as("Spring-Context").isEqualTo("*");
    }

    @Test
    void isAnOsgiR4BundleWithAVersion() {
      assertThat(jar.header("Bundle-ManifestVersion")).isEqualTo("2");
      assertThat(jar.header("Bundle-Version")).as("Bundle-Version").matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void exportsNothing() {
      assertThat(jar.header("Export-Package")).as("Export-Package").isNullOrEmpty();
    }

    @Test
    void importsOnlyPackagesJiraExports() {
      assertThat(importedPackages())
          .as("Import-Package: everything else must be embedded")
          .allSatisfy(
              name ->
                  assertThat(IMPORTABLE).anySatisfy(family -> assertThat(name).startsWith(family)));
    }

    @Test
    void importsEveryOutsidePackageTheCodeUses() {
      Set<String> inside = packagesInsideTheJar();
      Set<String> imported = importedPackages();
      Map<String, Set<String>> missing = new LinkedHashMap<>();
      jar.allClasses()
          .forEach(
              (className, bytes) -> {
                for (String used : ClassReferences.packagesUsedBy(bytes)) {
                  if (!used.startsWith("java.")
                      && !inside.contains(used)
                      && !imported.contains(used)) {
                    missing.computeIfAbsent(used, p -> new TreeSet<>()).add(className);
                  }
                }
              });
      assertThat(missing).as("packages used but neither embedded nor imported (used by)").isEmpty();
    }

    @Test
    void putsEveryEmbeddedLibraryOnTheBundleClassPath() {
      List<String> classPath =
          Arrays.stream(jar.header("Bundle-ClassPath").split(",")).map(String::trim).toList();
      assertThat(classPath).contains(".").containsAll(jar.embeddedJars().keySet());
    }
  }

  @Nested
  @DisplayName("contents")
  class Contents {

    @Test
    void holdsNoAtlassianJavaxOrJakartaClassBecauseJiraProvidesThem() {
      assertThat(jar.allClasses().keySet())
          .as("classes that would shadow Jira's")
          .noneMatch(
              name ->
                  name.startsWith("com.atlassian.")
                      || name.startsWith("javax.")
                      || name.startsWith("jakarta."));
    }

    @Test
    void hasTheDescriptorFilledInFromTheBuild() {
      assertThat(jar.text("atlassian-plugin.xml"))
          .as("unfilled ${...} placeholders")
          .doesNotContain("${");
    }

    @Test
    void describesTheAppForTheUniversalPluginManager() {
      Element info = elements(descriptor, "plugin-info").get(0);
      assertThat(descriptor.getDocumentElement().getAttribute("name")).isNotBlank();
      assertThat(text(info, "version")).isNotBlank();
      assertThat(elements(descriptor, "vendor").get(0).getAttribute("name")).isNotBlank();
      assertThat(params(info))
          .containsKeys("plugin-icon", "plugin-logo")
          .containsEntry("atlassian-data-center-status", "compatible")
          .containsEntry("atlassian-data-center-compatible", "true");
    }
  }

  @Nested
  @DisplayName("modules and wiring")
  class Modules {

    @Test
    void everyClassTheDescriptorOrSpringNamesIsInTheJarOrImportedFromJira() {
      Set<String> imported = importedPackages();
      List<String> missing = new ArrayList<>();
      for (String className : namedClasses()) {
        boolean inJar = jar.containsClass(className);
        boolean fromJira =
            className.startsWith("com.atlassian.") && imported.contains(packageOf(className));
        if (!inJar && !fromJira) {
          missing.add(className);
        }
      }
      assertThat(missing).as("classes named but missing").isEmpty();
    }

    @Test
    void everyModuleClassCanBeBuiltFromTheDeclaredBeans() throws Exception {
      List<Class<?>> beanTypes = new ArrayList<>();
      for (String type : beanTypeNames()) {
        beanTypes.add(jiraLike.loadClass(type));
      }
      List<String> problems = new ArrayList<>();
      for (String moduleClass : moduleClasses()) {
        Class<?> type = jiraLike.loadClass(moduleClass);
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
          problems.add(moduleClass + " cannot be instantiated");
          continue;
        }
        boolean buildable =
            Arrays.stream(type.getConstructors())
                .anyMatch(
                    constructor ->
                        Arrays.stream(constructor.getParameterTypes())
                            .allMatch(p -> beanTypes.stream().anyMatch(p::isAssignableFrom)));
        if (!buildable) {
          problems.add(
              moduleClass
                  + " needs "
                  + Arrays.stream(type.getConstructors()).map(Constructor::toString).toList()
                  + " but the Spring XML declares only "
                  + beanTypeNames());
        }
      }
      assertThat(problems).isEmpty();
    }

    @Test
    void theFieldTypeIsACustomFieldTypeForJira() throws Exception {
      for (Element type : elements(descriptor, "customfield-type")) {
        assertThat(CustomFieldType.class.getName())
            .isIn(interfacesOf(jiraLike.loadClass(type.getAttribute("class"))));
      }
    }

    @Test
    void theAdminPageIsAServletLinkedFromTheAppAdministrationMenu() throws Exception {
      Element servlet = elements(descriptor, "servlet").get(0);
      String servletClass = servlet.getAttribute("class");
      String className =
          servletClass.startsWith("bean:")
              ? springBeans().get(servletClass.substring(5))
              : servletClass;
      assertThat(
              jiraLike
                  .loadClass(NAMESPACE + ".servlet.http.HttpServlet")
                  .isAssignableFrom(jiraLike.loadClass(className)))
          .as("%s is an HttpServlet", className)
          .isTrue();
      String urlPattern =
          servlet.getElementsByTagNameNS("*", "url-pattern").item(0).getTextContent().trim();
      Element section = elements(descriptor, "web-section").get(0);
      Element item = elements(descriptor, "web-item").get(0);
      assertThat(section.getAttribute("location")).isEqualTo("admin_plugins_menu");
      assertThat(item.getAttribute("section"))
          .isEqualTo("admin_plugins_menu/" + section.getAttribute("key"));
      assertThat(item.getElementsByTagNameNS("*", "link").item(0).getTextContent().trim())
          .isEqualTo("/plugins/servlet" + urlPattern);
    }

    @Test
    void everySearcherPointsAtATypeOfThisPlugin() {
      Set<String> typeKeys =
          elements(descriptor, "customfield-type").stream()
              .map(e -> e.getAttribute("key"))
              .collect(Collectors.toSet());
      for (Element valid : elements(descriptor, "valid-customfield-type")) {
        assertThat(valid.getAttribute("package")).isEqualTo(pluginKey);
        assertThat(typeKeys).contains(valid.getAttribute("key"));
      }
    }
  }

  @Nested
  @DisplayName("resources")
  class Resources {

    @Test
    void everyResourceTheDescriptorNamesIsInTheJar() {
      List<String> missing = new ArrayList<>();
      for (Element resource : elements(descriptor, "resource")) {
        String type = resource.getAttribute("type");
        String location =
            resource.getAttribute("location") + (type.equals("i18n") ? ".properties" : "");
        if (JIRA_TEMPLATES.contains(location)) {
          continue;
        }
        boolean present =
            location.endsWith("/")
                ? jar.files().keySet().stream().anyMatch(name -> name.startsWith(location))
                : jar.files().containsKey(location);
        if (!present) {
          missing.add(type + " " + location);
        }
      }
      Element info = elements(descriptor, "plugin-info").get(0);
      for (String image :
          List.of(params(info).get("plugin-icon"), params(info).get("plugin-logo"))) {
        if (!jar.files().containsKey(image)) {
          missing.add("image " + image);
        }
      }
      assertThat(missing).isEmpty();
    }

    @Test
    void theTemplateTheAdminServletRendersIsInTheJar() {
      assertThat(jar.files()).containsKey("templates/admin/admin-page.vm");
    }
  }

  @Nested
  @DisplayName("i18n")
  class I18n {

    @Test
    void englishGermanAndItalianCarryTheSameKeys() {
      Set<String> english = keys("");
      for (String language : List.of("_de", "_it")) {
        Set<String> other = keys(language);
        assertThat(difference(english, other))
            .as("keys missing from the %s bundle", language)
            .isEmpty();
        assertThat(difference(other, english)).as("keys only in the %s bundle", language).isEmpty();
      }
    }

    @Test
    void bundlesAreSafeForJirasIso88591ReadingAndMessageFormat() {
      Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
      for (String language : LANGUAGES) {
        String name = bundleName(language);
        assertThat(jar.text(name).chars().allMatch(c -> c < 128))
            .as("%s is ASCII (\\u escapes)", name)
            .isTrue();
        Properties bundle = jar.properties(name);
        for (String key : bundle.stringPropertyNames()) {
          assertThat(bundle.getProperty(key))
              .as("%s %s: apostrophes doubled", name, key)
              .doesNotContainPattern(loneApostrophe);
        }
      }
    }

    @Test
    void everyKeyATemplateUsesExists() {
      Set<String> keys = keys("");
      Pattern getText = Pattern.compile("getText\\(\\s*[\"']([^\"']+)[\"']");
      List<String> missing = new ArrayList<>();
      for (String template : jar.files().keySet()) {
        if (!template.endsWith(".vm")) {
          continue;
        }
        Matcher matcher = getText.matcher(jar.text(template));
        while (matcher.find()) {
          String used = matcher.group(1);
          Pattern asPattern =
              Pattern.compile(
                  Arrays.stream(used.split("\\$\\{[^}]+}", -1))
                      .map(Pattern::quote)
                      .collect(Collectors.joining("[A-Za-z0-9_-]+")));
          if (keys.stream().noneMatch(key -> asPattern.matcher(key).matches())) {
            missing.add(template + ": " + used);
          }
        }
      }
      assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyTheDescriptorUsesExists() {
      Set<String> used = new LinkedHashSet<>();
      for (Element element : elements(descriptor, "*")) {
        if (!element.getAttribute("i18n-name-key").isEmpty()) {
          used.add(element.getAttribute("i18n-name-key"));
        }
        if (Set.of("description", "title", "label", "tooltip").contains(element.getLocalName())
            && !element.getAttribute("key").isEmpty()) {
          used.add(element.getAttribute("key"));
        }
      }
      assertThat(used).isNotEmpty();
      assertThat(difference(used, keys("")))
          .as("descriptor keys missing from the bundle")
          .isEmpty();
    }

    @Test
    void everyMessageKeyTheCodeCanProduceExists() throws Exception {
      // Core lists its keys in one place; the app's own code spells its keys out.
      Set<String> produced = new TreeSet<>(coreMessageKeys());
      jar.allClasses()
          .values()
          .forEach(
              bytes -> produced.addAll(ClassReferences.stringConstants(bytes, "account-goals.")));
      // Prefixes and string-concatenation recipes that keys are built from are not keys.
      produced.removeIf(text -> !text.matches("[A-Za-z0-9_.-]*[A-Za-z0-9_-]"));
      assertThat(produced).as("message keys found in the code").isNotEmpty();
      assertThat(difference(produced, keys("")))
          .as("keys the code uses but the bundle lacks")
          .isEmpty();
    }
  }

  /** The keys the core library embedded in the jar declares ({@code CoreMessageKeys.all()}). */
  @SuppressWarnings("unchecked")
  private List<String> coreMessageKeys() throws Exception {
    Class<?> keys = jiraLike.loadClass("com.accountgoals.core.i18n.CoreMessageKeys");
    return (List<String>) keys.getMethod("all").invoke(null);
  }

  // Reading the jar ----------------------------------------------------------------------------

  private String symbolicName() {
    return jar.header("Bundle-SymbolicName").split(";")[0].trim();
  }

  private Set<String> importedPackages() {
    Set<String> packages = new TreeSet<>();
    String header = jar.header("Import-Package");
    if (header == null) {
      return packages;
    }
    // Split on commas outside quotes: version ranges contain commas.
    for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
      packages.add(clause.split(";")[0].trim());
    }
    return packages;
  }

  private Set<String> packagesInsideTheJar() {
    return jar.allClasses().keySet().stream()
        .map(BundleCheckIT::packageOf)
        .collect(Collectors.toSet());
  }

  /** Classes named by class attributes of the descriptor and by the Spring XML. */
  private Set<String> namedClasses() {
    Set<String> names = new TreeSet<>(moduleClasses());
    names.addAll(beanTypeNames());
    return names;
  }

  /** Classes Jira creates for the descriptor's modules (resolving bean: to the bean's class). */
  private Set<String> moduleClasses() {
    Map<String, String> beans = springBeans();
    Set<String> names = new TreeSet<>();
    for (Element element : elements(descriptor, "*")) {
      String className = element.getAttribute("class");
      if (!className.isEmpty()) {
        names.add(className.startsWith("bean:") ? beans.get(className.substring(5)) : className);
      }
    }
    return names;
  }

  /** The types of all beans the Spring XML declares: references' interfaces, beans' classes. */
  private Set<String> beanTypeNames() {
    return new TreeSet<>(springBeans().values());
  }

  private Map<String, String> springBeans() {
    Map<String, String> beans = new LinkedHashMap<>();
    for (String file : jar.springXmlFiles()) {
      Document spring = jar.xml(file);
      for (Element reference : elements(spring, "reference")) {
        beans.put(reference.getAttribute("id"), reference.getAttribute("interface"));
      }
      for (Element bean : elements(spring, "bean")) {
        beans.put(bean.getAttribute("id"), bean.getAttribute("class"));
      }
    }
    return beans;
  }

  private Set<String> keys(String language) {
    return jar.properties(bundleName(language)).stringPropertyNames();
  }

  private String bundleName(String language) {
    Element i18n =
        elements(descriptor, "resource").stream()
            .filter(r -> r.getAttribute("type").equals("i18n"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the descriptor names no i18n resource"));
    return i18n.getAttribute("location") + language + ".properties";
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> result = new TreeSet<>(a);
    result.removeAll(b);
    return result;
  }

  private static Map<String, String> params(Element parent) {
    Map<String, String> params = new LinkedHashMap<>();
    for (Element param : elements(parent.getOwnerDocument(), "param")) {
      if (param.getParentNode() == parent) {
        params.put(param.getAttribute("name"), param.getTextContent().trim());
      }
    }
    return params;
  }

  private static String text(Element parent, String child) {
    return elements(parent.getOwnerDocument(), child).stream()
        .filter(e -> e.getParentNode() == parent)
        .map(e -> e.getTextContent().trim())
        .findFirst()
        .orElse("");
  }

  private static String packageOf(String className) {
    return className.substring(0, className.lastIndexOf('.'));
  }

  private static Set<String> interfacesOf(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        names.add(i.getName());
      }
    }
    return names;
  }

  /**
   * A class loader like the app's bundle in Jira: the jar and its embedded libraries, over only
   * what Jira provides (the Atlassian API, here the stand-ins, plus slf4j, the servlet API of the
   * jar's namespace and, on Jira 10 only, Lucene) and the JDK. A class of the jar that links
   * against anything else fails to load here.
   */
  private URLClassLoader jiraLikeClassLoader() throws IOException, ClassNotFoundException {
    List<URL> urls = new ArrayList<>();
    urls.add(jar.path().toUri().toURL());
    for (Map.Entry<String, Map<String, byte[]>> embedded : jar.embeddedJars().entrySet()) {
      Path copy = extracted.resolve(Path.of(embedded.getKey()).getFileName());
      Files.write(copy, jar.files().get(embedded.getKey()));
      urls.add(copy.toUri().toURL());
    }
    List<Class<?>> provided =
        new ArrayList<>(
            List.of(
                CustomFieldType.class,
                org.slf4j.Logger.class,
                Class.forName(NAMESPACE + ".servlet.http.HttpServlet")));
    if (NAMESPACE.equals("javax")) {
      provided.add(Class.forName("org.apache.lucene.document.Document"));
    }
    for (Class<?> library : provided) {
      urls.add(library.getProtectionDomain().getCodeSource().getLocation());
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }
}
