package com.accountgoals.jira.rest;

import com.accountgoals.core.port.AccountRowSource;
import com.accountgoals.core.port.ProjectAccess;
import com.accountgoals.core.port.Today;
import com.accountgoals.jira.i18n.MessageTexts;
import com.accountgoals.jira.rest.board.BoardResource;
import com.accountgoals.jira.rest.error.RestProblemMapper;
import com.accountgoals.jira.rest.error.UnexpectedErrorMapper;
import com.accountgoals.jira.rest.error.WebApplicationExceptionMapper;
import com.accountgoals.jira.rest.goal.GoalResource;
import com.accountgoals.jira.settings.AdminSettingsStore;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The app's REST API on plain Jersey 2 with Jackson 2, as REST v2 runs it in Jira: the real
 * resources and exception mappers over the ports given. The in-memory tests run it; the preview
 * will serve the same configuration on Jetty.
 */
public final class RestApi {

  private RestApi() {}

  /** The resources and mappers over these ports, at the root ({@code board}, {@code goals/…}). */
  public static ResourceConfig over(
      AccountRowSource rows,
      ProjectAccess access,
      AdminSettingsStore settings,
      Today today,
      MessageTexts texts) {
    AccountServices services = new AccountServices(rows, access, settings, today);
    return new ResourceConfig()
        .register(JacksonFeature.class)
        .register(new BoardResource(services))
        .register(new GoalResource(services))
        .register(new RestProblemMapper(texts))
        .register(new WebApplicationExceptionMapper(texts))
        .register(new UnexpectedErrorMapper(texts));
  }
}
