package com.accountgoals.preview;

import java.util.Optional;

/**
 * How to start the preview.
 *
 * @param port the port to listen on; 0 for any free one
 * @param size the goals and milestones of an extra generated account ({@code GEN}); 0 for none
 */
public record PreviewOptions(int port, int size) {

  /** The port of {@link #main}'s preview unless {@code --port} says otherwise. */
  public static final int DEFAULT_PORT = 8090;

  /** The most rows {@code --size} accepts: a board reads at most 100,000. */
  public static final int MAX_SIZE = 100_000;

  public PreviewOptions {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be 0 (any free port) to 65535, not " + port);
    }
    if (size != 0 && (size < 2 || size > MAX_SIZE)) {
      throw new IllegalArgumentException(
          "--size must be 0 (none) or 2 to " + MAX_SIZE + " goals and milestones, not " + size);
    }
  }

  /** The sample accounts only, on any free port: what tests start. */
  public static PreviewOptions anyPort() {
    return new PreviewOptions(0, 0);
  }

  /** These options with {@code port}. */
  public PreviewOptions withPort(int newPort) {
    return new PreviewOptions(newPort, size);
  }

  /** These options with a generated account of {@code rows} goals and milestones. */
  public PreviewOptions withSize(int rows) {
    return new PreviewOptions(port, rows);
  }

  /** Whether a generated account is added. */
  public boolean generates() {
    return size > 0;
  }

  /**
   * The options of a command line: {@code --port P} and {@code --size N}, each also as {@code
   * --port=P}; {@link #DEFAULT_PORT} and no generated account by default.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static PreviewOptions parse(String... args) {
    int port = DEFAULT_PORT;
    int size = 0;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      Optional<String> inline =
          arg.contains("=") ? Optional.of(arg.substring(arg.indexOf('=') + 1)) : Optional.empty();
      switch (name) {
        case "--port" -> {
          port = number(name, inline.isPresent() ? inline.get() : next(args, ++i, name));
        }
        case "--size" -> {
          size = number(name, inline.isPresent() ? inline.get() : next(args, ++i, name));
        }
        default ->
            throw new IllegalArgumentException(
                "unknown option " + arg + "; the options are --port P and --size N");
      }
    }
    return new PreviewOptions(port, size);
  }

  private static String next(String[] args, int index, String name) {
    if (index >= args.length) {
      throw new IllegalArgumentException(name + " needs a number");
    }
    return args[index];
  }

  private static int number(String name, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a whole number, not \"" + text + "\"", e);
    }
  }
}
