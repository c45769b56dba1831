/**
 * TEST ONLY: two types named as in Atlassian's velocity-htmlsafe library, which is not on Maven
 * Central, so that the template engine's tests can prove it lets them through unescaped as Jira
 * does. They live in test sources only and never reach the app's jar.
 */
package com.atlassian.velocity.htmlsafe;
