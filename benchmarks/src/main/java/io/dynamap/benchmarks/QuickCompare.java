package io.dynamap.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A development aid, not one of the reported benchmarks: Dynamap against the hand-written
 * converter in one JVM, in alternating slices of 100 ms, so that a busy machine slows both alike.
 * Prints the median throughput ratio per shape and direction.
 *
 * <p>usage: {@code QuickCompare [seconds per case] [shape ...]}
 */
public final class QuickCompare {
  private static volatile Object sink;

  private QuickCompare() {}

  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    List<Shape> shapes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      shapes.add(Shape.of(args[i]));
    }
    if (shapes.isEmpty()) {
      shapes.addAll(List.of(Shape.values()));
    }
    for (Shape shape : shapes) {
      MappingCase dynamap = MappingCase.of(shape, Anchor.DYNAMAP);
      MappingCase hand = MappingCase.of(shape, Anchor.HAND_WRITTEN);
      for (String direction : List.of("serialize", "deserialize")) {
        boolean ser = direction.equals("serialize");
        slice(dynamap, ser, 1000);
        slice(hand, ser, 1000);
        List<Double> ratios = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
          double d = slice(dynamap, ser, 100);
          double h = slice(hand, ser, 100);
          ratios.add(d / h);
        }
        System.out.printf(
            Locale.ROOT, "%-11s %-11s Dynamap / hand-written = %.2f%n", shape.label(), direction, Report.median(ratios));
      }
    }
  }

  /** Operations per second over a slice of the given length. */
  private static double slice(MappingCase c, boolean serialize, long millis) {
    long start = System.nanoTime();
    long end = start + millis * 1_000_000;
    long ops = 0;
    long now;
    do {
      for (int i = 0; i < 64; i++) {
        sink = serialize ? c.serialize() : c.deserialize();
      }
      ops += 64;
      now = System.nanoTime();
    } while (now < end);
    return ops * 1e9 / (now - start);
  }
}
