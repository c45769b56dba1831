package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for Platform 7's access annotation: only administrators reach the endpoint.
 *
 * <p>Listed on
 * https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints
 * (secure endpoint defaults apply to REST resources, servlets and servlet filters); this package
 * ({@code com.atlassian.annotations.security}) is the one Atlassian's refapp tutorial servlet
 * imports for {@code @AdminOnly} on {@code doGet}. Retention and targets are not confirmed
 * (runtime, type and method assumed: Jira reads it by reflection).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {}
