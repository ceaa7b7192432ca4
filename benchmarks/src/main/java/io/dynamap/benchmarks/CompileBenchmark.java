package io.dynamap.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What Dynamap's processor costs a build: N generated entities compiled by a forked {@code javac}
 * five ways, in turns, the median of several runs each ({@code benchmarks/run --only compile}).
 *
 * <ul>
 *   <li><b>plain</b>: {@code -proc:none}, the same hand-written sources without the processor (they
 *       compile: nothing hand-written uses a generated type);
 *   <li><b>parse</b>: {@code -proc:only} with no processor, which parses and enters the sources
 *       only;
 *   <li><b>floor</b>: {@code -proc:only} with a minimal processor (the resource {@code
 *       FloorProcessor.java}, compiled at run time) that writes, in its first round, an empty
 *       class under each name the proc-only run generated: as many files, the same names. Minus
 *       <i>parse</i>, what javac charges any processor that writes that many files: the two
 *       more rounds that re-enter every source, and the Filer's checks of each new file (a lookup
 *       of its name in every module, a comparison with every file written before);
 *   <li><b>proc-only</b>: {@code -proc:only} with the processor; minus <i>parse</i>, the
 *       processor's time (the issue's targets are stated on it); minus <i>floor</i>, Dynamap's
 *       own share of it (its model, JavaPoet, and javac's work on the generated code beyond an
 *       empty class);
 *   <li><b>full</b>: the processor, then every source compiled, generated ones included.
 * </ul>
 *
 * The same five compiles run again in one JVM that stays warm ({@link WarmCompiler}), as a build
 * daemon or an IDE compiles, which leaves out the JVM's start and the JIT's warm-up that every
 * forked javac pays.
 *
 * Each entity is a record of 12 attributes (two table keys, a global index's two keys, scalars,
 * an enum, a list, a set) with a {@code @Document} record of 4 attributes; one entity in five has
 * a {@code @Repository} interface of five derived queries. The report gives seconds, the
 * processor's milliseconds per entity split into javac's floor and Dynamap's own, its share of the
 * full compile, and the generated lines and class bytes per entity.
 */
public final class CompileBenchmark {
  static final String BEGIN = "<!-- compile-benchmark:begin -->";
  static final String END = "<!-- compile-benchmark:end -->";

  private static final String PACKAGE = "bench.model";

  /** The floor's processor: its class name (default package) and resource, and its option. */
  private static final String FLOOR_PROCESSOR = "FloorProcessor";

  private static final String FLOOR_NAMES = "floor.names";

  private final Settings settings;

  public CompileBenchmark(Settings settings) {
    this.settings = settings;
  }

  /** The figures for one N, medians over the runs, wall-clock or CPU seconds. */
  record Result(
      int entities,
      int sourceFiles,
      Time plain,
      Time parse,
      Time floor,
      Time procOnly,
      Time full,
      long generatedFiles,
      long generatedLines,
      long generatedClassBytes) {}

  /** One measure (wall or CPU) of one result. */
  record Figures(int entities, double plain, double parse, double floor, double procOnly, double full) {
    double processorMillisPerEntity() {
      return (procOnly - parse) * 1000 / entities;
    }

    /** What javac charges any processor writing as many files: (floor - parse) / N. */
    double javacFloorMillisPerEntity() {
      return (floor - parse) * 1000 / entities;
    }

    /** The rest of the processor's time, Dynamap's own: (proc-only - floor) / N. */
    double ownMillisPerEntity() {
      return (procOnly - floor) * 1000 / entities;
    }

    double fullOverPlain() {
      return full / plain;
    }

    double processorShare() {
      return (full - plain) / full;
    }
  }

  static Figures wall(Result r) {
    return new Figures(
        r.entities(), r.plain().wall(), r.parse().wall(), r.floor().wall(), r.procOnly().wall(), r.full().wall());
  }

  static Figures cpu(Result r) {
    return new Figures(
        r.entities(), r.plain().cpu(), r.parse().cpu(), r.floor().cpu(), r.procOnly().cpu(), r.full().cpu());
  }

  /** Measures every N of the settings and replaces the compile section of RESULTS.md. */
  public void run() {
    Instant started = Instant.now();
    long start = System.nanoTime();
    String loadBefore = loadAverage();
    List<Result> results = new ArrayList<>();
    List<Result> warmResults = new ArrayList<>();
    Path work;
    try {
      work = Files.createTempDirectory("dynamap-compile-bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Path floorProcessor = compileFloorProcessor(work.resolve("floor-processor"));
      for (int n : settings.compileSizes()) {
        Measured measured = measure(work.resolve("n" + n), n, floorProcessor);
        results.add(measured.cold());
        warmResults.add(measured.warm());
        System.out.println("wall " + row(measured.cold(), wall(measured.cold())));
        System.out.println("cpu  " + row(measured.cold(), cpu(measured.cold())));
        System.out.println("warm " + row(measured.warm(), wall(measured.warm())));
      }
    } finally {
      deleteTree(work);
    }
    String loadAfter = loadAverage();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String section = markdown(results, warmResults, started, took, loadBefore, loadAfter);
    Path file = settings.outputDirectory().resolve("RESULTS.md");
    try {
      String existing =
          Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmark results\n\n";
      Files.createDirectories(file.getParent());
      Files.writeString(file, splice(existing, section), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println("Replaced the compile-time section of " + file + " in " + took);
  }

  /**
   * Compiles the floor's processor (a resource, so that it never runs in the benchmarks module's
   * own build) with the javac the benchmark forks; returns its classes directory.
   */
  private static Path compileFloorProcessor(Path dir) {
    Path source = dir.resolve("src").resolve(FLOOR_PROCESSOR + ".java");
    Path classes = dir.resolve("classes");
    Path list = dir.resolve("sources.txt");
    try (InputStream in = CompileBenchmark.class.getResourceAsStream(FLOOR_PROCESSOR + ".java")) {
      if (in == null) {
        throw new IllegalStateException("no resource " + FLOOR_PROCESSOR + ".java next to CompileBenchmark");
      }
      Files.createDirectories(source.getParent());
      Files.createDirectories(classes);
      Files.write(source, in.readAllBytes());
      Files.writeString(list, source.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    javac(list, "", List.of("-proc:none", "-d", classes.toString()));
    return classes;
  }

  /**
   * The qualified names of the sources under {@code generated} (a {@code -s} directory), sorted,
   * written one a line to {@code file} for the floor's processor.
   */
  static List<String> writeGeneratedNames(Path generated, Path file) {
    try (Stream<Path> paths = Files.walk(generated)) {
      List<String> names =
          paths.filter(p -> p.toString().endsWith(".java"))
              .map(p -> {
                String relative = generated.relativize(p).toString();
                return relative.substring(0, relative.length() - ".java".length())
                    .replace(p.getFileSystem().getSeparator(), ".");
              })
              .sorted()
              .collect(Collectors.toList());
      Files.write(file, names, StandardCharsets.UTF_8);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One N measured by forked javacs (cold) and by the warm compiler. */
  record Measured(Result cold, Result warm) {}

  private Measured measure(Path dir, int n, Path floorProcessor) {
    Path sources = dir.resolve("src");
    List<Path> files = writeModel(sources, n);
    Path list = dir.resolve("sources.txt");
    try {
      Files.write(list, files.stream().map(Path::toString).collect(Collectors.toList()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String classPath = compileClassPath();
    String processorPath = processorPath();
    List<Time> plain = new ArrayList<>();
    List<Time> parse = new ArrayList<>();
    List<Time> floor = new ArrayList<>();
    List<Time> procOnly = new ArrayList<>();
    List<Time> full = new ArrayList<>();
    long generatedFiles = 0;
    long generatedLines = 0;
    long generatedClassBytes = 0;
    System.out.printf(Locale.ROOT, "N = %d: %d source files, %d runs of each%n", n, files.size(), settings.compileRuns());
    Path names = dir.resolve("floor-names.txt");
    for (int run = 0; run < settings.compileRuns(); run++) {
      // In turns, so that a change of load on a shared machine falls on every kind alike.
      Map<String, List<String>> kinds = kinds(dir, processorPath, floorProcessor, names);
      plain.add(javac(list, classPath, kinds.get("plain")));
      parse.add(javac(list, classPath, kinds.get("parse")));
      procOnly.add(javac(list, classPath, kinds.get("proc-only")));
      // The same names as the run just before, written by a processor that does nothing else.
      Path generated = dir.resolve("generated");
      int expected = writeGeneratedNames(generated, names).size();
      floor.add(javac(list, classPath, kinds.get("floor")));
      long floorFiles = count(dir.resolve("floor-generated"), ".java");
      if (floorFiles != expected) {
        throw new IllegalStateException("the floor wrote " + floorFiles + " files, not the " + expected + " Dynamap wrote");
      }
      full.add(javac(list, classPath, kinds.get("full")));
      generatedFiles = count(generated, ".java");
      generatedLines = lines(generated);
      generatedClassBytes = bytes(dir.resolve("full")) - bytes(dir.resolve("plain"));
    }
    Result cold =
        new Result(
            n,
            files.size(),
            median(plain),
            median(parse),
            median(floor),
            median(procOnly),
            median(full),
            generatedFiles,
            generatedLines,
            generatedClassBytes);
    Result warm = measureWarm(dir.resolve("warm"), list, classPath, processorPath, floorProcessor, names, cold);
    return new Measured(cold, warm);
  }

  /**
   * javac's options for each kind of compile, in the order a round runs them, each writing to its
   * own emptied directories under {@code dir}: {@code plain}, {@code parse}, {@code generated}
   * (proc-only's sources), {@code floor-generated}, {@code full} (the full compile's classes), and
   * others. The floor writes the names listed in {@code floorNames}, which the proc-only run
   * before it generated.
   */
  private static Map<String, List<String>> kinds(Path dir, String processorPath, Path floorProcessor, Path floorNames) {
    Map<String, List<String>> kinds = new LinkedHashMap<>();
    kinds.put("plain", List.of("-proc:none", "-d", fresh(dir.resolve("plain")).toString()));
    kinds.put("parse", List.of("-proc:only", "-processorpath", "", "-d", fresh(dir.resolve("parse")).toString()));
    kinds.put(
        "proc-only",
        List.of(
            "-proc:only", "-processorpath", processorPath, "-s", fresh(dir.resolve("generated")).toString(),
            "-d", fresh(dir.resolve("proc-classes")).toString()));
    kinds.put(
        "floor",
        List.of(
            "-proc:only", "-processorpath", floorProcessor.toString(), "-processor", FLOOR_PROCESSOR,
            "-A" + FLOOR_NAMES + "=" + floorNames, "-s", fresh(dir.resolve("floor-generated")).toString(),
            "-d", fresh(dir.resolve("floor-classes")).toString()));
    kinds.put(
        "full",
        List.of(
            "-processorpath", processorPath, "-s", fresh(dir.resolve("full-generated")).toString(),
            "-d", fresh(dir.resolve("full")).toString()));
    return kinds;
  }

  /** Warm-up rounds of the warm compiler before the measured ones. */
  private static final int WARM_UP_ROUNDS = 2;

  /**
   * The warm compiler's measured rounds are at least this many: on 2 cores one warm compile can
   * take twice another of the same kind (the garbage collector's and the JIT's threads, which
   * compile the processor's code again for each compile, compete with javac's).
   */
  private static final int MIN_WARM_ROUNDS = 5;

  private int warmRounds() {
    return Math.max(settings.compileRuns(), MIN_WARM_ROUNDS);
  }

  /**
   * The same five compiles, run by {@link WarmCompiler} in one forked JVM, round after round;
   * medians of the measured rounds, wall-clock only (the JVM's CPU time would mix in the warm-up
   * rounds). The floor writes the names the cold runs wrote.
   */
  private Result measureWarm(
      Path dir, Path list, String classPath, String processorPath, Path floorProcessor, Path floorNames, Result cold) {
    Map<String, List<String>> kinds = kinds(dir, processorPath, floorProcessor, floorNames);
    StringBuilder plan = new StringBuilder();
    plan.append(WARM_UP_ROUNDS).append(' ').append(warmRounds()).append('\n');
    kinds.forEach((name, options) ->
        plan.append(name).append('\t').append(String.join("\t", javacArguments(list, classPath, options))).append('\n'));
    Path planFile = dir.resolve("plan.txt");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", benchmarkClasses(),
            WarmCompiler.class.getName(),
            planFile.toString());
    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    try {
      Files.writeString(planFile, plan, StandardCharsets.UTF_8);
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("the warm compiler did not finish in 60 minutes: " + command);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "the warm compiler failed:\n" + output.lines().limit(40).collect(Collectors.joining("\n")));
      }
      for (String line : output.lines().collect(Collectors.toList())) {
        String[] fields = line.trim().split(" ");
        if (fields.length == 2 && kinds.containsKey(fields[0])) {
          seconds.computeIfAbsent(fields[0], k -> new ArrayList<>()).add(Double.parseDouble(fields[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    for (String kind : kinds.keySet()) {
      if (seconds.getOrDefault(kind, List.of()).size() != warmRounds()) {
        throw new IllegalStateException("the warm compiler printed " + seconds.get(kind) + " for " + kind);
      }
    }
    return new Result(
        cold.entities(),
        cold.sourceFiles(),
        warmMedian(seconds.get("plain")),
        warmMedian(seconds.get("parse")),
        warmMedian(seconds.get("floor")),
        warmMedian(seconds.get("proc-only")),
        warmMedian(seconds.get("full")),
        cold.generatedFiles(),
        cold.generatedLines(),
        cold.generatedClassBytes());
  }

  private static Time warmMedian(List<Double> seconds) {
    return new Time(Report.median(seconds), Double.NaN);
  }

  /** The benchmarks module's classes, where {@link WarmCompiler} is, from this JVM's class path. */
  private static String benchmarkClasses() {
    return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(entry -> entry.endsWith("benchmarks/target/classes") || entry.contains("dynamap-benchmarks"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the benchmarks' classes are not on the class path"));
  }

  private static Time median(List<Time> times) {
    return new Time(
        Report.median(times.stream().map(Time::wall).collect(Collectors.toList())),
        Report.median(times.stream().map(Time::cpu).collect(Collectors.toList())));
  }

  /** javac's arguments for one compile of the sources listed in {@code sourceList}, forked or warm. */
  private static List<String> javacArguments(Path sourceList, String classPath, List<String> options) {
    List<String> arguments = new ArrayList<>(List.of("--release", "17", "-implicit:none", "-nowarn", "-encoding", "UTF-8"));
    arguments.addAll(List.of("-cp", classPath));
    arguments.addAll(options);
    arguments.add("@" + sourceList);
    return arguments;
  }

  /** Wall-clock and CPU seconds (user + system) of one forked javac. */
  record Time(double wall, double cpu) {}

  private static final Path TIME = Path.of("/usr/bin/time");

  /**
   * Times one forked javac, under {@code /usr/bin/time} where it exists so that the CPU time is
   * known too (a busy machine stretches wall-clock time, much less CPU time); fails on a compile
   * error, which would void the figure.
   */
  private static Time javac(Path sourceList, String classPath, List<String> options) {
    List<String> command = new ArrayList<>();
    Path cpuFile = sourceList.resolveSibling("time.txt");
    boolean timed = Files.isExecutable(TIME);
    if (timed) {
      command.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", cpuFile.toString()));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    command.addAll(javacArguments(sourceList, classPath, options));
    try {
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("javac did not finish in 30 minutes: " + command);
      }
      double wall = (System.nanoTime() - start) / 1e9;
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "javac failed (" + String.join(" ", options) + "):\n" + output.lines().limit(40).collect(Collectors.joining("\n")));
      }
      double cpu = Double.NaN;
      if (timed) {
        String[] parts = Files.readString(cpuFile, StandardCharsets.UTF_8).trim().split("\\s+");
        cpu = Double.parseDouble(parts[parts.length - 2]) + Double.parseDouble(parts[parts.length - 1]);
      }
      return new Time(wall, cpu);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The class path a user's build compiles against: this JVM's, where the runtime, the
   * annotations and the AWS SDK are (the benchmark's own classes left out). The same for every
   * kind of compile, so the extra jars weigh on all alike. dynamap-async is left out too: with it
   * on the class path the processor also writes each entity's async repository, which a blocking
   * user's build does not compile.
   */
  private static String compileClassPath() {
    return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(entry -> !entry.endsWith("benchmarks/target/classes"))
        .filter(entry -> !entry.endsWith("async/target/classes") && !entry.contains("dynamap-async"))
        .collect(Collectors.joining(java.io.File.pathSeparator));
  }

  /**
   * The processor's shaded jar (it carries JavaPoet) from {@code processor/target}, as {@code
   * benchmarks/run} builds it, and the annotations it reads; {@code -Ddynamap.processor.path}
   * overrides it.
   */
  static String processorPath() {
    String configured = System.getProperty("dynamap.processor.path");
    if (configured != null) {
      return configured;
    }
    // From the repository root (benchmarks/run), or from the module (its tests).
    Path target =
        Files.isDirectory(Path.of("processor", "target"))
            ? Path.of("processor", "target")
            : Path.of("..", "processor", "target");
    Path jar;
    try (Stream<Path> jars = Files.list(target)) {
      jar =
          jars.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("dynamap-processor-")
                    && name.endsWith(".jar")
                    && !name.endsWith("-sources.jar")
                    && !name.endsWith("-javadoc.jar");
              })
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no processor jar in " + target.toAbsolutePath()
                  + ": run from the repository root after `mvn -pl benchmarks -am package`"));
    } catch (IOException e) {
      throw new UncheckedIOException("no " + target.toAbsolutePath() + ": run from the repository root", e);
    }
    String annotations =
        Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
            .filter(entry -> entry.contains("dynamap-annotations") || entry.endsWith("annotations/target/classes"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the annotations are not on the class path"));
    return jar.toAbsolutePath() + java.io.File.pathSeparator + annotations;
  }

  // ---- the generated model ----

  /**
   * Writes N entities, their documents, one enum and a repository per five entities; public so
   * that a profiling session can write the same model (see RESULTS.md).
   */
  public static List<Path> writeModel(Path root, int n) {
    Path dir = root.resolve(PACKAGE.replace('.', '/'));
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      files.add(write(dir, "Level", "package " + PACKAGE + ";\n\npublic enum Level { LOW, MEDIUM, HIGH }\n"));
      for (int i = 0; i < n; i++) {
        String entity = "Entity" + i;
        files.add(write(dir, entity, entity(entity)));
        files.add(write(dir, entity + "Detail", detail(entity + "Detail")));
        if (i % 5 == 0) {
          files.add(write(dir, entity + "Store", repository(entity)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static Path write(Path dir, String type, String source) throws IOException {
    return Files.writeString(dir.resolve(type + ".java"), source, StandardCharsets.UTF_8);
  }

  static String entity(String name) {
    return "package " + PACKAGE + ";\n"
        + "\n"
        + "import io.dynamap.annotations.IndexPartitionKey;\n"
        + "import io.dynamap.annotations.IndexSortKey;\n"
        + "import io.dynamap.annotations.PartitionKey;\n"
        + "import io.dynamap.annotations.SortKey;\n"
        + "import io.dynamap.annotations.Table;\n"
        + "import java.math.BigDecimal;\n"
        + "import java.time.Instant;\n"
        + "import java.util.List;\n"
        + "import java.util.Set;\n"
        + "\n"
        + "@Table(name = \"" + name + "s\")\n"
        + "public record " + name + "(\n"
        + "    @PartitionKey String id,\n"
        + "    @SortKey long version,\n"
        + "    @IndexPartitionKey(\"byOwner\") String owner,\n"
        + "    @IndexSortKey(\"byOwner\") Instant updatedAt,\n"
        + "    String title,\n"
        + "    int quantity,\n"
        + "    BigDecimal price,\n"
        + "    boolean active,\n"
        + "    Level level,\n"
        + "    List<String> tags,\n"
        + "    Set<String> labels,\n"
        + "    " + name + "Detail detail) {}\n";
  }

  static String detail(String name) {
    return "package " + PACKAGE + ";\n"
        + "\n"
        + "import io.dynamap.annotations.Document;\n"
        + "import java.time.Instant;\n"
        + "import java.util.List;\n"
        + "\n"
        + "@Document\n"
        + "public record " + name + "(String note, long count, Instant at, List<String> parts) {}\n";
  }

  static String repository(String entity) {
    return "package " + PACKAGE + ";\n"
        + "\n"
        + "import io.dynamap.annotations.Repository;\n"
        + "import java.util.List;\n"
        + "import java.util.Optional;\n"
        + "import java.util.stream.Stream;\n"
        + "\n"
        + "@Repository(" + entity + ".class)\n"
        + "public interface " + entity + "Store {\n"
        + "  Optional<" + entity + "> findByIdAndVersion(String id, long version);\n"
        + "  List<" + entity + "> findById(String id);\n"
        + "  Stream<" + entity + "> findByOwnerOrderByUpdatedAtDesc(String owner);\n"
        + "  long countByOwner(String owner);\n"
        + "  void deleteByIdAndVersion(String id, long version);\n"
        + "}\n";
  }

  // ---- files ----

  /** {@code dir}, emptied or created; also WarmCompiler's, before each compile. */
  static Path fresh(Path dir) {
    deleteTree(dir);
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long count(Path dir, String suffix) {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long lines(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      long total = 0;
      for (Path p : paths.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
        total += Files.readAllLines(p, StandardCharsets.UTF_8).size();
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long bytes(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      long total = 0;
      for (Path p : paths.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList())) {
        total += Files.size(p);
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " / " + parts[1] + " / " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  // ---- the report ----

  static String row(Result r, Figures f) {
    return String.format(
        Locale.ROOT,
        "| %d | %.2f | %.2f | %.2f | %.2f | %.1f | %.1f | %.1f | %.2f | %.1fx | %.0f%% | %.0f | %.1f |",
        r.entities(),
        f.plain(),
        f.parse(),
        f.floor(),
        f.procOnly(),
        f.processorMillisPerEntity(),
        f.javacFloorMillisPerEntity(),
        f.ownMillisPerEntity(),
        f.full(),
        f.fullOverPlain(),
        f.processorShare() * 100,
        (double) r.generatedLines() / r.entities(),
        r.generatedClassBytes() / 1024.0 / r.entities());
  }

  private static void table(StringBuilder md, List<Result> results, java.util.function.Function<Result, Figures> measure, String unit) {
    md.append("| N | plain ").append(unit).append(" | parse ").append(unit).append(" | floor ").append(unit)
        .append(" | proc-only ").append(unit)
        .append(" | processor ms / entity | javac floor ms / entity | Dynamap's own ms / entity | full ")
        .append(unit).append(" | full / plain"
        + " | processor share | generated lines / entity | generated class KB / entity |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      md.append(row(r, measure.apply(r))).append('\n');
    }
    if (results.size() > 1) {
      md.append("\nThe processor's time per entity from N = ")
          .append(results.stream().map(r -> String.valueOf(r.entities())).collect(Collectors.joining(" to ")))
          .append(": ")
          .append(perEntity(results, r -> measure.apply(r).processorMillisPerEntity()))
          .append(" (flat means linear growth in total), of which javac's floor ")
          .append(perEntity(results, r -> measure.apply(r).javacFloorMillisPerEntity()))
          .append(" and Dynamap's own ")
          .append(perEntity(results, r -> measure.apply(r).ownMillisPerEntity()))
          .append(".\n");
    }
  }

  private static String perEntity(List<Result> results, java.util.function.ToDoubleFunction<Result> millis) {
    return results.stream()
        .map(r -> String.format(Locale.ROOT, "%.1f ms", millis.applyAsDouble(r)))
        .collect(Collectors.joining(", "));
  }

  private String markdown(
      List<Result> results,
      List<Result> warmResults,
      Instant started,
      Duration took,
      String loadBefore,
      String loadAfter) {
    StringBuilder md = new StringBuilder();
    md.append(BEGIN).append('\n');
    md.append("## Compile time\n\n");
    md.append("Measured by `").append(Report.COMMAND).append(" --only compile` on ")
        .append(started.truncatedTo(ChronoUnit.SECONDS)).append(" (").append(Report.minutes(took))
        .append("). Load average (1 / 5 / 15 min) before: ").append(loadBefore)
        .append(", after: ").append(loadAfter).append(". javac ")
        .append(System.getProperty("java.runtime.version")).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores (nproc).\n\n");
    md.append("Each of N entities is a record of 12 attributes (table and index keys, scalars, an enum,"
        + " a list, a set) with a `@Document` record of 4; one entity in five has a `@Repository`"
        + " interface of five derived queries. A forked `javac --release 17` compiles them five ways,"
        + " in turns, ").append(settings.compileRuns()).append(" runs each, medians shown:"
        + " *plain* is `-proc:none` (the same sources without the processor; nothing hand-written"
        + " uses a generated type), *parse* is `-proc:only` with no processor (parsing and entering"
        + " only), *floor* is `-proc:only` with a minimal processor that writes, in its first round,"
        + " an empty class under each name Dynamap generates for the same sources, *proc-only* is"
        + " `-proc:only` with Dynamap's processor, *full* the processor and then every source,"
        + " generated ones included. The processor's time is proc-only minus parse (the targets"
        + " below are stated on it); its share is (full - plain) / full. Generated lines and class"
        + " bytes are per entity, its document and its share of the repositories included.\n\n");
    md.append("The floor is what javac charges any processor that writes that many files, whatever"
        + " they hold: writing even one file brings two more rounds, and each re-enters every"
        + " source file; and the Filer checks each new file, looking its name up in every module"
        + " of the platform (about 70 with `--release 17`) and comparing it with every file"
        + " written before it (a cost quadratic in the number of files). So *javac floor* ="
        + " (floor - parse) / N is javac's fixed cost of the rounds and of Dynamap's number of"
        + " files, and *Dynamap's own* = (proc-only - floor) / N the rest: building the model,"
        + " rendering the files with JavaPoet, and javac's parsing and entering of the generated"
        + " code beyond an empty class.\n\n");
    md.append("Wall-clock seconds:\n\n");
    table(md, results, CompileBenchmark::wall, "s");
    if (!Double.isNaN(results.get(0).plain().cpu())) {
      md.append("\nCPU seconds (user + system, all of javac's threads, from `/usr/bin/time`), which a"
          + " busy machine stretches much less than wall-clock time:\n\n");
      table(md, results, CompileBenchmark::cpu, "CPU s");
    }
    md.append("\nWarm compiler, wall-clock seconds: the same five compiles run again and again in one"
        + " JVM (`WarmCompiler`, javac through `javax.tools`), ").append(WARM_UP_ROUNDS)
        .append(" warm-up rounds and then ").append(warmRounds())
        .append(" measured ones, medians shown; each compile starts from a collected heap (rounds"
        + " of one kind still differ by up to 2x here: the garbage collector's and the JIT's threads"
        + " share the cores with javac's). It is what a build daemon (Gradle's, mvnd) or an IDE"
        + " pays once its JVM is warm; the forked runs above pay the JVM's start and the JIT's"
        + " warm-up on every build, as a command-line `javac` or a fresh `mvn` does. javac loads"
        + " the processor afresh for every compile in both.\n\n");
    table(md, warmResults, CompileBenchmark::wall, "s");
    md.append("\nTargets (issue 17): the processor's time (proc-only - parse) under 10 ms per entity"
        + " at N = 500, growing linearly, and the full compile at most 4x the plain one.\n");
    md.append(END).append('\n');
    return md.toString();
  }

  /** The existing report with this section replaced, or added before the notes. */
  static String splice(String existing, String section) {
    int begin = existing.indexOf(BEGIN);
    int end = existing.indexOf(END);
    if (begin >= 0 && end > begin) {
      int after = end + END.length();
      while (after < existing.length() && existing.charAt(after) == '\n') {
        after++;
      }
      return existing.substring(0, begin) + section + "\n" + existing.substring(after);
    }
    int notes = existing.indexOf("\n## Notes");
    if (notes >= 0) {
      return existing.substring(0, notes + 1) + section + "\n" + existing.substring(notes + 1);
    }
    return existing + (existing.endsWith("\n") ? "\n" : "\n\n") + section;
  }

  /** The compile-time section of an existing report, or null: a full run keeps it. */
  static String section(String existing) {
    int begin = existing.indexOf(BEGIN);
    int end = existing.indexOf(END);
    return begin >= 0 && end > begin ? existing.substring(begin, end + END.length()) + "\n" : null;
  }
}
