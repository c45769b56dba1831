package com.accountgoals.jira.testing;

import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Velocity's introspector as Jira extends it (velocity-htmlsafe's {@code
 * HtmlSafeAnnotationBoxingUberspect} over {@code AnnotationBoxingUberspect}): what a method or
 * getter returns is boxed as {@link HtmlSafeValue} when {@link JiraEscapingRules#isSafeMethod} says
 * so, and boxes are opened before a value is called on or passed as an argument. As there, safety
 * is inherited by the elements of a safe collection, through {@code #foreach} and through {@code
 * List.get} / {@code Map.get} (Atlassian's "Advanced HTML encoding" page, "Collection inheritance":
 * developer.atlassian.com/server/confluence/advanced-html-encoding/).
 */
public final class HtmlSafeUberspect extends UberspectImpl {

  @Override
  public Iterator<?> getIterator(Object obj, Info info) throws Exception {
    Iterator<?> elements = super.getIterator(HtmlSafeValue.unbox(obj), info);
    return obj instanceof HtmlSafeValue && elements != null
        ? HtmlSafeValue.boxing(elements)
        : elements;
  }

  @Override
  public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info)
      throws Exception {
    Object target = HtmlSafeValue.unbox(obj);
    Object[] plainArgs = HtmlSafeValue.unboxAll(args);
    VelMethod found = super.getMethod(target, methodName, plainArgs, info);
    if (found == null) {
      return null;
    }
    Method method = introspector.getMethod(target.getClass(), methodName, plainArgs);
    boolean safe = method != null && JiraEscapingRules.isSafeMethod(method);
    boolean inherited = obj instanceof HtmlSafeValue && isElementGet(target, methodName, args);
    return new Unboxing(found, safe || inherited, cacheable(found.isCacheable(), obj));
  }

  @Override
  public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
    Object target = HtmlSafeValue.unbox(obj);
    VelPropertyGet found = super.getPropertyGet(target, identifier, info);
    if (found == null) {
      return null;
    }
    Method getter = introspector.getMethod(target.getClass(), found.getMethodName(), new Object[0]);
    boolean safe = getter != null && JiraEscapingRules.isSafeMethod(getter);
    return new UnboxingGet(found, safe, cacheable(found.isCacheable(), obj));
  }

  /**
   * Velocity caches a found method by the class of its target; every box has the same class, so a
   * method found through a box is looked up again each time.
   */
  private static boolean cacheable(boolean cacheable, Object obj) {
    return cacheable && !(obj instanceof HtmlSafeValue);
  }

  private static boolean isElementGet(Object target, String methodName, Object[] args) {
    return methodName.equals("get")
        && args.length == 1
        && (target instanceof Map || target instanceof List);
  }

  private record Unboxing(VelMethod method, boolean safe, boolean cacheable) implements VelMethod {
    @Override
    public Object invoke(Object o, Object[] params) throws Exception {
      Object result = method.invoke(HtmlSafeValue.unbox(o), HtmlSafeValue.unboxAll(params));
      return safe ? HtmlSafeValue.box(result) : result;
    }

    @Override
    public boolean isCacheable() {
      return cacheable;
    }

    @Override
    public String getMethodName() {
      return method.getMethodName();
    }

    @Override
    public Class<?> getReturnType() {
      return method.getReturnType();
    }
  }

  private record UnboxingGet(VelPropertyGet getter, boolean safe, boolean cacheable)
      implements VelPropertyGet {
    @Override
    public Object invoke(Object o) throws Exception {
      Object result = getter.invoke(HtmlSafeValue.unbox(o));
      return safe ? HtmlSafeValue.box(result) : result;
    }

    @Override
    public boolean isCacheable() {
      return cacheable;
    }

    @Override
    public String getMethodName() {
      return getter.getMethodName();
    }
  }
}
