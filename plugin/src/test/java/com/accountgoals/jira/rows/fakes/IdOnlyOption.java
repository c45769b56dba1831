package com.accountgoals.jira.rows.fakes;

import com.atlassian.jira.issue.customfields.option.Option;

/** An option that has only an id: all the row source reads of an option. */
public record IdOnlyOption(long id) implements Option {

  @Override
  public Long getOptionId() {
    return id;
  }

  @Override
  public String getValue() {
    throw new UnsupportedOperationException("the row source reads only an option's id");
  }
}
