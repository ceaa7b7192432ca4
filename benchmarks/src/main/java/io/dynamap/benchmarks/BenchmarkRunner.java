package io.dynamap.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the four benchmark groups (mapping with JMH, cold start, bulk against Dynamap Local, and
 * Dynamap Local itself against dynalite) and writes {@code RESULTS.md} with its charts; with
 * {@code --only local}, the last group alone, replacing its section of the existing report; with {@code
 * --only compile}, the compile-time benchmark ({@link CompileBenchmark}), likewise. {@code benchmarks/run} starts it; see {@link
 * Settings#parse} for the arguments.
 */
public final class BenchmarkRunner {
  private BenchmarkRunner() {}

  public static void main(String[] args) {
    Settings settings = Settings.parse(args);
    if (settings.groups().equals(java.util.Set.of("compile"))) {
      new CompileBenchmark(settings).run();
      System.exit(0);
    }
    run(settings, settings.outputDirectory().resolve("target").resolve("jmh").toString());
    System.exit(0);
  }

  /** Runs everything and writes the report; returns the report's inputs for tests. */
  public static Report run(Settings settings, String jmhLog) {
    System.setProperty("java.awt.headless", "true");
    Instant started = Instant.now();
    String loadBefore = LocalBenchmark.loadAverage();
    long start = System.nanoTime();
    if (jmhLog != null) {
      try {
        java.nio.file.Files.createDirectories(java.nio.file.Path.of(jmhLog).getParent());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<MappingRun.Result> mapping =
        settings.groups().contains("mapping") ? MappingRun.run(settings, jmhLog) : List.of();
    List<ColdStartBenchmark.Result> coldStart = List.of();
    List<BulkBenchmark.Result> bulk = List.of();
    RuntimeException failure = null;
    if (settings.groups().contains("cold") || settings.groups().contains("bulk")) {
      try (Server server = Server.start()) {
        if (settings.groups().contains("cold")) {
          System.out.println("Cold start, " + settings.coldStartRuns() + " runs per anchor");
          coldStart = ColdStartBenchmark.run(settings.coldStartRuns(), server.endpoint);
        }
        if (settings.groups().contains("bulk")) {
          String python = boto3Python(settings.python());
          System.out.println(
              "Bulk, " + settings.bulkItems() + " items" + (python == null ? " (boto3 not found: skipped)" : ""));
          bulk = new BulkBenchmark(server.endpoint, settings.bulkItems()).run(python);
        }
      } catch (RuntimeException e) {
        // Keep what was measured: the report says what failed.
        failure = e;
      }
    }
    LocalBenchmark.Results local = null;
    if (failure == null && settings.groups().contains("local")) {
      try {
        local = new LocalBenchmark(settings).run();
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String notes = notes();
    if (failure != null) {
      notes = "## Failed\n\nThe run stopped early: " + failure + "\n\n" + (notes == null ? "" : notes);
    }
    Report report = new Report(settings, mapping, coldStart, bulk, local, started, took, notes);
    if (settings.only()) {
      if (failure != null) {
        // Keep the committed report as it is: nothing measured replaces it.
        throw failure;
      }
      if (settings.groups().contains("bulk")) {
        report.writeBulkOnly(loadBefore);
      } else {
        report.writeLocalOnly();
      }
      System.out.println(
          "Replaced the " + String.join(", ", settings.groups()) + " section of "
              + settings.outputDirectory().resolve("RESULTS.md") + " in " + took);
      return report;
    }
    report.write();
    System.out.println("Wrote " + settings.outputDirectory().resolve("RESULTS.md") + " in " + took);
    if (failure != null) {
      throw failure;
    }
    return report;
  }

  /** The python with boto3, or null. */
  static String boto3Python(String python) {
    if (python == null) {
      return null;
    }
    try {
      Process p = new ProcessBuilder(python, "-c", "import boto3").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? python : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static String notes() {
    try (InputStream in = BenchmarkRunner.class.getResourceAsStream("results-notes.md")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Dynamap Local in a child JVM ({@link LocalServer}), stopped by closing its standard input. */
  static final class Server implements AutoCloseable {
    final Process process;
    final URI endpoint;

    private Server(Process process, URI endpoint) {
      this.process = process;
      this.endpoint = endpoint;
    }

    static Server start() {
      try {
        Process process =
            new ProcessBuilder(Jvm.command(List.of("-Xmx2g"), LocalServer.class))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out =
            new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
          if (line.startsWith(LocalServer.PREFIX)) {
            URI endpoint = URI.create(line.substring(LocalServer.PREFIX.length()).trim());
            Thread drain =
                new Thread(
                    () -> {
                      try {
                        out.transferTo(java.io.Writer.nullWriter());
                      } catch (IOException e) {
                        // The server ended.
                      }
                    },
                    "dynamodb-local-output");
            drain.setDaemon(true);
            drain.start();
            return new Server(process, endpoint);
          }
        }
        throw new IllegalStateException("Dynamap Local did not start");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroy();
        }
      } catch (IOException e) {
        process.destroy();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroy();
      }
    }
  }
}
