package com.accountgoals.jira.rest.error;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An error as the REST API answers it.
 *
 * @param code a stable code for programs (see {@link RestProblem})
 * @param message plain text in the calling user's language, for people
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorJson(String code, String message) {}
