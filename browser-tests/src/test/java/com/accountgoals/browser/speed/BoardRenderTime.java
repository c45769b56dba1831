package com.accountgoals.browser.speed;

import com.accountgoals.browser.harness.Chromium;
import com.accountgoals.browser.pages.DashboardPage;
import com.accountgoals.preview.Preview;
import com.accountgoals.preview.PreviewOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The QBR board's render time in Debian's headless Chromium, for generated accounts (the preview's
 * {@code --size}) of 1 000, 10 000 and 100 000 goals and milestones.
 *
 * <p>For each size it starts a preview with account {@code GEN}, opens its dashboard once (warm-up:
 * the server builds and caches nothing, but the JIT and the browser warm up), then has the real
 * dashboard item ({@code account-goals/board/item}, through the page's AMD loader) render the board
 * again and again into its element, and measures in the page with {@code performance.now()}:
 *
 * <ul>
 *   <li><b>render</b>: from {@code item.render(...)} to the board's DOM built and laid out (style
 *       and layout forced), with the REST answer served from memory, so that this is the browser's
 *       own work: reading the JSON, building the DOM, layout;
 *   <li><b>painted</b>: the same, to the next animation frame after it (the first paint);
 *   <li><b>with server</b>: from {@code item.render(...)} to the DOM laid out, fetching the answer
 *       from the preview over HTTP as the page does.
 * </ul>
 *
 * Prints the median and the slowest of each over the runs, and the answer's size. Arguments: sizes
 * (default {@code 1000,10000,100000}) and runs per size (default 15). Run it with {@code mvn -B -pl
 * browser-tests -am verify -P'render-time,!mutation' -DskipTests} (see the README).
 */
public final class BoardRenderTime {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String MEASURE =
      "var runs = arguments[0], served = arguments[1], done = arguments[arguments.length - 1];"
          + "var content = document.querySelector('.ag-preview-dashboard-item-content');"
          + "var api = {showLoadingBar: function () {}, hideLoadingBar: function () {},"
          + "  resize: function () {}, savePreferences: function () {}, closeEdit: function () {},"
          + "  isEditable: function () { return true; }};"
          + "var realFetch = window.fetch;"
          + "require(['account-goals/board/item'], function (Item) {"
          + "  realFetch('/rest/account-goals/1.0/board?project=GEN', {headers: {Accept:"
          + "   'application/json'}}).then(function (r) { return r.text(); }).then(function (json) {"
          + "    var times = [];"
          + "    function once(i) {"
          + "      if (i === runs) { window.fetch = realFetch;"
          + "        done(JSON.stringify({bytes: json.length, times: times})); return; }"
          + "      window.fetch = served ? function () { return Promise.resolve(new Response(json,"
          + "        {status: 200, headers: {'Content-Type': 'application/json'}})); } : realFetch;"
          + "      var item = new Item(api, {});"
          + "      var t0 = performance.now();"
          + "      item.render(content, {project: 'GEN'}).then(function () {"
          + "        content.getBoundingClientRect(); void document.body.offsetHeight;"
          + "        var t1 = performance.now();"
          + "        requestAnimationFrame(function () { setTimeout(function () {"
          + "          times.push([t1 - t0, performance.now() - t0]); once(i + 1); }, 0); });"
          + "      });"
          + "    }"
          + "    once(0);"
          + "  });"
          + "});";

  private BoardRenderTime() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes =
        Arrays.stream((args.length > 0 ? args[0] : "1000,10000,100000").split(","))
            .map(String::trim)
            .map(Integer::parseInt)
            .toList();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    System.out.printf(
        "Board render time in Chromium (%s), median and slowest of %d runs, ms%n",
        System.getProperty("chromium.binary", "/usr/bin/chromium"), runs);
    System.out.printf(
        "%9s %10s | %8s %8s | %8s %8s | %11s %8s%n",
        "rows", "answer KB", "render", "slowest", "painted", "slowest", "with server", "slowest");
    for (int size : sizes) {
      try (Preview preview = Preview.start(PreviewOptions.anyPort().withSize(size));
          Chromium chromium = Chromium.start(1280, 900)) {
        ChromeDriver driver = chromium.driver();
        driver.get(preview.baseUri() + "dashboard?project=GEN");
        new DashboardPage(driver).board().settled();
        Result served = measure(driver, runs, true);
        Result fetched = measure(driver, runs, false);
        System.out.printf(
            "%9d %10d | %8.1f %8.1f | %8.1f %8.1f | %11.1f %8.1f%n",
            size,
            served.bytes / 1024,
            median(served.render),
            max(served.render),
            median(served.painted),
            max(served.painted),
            median(fetched.render),
            max(fetched.render));
      }
    }
  }

  private record Result(long bytes, List<Double> render, List<Double> painted) {}

  private static Result measure(ChromeDriver driver, int runs, boolean served) throws Exception {
    driver.manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(5));
    JsonNode answer =
        JSON.readTree(String.valueOf(driver.executeAsyncScript(MEASURE, runs, served)));
    List<Double> render = new ArrayList<>();
    List<Double> painted = new ArrayList<>();
    for (JsonNode pair : answer.path("times")) {
      render.add(pair.get(0).asDouble());
      painted.add(pair.get(1).asDouble());
    }
    return new Result(answer.path("bytes").asLong(), render, painted);
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }
}
