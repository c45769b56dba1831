package com.accountgoals.osgitest.harness;

/**
 * An {@code <osgi:reference>} (or {@code list}/{@code set}) in the app's Spring XML: a Jira service
 * the app's context waits for.
 *
 * @param id the bean id
 * @param interfaceName the service interface
 * @param filter the LDAP filter, or an empty string
 * @param file the Spring XML file that declares it
 */
public record SpringReference(String id, String interfaceName, String filter, String file) {}
