package com.accountgoals.jira.rest;

import com.accountgoals.core.port.AccountRowSource;
import com.accountgoals.core.port.ProjectAccess;
import com.accountgoals.core.port.Today;
import com.accountgoals.jira.i18n.MessageTexts;
import com.accountgoals.jira.settings.AdminSettingsStore;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The app's REST API on plain Jersey 2 with Jackson 2, as REST v2 runs it in Jira: the real
 * resources and exception mappers of {@link RestComponents} over the ports given. The in-memory
 * tests run it; the preview serves the same components on Jetty.
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
        .registerInstances(RestComponents.over(services, texts).toArray());
  }
}
