package com.accountgoals.preview;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A preview started once for a test class (and its {@code @Nested} classes) and stopped after it:
 * {@code @RegisterExtension static final RunningPreview PREVIEW = new RunningPreview(options)}.
 */
final class RunningPreview implements BeforeAllCallback, AfterAllCallback {

  private final PreviewOptions options;
  private Preview preview;
  private Http http;

  RunningPreview(PreviewOptions options) {
    this.options = options;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (preview == null) {
      preview = Preview.start(options);
      http = new Http(preview.baseUri());
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    boolean outermost = context.getRequiredTestClass().getEnclosingClass() == null;
    if (outermost && preview != null) {
      preview.close();
      preview = null;
    }
  }

  Preview preview() {
    return preview;
  }

  Http http() {
    return http;
  }
}
