/**
 * Boots Apache Felix with Gemini Blueprint and Spring, installs what stands for Jira (the stand-ins
 * as a bundle, stub services for the app's OSGi references) and an app jar, and reports every
 * unresolved import, a failed Spring context and each module class the context cannot create.
 */
package com.accountgoals.osgitest.harness;
