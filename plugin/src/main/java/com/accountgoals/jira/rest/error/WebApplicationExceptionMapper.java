package com.accountgoals.jira.rest.error;

import com.accountgoals.jira.i18n.MessageTexts;
import java.util.List;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * Jersey's own refusals (an unknown path, a method or media type the resource does not take) as
 * JSON: a 404 exactly as {@link RestProblem#notFound()}, so no path tells more than another; 401
 * and 403 as the platform made them; any other status with the code {@code request-refused}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  static final String REFUSED = "request-refused";
  static final String REFUSED_KEY = "account-goals.rest.error.refused";

  private final MessageTexts texts;
  private final RestProblemMapper problems;

  public WebApplicationExceptionMapper(MessageTexts texts) {
    this.texts = texts;
    this.problems = new RestProblemMapper(texts);
  }

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    if (status == 404) {
      return problems.toResponse(RestProblem.notFound());
    }
    if (status == 401 || status == 403) {
      return exception.getResponse();
    }
    return RestProblemMapper.json(
        status, new ErrorJson(REFUSED, texts.text(REFUSED_KEY, List.of(status))));
  }
}
