package com.accountgoals.jira.testing;

import java.util.Iterator;

/**
 * A value returned by a method Jira treats as HTML-safe, carried through the template so that the
 * escaping handler can tell it apart (velocity-htmlsafe boxes such values in an {@code
 * AnnotatedValue} for the same reason). A {@code #set} keeps the box, so a variable assigned from a
 * safe method stays safe; the uberspect unboxes it before it is used as a target or an argument.
 */
record HtmlSafeValue(Object value) {

  static Object unbox(Object value) {
    return value instanceof HtmlSafeValue safe ? safe.value() : value;
  }

  static Object[] unboxAll(Object[] values) {
    Object[] plain = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      plain[i] = unbox(values[i]);
    }
    return plain;
  }

  static Object box(Object value) {
    return value == null || value instanceof HtmlSafeValue ? value : new HtmlSafeValue(value);
  }

  /**
   * The elements of a safe collection are safe too ({@code @HtmlSafe} is collection-inheritable).
   */
  static Iterator<Object> boxing(Iterator<?> elements) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return elements.hasNext();
      }

      @Override
      public Object next() {
        return box(elements.next());
      }
    };
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
