/**
 * The app's REST API under {@code /rest/account-goals/1.0/}: the QBR board ({@code board}) and the
 * goal panel ({@code goals/{issueKey}}). Resources are a few lines each (check, delegate, map) and
 * depend on core's services and ports, the settings store and the calling user only, so the preview
 * can serve them unchanged; every error is mapped in {@code rest.error}.
 */
package com.accountgoals.jira.rest;
