package io.dynamap.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The compile benchmark's warm compiler: runs javac in its own JVM, compile after compile, as a
 * build daemon (Gradle's, mvnd) or an IDE does, so that the figures leave out the JVM's start and
 * the JIT's warm-up that a forked javac pays on every build. CompileBenchmark forks it with a plan
 * file: a first line "warm-up-rounds measured-rounds", then one line per kind of compile, its name
 * and javac's arguments separated by tabs. Each round runs every kind in turn, emptying the kind's
 * {@code -d} and {@code -s} directories first; each measured round prints one line per kind, its
 * name and the wall-clock seconds of the compile, which starts from a collected heap. javac loads
 * the processor afresh for every compile (its processor path gets a new class loader), as a daemon
 * does for each build.
 */
public final class WarmCompiler {
  private WarmCompiler() {}

  /** One kind of compile: its name and javac's arguments. */
  record Kind(String name, List<String> arguments) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: WarmCompiler <plan file>");
    }
    run(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8), System.out::println);
  }

  /** Runs the plan's rounds, handing each measured compile's line ("kind seconds") to {@code out}. */
  static void run(List<String> plan, Consumer<String> out) {
    String[] rounds = plan.isEmpty() ? new String[0] : plan.get(0).trim().split("\\s+");
    if (rounds.length != 2 || !rounds[0].matches("\\d+") || !rounds[1].matches("\\d+")) {
      throw new IllegalArgumentException(
          "the plan's first line must be \"<warm-up rounds> <measured rounds>\", not: "
              + (plan.isEmpty() ? "(an empty plan)" : plan.get(0)));
    }
    int warmUp = Integer.parseInt(rounds[0]);
    int measured = Integer.parseInt(rounds[1]);
    List<Kind> kinds = new ArrayList<>();
    for (String line : plan.subList(1, plan.size())) {
      if (!line.isBlank()) {
        List<String> fields = Arrays.asList(line.split("\t"));
        kinds.add(new Kind(fields.get(0), fields.subList(1, fields.size())));
      }
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("this JVM has no javac: run the benchmark on a JDK");
    }
    for (int round = 0; round < warmUp + measured; round++) {
      for (Kind kind : kinds) {
        double seconds = compile(javac, kind);
        if (round >= warmUp) {
          out.accept(String.format(Locale.ROOT, "%s %.4f", kind.name(), seconds));
        }
      }
    }
  }

  /** One compile of the kind, from emptied output directories; fails on any compile error. */
  private static double compile(JavaCompiler javac, Kind kind) {
    List<String> arguments = kind.arguments();
    for (int i = 0; i + 1 < arguments.size(); i++) {
      if (arguments.get(i).equals("-d") || arguments.get(i).equals("-s")) {
        CompileBenchmark.fresh(Path.of(arguments.get(i + 1)));
      }
    }
    // The garbage of the compile before (a full compile leaves gigabytes) is collected here,
    // outside the time, rather than in the middle of this compile, whatever kind came before.
    System.gc();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    long start = System.nanoTime();
    int status = javac.run(null, output, output, arguments.toArray(String[]::new));
    double seconds = (System.nanoTime() - start) / 1e9;
    if (status != 0) {
      throw new IllegalStateException(
          "javac failed (" + kind.name() + "):\n"
              + output.toString(StandardCharsets.UTF_8).lines().limit(40).collect(Collectors.joining("\n")));
    }
    return seconds;
  }
}
