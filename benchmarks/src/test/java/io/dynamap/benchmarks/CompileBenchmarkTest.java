package io.dynamap.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compile benchmark's arithmetic and report rows, without running javac. */
class CompileBenchmarkTest {
  @Test
  void theFloorSplitsTheProcessorsTimeIntoJavacsShareAndDynamapsOwn() {
    // 500 entities: parse 3 s, floor 5.5 s, proc-only 14 s.
    CompileBenchmark.Figures figures = new CompileBenchmark.Figures(500, 4.5, 3.0, 5.5, 14.0, 25.0);

    assertEquals(22.0, figures.processorMillisPerEntity(), 1e-9);
    assertEquals(5.0, figures.javacFloorMillisPerEntity(), 1e-9);
    assertEquals(17.0, figures.ownMillisPerEntity(), 1e-9);
    assertEquals(
        figures.processorMillisPerEntity(),
        figures.javacFloorMillisPerEntity() + figures.ownMillisPerEntity(),
        1e-9);
  }

  @Test
  void aRowShowsTheFloorColumnsBetweenTheProcessorsTimeAndTheFullCompile() {
    CompileBenchmark.Result result =
        new CompileBenchmark.Result(
            500,
            1101,
            new CompileBenchmark.Time(4.5, 8.25),
            new CompileBenchmark.Time(3.0, 5.5),
            new CompileBenchmark.Time(5.5, 10.0),
            new CompileBenchmark.Time(14.0, 25.5),
            new CompileBenchmark.Time(25.0, 47.0),
            3100,
            279_000,
            500 * 24 * 1024);

    assertEquals(
        "| 500 | 4.50 | 3.00 | 5.50 | 14.00 | 22.0 | 5.0 | 17.0 | 25.00 | 5.6x | 82% | 558 | 24.0 |",
        CompileBenchmark.row(result, CompileBenchmark.wall(result)));
    assertEquals(
        "| 500 | 8.25 | 5.50 | 10.00 | 25.50 | 40.0 | 9.0 | 31.0 | 47.00 | 5.7x | 82% | 558 | 24.0 |",
        CompileBenchmark.row(result, CompileBenchmark.cpu(result)));
  }

  @Test
  void theFloorsNamesAreTheGeneratedSourcesQualifiedNamesSorted(@TempDir Path dir) throws IOException {
    Path generated = dir.resolve("generated");
    Files.createDirectories(generated.resolve("bench/model"));
    Files.writeString(generated.resolve("bench/model/Entity1Schema.java"), "");
    Files.writeString(generated.resolve("bench/model/Entity0Store_Impl.java"), "");
    Files.writeString(generated.resolve("bench/model/notes.txt"), "");
    Path file = dir.resolve("names.txt");

    List<String> names = CompileBenchmark.writeGeneratedNames(generated, file);

    assertEquals(List.of("bench.model.Entity0Store_Impl", "bench.model.Entity1Schema"), names);
    assertEquals(names, Files.readAllLines(file));
  }
}
