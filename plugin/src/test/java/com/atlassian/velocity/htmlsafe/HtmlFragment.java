package com.atlassian.velocity.htmlsafe;

/**
 * TEST ONLY: the shape of velocity-htmlsafe's {@code HtmlFragment}, a wrapper whose {@code
 * toString()} returns the wrapped object's text and is annotated {@code @HtmlSafe}; that annotation
 * is what lets it through unescaped. Jira provides the real one; the app never uses it.
 */
public final class HtmlFragment {

  private final Object fragment;

  public HtmlFragment(Object fragment) {
    this.fragment = fragment;
  }

  @HtmlSafe
  @Override
  public String toString() {
    return fragment.toString();
  }
}
