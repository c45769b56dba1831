package com.accountgoals.preview;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Asks a running preview over HTTP, as a browser would. */
final class Http {

  private final HttpClient client = HttpClient.newHttpClient();
  private final URI base;

  Http(URI base) {
    this.base = base;
  }

  /** GETs {@code path} (relative to the preview's root) with headers given as name, value, .... */
  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.GET().build());
  }

  /** POSTs {@code form} (already URL-encoded) to {@code path}, with headers as for {@link #get}. */
  HttpResponse<String> post(String path, String form, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded");
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
