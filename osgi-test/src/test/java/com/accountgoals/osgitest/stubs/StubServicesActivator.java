package com.accountgoals.osgitest.stubs;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * Activator of the generated "Jira services" bundle: registers one do-nothing proxy per interface
 * named in its {@value #HEADER} manifest header, standing for the services Jira registers.
 *
 * <p>Packed into a bundle at test time, so it uses nothing but the JDK and the OSGi framework API.
 */
public final class StubServicesActivator implements BundleActivator {

  public static final String HEADER = "X-Stub-Services";

  @Override
  public void start(BundleContext context) throws BundleException {
    String names = context.getBundle().getHeaders().get(HEADER);
    List<String> failures = new ArrayList<>();
    for (String name : names == null ? new String[0] : names.split(",")) {
      String type = name.trim();
      if (type.isEmpty()) {
        continue;
      }
      try {
        Class<?> service = getClass().getClassLoader().loadClass(type);
        if (!service.isInterface()) {
          failures.add(type + " is a class, not an interface: no proxy can stand for it");
          continue;
        }
        // Defined in the interface's own loader, which sees every type its methods name.
        Object stub =
            Proxy.newProxyInstance(
                service.getClassLoader(), new Class<?>[] {service}, new Defaults(type));
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("stub", Boolean.TRUE);
        context.registerService(type, stub, properties);
      } catch (ClassNotFoundException | LinkageError e) {
        failures.add(type + " cannot be loaded from the stand-ins: " + e);
      }
    }
    if (!failures.isEmpty()) {
      throw new BundleException(
          "Cannot stand in for Jira services: " + String.join("; ", failures));
    }
  }

  @Override
  public void stop(BundleContext context) {
    // The framework unregisters the services.
  }

  /** Answers every call with a neutral value: zero, false, empty or null. */
  private static final class Defaults implements InvocationHandler {
    private final String type;

    Defaults(String type) {
      this.type = type;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
      switch (method.getName()) {
        case "equals":
          if (method.getParameterCount() == 1) {
            return proxy == args[0];
          }
          break;
        case "hashCode":
          if (method.getParameterCount() == 0) {
            return System.identityHashCode(proxy);
          }
          break;
        case "toString":
          if (method.getParameterCount() == 0) {
            return "stub " + type;
          }
          break;
        default:
          break;
      }
      return neutral(method.getReturnType());
    }

    private static Object neutral(Class<?> type) {
      if (type == boolean.class) {
        return false;
      } else if (type == char.class) {
        return '\0';
      } else if (type == byte.class) {
        return (byte) 0;
      } else if (type == short.class) {
        return (short) 0;
      } else if (type == int.class) {
        return 0;
      } else if (type == long.class) {
        return 0L;
      } else if (type == float.class) {
        return 0f;
      } else if (type == double.class) {
        return 0d;
      } else if (type == Optional.class) {
        return Optional.empty();
      } else if (type == List.class || type == Collection.class || type == Iterable.class) {
        return List.of();
      } else if (type == Set.class) {
        return Set.of();
      } else if (type == Map.class) {
        return Map.of();
      } else if (type == Stream.class) {
        return Stream.empty();
      }
      return null;
    }
  }
}
