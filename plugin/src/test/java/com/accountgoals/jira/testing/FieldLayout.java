package com.accountgoals.jira.testing;

import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;

/** The two things Jira's edit macros read from a field layout item. */
public record FieldLayout(boolean isRequired, String getFieldDescription)
    implements FieldLayoutItem {}
