package com.accountgoals.jira.jira11;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What only the Jira 11 jar must show, beyond the bundle check both jars pass: none of the Java EE
 * packages Jira 11 no longer has, the Jakarta EE 10 import ranges, no Lucene (Jira 11 removed apps'
 * access to it), the Jira 11 variant classes, and classes that load on Java 21 or newer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The Jira 11 jar")
class Jira11JarIT {

  /** The javax packages that Jira 11 (Jakarta EE 10) has under jakarta.* instead. */
  private static final List<String> GONE_ON_JIRA_11 =
      List.of("javax.ws.rs", "javax.servlet", "javax.inject", "javax.annotation");

  private Jira11Jar jar;

  @BeforeAll
  void readJar() throws IOException {
    jar = Jira11Jar.built();
  }

  @Nested
  @DisplayName("names")
  class Names {

    @Test
    void noClassNamesAJavaxPackageThatJira11Moved() {
      assertThat(filesMentioningGonePackages(name -> name.endsWith(".class")))
          .as("classes (with the javax names they use)")
          .isEmpty();
    }

    @Test
    void neitherTheDescriptorNorTheSpringXmlNorAnyOtherResourceNamesOne() {
      assertThat(jar.files).containsKey("atlassian-plugin.xml");
      assertThat(jar.files.keySet()).anyMatch(name -> name.startsWith("META-INF/spring/"));
      assertThat(
              filesMentioningGonePackages(
                  name -> !name.endsWith(".class") && !isBinary(name) && !isBuildInfo(name)))
          .as("descriptor, Spring XML, templates, scripts, bundles, services files")
          .isEmpty();
    }

    @Test
    void importsTheJakartaEe10PackagesWithTheirNaturalRanges() {
      Map<String, String> imports = imports();
      assertThat(imports.keySet())
          .as("Import-Package")
          .noneMatch(name -> GONE_ON_JIRA_11.stream().anyMatch(name::startsWith));
      assertThat(imports)
          .containsEntry("jakarta.ws.rs", "[3.1,4)")
          .containsEntry("jakarta.servlet.http", "[6.0,7)");
    }

    @Test
    void keepsTheBundleNameJiraKnowsTheAppBy() {
      assertThat(jar.header("Bundle-SymbolicName")).isEqualTo(jar.header("Atlassian-Plugin-Key"));
    }
  }

  @Nested
  @DisplayName("made from the Jira 10 jar")
  class SameSource {

    /**
     * Jira 10 classes that have a Jira 11 variant or that Jira 11 cannot load
     * (plugin-jira11/pom.xml).
     */
    private final List<String> jira10Only =
        List.of(
            "com/accountgoals/jira/indexing/",
            "com/accountgoals/jira/trafficlight/TrafficLightIndexer",
            "com/accountgoals/jira/derived/GoalHealthIndexer");

    @Test
    void holdsEveryFileOfTheJira10JarExceptItsJira10VariantsAndNothingMore() throws Exception {
      Map<String, byte[]> jira10 = Jira11Jar.jira10().files;
      TreeSet<String> onlyIn10 = new TreeSet<>(appFiles(jira10));
      onlyIn10.removeAll(appFiles(jar.files));
      TreeSet<String> onlyIn11 = new TreeSet<>(appFiles(jar.files));
      onlyIn11.removeAll(appFiles(jira10));

      assertThat(onlyIn10)
          .as("files of the Jira 10 jar missing from the Jira 11 jar")
          .isNotEmpty()
          .allMatch(name -> jira10Only.stream().anyMatch(name::startsWith));
      assertThat(onlyIn11)
          .as("files only the Jira 11 jar has")
          .allMatch(name -> name.startsWith("com/accountgoals/jira/indexing/"));
    }

    @Test
    void everyResourceIsTheJira10OneWithTheJakartaNames() throws Exception {
      Map<String, byte[]> jira10 = Jira11Jar.jira10().files;
      List<String> different = new ArrayList<>();
      for (String name : appFiles(jar.files)) {
        if (!name.endsWith(".class") && !name.endsWith(".jar") && jira10.containsKey(name)) {
          String expected = text(jira10.get(name));
          for (String pkg : GONE_ON_JIRA_11) {
            expected =
                expected.replace(pkg + ".", "jakarta" + pkg.substring("javax".length()) + ".");
          }
          if (!expected.equals(text(jar.files.get(name)))) {
            different.add(name);
          }
        }
      }
      assertThat(appFiles(jar.files)).contains("atlassian-plugin.xml");
      assertThat(different).as("resources that differ beyond the renamed packages").isEmpty();
    }

    /** The app's own files: not the manifest, Maven's build information or embedded files. */
    private List<String> appFiles(Map<String, byte[]> files) {
      return files.keySet().stream()
          .filter(name -> !name.equals("META-INF/MANIFEST.MF"))
          .filter(name -> !isBuildInfo(name) && !name.contains("!/"))
          .toList();
    }
  }

  @Nested
  @DisplayName("Lucene and the variant classes")
  class Variants {

    @Test
    void neitherImportsNorUsesLucene() {
      assertThat(imports().keySet()).noneMatch(name -> name.startsWith("org.apache.lucene"));
      List<String> users = new ArrayList<>();
      jar.files.forEach(
          (name, bytes) -> {
            if (name.endsWith(".class") && text(bytes).contains("org/apache/lucene")) {
              users.add(name);
            }
          });
      assertThat(users).as("classes using Lucene").isEmpty();
    }

    @Test
    void holdsTheJira11FieldIndexersAndNoneOfTheJira10Indexers() {
      assertThat(jar.files)
          .containsKey("com/accountgoals/jira/indexing/FieldIndexers.class")
          .doesNotContainKey("com/accountgoals/jira/trafficlight/TrafficLightIndexer.class")
          .doesNotContainKey("com/accountgoals/jira/derived/GoalHealthIndexer.class");
      assertThat(text(jar.files.get("com/accountgoals/jira/indexing/FieldIndexers.class")))
          .doesNotContain("TrafficLightIndexer")
          .doesNotContain("GoalHealthIndexer");
    }
  }

  @Nested
  @DisplayName("Java")
  class Java {

    @Test
    void everyClassIsJava17BytecodeWhichJava21Runs() {
      List<String> newer = new ArrayList<>();
      jar.files.forEach(
          (name, bytes) -> {
            if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
              int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
              if (major > 61) {
                newer.add(name + " (class file version " + major + ")");
              }
            }
          });
      assertThat(newer).isEmpty();
    }

    @Test
    void everyClassLoadsOnJava21OrNewerOverWhatJiraProvidesAndNamesItsConstructorParameters()
        throws Exception {
      Path jdk = Path.of(System.getProperty("jira11.check.jdk", ""));
      Path java = jdk.resolve("bin").resolve("java");
      assertThat(java)
          .as("a JDK 21 or newer (-Djira11.check.jdk=<its home>) to load the classes with")
          .isExecutable();
      Path work = Files.createTempDirectory("jira11-load");
      List<String> command = new ArrayList<>();
      command.add(java.toString());
      command.add("-cp");
      command.add(location(LoadEveryClass.class));
      command.add(LoadEveryClass.class.getName());
      command.add(jar.path.toString());
      command.add(work.toString());
      for (String provided :
          List.of(
              "jakarta.ws.rs.Path",
              "jakarta.servlet.http.HttpServlet",
              "org.slf4j.Logger",
              "com.fasterxml.jackson.annotation.JsonProperty")) {
        command.add(location(Class.forName(provided)));
      }
      command.add(location(CustomFieldType.class));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
      System.out.println(output);
      assertThat(process.exitValue()).as(output).isZero();
      int feature = Integer.parseInt(output.replaceAll("(?s).*Java (\\d+):.*", "$1"));
      assertThat(feature)
          .as(
              "Jira 11 runs on Java 21: give this check a JDK 21 or newer, -Djira11.check.jdk=<its home>")
          .isGreaterThanOrEqualTo(21);
    }
  }

  private List<String> filesMentioningGonePackages(java.util.function.Predicate<String> which) {
    List<String> found = new ArrayList<>();
    jar.files.forEach(
        (name, bytes) -> {
          if (which.test(name)) {
            String text = text(bytes);
            TreeSet<String> gone = new TreeSet<>();
            for (String pkg : GONE_ON_JIRA_11) {
              if (text.contains(pkg) || text.contains(pkg.replace('.', '/'))) {
                gone.add(pkg);
              }
            }
            if (!gone.isEmpty()) {
              found.add(name + " " + gone);
            }
          }
        });
    return found;
  }

  /** Header clauses by package name, each with its version range (empty without one). */
  private Map<String, String> imports() {
    Map<String, String> imports = new LinkedHashMap<>();
    for (String clause : jar.header("Import-Package").split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
      String[] parts = clause.split(";");
      String version =
          Stream.of(parts)
              .filter(p -> p.trim().startsWith("version="))
              .map(p -> p.trim().substring("version=".length()).replace("\"", ""))
              .findFirst()
              .orElse("");
      imports.put(parts[0].trim(), version);
    }
    return imports;
  }

  private static boolean isBinary(String name) {
    return name.matches(".*\\.(png|gif|jpg|jpeg|svg|ico|jar)$");
  }

  /** Maven's copy of this module's pom, whose comments name what the build replaced. */
  private static boolean isBuildInfo(String name) {
    return name.startsWith("META-INF/maven/") || name.contains("!/META-INF/maven/");
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
