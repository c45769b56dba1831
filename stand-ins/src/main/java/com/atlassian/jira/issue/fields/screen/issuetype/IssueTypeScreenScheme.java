package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.issuetype.IssueType;

/**
 * Stand-in for an issue type screen scheme: which screen scheme each issue type uses.
 *
 * <p>{@code getEffectiveFieldScreenScheme(IssueType)} (since 6.2: the type's own mapping or the
 * default one) in the 6.3 source
 * (https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/screen/issuetype/IssueTypeScreenScheme.java).
 *
 * <p>Jira 7.x Javadoc:
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/screen/issuetype/IssueTypeScreenScheme.html
 * (kind and package; the members are confirmed by the code above).
 */
public interface IssueTypeScreenScheme {

  FieldScreenScheme getEffectiveFieldScreenScheme(IssueType type);
}
