package io.dynamap.benchmarks;

import static io.dynamap.benchmarks.Report.median;
import static io.dynamap.benchmarks.Report.ms;
import static io.dynamap.benchmarks.Report.ops;
import static io.dynamap.benchmarks.Report.ratio;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.data.category.DefaultCategoryDataset;

/** The "Dynamap Local vs dynalite" section of RESULTS.md, between markers that {@link #splice} finds. */
final class LocalSection {
  static final String BEGIN = "<!-- dynamap-local-benchmark:begin -->";
  static final String END = "<!-- dynamap-local-benchmark:end -->";

  private LocalSection() {}

  /** Replaces the marked section of {@code existing}, or adds it before "## Notes" or at the end. */
  static String splice(String existing, String section) {
    int begin = existing.indexOf(BEGIN);
    int end = existing.indexOf(END);
    if (begin >= 0 && end > begin) {
      int after = end + END.length();
      while (after < existing.length() && existing.charAt(after) == '\n') {
        after++;
      }
      return existing.substring(0, begin) + section + existing.substring(after);
    }
    int notes = existing.indexOf("\n## Notes");
    if (notes >= 0) {
      return existing.substring(0, notes + 1) + section + existing.substring(notes + 1);
    }
    return existing + (existing.endsWith("\n\n") ? "" : existing.endsWith("\n") ? "\n" : "\n\n") + section;
  }

  static String markdown(LocalBenchmark.Results r, Settings settings, Instant started, boolean alone, Path dir)
      throws IOException {
    StringBuilder md = new StringBuilder();
    md.append(BEGIN).append('\n');
    md.append("## Dynamap Local vs dynalite\n\n");
    md.append("Measured by `")
        .append(alone ? Report.COMMAND + " --only local" : Report.COMMAND)
        .append("` on ")
        .append(started.truncatedTo(ChronoUnit.SECONDS))
        .append("; this group took ")
        .append(Report.minutes(r.took()))
        .append(". Load average (1 / 5 / 15 min) before: ")
        .append(r.loadBefore())
        .append(", after: ")
        .append(r.loadAfter())
        .append(".");
    if (alone) {
      md.append(" Run alone: the sections above are from their own run (see the header); ")
          .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
          .append(Report.cpuModel()).append(", ")
          .append(System.getProperty("java.vm.name")).append(' ')
          .append(System.getProperty("java.runtime.version")).append('.');
    }
    md.append("\n\n");
    md.append("Every ratio compares figures of this same run. Servers over HTTP run in processes of ")
        .append("their own: Dynamap Local (`LocalServer`, `DynamapLocal.start()`) and the do-nothing ")
        .append("anchors in JVMs, ")
        .append(r.dynaliteVersion() != null ? r.dynaliteVersion() : "dynalite (skipped)")
        .append(" in memory. The clients run in the runner's JVM: the AWS SDK v2 sync `DynamoDbClient` ")
        .append("on the Apache HTTP client (keep-alive). *In-process* is Dynamap Local in the runner's ")
        .append("JVM (`builder().http(false)`) through `inProcessHttpClient()`, no sockets, same client ")
        .append("and threads. The do-nothing anchors are the JDK's `com.sun.net.httpserver.HttpServer` ")
        .append("(the server Dynamap Local's HTTP front runs on) answering a fixed valid answer ")
        .append("(`{}`, or the item for `GetItem`) from the server's dispatcher thread, with ")
        .append("`sun.net.httpserver.nodelay=true` and without it (Nagle's algorithm meeting delayed ")
        .append("ACKs); and a third with `TCP_NODELAY` handing each exchange to a pool of 64 threads, ")
        .append("as Dynamap Local's front does. \"vs do-nothing\" is against the first, the fastest ")
        .append("HTTP/1.1 this server gives.\n\n");
    if (r.dynaliteSkipped() != null) {
      md.append("**dynalite was skipped:** ").append(r.dynaliteSkipped()).append(".\n\n");
    }

    targets(md, r);
    startups(md, r);
    throughput(md, r, settings, dir);
    batches(md, r);
    reads(md, r);

    if (alone) {
      md.append("The bulk section above (Dynamap's `BatchWriter` and the paginators) now runs against ")
          .append("Dynamap Local in its own JVM; its figures are replaced at the next full `")
          .append(Report.COMMAND)
          .append("`.\n\n");
    }
    md.append(END).append("\n\n");
    return md.toString();
  }

  private static void targets(StringBuilder md, LocalBenchmark.Results r) {
    md.append("### Targets\n\n| Target | Measured | |\n|---|---|---|\n");
    Optional<LocalBenchmark.Startup> loaded = startup(r, LocalBenchmark.IN_PROCESS, "`start()`");
    Optional<LocalBenchmark.Startup> fresh = startup(r, LocalBenchmark.IN_PROCESS, "`main`");
    if (loaded.isPresent()) {
      double m = median(loaded.get().millis());
      md.append("| in-process start to first answer < 100 ms | ").append(ms(m))
          .append(" from `start()`, SDK loaded");
      fresh.ifPresent(f -> md.append("; ").append(ms(median(f.millis()))).append(" from `main` in a fresh JVM, SDK loaded by it"));
      md.append(" | ").append(m < 100 ? "met" : "**missed**").append(" |\n");
    }
    for (String op : List.of("PutItem", "GetItem")) {
      double anchor = rate(r, LocalBenchmark.NULL_NODELAY, op);
      double http = rate(r, LocalBenchmark.LOCAL_HTTP, op);
      if (!Double.isNaN(anchor) && !Double.isNaN(http)) {
        md.append("| ").append(op).append(" over HTTP >= 90% of the do-nothing server | ")
            .append(ops(http)).append(" vs ").append(ops(anchor)).append("/s: ")
            .append(percent(http / anchor)).append(" | ")
            .append(http >= 0.9 * anchor ? "met" : "**missed**").append(" |\n");
      }
    }
    for (String op : List.of("PutItem", "GetItem")) {
      double in = rate(r, LocalBenchmark.IN_PROCESS, op);
      double dynalite = rate(r, LocalBenchmark.DYNALITE, op);
      if (!Double.isNaN(in) && !Double.isNaN(dynalite)) {
        md.append("| ").append(op).append(" in-process >= 5x dynalite over HTTP | ")
            .append(ops(in)).append(" vs ").append(ops(dynalite)).append("/s: ")
            .append(ratio(in / dynalite)).append(" | ")
            .append(in >= 5 * dynalite ? "met" : "**missed**").append(" |\n");
      }
    }
    md.append('\n');
  }

  private static void startups(StringBuilder md, LocalBenchmark.Results r) {
    md.append("### Start to first answered request\n\n");
    md.append("The first answered `listTables`. In-process: a fresh JVM per run (`StartupProbe`) ")
        .append("starts `DynamapLocal.builder().http(false).start()`, builds a `DynamoDbClient` on ")
        .append("its `inProcessHttpClient()` and calls `listTables`; timed from `start()` with the ")
        .append("SDK loaded and run once before through a stub transport (what each further instance ")
        .append("of a test suite costs), and from `main` with the SDK loaded by this first call (what ")
        .append("a suite's first test pays, mostly the SDK's own start). Over HTTP: from launching ")
        .append("the process (`java -cp ... io.dynamap.local.Main --port N`, `node cli.js --port N`) ")
        .append("to the first answer to the runner's warm SDK client, polling every 2 ms. The runs ")
        .append("take turns.\n\n");
    md.append("| Server | Timed | median | min – max | runs |\n|---|---|---:|---:|---:|\n");
    for (LocalBenchmark.Startup s : r.startups()) {
      if (s.millis().isEmpty()) {
        continue;
      }
      md.append("| ").append(s.server()).append(" | ").append(s.how()).append(" | ")
          .append(ms(median(s.millis()))).append(" | ").append(ms(Collections.min(s.millis())))
          .append(" – ").append(ms(Collections.max(s.millis()))).append(" | ")
          .append(s.millis().size()).append(" |\n");
    }
    md.append('\n');
  }

  private static void throughput(StringBuilder md, LocalBenchmark.Results r, Settings settings, Path dir)
      throws IOException {
    md.append("### Single-item PutItem and GetItem, ").append(LocalBenchmark.THREADS).append(" threads\n\n");
    md.append(LocalBenchmark.THREADS)
        .append(" threads of one sync client each call `putItem` (an item of 100 characters over ")
        .append(LocalBenchmark.PUT_KEYS).append(" keys) or `getItem` (one of ")
        .append(LocalBenchmark.GET_KEYS).append(" stored items) as fast as answered: ")
        .append(String.format(Locale.ROOT, "%.0f s", settings.localWarmupSeconds()))
        .append(" of warm-up, then the answers of ")
        .append(String.format(Locale.ROOT, "%.0f s", settings.localSeconds()))
        .append(" counted. One server at a time, in the order below, after an unreported round ")
        .append("on the first that warms up the client.\n\n");
    String chart = "charts/local-throughput.png";
    md.append("![single-item throughput](").append(chart).append(")\n\n");
    md.append("| Server | PutItem/s | GetItem/s | PutItem vs do-nothing | GetItem vs do-nothing | ")
        .append("PutItem vs dynalite | GetItem vs dynalite | errors |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> servers =
        r.throughput().stream().map(LocalBenchmark.Throughput::server).distinct().toList();
    for (String server : servers) {
      double put = rate(r, server, "PutItem");
      double get = rate(r, server, "GetItem");
      long errors =
          r.throughput().stream().filter(t -> t.server().equals(server)).mapToLong(LocalBenchmark.Throughput::errors).sum();
      md.append("| ").append(server).append(" | ").append(ops(put)).append(" | ").append(ops(get)).append(" | ")
          .append(ratio(put / rate(r, LocalBenchmark.NULL_NODELAY, "PutItem"))).append(" | ")
          .append(ratio(get / rate(r, LocalBenchmark.NULL_NODELAY, "GetItem"))).append(" | ")
          .append(ratio(put / rate(r, LocalBenchmark.DYNALITE, "PutItem"))).append(" | ")
          .append(ratio(get / rate(r, LocalBenchmark.DYNALITE, "GetItem"))).append(" | ")
          .append(errors).append(" |\n");
      data.addValue(put, server, "PutItem");
      data.addValue(get, server, "GetItem");
    }
    md.append('\n');
    Report.barChart(
        dir.resolve(chart), "Single-item requests per second, 8 threads (higher is better)", "", "requests/s", data);
  }

  private static void batches(StringBuilder md, LocalBenchmark.Results r) {
    if (r.batches().isEmpty()) {
      return;
    }
    md.append("### BatchWriteItem, 25 items per request, ").append(LocalBenchmark.THREADS).append(" threads\n\n");
    md.append("Items of ").append(LocalBenchmark.itemSize(LocalBenchmark.pageItem(0)))
        .append(" bytes (as DynamoDB counts them) in one partition, into an empty table; ")
        .append("unprocessed items are sent again. One load each, after a warm-up load of a fifth ")
        .append("as many items into another table. MB are 10^6 bytes of item data.\n\n");
    md.append("| Server | items | seconds | items/s | MB/s | requests | vs dynalite |\n|---|---:|---:|---:|---:|---:|---:|\n");
    Optional<LocalBenchmark.Batch> dynalite =
        r.batches().stream().filter(b -> b.server().equals(LocalBenchmark.DYNALITE)).findFirst();
    for (LocalBenchmark.Batch b : r.batches()) {
      md.append("| ").append(b.server()).append(" | ").append(b.items()).append(" | ")
          .append(String.format(Locale.ROOT, "%.2f", b.seconds())).append(" | ")
          .append(ops(b.itemsPerSecond())).append(" | ")
          .append(String.format(Locale.ROOT, "%.1f", b.bytes() / 1e6 / b.seconds())).append(" | ")
          .append(b.requests()).append(" | ")
          .append(dynalite.map(d -> ratio(b.itemsPerSecond() / d.itemsPerSecond())).orElse("–"))
          .append(" |\n");
    }
    md.append('\n');
  }

  private static void reads(StringBuilder md, LocalBenchmark.Results r) {
    if (r.reads().isEmpty()) {
      return;
    }
    md.append("### Full scan and query in 1 MB pages\n\n");
    md.append("The table loaded above, read whole by one `scan` and by one `query` of its single ")
        .append("partition, page by page (`ExclusiveStartKey`), one thread. Each read ")
        .append(LocalBenchmark.READ_REPETITIONS)
        .append(" times, the servers taking turns: the median, and the range as items/s.\n\n");
    md.append("| Operation | Server | items | pages | MB/s | items/s | range items/s | vs dynalite |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (LocalBenchmark.Read read : r.reads()) {
      double min = read.items() / Collections.max(read.seconds());
      double max = read.items() / Collections.min(read.seconds());
      Optional<LocalBenchmark.Read> dynalite =
          r.reads().stream()
              .filter(x -> x.server().equals(LocalBenchmark.DYNALITE) && x.operation().equals(read.operation()))
              .findFirst();
      md.append("| ").append(read.operation()).append(" | ").append(read.server()).append(" | ")
          .append(read.items()).append(" | ").append(read.pages()).append(" | ")
          .append(String.format(Locale.ROOT, "%.1f", read.megabytesPerSecond())).append(" | ")
          .append(ops(read.itemsPerSecond())).append(" | ").append(ops(min)).append(" – ").append(ops(max))
          .append(" | ").append(dynalite.map(d -> ratio(read.itemsPerSecond() / d.itemsPerSecond())).orElse("–"))
          .append(" |\n");
    }
    md.append('\n');
  }

  private static Optional<LocalBenchmark.Startup> startup(LocalBenchmark.Results r, String server, String prefix) {
    return r.startups().stream()
        .filter(s -> s.server().equals(server) && s.how().startsWith(prefix) && !s.millis().isEmpty())
        .findFirst();
  }

  private static double rate(LocalBenchmark.Results r, String server, String operation) {
    return r.throughput().stream()
        .filter(t -> t.server().equals(server) && t.operation().equals(operation))
        .findFirst()
        .map(LocalBenchmark.Throughput::perSecond)
        .orElse(Double.NaN);
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.0f%%", value * 100);
  }
}
