package io.dynamap.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs {@link MappingBenchmark} with JMH for every shape and the anchors that map it. */
public final class MappingRun {
  /** One benchmark: ops/s (mean, its 99.9% error, median) and bytes allocated per op. */
  public record Result(
      Shape shape,
      Anchor anchor,
      String direction,
      double opsPerSecond,
      double error,
      double median,
      double bytesPerOp) {}

  private MappingRun() {}

  public static List<Result> run(Settings settings, String log) {
    List<Result> results = new ArrayList<>();
    for (Shape shape : settings.shapes()) {
      List<String> anchors = new ArrayList<>();
      for (Anchor anchor : Anchor.values()) {
        if (anchor.maps(shape)) {
          anchors.add(anchor.label());
        }
      }
      ChainedOptionsBuilder options =
          new OptionsBuilder()
              .include(MappingBenchmark.class.getName() + "\\.")
              .param("shape", shape.label())
              .param("anchor", anchors.toArray(String[]::new))
              .forks(settings.forks())
              .warmupIterations(settings.warmupIterations())
              .warmupTime(TimeValue.milliseconds(settings.iterationMillis()))
              .measurementIterations(settings.measurementIterations())
              .measurementTime(TimeValue.milliseconds(settings.iterationMillis()))
              .jvmArgsAppend("-Xms1g", "-Xmx1g")
              .shouldFailOnError(true);
      if (log != null) {
        options.output(log + "-" + shape.label() + ".log");
      } else {
        options.verbosity(VerboseMode.SILENT);
      }
      if (settings.gcProfiler()) {
        options.addProfiler(GCProfiler.class);
      }
      System.out.println("Mapping, " + shape.label() + " shape: " + anchors);
      try {
        for (RunResult run : new Runner(options.build()).run()) {
          results.add(toResult(run));
        }
      } catch (RunnerException e) {
        throw new IllegalStateException("JMH failed on the " + shape.label() + " shape", e);
      }
    }
    return results;
  }

  private static Result toResult(RunResult run) {
    String benchmark = run.getParams().getBenchmark();
    String direction = benchmark.substring(benchmark.lastIndexOf('.') + 1);
    Shape shape = Shape.of(run.getParams().getParam("shape"));
    Anchor anchor = Anchor.of(run.getParams().getParam("anchor"));
    org.openjdk.jmh.results.Result<?> primary = run.getPrimaryResult();
    double bytesPerOp = Double.NaN;
    for (Map.Entry<String, org.openjdk.jmh.results.Result> secondary :
        run.getSecondaryResults().entrySet()) {
      if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
        bytesPerOp = secondary.getValue().getScore();
      }
    }
    double error = primary.getScoreError();
    return new Result(
        shape,
        anchor,
        direction,
        primary.getScore(),
        Double.isNaN(error) ? 0 : error,
        primary.getStatistics().getPercentile(50),
        bytesPerOp);
  }
}
