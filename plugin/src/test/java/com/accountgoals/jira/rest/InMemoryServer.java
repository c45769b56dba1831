package com.accountgoals.jira.rest;

import javax.ws.rs.client.WebTarget;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.inmemory.InMemoryTestContainerFactory;
import org.glassfish.jersey.test.spi.TestContainerFactory;

/** Jersey's in-memory container around one configuration: requests go through no socket. */
final class InMemoryServer extends JerseyTest {

  /** A status and the body exactly as the server wrote it. */
  record Answer(int status, String contentType, String body) {}

  InMemoryServer(ResourceConfig config) {
    super(config);
  }

  @Override
  protected TestContainerFactory getTestContainerFactory() {
    return new InMemoryTestContainerFactory();
  }

  /** GETs {@code path} with query parameters given as name, value, name, value. */
  static Answer get(ResourceConfig config, String path, String... query) {
    return call(config, "GET", path, query);
  }

  static Answer call(ResourceConfig config, String method, String path, String... query) {
    InMemoryServer server = new InMemoryServer(config);
    try {
      server.setUp();
      WebTarget target = server.target(path);
      for (int i = 0; i < query.length; i += 2) {
        target = target.queryParam(query[i], query[i + 1]);
      }
      Response response = target.request().method(method);
      String type = response.getMediaType() == null ? null : response.getMediaType().toString();
      return new Answer(response.getStatus(), type, response.readEntity(String.class));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      try {
        server.tearDown();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
