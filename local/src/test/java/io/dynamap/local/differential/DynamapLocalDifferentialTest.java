package io.dynamap.local.differential;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Differential conformance test: a seeded random sequence of thousands of requests (every key
 * type, secondary indexes, conditions, updates, projections, queries and scans followed to their
 * end, batches, and invalid requests of many kinds) is sent as raw JSON to Dynamap Local and to
 * dynalite, and their answers must agree: status, error type and message, items, counts, keys,
 * except for the {@linkplain KnownDifferences known differences}.
 *
 * <p>Skips (with the reason) when Node.js or the dynalite that {@code .ci/run} installs is missing.
 * Reproduce a run with {@code -Ddifferential.seed=N}; {@code -Ddifferential.operations=N} sets how
 * many requests are compared. Every exchange is logged to {@code target/differential/}.
 */
class DynamapLocalDifferentialTest {
  private static final long DEFAULT_SEED = 20_261_205L;
  private static final int DEFAULT_OPERATIONS = 5_000;
  private static final int FILL_OPERATIONS = 150;

  private static void awaitActive(JsonEndpoint endpoint, String table) throws InterruptedException {
    String request = Json.compact(Json.object().put("TableName", table));
    Answer answer = null;
    for (int attempt = 0; attempt < 200; attempt++) {
      answer = endpoint.call("DescribeTable", request);
      if ("ACTIVE".equals(answer.body().path("Table").path("TableStatus").asText())) {
        return;
      }
      Thread.sleep(25);
    }
    throw new AssertionError(
        "table " + table + " did not become ACTIVE on " + endpoint.name() + ", DescribeTable: " + answer);
  }

  @Test
  void dynamapLocalAnswersAsDynaliteDoes() throws Exception {
    Optional<String> unavailable = DynaliteProcess.unavailableReason();
    unavailable.ifPresent(reason -> System.out.println("Differential test skipped: " + reason));
    assumeTrue(unavailable.isEmpty(), () -> "Differential test skipped: " + unavailable.orElse(""));
    long seed = Long.getLong("differential.seed", DEFAULT_SEED);
    int operations = Integer.getInteger("differential.operations", DEFAULT_OPERATIONS);

    Path logFolder = Path.of("target", "differential");
    Files.createDirectories(logFolder);
    Path log = logFolder.resolve("seed-" + seed + ".jsonl");
    long started = System.nanoTime();
    DifferentialRun run;
    String subjectName;
    try (DynaliteProcess oracle = DynaliteProcess.start("dynalite");
        Subject subject = Subject.start();
        BufferedWriter logWriter = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      subjectName = subject.name();
      run = new DifferentialRun(seed, subject.endpoint(), oracle.endpoint(), logWriter);
      for (TableSpec table : TableSpec.ALL) {
        run.run(Step.single("create table", "CreateTable", table.createTableRequest()));
      }
      for (TableSpec table : TableSpec.ALL) {
        awaitActive(subject.endpoint(), table.name());
        awaitActive(oracle.endpoint(), table.name());
      }
      RequestGenerator generator = new RequestGenerator(seed);
      for (int i = 0; i < FILL_OPERATIONS; i++) {
        run.run(generator.fill());
      }
      while (run.compared() < operations) {
        run.run(generator.nextWithCapacity());
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "Differential test of %s (seed %d, %.1f s): %d operations compared, %d divergences, %d known differences applied%s%n",
        subjectName, seed, seconds, run.compared(), run.failures().size(), run.knownCount(),
        run.known().isEmpty() ? "" : " " + run.known());

    List<Divergence> failures = run.failures();
    assertTrue(run.compared() >= operations, "compared " + run.compared());
    Path report = logFolder.resolve("seed-" + seed + "-divergences.txt");
    String text = failures.stream()
        .map(d -> d.report(subjectName, "dynalite"))
        .collect(Collectors.joining("\n"));
    Files.writeString(report, text, StandardCharsets.UTF_8);
    assertTrue(failures.isEmpty(), () -> failures.size() + " divergences from dynalite (all in "
        + report.toAbsolutePath() + ", every exchange in " + log.toAbsolutePath()
        + "; rerun with -Ddifferential.seed=" + seed + "), the first ones:\n"
        + failures.stream().limit(10).map(d -> d.report(subjectName, "dynalite"))
            .collect(Collectors.joining("\n")));
  }
}
