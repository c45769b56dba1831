/**
 * Code that runs inside the framework, packed into a bundle at test time: it may use only the JDK
 * and the OSGi framework API.
 */
package com.accountgoals.osgitest.stubs;
