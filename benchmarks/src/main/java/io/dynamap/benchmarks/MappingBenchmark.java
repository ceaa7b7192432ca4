package io.dynamap.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Item mapping in memory, no network: each anchor serializes its entity and deserializes its own
 * item, one shape at a time. {@link BenchmarkRunner} chooses the shapes and anchors.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MappingBenchmark {
  @Param({"small"})
  public String shape;

  @Param({"dynamap"})
  public String anchor;

  private MappingCase mappingCase;

  @Setup
  public void setUp() {
    mappingCase = MappingCase.of(Shape.of(shape), Anchor.of(anchor));
  }

  @Benchmark
  public Object serialize() {
    return mappingCase.serialize();
  }

  @Benchmark
  public Object deserialize() {
    return mappingCase.deserialize();
  }
}
