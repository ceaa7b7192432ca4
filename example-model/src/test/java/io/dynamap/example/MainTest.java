package io.dynamap.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo, run as the README's first command runs it: on embedded Dynamap Local, to the end. */
class MainTest {
  @Test
  void theDemoRunsToTheEndWithPlainTextOutput() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      Main.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    List<String> lines = output.lines().toList();

    assertEquals("Starting embedded Dynamap Local…", lines.get(0));
    assertTrue(lines.get(1).startsWith("Dynamap Local is listening at http://127.0.0.1:"), lines.get(1));
    assertTrue(output.contains("Loaded 12 customers and 360 orders"), output);
    // The batch get of three summaries prints three lines after its heading.
    int batch =
        lines.indexOf("The same three attributes of the three latest orders, by key: one BatchGetItem");
    assertTrue(batch > 0, output);
    assertEquals(
        3, lines.subList(batch + 1, batch + 4).stream().filter(l -> l.startsWith("  2026-")).count());
    assertFalse(output.contains("\u001b"), "no terminal escape codes in the demo's output");
    String cursorLine =
        lines.stream().filter(line -> line.startsWith("  cursor: ")).findFirst().orElseThrow();
    assertTrue(cursorLine.length() <= 80, "the cursor line is shortened: " + cursorLine);
    assertEquals(
        1, lines.stream().filter(line -> line.startsWith("  cursor: ")).count(), output);
    // The deliveries: generated values, and a query on the multi-attribute index.
    assertTrue(
        output.contains("two updates later: @AtomicCounter attempts = 2, createdAt unchanged: true"),
        output);
    int query = lines.indexOf("  DeliveryKeys.byCarrierAndRegion(\"DHL\", \"EU-West\").day().eq(2026-03-02).slot().ge(2):");
    assertTrue(query > 0, output);
    assertEquals(List.of("    slot 2  order-2", "    slot 4  order-4"), lines.subList(query + 1, query + 3));
  }
}
