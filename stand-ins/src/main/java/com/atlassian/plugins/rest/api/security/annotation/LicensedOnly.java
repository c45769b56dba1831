package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for REST v2's (Platform 7, Jira 10) security annotation: only licensed users may call
 * the annotated resource.
 *
 * <p>Evidence:
 * https://docs.atlassian.com/atlassian-bamboo/10.0.0/com/atlassian/bamboo/plugins/dummy/servlet/ServletWithLicensedOnly.html
 * (a Platform 7 product's test servlet for the licensed-only default; its annotation's package is
 * not shown there); the annotation set and its package are named on
 * https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/
 * ({@code @AdminOnly}, {@code @SystemAdminOnly}, {@code @LicensedOnly},
 * {@code @UnlicensedSiteAccess}, {@code @AnonymousSiteAccess}, {@code @UnrestrictedAccess});
 * Atlassian's own Jira Slack plugin ({@code
 * com.atlassian.jira.plugins.slack.web.rest.PluginInfoResource}, Jira 10 variant) and
 * alanmosely/jira-watcher-field-plugin's {@code PullRequestResource} (built against jira-api 10.3)
 * import {@code com.atlassian.plugins.rest.api.security.annotation.LicensedOnly} and put it on a
 * resource class. Runtime retention is implied (REST v2 reads it when a request comes in); the
 * targets beyond classes (methods) are not confirmed from a published Javadoc page: the app puts it
 * on classes only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {}
