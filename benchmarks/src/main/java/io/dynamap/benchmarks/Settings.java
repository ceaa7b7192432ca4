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
    Set<String> groups) {

  /** The benchmark groups. */
  public static final Set<String> ALL_GROUPS = Set.of("mapping", "cold", "bulk");

  /** The full run. */
  public static Settings defaults() {
    return new Settings(
        List.of(Shape.values()), 1, 2, 3, 1000, true, 10, 100_000, "/usr/bin/python3", Path.of("benchmarks"), ALL_GROUPS);
  }

  /**
   * The defaults changed by arguments: {@code --shapes tiny,small}, {@code --forks n}, {@code
   * --warmup n}, {@code --iterations n}, {@code --iteration-ms n}, {@code --no-gc}, {@code
   * --cold-runs n}, {@code --items n}, {@code --python path|none}, {@code --output dir}, {@code --groups mapping,cold,bulk}.
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
        default -> throw new IllegalArgumentException("Unknown argument " + arg + " in " + Arrays.toString(args));
      }
    }
    return new Settings(
        shapes, forks, warmup, iterations, iterationMillis, gc, coldRuns, items, python, output, groups);
  }
}
