package com.accountgoals.osgitest.harness;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Collects what Felix, Gemini Blueprint and Spring say while the framework runs, and the
 * application contexts the extender reports as failed.
 *
 * <p>Gemini and Spring log through commons-logging, which inside the framework falls back to {@code
 * java.util.logging}: a handler on those loggers sees their records. Felix logs through the logger
 * object given in its configuration.
 */
final class LogCapture {

  private static final List<String> LOGGERS = List.of("org.eclipse.gemini", "org.springframework");
  static final String LISTENER =
      "org.eclipse.gemini.blueprint.context.event.OsgiBundleApplicationContextListener";

  private final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Throwable> failedContexts = new ConcurrentHashMap<>();
  // JUL keeps loggers weakly: hold them while capturing, or their handlers vanish.
  private final List<Logger> loggers = new ArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          add(
              record.getLevel().getName(),
              record.getLoggerName(),
              record.getMessage(),
              record.getThrown());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  void start() {
    for (String name : LOGGERS) {
      Logger logger = Logger.getLogger(name);
      logger.setLevel(Level.INFO);
      logger.setUseParentHandlers(false);
      logger.addHandler(handler);
      loggers.add(logger);
    }
  }

  void stop() {
    for (Logger logger : loggers) {
      logger.removeHandler(handler);
      logger.setUseParentHandlers(true);
    }
    loggers.clear();
  }

  /** The logger Felix writes to; it keeps warnings and errors. */
  org.apache.felix.framework.Logger felixLogger() {
    return new org.apache.felix.framework.Logger() {
      @Override
      protected void doLog(
          Bundle bundle, ServiceReference sr, int level, String msg, Throwable throwable) {
        String origin = bundle == null ? "felix" : "felix [" + bundle.getSymbolicName() + "]";
        add(
            level == LOG_ERROR ? "ERROR" : level == LOG_WARNING ? "WARNING" : "INFO",
            origin,
            msg,
            throwable);
      }
    };
  }

  /**
   * Registers, on the system bundle, a Gemini listener that records failed contexts, so that a
   * failure is seen at once rather than at the end of the wait. Gemini's own classes are reached
   * through its core bundle, as the framework's class path does not have them.
   */
  void listenToGemini(BundleContext system, Bundle geminiCore) throws ClassNotFoundException {
    Class<?> listener = geminiCore.loadClass(LISTENER);
    InvocationHandler onEvent =
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "onOsgiApplicationEvent" -> recordIfFailed(args[0]);
            case "hashCode" -> {
              return System.identityHashCode(proxy);
            }
            case "equals" -> {
              return proxy == args[0];
            }
            case "toString" -> {
              return "osgi-test failure listener";
            }
            default -> {}
          }
          return null;
        };
    Object proxy =
        Proxy.newProxyInstance(listener.getClassLoader(), new Class<?>[] {listener}, onEvent);
    system.registerService(LISTENER, proxy, null);
  }

  private void recordIfFailed(Object event) throws ReflectiveOperationException {
    if (!event.getClass().getSimpleName().equals("OsgiBundleContextFailedEvent")) {
      return;
    }
    Method getBundle = event.getClass().getMethod("getBundle");
    Method getCause = event.getClass().getMethod("getFailureCause");
    Bundle bundle = (Bundle) getBundle.invoke(event);
    failedContexts.put(bundle.getSymbolicName(), (Throwable) getCause.invoke(event));
  }

  /** The failure the extender reported for the bundle's context, if any. */
  Throwable failureOf(String symbolicName) {
    return failedContexts.get(symbolicName);
  }

  List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  private void add(String level, String origin, String message, Throwable thrown) {
    StringBuilder line =
        new StringBuilder(level).append(' ').append(origin).append(": ").append(message);
    if (thrown != null) {
      line.append(" -- ").append(Failures.describe(thrown));
    }
    lines.add(line.toString());
  }
}
