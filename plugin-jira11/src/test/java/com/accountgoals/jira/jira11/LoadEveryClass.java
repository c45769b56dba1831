package com.accountgoals.jira.jira11;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Run in a separate JVM (Java 21 or newer, as Jira 11 runs): loads every class of the jar and of
 * the jars embedded in it, over only the given libraries (what Jira provides) and the JDK, and
 * resolves the types of every member. Prints one line per class that fails and exits with 1 if any
 * does; prints the Java version and the number of classes otherwise.
 *
 * <p>Arguments: the jar, a directory to extract embedded jars into, then the provided libraries.
 */
public final class LoadEveryClass {

  private LoadEveryClass() {}

  /**
   * A public constructor of a public top-level class of the app: what Spring may build. Spring 6.1
   * (Jira 11) matches its arguments by name only if the class file names its parameters.
   */
  private static boolean springCouldCall(Class<?> type, Constructor<?> constructor) {
    return type.getName().startsWith("com.accountgoals.jira.")
        && type.getEnclosingClass() == null
        && Modifier.isPublic(type.getModifiers())
        && Modifier.isPublic(constructor.getModifiers())
        && constructor.getParameterCount() > 0;
  }

  public static void main(String[] args) throws IOException {
    Path jar = Path.of(args[0]);
    Path work = Files.createDirectories(Path.of(args[1]));
    List<URL> urls = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    urls.add(jar.toUri().toURL());
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : Collections.list(file.entries())) {
        String name = entry.getName();
        if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
          classes.add(name);
        } else if (name.endsWith(".jar")) {
          Path embedded = work.resolve(Path.of(name).getFileName());
          Files.write(embedded, file.getInputStream(entry).readAllBytes());
          urls.add(embedded.toUri().toURL());
          try (JarFile inner = new JarFile(embedded.toFile())) {
            for (JarEntry innerEntry : Collections.list(inner.entries())) {
              if (innerEntry.getName().endsWith(".class")
                  && !innerEntry.getName().endsWith("module-info.class")) {
                classes.add(innerEntry.getName());
              }
            }
          }
        }
      }
    }
    for (int i = 2; i < args.length; i++) {
      urls.add(Path.of(args[i]).toUri().toURL());
    }
    int failures = 0;
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      for (String entry : classes) {
        String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
        try {
          Class<?> type = Class.forName(name, false, loader);
          type.getDeclaredMethods();
          type.getDeclaredFields();
          for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (springCouldCall(type, constructor)
                && Stream.of(constructor.getParameters()).anyMatch(p -> !p.isNamePresent())) {
              failures++;
              System.out.println("NO PARAMETER NAMES " + constructor);
            }
          }
        } catch (ReflectiveOperationException | LinkageError e) {
          failures++;
          System.out.println("FAILED " + name + ": " + e);
        }
      }
    }
    System.out.println(
        "Java "
            + Runtime.version().feature()
            + ": "
            + classes.size()
            + " classes, "
            + failures
            + " failed");
    System.exit(failures == 0 ? 0 : 1);
  }
}
