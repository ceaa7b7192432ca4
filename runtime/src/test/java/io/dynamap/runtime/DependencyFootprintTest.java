package io.dynamap.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every application that uses Dynamap carries the runtime's dependencies, so they change only on
 * purpose: the set Maven resolves (runtime scope, transitive; written to {@code
 * target/runtime-dependencies.txt} by the dependency plugin before the tests) must equal the
 * checked-in {@code runtime-dependencies.txt}. Coordinates without versions: an SDK upgrade that
 * keeps the same artifacts passes.
 */
class DependencyFootprintTest {
  private static final Path RESOLVED = Path.of("target/runtime-dependencies.txt");
  private static final Path EXPECTED = Path.of("runtime-dependencies.txt");

  /** A line of {@code dependency:list}: {@code group:artifact:type:version:scope -- module …}. */
  private static final Pattern LISTED = Pattern.compile("^\\s+([\\w.-]+):([\\w.-]+):[\\w.-]+:.*$");

  @Test
  void theRuntimeDependsOnExactlyTheListedArtifacts() throws IOException {
    assertTrue(
        Files.isRegularFile(RESOLVED),
        RESOLVED.toAbsolutePath()
            + " is missing: run this test through Maven (the dependency plugin writes it in the"
            + " process-test-classes phase), e.g. mvn -pl runtime -am test"
            + " -Dtest=DependencyFootprintTest");
    Set<String> resolved = new TreeSet<>();
    for (String line : Files.readAllLines(RESOLVED, StandardCharsets.UTF_8)) {
      Matcher m = LISTED.matcher(line);
      if (m.matches()) {
        resolved.add(m.group(1) + ":" + m.group(2));
      }
    }
    Set<String> expected = new TreeSet<>();
    for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        expected.add(line.strip());
      }
    }
    assertTrue(!resolved.isEmpty(), "found no dependency in " + RESOLVED.toAbsolutePath());

    Set<String> added = new TreeSet<>(resolved);
    added.removeAll(expected);
    Set<String> removed = new TreeSet<>(expected);
    removed.removeAll(resolved);
    if (!added.isEmpty() || !removed.isEmpty()) {
      fail(
          "dynamap-runtime's dependencies changed: every user's class path gets them.\n"
              + (added.isEmpty() ? "" : "  resolved, not listed: " + added + "\n")
              + (removed.isEmpty() ? "" : "  listed, not resolved: " + removed + "\n")
              + "If the change is deliberate, update runtime/runtime-dependencies.txt and the"
              + " footprint stated in docs/build.md (\"What the runtime brings along\", with the"
              + " command that measures it); if not, exclude what came in.");
    }
  }
}
