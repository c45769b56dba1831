package com.accountgoals.preview;

import java.util.List;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * The preview's Jersey application over the app's own REST components (resources and exception
 * mappers, as {@code RestComponents} builds them), set up so that Jersey starts without a warning:
 *
 * <ul>
 *   <li>The resources are registered as resource models whose methods the app's instances handle.
 *       Registered as plain instances ({@code register(Object)}), Jersey 2 serves them but first
 *       checks them as if they were providers and logs "does not implement any provider interfaces
 *       ... will be ignored" (eclipse-ee4j/jersey#3700: its instance check asks whether the
 *       <em>class</em> was registered as a resource); a warning that tells a reader the API is not
 *       served when it is.
 *   <li>The exception mappers are providers and registered as such.
 *   <li>WADL is off ({@link ServerProperties#WADL_FEATURE_DISABLE}): Jira's REST API serves none
 *       for the app and the preview has no JAXB to build one.
 *   <li>The default provider for {@code javax.activation.DataSource} bodies is off ({@link
 *       CommonProperties#PROVIDER_DEFAULT_DISABLE}): the API answers JSON only, and the preview has
 *       no activation API, so Jersey would otherwise say that provider is missing.
 * </ul>
 */
final class RestApplication {

  /** The default providers the preview does without (Jersey's own name for them). */
  static final String DISABLED_DEFAULT_PROVIDERS = "DATASOURCE";

  private RestApplication() {}

  /** The application of {@code components}: resources (by {@code @Path}) and providers. */
  static ResourceConfig of(List<Object> components) {
    ResourceConfig config =
        new ResourceConfig()
            .property(ServerProperties.WADL_FEATURE_DISABLE, true)
            .property(CommonProperties.PROVIDER_DEFAULT_DISABLE, DISABLED_DEFAULT_PROVIDERS)
            .register(JacksonFeature.class);
    for (Object component : components) {
      if (isResource(component)) {
        config.registerResources(handledBy(component));
      } else {
        config.register(component);
      }
    }
    return config;
  }

  /** Whether {@code component} is a root resource: its class carries {@code @Path}. */
  static boolean isResource(Object component) {
    return Resource.getPath(component.getClass()) != null;
  }

  /**
   * The resource model of {@code handler}'s class with every method, also those of its
   * sub-resources, handled by {@code handler} itself rather than by an instance Jersey would make.
   */
  static Resource handledBy(Object handler) {
    return handledBy(Resource.from(handler.getClass()), handler);
  }

  private static Resource handledBy(Resource model, Object handler) {
    // A fresh builder: one copied from the model would keep the model's handler class.
    Resource.Builder builder = Resource.builder(model.getPath());
    for (ResourceMethod method : model.getAllMethods()) {
      builder.addMethod(method).handledBy(handler, method.getInvocable().getDefinitionMethod());
    }
    for (Resource child : model.getChildResources()) {
      builder.addChildResource(handledBy(child, handler));
    }
    return builder.build();
  }
}
