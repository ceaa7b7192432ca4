package io.dynamap.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmarks compiling and runnable with tiny counts; the benchmarks themselves run
 * with {@code benchmarks/run}, never in the test command.
 */
class BenchmarksSmokeTest {
  @Test
  void everyAnchorMapsEveryShapeItCanAndReadsBackWhatItWrote() {
    for (Shape shape : Shape.values()) {
      for (Anchor anchor : Anchor.values()) {
        if (!anchor.maps(shape)) {
          continue;
        }
        MappingCase mappingCase = MappingCase.of(shape, anchor);
        Object item = mappingCase.serialize();
        assertEquals(mappingCase.item(), item, shape + " " + anchor);
        assertNotNull(mappingCase.deserialize(), shape + " " + anchor);
      }
    }
  }

  @Test
  void dynamapWritesTheSameItemsAsTheHandWrittenConverter() {
    // Instants, doubles and BigDecimals have one text each in these shapes, so the items match.
    for (Shape shape : Shape.values()) {
      assertEquals(
          MappingCase.of(shape, Anchor.HAND_WRITTEN).item(),
          MappingCase.of(shape, Anchor.DYNAMAP).item(),
          shape.label());
    }
  }

  @Test
  void theDynamapLocalGroupAloneReplacesOnlyItsSection(@TempDir Path dir) throws IOException {
    String earlier =
        "# Benchmark results\n\n## Bulk load and read back\n\n| figures | of an earlier run |\n\n"
            + "## Notes\n\nKept.\n";
    Files.writeString(dir.resolve("RESULTS.md"), earlier);
    Settings settings =
        Settings.parse(
            "--only", "local",
            "--startup-runs", "1",
            "--local-warmup-s", "0.1",
            "--local-s", "0.2",
            "--page-items", "60",
            "--output", dir.toString());
    BenchmarkRunner.run(settings, null);

    String results = Files.readString(dir.resolve("RESULTS.md"));
    assertTrue(results.startsWith("# Benchmark results\n\n## Bulk load and read back\n\n| figures | of an earlier run |\n\n"), results);
    assertTrue(results.endsWith("## Notes\n\nKept.\n"), results);
    // A later run replaces the section instead of adding one.
    String again = LocalSection.splice(results, LocalSection.BEGIN + "\nnew\n" + LocalSection.END + "\n\n");
    assertEquals(earlier.replace("## Notes", LocalSection.BEGIN + "\nnew\n" + LocalSection.END + "\n\n## Notes"), again);
    assertTrue(results.contains("benchmarks/run --only local"), results);
    for (String server :
        new String[] {LocalBenchmark.IN_PROCESS, LocalBenchmark.LOCAL_HTTP, LocalBenchmark.NULL_NODELAY, LocalBenchmark.NULL_NAGLE}) {
      assertTrue(results.contains("| " + server + " | "), server);
    }
    assertTrue(results.contains("| scan | Dynamap Local HTTP | 60 | 1 | "), results);
    assertTrue(results.contains("| query | Dynamap Local in-process | 60 | 1 | "), results);
    assertTrue(results.contains("| Dynamap Local HTTP | 60 | "), results);
    if (new LocalBenchmark(settings).dynaliteSkippedReason() == null) {
      assertTrue(results.contains("| scan | dynalite HTTP | 60 | 1 | "), results);
      assertTrue(results.contains("| PutItem in-process >= 5x dynalite over HTTP |"), results);
    } else {
      System.out.println("dynalite parts skipped: " + new LocalBenchmark(settings).dynaliteSkippedReason());
      assertTrue(results.contains("**dynalite was skipped:**"), results);
    }
    assertTrue(Files.size(dir.resolve("charts/local-throughput.png")) > 1000);
  }

  @Test
  void theBulkGroupAloneReplacesOnlyItsSectionWithTheAsyncApiBesideTheBlockingOne(@TempDir Path dir)
      throws IOException {
    String earlier =
        "# Benchmark results\n\n## Mapping\n\n| figures |\n\n## Bulk load and read back (Dynamap"
            + " Local)\n\n| figures | of an earlier run |\n\n## Notes\n\nKept.\n";
    Files.writeString(dir.resolve("RESULTS.md"), earlier);
    BenchmarkRunner.run(
        Settings.parse("--only", "bulk", "--items", "100", "--python", "none", "--output", dir.toString()),
        null);

    String results = Files.readString(dir.resolve("RESULTS.md"));
    assertTrue(results.startsWith("# Benchmark results\n\n## Mapping\n\n| figures |\n\n"), results);
    assertTrue(results.endsWith("## Notes\n\nKept.\n"), results);
    assertTrue(!results.contains("of an earlier run"), results);
    assertTrue(results.contains("benchmarks/run --only bulk --items 100"), results);
    assertTrue(results.contains("| write | Dynamap AsyncBatchWriter (8 in flight) | 100 |"), results);
    for (String operation : BulkBenchmark.READS) {
      assertTrue(results.contains("| " + operation + " | Dynamap async publisher | 100 |"), operation);
      assertTrue(results.contains("| " + operation + " | Dynamap paginator | 100 |"), operation);
    }
    assertTrue(results.contains("| parallel scan (4 segments) | "), results);
    assertTrue(results.contains("| async / blocking |"), results);
    assertTrue(Files.size(dir.resolve("charts/bulk.png")) > 1000);
  }

  @Test
  void oneRunOfEverythingWritesTheReportAndCharts(@TempDir Path dir) throws IOException {
    Settings settings =
        Settings.parse(
            "--shapes", "tiny",
            "--forks", "0",
            "--warmup", "1",
            "--iterations", "1",
            "--iteration-ms", "50",
            "--cold-runs", "1",
            "--items", "200",
            "--groups", "mapping,cold,bulk",
            "--output", dir.toString());
    BenchmarkRunner.run(settings, null);

    String results = Files.readString(dir.resolve("RESULTS.md"));
    for (Anchor anchor : Anchor.values()) {
      assertTrue(results.contains(anchor.description()), anchor.description());
    }
    assertTrue(results.contains("| write | Dynamap BatchWriter (8 in flight) | 200 |"), results);
    assertTrue(results.contains("exactly ceil(n/25) = 8 requests | 8 | met"), results);
    for (String chart :
        new String[] {"mapping-serialize", "mapping-deserialize", "mapping-allocation", "cold-start", "bulk"}) {
      assertTrue(Files.size(dir.resolve("charts/" + chart + ".png")) > 1000, chart);
    }
  }

  @Test
  void theCompileGroupAloneReplacesOnlyItsSection(@TempDir Path dir) throws IOException {
    String earlier = "# Benchmark results\n\n## Mapping\n\n| figures |\n\n## Notes\n\nKept.\n";
    Files.writeString(dir.resolve("RESULTS.md"), earlier);
    // The processor's shaded jar exists once the reactor has packaged it (verify, benchmarks/run).
    try {
      CompileBenchmark.processorPath();
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      org.junit.jupiter.api.Assumptions.abort("no processor jar yet: " + e.getMessage());
    }
    Settings settings =
        Settings.parse("--only", "compile", "--compile-n", "2", "--compile-runs", "1", "--output", dir.toString());
    new CompileBenchmark(settings).run();

    String results = Files.readString(dir.resolve("RESULTS.md"));
    assertTrue(results.startsWith("# Benchmark results\n\n## Mapping\n\n| figures |\n\n" + CompileBenchmark.BEGIN), results);
    assertTrue(results.endsWith(CompileBenchmark.END + "\n\n## Notes\n\nKept.\n"), results);
    assertTrue(results.contains("benchmarks/run --only compile"), results);
    // N = 2: two entities with their documents and one repository were generated and compiled.
    // Plain, parse, floor and proc-only seconds, the processor's ms per entity and its split into
    // javac's floor and Dynamap's own, full seconds, full / plain, share, lines, class KB.
    assertTrue(
        results.matches(
            "(?s).*\\| 2 \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\| -?[0-9.]+ \\| -?[0-9.]+ \\| -?[0-9.]+"
                + " \\| [0-9.]+ \\| [0-9.]+x \\| -?[0-9]+% \\| [1-9][0-9]+ \\| [0-9.]+ \\|.*"),
        results);
    assertTrue(results.contains("| floor s | proc-only s |"), results);
    // A later run replaces the section instead of adding one.
    String again = CompileBenchmark.splice(results, CompileBenchmark.BEGIN + "\nnew\n" + CompileBenchmark.END + "\n");
    assertEquals(
        earlier.replace("## Notes", CompileBenchmark.BEGIN + "\nnew\n" + CompileBenchmark.END + "\n\n## Notes"), again);
  }
}
