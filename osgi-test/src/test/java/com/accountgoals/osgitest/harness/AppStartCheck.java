package com.accountgoals.osgitest.harness;

import com.accountgoals.osgitest.stubs.StubServicesActivator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Starts an app's jar the way Jira does: in Apache Felix, with its Spring context built by Gemini
 * Blueprint, next to bundles that stand for what Jira provides, and then creates every module class
 * its descriptor names through that context.
 *
 * <p>It reports problems rather than throwing, so that one run names every broken import, bean and
 * module class.
 */
public final class AppStartCheck {

  /** Spring's {@code AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR}. */
  private static final int AUTOWIRE_CONSTRUCTOR = 3;

  static final String APPLICATION_CONTEXT = "org.springframework.context.ApplicationContext";
  static final String GEMINI_CORE = "org.eclipse.gemini.blueprint.core";
  static final String JIRA_PROVIDED_PREFIX = "com.accountgoals.osgitest.jira";
  static final String STUBS_NAME = "com.accountgoals.osgitest.jira-services";
  private static final List<String> REST_ANNOTATIONS =
      List.of("javax.ws.rs.Path", "javax.ws.rs.ext.Provider");

  /**
   * What to start.
   *
   * @param platformBundles Jira's OSGi container: Gemini Blueprint, Spring, OSGi services
   * @param hostApiBundles API bundles for non-Atlassian packages Jira exports; only those the app
   *     needs are installed
   * @param jiraProvidedJars the stand-ins and the libraries they need (what Jira provides); plain
   *     jars are made into bundles exporting all their packages, bundles are installed as they are
   * @param appJar the app's jar, installed as it is
   * @param workDir a directory for the framework's storage; emptied first
   * @param contextTimeout how long to wait for the app's Spring context
   */
  public record Inputs(
      List<Path> platformBundles,
      List<Path> hostApiBundles,
      List<Path> jiraProvidedJars,
      Path appJar,
      Path workDir,
      Duration contextTimeout) {

    /** The bundles Maven copied for this module ({@code osgi.bundles}), and the given app. */
    public static Inputs fromBuild(String name, List<Path> jiraProvidedJars, Path appJar) {
      Path bundles = Path.of(requiredProperty("osgi.bundles"));
      Path work = Path.of(requiredProperty("osgi.work")).resolve(name);
      long seconds = Long.getLong("osgi.context.timeout.seconds", 30);
      return new Inputs(
          jarsIn(bundles.resolve("platform")),
          jarsIn(bundles.resolve("host-apis")),
          jiraProvidedJars,
          appJar,
          work,
          Duration.ofSeconds(seconds));
    }

    public Inputs withContextTimeout(Duration timeout) {
      return new Inputs(
          platformBundles, hostApiBundles, jiraProvidedJars, appJar, workDir, timeout);
    }

    /** The stand-ins (with their libraries) and the app jar as built in this reactor run. */
    public static Inputs fromBuild() {
      Path bundles = Path.of(requiredProperty("osgi.bundles"));
      return fromBuild(
          "app",
          jarsIn(bundles.resolve("jira-provided")),
          bundles.resolve("app").resolve("account-goals-jira.jar"));
    }
  }

  private final Inputs inputs;
  private final StartReport report;
  private AppJar app;
  private Bundle appBundle;
  private final LogCapture capture = new LogCapture();
  private final Map<Bundle, String> roles = new LinkedHashMap<>();

  private AppStartCheck(Inputs inputs) {
    this.inputs = inputs;
    this.report = new StartReport(inputs.appJar().getFileName().toString());
  }

  /** Starts the app in a fresh framework, checks it and stops the framework. */
  public static StartReport run(Inputs inputs) {
    return new AppStartCheck(inputs).run();
  }

  private StartReport run() {
    long started = System.nanoTime();
    if (checkAppJar()) {
      capture.start();
      Framework framework = null;
      try {
        framework = boot();
        if (installAndStart(framework.getBundleContext())) {
          Object context = awaitContext(framework.getBundleContext());
          if (context != null) {
            createModuleClasses(context);
          }
        }
      } catch (BundleException | IOException | RuntimeException e) {
        report.bundleProblems.add("The harness itself failed: " + Failures.describe(e));
      } finally {
        stop(framework);
        capture.stop();
        report.log = capture.lines();
      }
    }
    if (!report.bundleProblems.isEmpty() && !report.contextStarted) {
      report.contextProblems.add("not reached: the bundles did not all start");
    }
    if (!report.contextStarted && report.moduleProblems.isEmpty()) {
      report.moduleProblems.add("not reached: the app's Spring context did not come up");
    }
    report.millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    return report;
  }

  // --- the jar ----------------------------------------------------------------------------------

  /** The checks Jira makes before it gets to OSGi. False when starting it makes no sense. */
  private boolean checkAppJar() {
    Path jar = inputs.appJar();
    if (!Files.isRegularFile(jar)) {
      report.bundleProblems.add(
          "The app jar " + jar + " does not exist: was the plugin module built?");
      return false;
    }
    app = AppJar.read(jar);
    app.symbolicName().ifPresent(report::name);
    if (app.symbolicName().isEmpty()) {
      report.bundleProblems.add(
          jar + " is not an OSGi bundle: its manifest has no Bundle-SymbolicName");
      return false;
    }
    if (!app.hasDescriptor()) {
      report.bundleProblems.add(jar + " has no atlassian-plugin.xml at its root");
      return false;
    }
    try {
      checkDescriptorAndSpringXml();
    } catch (IllegalStateException e) {
      report.bundleProblems.add(e.getMessage());
    }
    return report.bundleProblems.isEmpty();
  }

  private void checkDescriptorAndSpringXml() {
    // Parsed here so that a file that is not well-formed is reported as such.
    app.serviceReferences();
    app.descriptorClasses();
    String key = app.pluginKey();
    String name = app.symbolicName().orElseThrow();
    String declaredKey = app.header("Atlassian-Plugin-Key").orElse("");
    if (!declaredKey.equals(key)) {
      report.bundleProblems.add(
          "Manifest Atlassian-Plugin-Key is '"
              + declaredKey
              + "' but atlassian-plugin.xml has key='"
              + key
              + "': Jira needs them equal to load the jar as a transformerless plugin");
    }
    if (!name.equals(key)) {
      report.bundleProblems.add(
          "Bundle-SymbolicName is '"
              + name
              + "' but the plugin key is '"
              + key
              + "': they must be equal");
    }
    if (app.header("Spring-Context").isEmpty() && app.springXmlFiles().isEmpty()) {
      report.bundleProblems.add(
          "The manifest has no Spring-Context header and the jar no META-INF/spring/*.xml: "
              + "Gemini Blueprint would not create a context for it");
    }
  }

  // --- the framework ----------------------------------------------------------------------------

  private Framework boot() throws BundleException, IOException {
    deleteRecursively(inputs.workDir());
    Files.createDirectories(inputs.workDir());
    Map<String, Object> config = new HashMap<>();
    config.put(Constants.FRAMEWORK_STORAGE, inputs.workDir().resolve("felix-cache").toString());
    config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
    config.put(
        Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "javax.xml.parsers,org.w3c.dom,org.xml.sax");
    config.put("felix.log.logger", capture.felixLogger());
    config.put("felix.log.level", "2");
    FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow();
    @SuppressWarnings({"unchecked", "rawtypes"})
    Framework framework = factory.newFramework((Map) config);
    framework.init();
    framework.start();
    return framework;
  }

  /**
   * Installs Jira's container, the stand-ins, the stub services and the app, in that order, and
   * starts them. False if any of them does not resolve or start.
   */
  private boolean installAndStart(BundleContext system) throws BundleException {
    List<Bundle> platform = new ArrayList<>();
    for (Path jar : inputs.platformBundles()) {
      platform.add(install(system, jar, "platform"));
    }
    startAll(platform);
    Bundle core = find(system, GEMINI_CORE);
    if (core != null && core.getState() == Bundle.ACTIVE) {
      try {
        capture.listenToGemini(system, core);
      } catch (ClassNotFoundException e) {
        report.bundleProblems.add("Gemini Blueprint core has no " + LogCapture.LISTENER + ": " + e);
      }
    }

    Path bundles = inputs.workDir().resolve("generated");
    List<SpringReference> references = app.serviceReferences();
    references.forEach(
        r -> report.stubbed.add(r.id() + ": " + r.interfaceName() + " (" + r.file() + ")"));
    Path stubs = writeStubBundle(bundles.resolve("jira-services.jar"), references);

    List<Bundle> host = new ArrayList<>();
    Set<String> jiraPackages = new TreeSet<>();
    for (Path jar : inputs.jiraProvidedJars()) {
      Attributes manifest = Jars.mainAttributes(jar);
      if (manifest.getValue(Constants.BUNDLE_SYMBOLICNAME) != null) {
        OsgiHeader.parse(manifest.getValue(Constants.EXPORT_PACKAGE))
            .forEach(e -> jiraPackages.add(e.path()));
        host.add(install(system, jar, "Jira-provided bundle"));
      } else {
        Path wrapped =
            PlainJarBundle.wrap(
                jar,
                bundles.resolve(jar.getFileName()),
                JIRA_PROVIDED_PREFIX + "." + bundleName(jar));
        jiraPackages.addAll(Jars.classPackages(Jars.entries(wrapped)));
        host.add(install(system, wrapped, "Jira-provided packages, wrapped as a bundle"));
      }
    }
    for (Path jar : hostApis(jiraPackages)) {
      host.add(install(system, jar, "API Jira exports"));
    }
    Bundle stubBundle =
        install(
            system, stubs, "stub Jira services for " + references.size() + " <osgi:reference>s");
    appBundle = install(system, inputs.appJar(), "the app, as built");

    reportUnexportedImports(system, appBundle, "");
    reportUnexportedImports(
        system,
        stubBundle,
        " (it holds an <osgi:reference> interface of the app's Spring XML: the stand-ins lack it)");
    startAll(host);
    startAll(List.of(stubBundle));
    startAll(List.of(appBundle));
    return report.bundleProblems.isEmpty();
  }

  private Bundle install(BundleContext system, Path jar, String role) throws BundleException {
    Bundle bundle = system.installBundle(jar.toUri().toString());
    roles.put(bundle, role);
    report.installed.add(
        bundle.getSymbolicName()
            + " "
            + bundle.getVersion()
            + " ("
            + role
            + ", "
            + jar.getFileName()
            + ")");
    return bundle;
  }

  private void startAll(List<Bundle> bundles) {
    for (Bundle bundle : bundles) {
      if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
        continue;
      }
      try {
        bundle.start();
      } catch (BundleException | RuntimeException e) {
        report.bundleProblems.add(
            "Bundle "
                + bundle.getSymbolicName()
                + " ("
                + roles.get(bundle)
                + ") did not start: "
                + Failures.describe(e));
      }
    }
  }

  /**
   * Names every mandatory import of the bundle that no installed bundle (nor the JDK, through the
   * system bundle) exports in a matching version. Felix only names the first one.
   */
  private void reportUnexportedImports(BundleContext system, Bundle bundle, String hint) {
    List<BundleCapability> exports = new ArrayList<>();
    for (Bundle other : system.getBundles()) {
      BundleRevision revision = other.adapt(BundleRevision.class);
      if (revision != null && other != bundle) {
        exports.addAll(revision.getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE));
      }
    }
    BundleRevision revision = bundle.adapt(BundleRevision.class);
    for (BundleRequirement requirement :
        revision.getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE)) {
      String resolution =
          requirement.getDirectives().get(PackageNamespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
      if (PackageNamespace.RESOLUTION_OPTIONAL.equals(resolution)
          || PackageNamespace.RESOLUTION_DYNAMIC.equals(resolution)
          || exports.stream().anyMatch(requirement::matches)) {
        continue;
      }
      String filter = requirement.getDirectives().get("filter");
      String packageName = packageOf(filter);
      String others =
          exports.stream()
              .filter(
                  c ->
                      packageName.equals(c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)))
              .map(
                  c ->
                      c.getRevision().getSymbolicName()
                          + " exports version "
                          + c.getAttributes().get("version"))
              .collect(Collectors.joining(", "));
      String clause =
          OsgiHeader.parse(bundle.getHeaders().get(Constants.IMPORT_PACKAGE)).stream()
              .filter(h -> h.path().equals(packageName))
              .map(OsgiHeader::toString)
              .findFirst()
              .orElse(packageName);
      report.bundleProblems.add(
          "Import-Package "
              + clause
              + " of "
              + bundle.getSymbolicName()
              + " ("
              + roles.get(bundle)
              + ") is not satisfied: "
              + (others.isEmpty()
                  ? "no installed bundle exports "
                      + packageName
                      + " (not in the stand-ins, not a Jira-exported API bundle, not in the JDK)"
                  : "only " + others)
              + hint);
    }
  }

  private static String packageOf(String filter) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\(osgi\\.wiring\\.package=([^)]*)\\)")
            .matcher(String.valueOf(filter));
    return m.find() ? m.group(1) : String.valueOf(filter);
  }

  /**
   * The API bundles that export a package the app imports, and those that their own mandatory
   * imports need in turn. Packages the stand-ins export are left to the stand-ins.
   */
  private List<Path> hostApis(Set<String> standInPackages) {
    Map<Path, List<OsgiHeader>> exports = new LinkedHashMap<>();
    Map<Path, List<OsgiHeader>> imports = new LinkedHashMap<>();
    for (Path jar : inputs.hostApiBundles()) {
      Attributes manifest = Jars.mainAttributes(jar);
      exports.put(jar, OsgiHeader.parse(manifest.getValue(Constants.EXPORT_PACKAGE)));
      imports.put(jar, OsgiHeader.parse(manifest.getValue(Constants.IMPORT_PACKAGE)));
    }
    Set<String> needed = new TreeSet<>();
    OsgiHeader.parse(app.header(Constants.IMPORT_PACKAGE).orElse(""))
        .forEach(h -> needed.add(h.path()));
    needed.removeAll(standInPackages);
    Set<Path> chosen = new LinkedHashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Path jar : exports.keySet()) {
        boolean exportsNeeded = exports.get(jar).stream().anyMatch(e -> needed.contains(e.path()));
        if (!chosen.contains(jar) && exportsNeeded) {
          chosen.add(jar);
          imports.get(jar).stream().filter(i -> !i.isOptional()).forEach(i -> needed.add(i.path()));
          grew = true;
        }
      }
    }
    return List.copyOf(chosen);
  }

  private Path writeStubBundle(Path jar, List<SpringReference> references) {
    Set<String> interfaces = new TreeSet<>();
    Set<String> packages = new TreeSet<>(Set.of("org.osgi.framework"));
    for (SpringReference reference : references) {
      interfaces.add(reference.interfaceName());
      int dot = reference.interfaceName().lastIndexOf('.');
      if (dot > 0) {
        packages.add(reference.interfaceName().substring(0, dot));
      }
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(Constants.BUNDLE_MANIFESTVERSION, "2");
    headers.put(Constants.BUNDLE_SYMBOLICNAME, STUBS_NAME);
    headers.put(Constants.BUNDLE_VERSION, "1.0.0");
    headers.put(Constants.BUNDLE_ACTIVATOR, StubServicesActivator.class.getName());
    headers.put(Constants.IMPORT_PACKAGE, String.join(",", packages));
    if (!interfaces.isEmpty()) {
      headers.put(StubServicesActivator.HEADER, String.join(",", interfaces));
    }
    return Jars.write(jar, Jars.manifest(headers), Jars.classFiles(StubServicesActivator.class));
  }

  // --- the context ------------------------------------------------------------------------------

  /** Waits, bounded, for the extender to publish the app's context; null if it did not. */
  private Object awaitContext(BundleContext system) throws BundleException {
    String name = app.symbolicName().orElseThrow();
    String filter = "(" + Constants.BUNDLE_SYMBOLICNAME + "=" + name + ")";
    long deadline = System.nanoTime() + inputs.contextTimeout().toNanos();
    try {
      while (System.nanoTime() < deadline) {
        ServiceReference<?>[] found = system.getAllServiceReferences(APPLICATION_CONTEXT, filter);
        if (found != null && found.length > 0) {
          report.contextStarted = true;
          return system.getService(found[0]);
        }
        Throwable failure = capture.failureOf(name);
        if (failure != null) {
          report.contextProblems.add(
              "Gemini Blueprint could not create the Spring context of "
                  + name
                  + ": "
                  + Failures.describe(failure));
          return null;
        }
        Thread.sleep(25);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (InvalidSyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<String> said = capture.lines().stream().filter(l -> l.contains(name)).toList();
    report.contextProblems.add(
        "No Spring context for "
            + name
            + " was published within "
            + inputs.contextTimeout().toSeconds()
            + " s. What the extender said about it: "
            + (said.isEmpty() ? "nothing" : String.join(" | ", said))
            + ". A context that waits is usually missing an <osgi:reference> service"
            + filtered()
            + ".");
    return null;
  }

  /** The references whose filter the stubs (registered without properties) may not match. */
  private String filtered() {
    List<String> withFilter =
        app.serviceReferences().stream()
            .filter(r -> !r.filter().isBlank())
            .map(r -> r.id() + " " + r.filter())
            .toList();
    return withFilter.isEmpty()
        ? ""
        : "; the stub services carry no properties, so these filtered references cannot match: "
            + withFilter;
  }

  // --- the module classes -----------------------------------------------------------------------

  private void createModuleClasses(Object context) {
    Object factory;
    Method createBean;
    Method getBean;
    try {
      factory = context.getClass().getMethod("getAutowireCapableBeanFactory").invoke(context);
      createBean =
          factory.getClass().getMethod("createBean", Class.class, int.class, boolean.class);
      getBean = context.getClass().getMethod("getBean", String.class);
    } catch (ReflectiveOperationException e) {
      report.moduleProblems.add(
          "The app's context offers no bean factory: " + Failures.describe(e));
      return;
    }
    List<ModuleClass> modules = new ArrayList<>(app.descriptorClasses());
    modules.addAll(restClasses());
    for (ModuleClass module : modules) {
      try {
        if (module.isBeanReference()) {
          getBean.invoke(context, module.beanId());
        } else {
          Class<?> type = appBundle.loadClass(module.className());
          createBean.invoke(factory, type, AUTOWIRE_CONSTRUCTOR, false);
        }
        report.created.add(module);
      } catch (ClassNotFoundException | NoClassDefFoundError e) {
        report.moduleProblems.add(
            module
                + ": the app bundle cannot load it (not in the jar, or its package not imported): "
                + Failures.describe(e));
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        report.moduleProblems.add(
            module
                + ": the app's Spring context cannot "
                + (module.isBeanReference()
                    ? "find bean '" + module.beanId() + "'"
                    : "create it by constructor injection")
                + ": "
                + Failures.describe(e));
      }
    }
  }

  /**
   * The {@code @Path} and {@code @Provider} classes in each {@code <rest>} module's packages, which
   * Jira's REST module creates through the app's context too.
   */
  private List<ModuleClass> restClasses() {
    List<ModuleClass> classes = new ArrayList<>();
    for (Map.Entry<String, List<String>> rest : app.restPackages().entrySet()) {
      List<String> packages = rest.getValue().isEmpty() ? List.of("") : rest.getValue();
      for (String packageName : packages) {
        List<String> candidates = app.classesUnder(packageName);
        if (candidates.isEmpty()) {
          report.moduleProblems.add(
              "<rest key=\""
                  + rest.getKey()
                  + "\"> package "
                  + packageName
                  + ": the jar has no classes in it");
        }
        for (String className : candidates) {
          boolean mentions =
              REST_ANNOTATIONS.stream().anyMatch(a -> app.classFileMentions(className, a));
          if (!mentions) {
            continue;
          }
          try {
            Class<?> type = appBundle.loadClass(className);
            boolean annotated =
                Stream.of(type.getAnnotations())
                    .anyMatch(a -> REST_ANNOTATIONS.contains(a.annotationType().getName()));
            boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
            if (annotated && concrete) {
              classes.add(
                  new ModuleClass("rest", rest.getKey(), "package " + packageName, className));
            } else if (!annotated && !canSee(appBundle, REST_ANNOTATIONS.get(0))) {
              report.moduleProblems.add(
                  "<rest key=\""
                      + rest.getKey()
                      + "\"> "
                      + className
                      + " uses javax.ws.rs annotations the app bundle cannot see: does it import javax.ws.rs?");
            }
          } catch (ClassNotFoundException | LinkageError e) {
            report.moduleProblems.add(
                "<rest key=\""
                    + rest.getKey()
                    + "\"> "
                    + className
                    + ": the app bundle cannot load it: "
                    + Failures.describe(e));
          }
        }
      }
    }
    return classes;
  }

  private static String bundleName(Path jar) {
    return jar.getFileName()
        .toString()
        .replaceFirst("\\.jar$", "")
        .replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static boolean canSee(Bundle bundle, String className) {
    try {
      bundle.loadClass(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  // --- housekeeping -----------------------------------------------------------------------------

  private static Bundle find(BundleContext system, String symbolicName) {
    for (Bundle bundle : system.getBundles()) {
      if (symbolicName.equals(bundle.getSymbolicName())) {
        return bundle;
      }
    }
    return null;
  }

  private static void stop(Framework framework) {
    if (framework == null) {
      return;
    }
    try {
      framework.stop();
      framework.waitForStop(Duration.ofSeconds(20).toMillis());
    } catch (BundleException e) {
      throw new IllegalStateException("Felix did not stop", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          "System property "
              + name
              + " is not set: run this test through Maven (mvn verify), "
              + "which copies the bundles and sets it");
    }
    return value;
  }

  private static List<Path> jarsIn(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
