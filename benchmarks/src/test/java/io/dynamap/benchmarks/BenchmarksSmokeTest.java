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
}
