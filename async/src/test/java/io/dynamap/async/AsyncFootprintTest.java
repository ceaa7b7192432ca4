package io.dynamap.async;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * dynamap-async adds the Netty client to the runtime's dependencies and nothing else: the set Maven
 * resolves (runtime scope, transitive, the optional CRT client left out; written to {@code
 * target/async-dependencies.txt} before the tests) must equal the runtime's checked-in list plus
 * {@code async-dependencies.txt}. So blocking users keep their footprint, and async users get only
 * what is listed.
 */
class AsyncFootprintTest {
  private static final Path RESOLVED = Path.of("target/async-dependencies.txt");
  private static final Path RUNTIME = Path.of("../runtime/runtime-dependencies.txt");
  private static final Path ADDED = Path.of("async-dependencies.txt");

  /** A line of {@code dependency:list}: {@code group:artifact:type:version:scope -- module …}. */
  private static final Pattern LISTED = Pattern.compile("^\\s+([\\w.-]+):([\\w.-]+):[\\w.-]+:.*$");

  @Test
  void asyncAddsExactlyTheListedArtifactsToTheRuntimes() throws IOException {
    assertTrue(
        Files.isRegularFile(RESOLVED),
        RESOLVED.toAbsolutePath()
            + " is missing: run this test through Maven (the dependency plugin writes it in the"
            + " process-test-classes phase), e.g. mvn -pl async -am test -Dtest=AsyncFootprintTest");
    Set<String> resolved = new TreeSet<>();
    for (String line : Files.readAllLines(RESOLVED, StandardCharsets.UTF_8)) {
      Matcher m = LISTED.matcher(line);
      if (m.matches()) {
        resolved.add(m.group(1) + ":" + m.group(2));
      }
    }
    assertFalse(resolved.isEmpty(), "found no dependency in " + RESOLVED.toAbsolutePath());
    Set<String> expected = listed(RUNTIME);
    expected.addAll(listed(ADDED));

    Set<String> added = new TreeSet<>(resolved);
    added.removeAll(expected);
    Set<String> removed = new TreeSet<>(expected);
    removed.removeAll(resolved);
    if (!added.isEmpty() || !removed.isEmpty()) {
      fail(
          "dynamap-async's dependencies changed: every async user's class path gets them.\n"
              + (added.isEmpty() ? "" : "  resolved, not listed: " + added + "\n")
              + (removed.isEmpty() ? "" : "  listed, not resolved: " + removed + "\n")
              + "If the change is deliberate, update async/async-dependencies.txt (or the"
              + " runtime's list); if not, exclude what came in.");
    }
  }

  private static Set<String> listed(Path file) throws IOException {
    Set<String> artifacts = new TreeSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        artifacts.add(line.strip());
      }
    }
    return artifacts;
  }
}
