package com.accountgoals.jira.rest.error;

import com.accountgoals.jira.i18n.MessageTexts;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** Answers a refused request with its status and {@code {code, message}}. */
@Provider
public class RestProblemMapper implements ExceptionMapper<RestProblem> {

  private final MessageTexts texts;

  public RestProblemMapper(MessageTexts texts) {
    this.texts = texts;
  }

  @Override
  public Response toResponse(RestProblem problem) {
    return json(
        problem.status(),
        new ErrorJson(problem.code(), texts.text(problem.messageKey(), problem.arguments())));
  }

  static Response json(int status, ErrorJson body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
