package io.dynamap.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm compiler runs every kind of its plan in each round and reports only measured rounds. */
class WarmCompilerTest {
  @Test
  void eachMeasuredRoundReportsEveryKindAndCompilesIntoEmptiedDirectories(@TempDir Path dir) throws IOException {
    Path source = Files.writeString(dir.resolve("Hello.java"), "public class Hello {}\n");
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    Path stale = Files.writeString(classes.resolve("Stale.class"), "left by an earlier round");
    List<String> plan =
        List.of(
            "1 2",
            "compile\t-proc:none\t-d\t" + classes + "\t" + source,
            "parse\t-proc:only\t-d\t" + dir.resolve("parsed") + "\t" + source);
    List<String> lines = new ArrayList<>();

    WarmCompiler.run(plan, lines::add);

    assertEquals(4, lines.size(), lines.toString());
    assertEquals(List.of("compile", "parse", "compile", "parse"), lines.stream().map(l -> l.split(" ")[0]).toList());
    for (String line : lines) {
      assertTrue(Double.parseDouble(line.split(" ")[1]) > 0, line);
    }
    assertTrue(Files.exists(classes.resolve("Hello.class")));
    assertFalse(Files.exists(stale), "the -d directory is emptied before each compile");
  }

  @Test
  void aPlanWithoutItsRoundsLineIsRefusedSayingWhatTheLineMustBe() {
    IllegalArgumentException failure =
        assertThrows(
            IllegalArgumentException.class,
            () -> WarmCompiler.run(List.of("plain\t-proc:none\tA.java"), line -> {}));

    assertEquals(
        "the plan's first line must be \"<warm-up rounds> <measured rounds>\", not: plain\t-proc:none\tA.java",
        failure.getMessage());
  }

  @Test
  void aCompileErrorFailsTheRunWithJavacsMessage(@TempDir Path dir) throws IOException {
    Path source = Files.writeString(dir.resolve("Broken.java"), "public class Broken { int x = ; }\n");
    List<String> plan = List.of("0 1", "plain\t-proc:none\t-d\t" + dir.resolve("out") + "\t" + source);

    IllegalStateException failure = assertThrows(IllegalStateException.class, () -> WarmCompiler.run(plan, line -> {}));

    assertTrue(failure.getMessage().startsWith("javac failed (plain):"), failure.getMessage());
    assertTrue(failure.getMessage().contains("Broken.java"), failure.getMessage());
  }
}
