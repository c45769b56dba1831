package com.accountgoals.jira.testing;

import com.atlassian.jira.issue.Issue;

/** An issue with an id and a key. */
public record FakeIssue(Long getId, String getKey) implements Issue {}
