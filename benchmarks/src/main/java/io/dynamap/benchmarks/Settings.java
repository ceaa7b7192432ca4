package io.dynamap.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What one run measures and how long: the defaults are the documented full run (under 15 minutes
 * on 2 cores); the smoke test uses tiny values.
 */
public record Settings(
    List<Shape> shapes,
    int forks,
    int warmupIterations,
    int measurementIterations,
    int iterationMillis,
    boolean gcProfiler,
    int coldStartRuns,
    int bulkItems,
    String python,
    Path outputDirectory,
    Set<String> groups,
    int startupRuns,
    double localWarmupSeconds,
    double localSeconds,
    int pageItems,
    String dynalite,
    boolean only,
    List<Integer> compileSizes,
    int compileRuns) {

  /** The benchmark groups. */
  public static final Set<String> ALL_GROUPS = Set.of("mapping", "cold", "bulk", "local");

  /** Where {@code npm ci} in local/src/test/dynalite puts dynalite, from the repository. */
  public static final String DYNALITE = "local/src/test/dynalite/node_modules/dynalite/cli.js";

  /** The full run. */
  public static Settings defaults() {
    return new Settings(
        List.of(Shape.values()), 1, 2, 3, 1000, true, 10, 100_000, "/usr/bin/python3", Path.of("benchmarks"), ALL_GROUPS,
        7, 3, 5, 20_000, DYNALITE, false, List.of(50, 200, 500), 3);
  }

  /**
   * The defaults changed by arguments: {@code --shapes tiny,small}, {@code --forks n}, {@code
   * --warmup n}, {@code --iterations n}, {@code --iteration-ms n}, {@code --no-gc}, {@code
   * --cold-runs n}, {@code --items n}, {@code --python path|none}, {@code --output dir}, {@code --groups mapping,cold,bulk,local}; for the Dynamap Local group
   * {@code --startup-runs n}, {@code --local-warmup-s x}, {@code --local-s x} (seconds per
   * throughput point), {@code --page-items n} (the ~1 KB items of the batch and page reads), {@code
   * --dynalite path|none}; and {@code --only local} (or {@code bulk}): that group alone, its section replaced in the
   * existing RESULTS.md, the other sections kept as they are. {@code --only compile} runs the
   * compile-time benchmark ({@link CompileBenchmark}) the same way, with {@code --compile-n
   * 50,200,500} (entities per compilation) and {@code --compile-runs n} (javac runs per figure).
   */
  public static Settings parse(String... args) {
    Settings s = defaults();
    List<Shape> shapes = s.shapes;
    int forks = s.forks;
    int warmup = s.warmupIterations;
    int iterations = s.measurementIterations;
    int iterationMillis = s.iterationMillis;
    boolean gc = s.gcProfiler;
    int coldRuns = s.coldStartRuns;
    int items = s.bulkItems;
    String python = s.python;
    Path output = s.outputDirectory;
    Set<String> groups = s.groups;
    int startupRuns = s.startupRuns;
    double localWarmup = s.localWarmupSeconds;
    double localSeconds = s.localSeconds;
    int pageItems = s.pageItems;
    String dynalite = s.dynalite;
    boolean only = s.only;
    List<Integer> compileSizes = s.compileSizes;
    int compileRuns = s.compileRuns;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--shapes" -> {
          shapes = new ArrayList<>();
          for (String label : args[++i].split(",")) {
            shapes.add(Shape.of(label.trim()));
          }
        }
        case "--forks" -> forks = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--iterations" -> iterations = Integer.parseInt(args[++i]);
        case "--iteration-ms" -> iterationMillis = Integer.parseInt(args[++i]);
        case "--no-gc" -> gc = false;
        case "--cold-runs" -> coldRuns = Integer.parseInt(args[++i]);
        case "--items" -> items = Integer.parseInt(args[++i]);
        case "--python" -> python = args[++i].equals("none") ? null : args[i];
        case "--output" -> output = Path.of(args[++i]);
        case "--groups" -> groups = Set.of(args[++i].split(","));
        case "--only" -> {
          groups = Set.of(args[++i].split(","));
          if (!groups.equals(Set.of("local"))
              && !groups.equals(Set.of("compile"))
              && !groups.equals(Set.of("bulk"))) {
            throw new IllegalArgumentException(
                "--only takes local, bulk or compile: the other groups write the whole report");
          }
          only = true;
        }
        case "--startup-runs" -> startupRuns = Integer.parseInt(args[++i]);
        case "--local-warmup-s" -> localWarmup = Double.parseDouble(args[++i]);
        case "--local-s" -> localSeconds = Double.parseDouble(args[++i]);
        case "--page-items" -> pageItems = Integer.parseInt(args[++i]);
        case "--dynalite" -> dynalite = args[++i].equals("none") ? null : args[i];
        case "--compile-n" -> {
          compileSizes = new ArrayList<>();
          for (String n : args[++i].split(",")) {
            compileSizes.add(Integer.parseInt(n.trim()));
          }
        }
        case "--compile-runs" -> compileRuns = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("Unknown argument " + arg + " in " + Arrays.toString(args));
      }
    }
    return new Settings(
        shapes, forks, warmup, iterations, iterationMillis, gc, coldRuns, items, python, output, groups,
        startupRuns, localWarmup, localSeconds, pageItems, dynalite, only, compileSizes, compileRuns);
  }
}
