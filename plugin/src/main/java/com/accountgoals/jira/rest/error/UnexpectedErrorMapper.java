package com.accountgoals.jira.rest.error;

import com.accountgoals.jira.i18n.MessageTexts;
import java.util.List;
import java.util.UUID;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything else that went wrong: a 500 with a generic message in the user's language and an id, and
 * the whole story (with the id) in the log. The answer never carries the exception's text or a
 * stack trace. Jersey picks the closest mapper, so {@link RestProblem}s, Jersey's own refusals and
 * the platform's exceptions with mappers of their own do not come here.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

  static final String INTERNAL = "internal-error";
  static final String INTERNAL_KEY = "account-goals.rest.error.internal";
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

  private final MessageTexts texts;

  public UnexpectedErrorMapper(MessageTexts texts) {
    this.texts = texts;
  }

  @Override
  public Response toResponse(Exception exception) {
    String id = UUID.randomUUID().toString();
    LOG.error("A REST request of Account Goals failed; error id {}", id, exception);
    return RestProblemMapper.json(
        500, new ErrorJson(INTERNAL, texts.text(INTERNAL_KEY, List.of(id))));
  }
}
