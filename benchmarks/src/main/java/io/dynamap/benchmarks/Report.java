package io.dynamap.benchmarks;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Writes {@code RESULTS.md} and one PNG chart per benchmark from the figures of one run. */
public final class Report {
  /** The command documented in the README; the report names it. */
  static final String COMMAND = "benchmarks/run";

  private final Settings settings;
  private final List<MappingRun.Result> mapping;
  private final List<ColdStartBenchmark.Result> coldStart;
  private final List<BulkBenchmark.Result> bulk;
  private final LocalBenchmark.Results local;
  private final Instant started;
  private final Duration took;
  private final String notes;
  private final StringBuilder md = new StringBuilder();

  public Report(
      Settings settings,
      List<MappingRun.Result> mapping,
      List<ColdStartBenchmark.Result> coldStart,
      List<BulkBenchmark.Result> bulk,
      LocalBenchmark.Results local,
      Instant started,
      Duration took,
      String notes) {
    this.settings = settings;
    this.mapping = mapping;
    this.coldStart = coldStart;
    this.bulk = bulk;
    this.local = local;
    this.started = started;
    this.took = took;
    this.notes = notes;
  }

  /** Writes the report and the charts into the output directory. */
  public void write() {
    System.setProperty("java.awt.headless", "true");
    Path dir = settings.outputDirectory();
    try {
      Files.createDirectories(dir.resolve("charts"));
      header();
      targets();
      mappingSection(dir);
      coldStartSection(dir);
      bulkSection(dir);
      if (local != null) {
        md.append(LocalSection.markdown(local, settings, started, false, dir));
      }
      // The compile-time figures come from their own command (--only compile): kept as they are.
      Path existing = dir.resolve("RESULTS.md");
      String compile =
          Files.exists(existing)
              ? CompileBenchmark.section(Files.readString(existing, StandardCharsets.UTF_8))
              : null;
      if (compile != null) {
        md.append('\n').append(compile);
      }
      if (notes != null && !notes.isBlank()) {
        md.append("\n").append(notes.strip()).append("\n");
      }
      Files.writeString(dir.resolve("RESULTS.md"), md.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the Dynamap Local section alone into the existing RESULTS.md ({@code --only local}):
   * replaces the section of an earlier run, or adds it before the notes; the other sections and
   * their figures stay as they are.
   */
  public void writeLocalOnly() {
    System.setProperty("java.awt.headless", "true");
    Path dir = settings.outputDirectory();
    try {
      Files.createDirectories(dir.resolve("charts"));
      String section = LocalSection.markdown(local, settings, started, true, dir);
      Path file = dir.resolve("RESULTS.md");
      String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmark results\n\n";
      Files.writeString(file, LocalSection.splice(existing, section), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- header ----

  private void header() {
    md.append("# Benchmark results\n\n");
    md.append("Written by `").append(COMMAND).append("` (see [the README](../README.md#benchmarks)) on ")
        .append(started).append("; the whole run took ").append(minutes(took)).append(".\n\n");
    md.append("Every ratio below compares figures measured in this same run. ")
        .append("Throughput ratios are taken on the means.\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| JVM | ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append(" (")
        .append(System.getProperty("java.vendor")).append(") |\n");
    md.append("| machine | ").append(cpuModel()).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores (nproc), ")
        .append(memory()).append(", ").append(System.getProperty("os.name")).append(' ')
        .append(System.getProperty("os.version")).append(" |\n");
    md.append("| JMH | 1.37, ").append(settings.forks()).append(" fork, ")
        .append(settings.warmupIterations()).append(" warm-up and ")
        .append(settings.measurementIterations()).append(" measurement iterations of ")
        .append(settings.iterationMillis()).append(" ms, heap 1 GB, ")
        .append(settings.gcProfiler() ? "`-prof gc`" : "no GC profiler").append(" |\n");
    md.append("| cold start | ").append(settings.coldStartRuns())
        .append(" fresh JVMs per anchor, taking turns |\n");
    md.append("| bulk | ").append(settings.bulkItems())
        .append(" small items per anchor, one Dynamap Local server in its own JVM |\n");
    if (local != null) {
      md.append("| Dynamap Local vs dynalite | see [its section](#dynamap-local-vs-dynalite) |\n");
    }
    md.append('\n');
  }

  // ---- targets ----

  private void targets() {
    md.append("## Targets\n\n");
    md.append("| Target | Measured | |\n|---|---|---|\n");
    for (String direction : List.of("serialize", "deserialize")) {
      for (Shape shape : settings.shapes()) {
        Optional<MappingRun.Result> d = find(shape, Anchor.DYNAMAP, direction);
        Optional<MappingRun.Result> h = find(shape, Anchor.HAND_WRITTEN, direction);
        if (d.isEmpty() || h.isEmpty()) {
          continue;
        }
        double ratio = d.get().opsPerSecond() / h.get().opsPerSecond();
        boolean met = ratio >= 1.0;
        boolean withinError =
            d.get().opsPerSecond() + d.get().error() >= h.get().opsPerSecond() - h.get().error();
        md.append("| ").append(direction).append(' ').append(shape.label())
            .append(": Dynamap >= 1.0x hand-written | ").append(ratio(ratio)).append(" | ")
            .append(met ? "met" : withinError ? "missed, within the error" : "**missed**")
            .append(" |\n");
      }
    }
    if (settings.gcProfiler()) {
      for (String direction : List.of("serialize", "deserialize")) {
        for (Shape shape : settings.shapes()) {
          Optional<MappingRun.Result> d = find(shape, Anchor.DYNAMAP, direction);
          Optional<MappingRun.Result> h = find(shape, Anchor.HAND_WRITTEN, direction);
          if (d.isEmpty() || h.isEmpty()) {
            continue;
          }
          double db = d.get().bytesPerOp();
          double hb = h.get().bytesPerOp();
          md.append("| ").append(direction).append(' ').append(shape.label())
              .append(": allocation <= hand-written | ").append(bytes(db)).append(" vs ")
              .append(bytes(hb)).append(" | ").append(db <= hb * 1.001 ? "met" : "**missed**")
              .append(" |\n");
        }
      }
    }
    double dMap = coldMedian("map", "dynamap");
    double hMap = coldMedian("map", "handWritten");
    double bMap = coldMedian("map", "fromBean");
    if (!Double.isNaN(dMap)) {
      md.append("| cold start to first mapped item: Dynamap <= 1.1x hand-written | ")
          .append(ms(dMap)).append(" vs ").append(ms(hMap)).append(" (").append(ratio(dMap / hMap))
          .append("; fromBean ").append(ms(bMap)).append(") | ")
          .append(dMap <= 1.1 * hMap ? "met" : "**missed**").append(" |\n");
    }
    Optional<BulkBenchmark.Result> dw = bulk("Dynamap BatchWriter (8 in flight)", "write");
    Optional<BulkBenchmark.Result> bw = bulk("boto3 batch_writer", "write");
    Optional<BulkBenchmark.Result> ew = bulk("Enhanced batchWriteItem loop", "write");
    if (dw.isPresent()) {
      if (bw.isPresent()) {
        double r = dw.get().itemsPerSecond() / bw.get().itemsPerSecond();
        md.append("| bulk load: Dynamap >= 2x boto3 `batch_writer` | ").append(ratio(r))
            .append(" | ").append(r >= 2 ? "met" : "**missed**").append(" |\n");
      }
      if (ew.isPresent()) {
        double r = dw.get().itemsPerSecond() / ew.get().itemsPerSecond();
        md.append("| bulk load: Dynamap >= 1.5x the Enhanced sequential loop | ").append(ratio(r))
            .append(" | ").append(r >= 1.5 ? "met" : "**missed**").append(" |\n");
      }
      long expected = (dw.get().items() + 24) / 25;
      md.append("| bulk load: exactly ceil(n/25) = ").append(expected).append(" requests | ")
          .append(dw.get().requests()).append(" | ")
          .append(dw.get().requests() == expected ? "met" : "**missed**").append(" |\n");
    }
    for (String operation : List.of("scan", "query")) {
      Optional<BulkBenchmark.Result> d = bulk("Dynamap paginator", operation);
      Optional<BulkBenchmark.Result> e = bulk("Enhanced PageIterable", operation);
      if (d.isPresent() && e.isPresent()) {
        double r = d.get().itemsPerSecond() / e.get().itemsPerSecond();
        md.append("| read back (").append(operation)
            .append("): Dynamap no slower than the Enhanced `PageIterable` | ").append(ratio(r))
            .append(" | ").append(r >= 1.0 ? "met" : "**missed**").append(" |\n");
      }
    }
    md.append('\n');
  }

  // ---- mapping ----

  private void mappingSection(Path dir) throws IOException {
    if (mapping.isEmpty()) {
      return;
    }
    md.append("## Mapping (JMH, in memory)\n\n");
    md.append("Operations per second (mean ± 99.9% error, and the median of the iterations), ")
        .append("bytes allocated per operation (`-prof gc`), and throughput relative to the ")
        .append("hand-written converter and to `TableSchema.fromBean`. Each anchor serializes ")
        .append("its own object and deserializes the item it wrote. The SDK v1 mapper cannot ")
        .append("map the mixed shape (no `java.time`, `UUID` or enum support without ")
        .append("converters).\n\n");
    for (String direction : List.of("serialize", "deserialize")) {
      String chart = "charts/mapping-" + direction + ".png";
      md.append("### ").append(direction.equals("serialize") ? "Serialize (entity to item)" : "Deserialize (item to entity)")
          .append("\n\n![").append(direction).append("](").append(chart).append(")\n\n");
      md.append("| Shape | Anchor | ops/s | median ops/s | vs hand-written | vs fromBean | B/op |\n");
      md.append("|---|---|---:|---:|---:|---:|---:|\n");
      DefaultCategoryDataset throughput = new DefaultCategoryDataset();
      for (Shape shape : settings.shapes()) {
        Optional<MappingRun.Result> hand = find(shape, Anchor.HAND_WRITTEN, direction);
        Optional<MappingRun.Result> bean = find(shape, Anchor.FROM_BEAN, direction);
        for (Anchor anchor : Anchor.values()) {
          Optional<MappingRun.Result> found = find(shape, anchor, direction);
          if (found.isEmpty()) {
            continue;
          }
          MappingRun.Result r = found.get();
          md.append("| ").append(shape.label()).append(" | ")
              .append(anchor == Anchor.DYNAMAP ? "**" + anchor.description() + "**" : anchor.description())
              .append(" | ").append(ops(r.opsPerSecond())).append(" ± ").append(ops(r.error()))
              .append(" | ").append(ops(r.median())).append(" | ")
              .append(hand.map(h -> ratio(r.opsPerSecond() / h.opsPerSecond())).orElse("–"))
              .append(" | ")
              .append(bean.map(b -> ratio(r.opsPerSecond() / b.opsPerSecond())).orElse("–"))
              .append(" | ").append(bytes(r.bytesPerOp())).append(" |\n");
          hand.ifPresent(
              h -> throughput.addValue(r.opsPerSecond() / h.opsPerSecond(), anchor.description(), shape.label()));
        }
      }
      md.append('\n');
      barChart(
          dir.resolve(chart),
          "Mapping: " + direction + ", throughput relative to the hand-written converter",
          "shape",
          "ops/s ÷ hand-written ops/s, log scale (higher is better)",
          throughput,
          true);
    }
    if (settings.gcProfiler()) {
      String chart = "charts/mapping-allocation.png";
      DefaultCategoryDataset allocation = new DefaultCategoryDataset();
      for (String direction : List.of("serialize", "deserialize")) {
        for (Shape shape : settings.shapes()) {
          Optional<MappingRun.Result> hand = find(shape, Anchor.HAND_WRITTEN, direction);
          for (Anchor anchor : Anchor.values()) {
            Optional<MappingRun.Result> r = find(shape, anchor, direction);
            if (r.isPresent() && hand.isPresent()) {
              allocation.addValue(
                  r.get().bytesPerOp() / hand.get().bytesPerOp(),
                  anchor.description(),
                  shape.label() + (direction.equals("serialize") ? " ser" : " de"));
            }
          }
        }
      }
      md.append("### Allocation\n\n![allocation](").append(chart).append(")\n\n");
      barChart(
          dir.resolve(chart),
          "Mapping: bytes allocated per operation relative to the hand-written converter",
          "shape and direction",
          "B/op ÷ hand-written B/op, log scale (lower is better)",
          allocation,
          true);
    }
  }

  // ---- cold start ----

  private void coldStartSection(Path dir) throws IOException {
    if (coldStart.isEmpty()) {
      return;
    }
    String chart = "charts/cold-start.png";
    md.append("## Cold start\n\n");
    md.append("A fresh JVM per run (").append(settings.coldStartRuns())
        .append(" runs per anchor, the anchors taking turns), timed from the start of `main` to ")
        .append("the first mixed item mapped, and to the first `putItem` of it answered by ")
        .append("Dynamap Local (client creation included; Dynamap through `DynamapClients` and ")
        .append("its repository, the others through the SDK's `DynamoDbClient.builder()` on ")
        .append("the Apache HTTP client).\n\n");
    md.append("![cold start](").append(chart).append(")\n\n");
    md.append("| Until | Anchor | median ms | min – max ms | vs hand-written | vs fromBean |\n");
    md.append("|---|---|---:|---:|---:|---:|\n");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ColdStartBenchmark.Result r : coldStart) {
      double median = median(r.millis());
      double hand = coldMedian(r.mode(), "handWritten");
      double bean = coldMedian(r.mode(), "fromBean");
      String until = r.mode().equals("map") ? "first item mapped" : "first putItem";
      md.append("| ").append(until).append(" | ").append(coldName(r.anchor())).append(" | ")
          .append(ms(median)).append(" | ").append(ms(Collections.min(r.millis()))).append(" – ")
          .append(ms(Collections.max(r.millis()))).append(" | ").append(ratio(median / hand))
          .append(" | ").append(ratio(median / bean)).append(" |\n");
      data.addValue(median, coldName(r.anchor()), until);
    }
    md.append('\n');
    barChart(dir.resolve(chart), "Cold start: median ms from main (lower is better)", "", "ms", data);
  }

  private static String coldName(String anchor) {
    return switch (anchor) {
      case "dynamap" -> Anchor.DYNAMAP.description();
      case "handWritten" -> Anchor.HAND_WRITTEN.description();
      case "fromBean" -> Anchor.FROM_BEAN.description();
      default -> anchor;
    };
  }

  // ---- bulk ----

  private void bulkSection(Path dir) throws IOException {
    if (bulk.isEmpty()) {
      return;
    }
    String chart = "charts/bulk.png";
    md.append("## Bulk load and read back (Dynamap Local)\n\n");
    md.append(settings.bulkItems())
        .append(" small items per anchor, each into a table of its own, then read back by one ")
        .append("scan and by one query per partition (")
        .append(SampleData.BULK_PARTITIONS)
        .append(" partitions) through each one's paginator. A first round on a fifth of the items, ")
        .append("not reported, warms up the server, the JVM and Python. Writes are one run each; ")
        .append("each read is run ")
        .append(BulkBenchmark.READ_REPETITIONS)
        .append(" times, the anchors taking turns: the median and the range are given. Requests ")
        .append("are HTTP requests, retries included, counted by the same `ExecutionInterceptor` ")
        .append("on every Java client and by botocore's `before-send` event for boto3. Dynamap's ")
        .append("`BatchWriter` runs with `maxInFlight(8)` (its default is 4), the concurrency at ")
        .append("which Dynamap Local takes the most items per second here. Dynamap's non-blocking ")
        .append("API is an anchor of its own (`AsyncBatchWriter`, also with `maxInFlight(8)`, and ")
        .append("the async repository's publishers); Dynamap's two APIs also read every item back ")
        .append("by a parallel scan of ")
        .append(BulkBenchmark.SEGMENTS)
        .append(" segments and by batch gets of 100 keys a request, which the other anchors ")
        .append("are not measured on.\n\n");
    md.append("![bulk](").append(chart).append(")\n\n");
    md.append("| Operation | Anchor | items | seconds | items/s | range items/s | requests |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|\n");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (BulkBenchmark.Result r : bulk) {
      md.append("| ").append(r.operation()).append(" | ").append(r.anchor()).append(" | ")
          .append(r.items()).append(" | ").append(String.format(Locale.ROOT, "%.2f", r.seconds()))
          .append(" | ").append(ops(r.itemsPerSecond())).append(" | ")
          .append(r.operation().equals("write") ? "–" : ops(r.minRate()) + " – " + ops(r.maxRate()))
          .append(" | ").append(r.requests()).append(" |\n");
      String family =
          r.anchor().startsWith("Dynamap")
              ? (r.anchor().toLowerCase(Locale.ROOT).contains("async") ? "Dynamap async" : "Dynamap")
              : r.anchor().startsWith("Enhanced") ? "Enhanced Client" : "boto3";
      data.addValue(r.itemsPerSecond(), family, r.operation());
    }
    md.append('\n');
    asyncRatios();
    barChart(dir.resolve(chart), "Bulk against Dynamap Local: items/s (higher is better)", "", "items/s", data);
  }

  /** Dynamap's non-blocking API against its blocking one, operation by operation, in this run. */
  private void asyncRatios() {
    List<String> rows = new ArrayList<>();
    for (String operation : bulk.stream().map(BulkBenchmark.Result::operation).distinct().toList()) {
      String blocking = operation.equals("write") ? "Dynamap BatchWriter (8 in flight)" : "Dynamap paginator";
      String async =
          operation.equals("write") ? "Dynamap AsyncBatchWriter (8 in flight)" : "Dynamap async publisher";
      Optional<BulkBenchmark.Result> b = bulk(blocking, operation);
      Optional<BulkBenchmark.Result> a = bulk(async, operation);
      if (a.isPresent() && b.isPresent()) {
        rows.add("| " + operation + " | " + ops(a.get().itemsPerSecond()) + " | "
            + ops(b.get().itemsPerSecond()) + " | "
            + ratio(a.get().itemsPerSecond() / b.get().itemsPerSecond()) + " | "
            + a.get().requests() + " / " + b.get().requests() + " |");
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    md.append("Dynamap's non-blocking API (`dynamap-async` on the SDK's Netty client: ")
        .append("`AsyncBatchWriter`, the async repository's `Flow.Publisher`s read by a subscriber ")
        .append("asking for every item at once, `segments(")
        .append(BulkBenchmark.SEGMENTS)
        .append(")` for the parallel scan, `AsyncBatchGetter`) against its blocking one ")
        .append("(Apache client; `BatchWriter`, streams, `BatchGetter`), in this run:\n\n");
    md.append("| Operation | async items/s | blocking items/s | async / blocking | requests async / blocking |\n");
    md.append("|---|---:|---:|---:|---:|\n");
    rows.forEach(row -> md.append(row).append('\n'));
    md.append('\n');
  }

  /**
   * Writes the bulk section alone into the existing RESULTS.md ({@code --only bulk}): replaces
   * the section of an earlier run, the other sections and their figures staying as they are.
   *
   * @param loadBefore the load averages when the run started
   */
  public void writeBulkOnly(String loadBefore) {
    System.setProperty("java.awt.headless", "true");
    Path dir = settings.outputDirectory();
    try {
      Files.createDirectories(dir.resolve("charts"));
      md.setLength(0);
      bulkSection(dir);
      String heading = "## Bulk load and read back (Dynamap Local)\n\n";
      String measured =
          "Measured by `" + COMMAND + " --only bulk --items " + settings.bulkItems() + "` on "
              + started.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "; it took "
              + minutes(took) + ". Load average (1 / 5 / 15 min) before: " + loadBefore
              + ", after: " + LocalBenchmark.loadAverage() + ". The machine was shared with other"
              + " work during this run: compare the figures of this section with each other, as"
              + " ratios, not with the other sections' runs.\n\n";
      String section = md.toString().replace(heading, heading + measured);
      Path file = dir.resolve("RESULTS.md");
      String existing =
          Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmark results\n\n";
      Files.writeString(file, spliceBulk(existing, section), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the bulk section of {@code existing} (up to the next section), or adds it at the end. */
  static String spliceBulk(String existing, String section) {
    int begin = existing.indexOf("## Bulk load and read back");
    if (begin < 0) {
      return existing + (existing.endsWith("\n\n") ? "" : "\n") + section;
    }
    int end = existing.length();
    for (String next : List.of("\n## ", "\n<!-- ")) {
      int at = existing.indexOf(next, begin + 1);
      if (at >= 0) {
        end = Math.min(end, at + 1);
      }
    }
    return existing.substring(0, begin) + section + existing.substring(end);
  }

  // ---- helpers ----

  private Optional<MappingRun.Result> find(Shape shape, Anchor anchor, String direction) {
    return mapping.stream()
        .filter(r -> r.shape() == shape && r.anchor() == anchor && r.direction().equals(direction))
        .findFirst();
  }

  private Optional<BulkBenchmark.Result> bulk(String anchor, String operation) {
    return bulk.stream()
        .filter(r -> r.anchor().equals(anchor) && r.operation().equals(operation))
        .findFirst();
  }

  private double coldMedian(String mode, String anchor) {
    return coldStart.stream()
        .filter(r -> r.mode().equals(mode) && r.anchor().equals(anchor))
        .findFirst()
        .map(r -> median(r.millis()))
        .orElse(Double.NaN);
  }

  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static void barChart(
      Path file, String title, String categoryLabel, String valueLabel, DefaultCategoryDataset data)
      throws IOException {
    barChart(file, title, categoryLabel, valueLabel, data, false);
  }

  /** A bar chart; ratios spanning orders of magnitude get a logarithmic axis. */
  private static void barChart(
      Path file, String title, String categoryLabel, String valueLabel, DefaultCategoryDataset data, boolean log)
      throws IOException {
    JFreeChart chart =
        ChartFactory.createBarChart(title, categoryLabel, valueLabel, data, PlotOrientation.VERTICAL, true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.GRAY);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.02);
    if (log) {
      LogAxis axis = new LogAxis(valueLabel);
      axis.setSmallestValue(0.01);
      axis.setNumberFormatOverride(new java.text.DecimalFormat("0.##"));
      plot.setRangeAxis(axis);
      renderer.setBase(0.01);
      renderer.setIncludeBaseInRange(false);
    }
    CategoryAxis axis = plot.getDomainAxis();
    if (data.getColumnCount() > 8) {
      axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 520);
  }

  static String ops(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String ratio(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2fx", value);
  }

  static String ms(double value) {
    return String.format(Locale.ROOT, "%.0f ms", value);
  }

  private static String bytes(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    if (value >= 10_000) {
      return String.format(Locale.ROOT, "%.1f KB", value / 1024);
    }
    return String.format(Locale.ROOT, "%.0f B", value);
  }

  static String minutes(Duration d) {
    return String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
  }

  static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: fall through.
    }
    return System.getProperty("os.arch");
  }

  static String memory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return String.format(Locale.ROOT, "%.0f GB RAM", kb / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux.
    }
    return "unknown RAM";
  }
}
