package com.accountgoals.mutationfilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pitest.mutationtest.engine.MutationDetails;

/**
 * The source line a mutant changes, read from the module's source folders: the file PIT names for
 * the mutant, in the folder of its class's package.
 */
final class SourceLines {

  private final List<Path> roots;
  private final Charset encoding;
  private final Map<Path, List<String>> files = new HashMap<>();

  SourceLines(Collection<Path> roots, Charset encoding) {
    this.roots = List.copyOf(roots);
    this.encoding = encoding;
  }

  /** The text of the mutant's line; an error if no source folder has its file. */
  String of(MutationDetails mutant) {
    String javaName = mutant.getClassName().asJavaName();
    int lastDot = javaName.lastIndexOf('.');
    String folder = lastDot < 0 ? "" : javaName.substring(0, lastDot).replace('.', '/');
    Path relative = Path.of(folder, mutant.getFilename());
    Path file =
        roots.stream()
            .map(root -> root.resolve(relative))
            .filter(Files::isRegularFile)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No source for " + relative + " in the source folders " + roots));
    List<String> lines = files.computeIfAbsent(file, this::read);
    int number = mutant.getLineNumber();
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }

  private List<String> read(Path file) {
    try {
      return Files.readAllLines(file, encoding);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
