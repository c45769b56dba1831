package com.accountgoals.preview;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The load run of the board endpoint (a program, not a test: tests never assert timings). For each
 * size it starts a preview with a generated account of that many goals and milestones, warms up,
 * then times {@code GET /rest/account-goals/1.0/board?project=GEN} over HTTP one request after the
 * other, and prints the median and the 95th percentile, with the machine's load average (other
 * processes on a shared machine move the tail most).
 *
 * <p>{@code java -cp preview/target/account-goals-preview.jar com.accountgoals.preview.LoadRun
 * [requests] [sizes...]}; by default 200 requests at 1,000, 10,000 and 100,000 rows.
 */
public final class LoadRun {

  private static final int WARM_UP = 50;

  private LoadRun() {}

  /** One size's figures, in milliseconds. */
  record Figures(int rows, int requests, double median, double p95, double max, int bytes) {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    List<Integer> sizes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i]));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(1_000, 10_000, 100_000);
    }
    Runtime runtime = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "Load run of GET board?project=GEN: %d requests after %d to warm up; %d cores, max heap %d MB, Java %s, %s %s%n",
        requests,
        WARM_UP,
        runtime.availableProcessors(),
        runtime.maxMemory() / (1024 * 1024),
        System.getProperty("java.version"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"));
    System.out.println("rows\tmedian ms\tp95 ms\tmax ms\tbytes\tload average after");
    for (int rows : sizes) {
      Figures figures = measure(rows, requests);
      System.out.printf(
          Locale.ROOT,
          "%d\t%.1f\t%.1f\t%.1f\t%d\t%.1f%n",
          figures.rows(),
          figures.median(),
          figures.p95(),
          figures.max(),
          figures.bytes(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** Starts a preview with {@code rows} generated rows and times {@code requests} board calls. */
  static Figures measure(int rows, int requests) throws IOException, InterruptedException {
    try (Preview preview = Preview.start(PreviewOptions.anyPort().withSize(rows))) {
      URI board = preview.baseUri().resolve("rest/account-goals/1.0/board?project=GEN");
      HttpClient client = HttpClient.newHttpClient();
      HttpRequest request =
          HttpRequest.newBuilder(board).header("Accept", "application/json").GET().build();
      int bytes = 0;
      for (int i = 0; i < WARM_UP; i++) {
        bytes = call(client, request);
      }
      double[] millis = new double[requests];
      for (int i = 0; i < requests; i++) {
        long start = System.nanoTime();
        call(client, request);
        millis[i] = (System.nanoTime() - start) / 1_000_000.0;
      }
      Arrays.sort(millis);
      return new Figures(
          rows,
          requests,
          percentile(millis, 50),
          percentile(millis, 95),
          millis[millis.length - 1],
          bytes);
    }
  }

  private static int call(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "board answered " + response.statusCode() + ": " + new String(response.body()));
    }
    return response.body().length;
  }

  /** The nearest-rank percentile of sorted {@code values}. */
  static double percentile(double[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
