package com.atlassian.jira.issue.customfields.option;

/**
 * Stand-in for an option of a select or check-box field ({@code @PublicApi}): the value Jira gives
 * for such a field; the app reads only its id.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/option/Option.html
 * (7.x): {@code Long getOptionId()}.
 */
public interface Option {

  Long getOptionId();
}
