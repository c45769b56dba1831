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
 * (secure endpoint defaults apply to REST resources, servlets and servlet filters). Platform 7's
 * own test plugin annotates a servlet class with it:
 * https://docs.atlassian.com/atlassian-bamboo/10.0.0/com/atlassian/bamboo/plugins/dummy/servlet/ServletWithAdminOnly.html
 * (the page does not show the annotation's package). The package {@code
 * com.atlassian.annotations.security} is the one Atlassian's refapp admin-page tutorial servlet
 * imports for {@code @AdminOnly} on {@code doGet}. Retention and targets are not confirmed;
 * runtime, type and method are assumed, as Confluence's own {@code SystemAdminOnly} declares
 * (https://docs.atlassian.com/ConfluenceServer/javadoc/8.7.2/com/atlassian/confluence/impl/security/SystemAdminOnly.html).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {}
