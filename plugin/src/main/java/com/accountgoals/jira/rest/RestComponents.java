package com.accountgoals.jira.rest;

import com.accountgoals.jira.i18n.MessageTexts;
import com.accountgoals.jira.rest.board.BoardResource;
import com.accountgoals.jira.rest.error.RestProblemMapper;
import com.accountgoals.jira.rest.error.UnexpectedErrorMapper;
import com.accountgoals.jira.rest.error.WebApplicationExceptionMapper;
import com.accountgoals.jira.rest.goal.GoalResource;
import java.util.List;

/**
 * Every resource and exception mapper of the REST API, built over the same services and texts as
 * plugin-context.xml builds them in Jira. Outside Jira (the in-memory tests, the preview) a plain
 * JAX-RS application registers these instances; nothing here names Jersey, so the app's jar carries
 * no server.
 */
public final class RestComponents {

  private RestComponents() {}

  /** The resources ({@code board}, {@code goals/…}) and the error mappers, in that order. */
  public static List<Object> over(AccountServices services, MessageTexts texts) {
    return List.of(
        new BoardResource(services),
        new GoalResource(services),
        new RestProblemMapper(texts),
        new WebApplicationExceptionMapper(texts),
        new UnexpectedErrorMapper(texts));
  }
}
