package com.accountgoals.preview;

import com.accountgoals.jira.rest.RestComponents;
import java.net.URI;
import java.util.EnumSet;
import javax.servlet.DispatcherType;
import org.eclipse.jetty.ee8.servlet.FilterHolder;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The preview: an embedded Jetty serving the app's REST API at {@code /rest/account-goals/1.0/}
 * (the real resources and error mappers on Jersey 2, over the demo accounts), the app's download
 * resources at Jira's addresses, AUI, and the preview's pages.
 *
 * <p>Start it in-process with {@link #start(PreviewOptions)}; {@link #baseUri()} is where it
 * listens, {@link #close()} stops it. From the command line: {@code java -jar
 * preview/target/account-goals-preview.jar [--port P] [--size N]}.
 */
public final class Preview implements AutoCloseable {

  /** Where the REST API lives, as in Jira: {@code /rest/<path>/<version>}. */
  public static final String REST_PATH = "/rest/account-goals/1.0";

  private final Server server;
  private final URI baseUri;
  private final DemoAccounts accounts;

  private Preview(Server server, URI baseUri, DemoAccounts accounts) {
    this.server = server;
    this.baseUri = baseUri;
    this.accounts = accounts;
  }

  /**
   * Starts a preview with {@code options} and returns once it listens.
   *
   * @throws IllegalStateException if the server cannot start (the port is taken, say)
   */
  public static Preview start(PreviewOptions options) {
    DemoAccounts accounts = DemoAccounts.of(options);
    PluginDescriptor descriptor = PluginDescriptor.load();
    Caller caller = new Caller(accounts);

    ResourceConfig api =
        RestApplication.of(
            RestComponents.over(DemoPorts.services(accounts, caller), DemoPorts.texts(caller)));

    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addFilter(new FilterHolder(caller), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder("rest", new ServletContainer(api)), REST_PATH + "/*");
    ResourceServlet resources = new ResourceServlet(descriptor);
    context.addServlet(new ServletHolder("downloads", resources), "/download/resources/*");
    context.addServlet(
        new ServletHolder("i18n", new I18nScript(caller, descriptor)), "/static/i18n.js");
    context.addServlet(new ServletHolder("static", resources), "/static/*");
    Pages pages = new Pages(descriptor, accounts, caller);
    context.addServlet(new ServletHolder("pages", pages), "/");

    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(options.port());
    server.addConnector(connector);
    server.setHandler(context);
    try {
      server.start();
    } catch (Exception e) {
      try {
        server.stop();
      } catch (Exception ignored) {
        e.addSuppressed(ignored);
      }
      throw new IllegalStateException("the preview could not start: " + e.getMessage(), e);
    }
    URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    return new Preview(server, base, accounts);
  }

  /** Where the preview listens, ending in {@code /}: {@code http://127.0.0.1:8090/}. */
  public URI baseUri() {
    return baseUri;
  }

  /** The demo accounts it serves. */
  public DemoAccounts accounts() {
    return accounts;
  }

  /** Stops the server. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the preview did not stop cleanly", e);
    }
  }

  /** {@code [--port P] [--size N]}: starts the preview and prints its address. */
  public static void main(String[] args) throws InterruptedException {
    PreviewOptions options;
    try {
      options = PreviewOptions.parse(args);
    } catch (IllegalArgumentException wrong) {
      System.err.println("Account Goals preview: " + wrong.getMessage());
      System.exit(2);
      return;
    }
    Preview preview;
    try {
      preview = start(options);
    } catch (IllegalStateException cannot) {
      System.err.println("Account Goals preview: " + cannot.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "preview-stop"));
    System.out.println(
        "Account Goals preview (demo data, not Jira) at "
            + preview.baseUri()
            + (options.generates() ? " with account GEN of " + options.size() + " rows" : "")
            + "; Ctrl+C stops it.");
    preview.server.join();
  }
}
