package com.atlassian.velocity.htmlsafe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * TEST ONLY: an annotation with the name of velocity-htmlsafe's {@code HtmlSafe} (runtime
 * retention, on methods, as there), so that the engine tests can prove the test engine honours it
 * as Jira does. Jira provides the real one; the app's jar never holds a {@code com.atlassian} class
 * (the bundle check fails if it does).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HtmlSafe {}
