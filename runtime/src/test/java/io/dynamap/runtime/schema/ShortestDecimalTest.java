package io.dynamap.runtime.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DynamoNumbers#shortest} and {@link FastText#shortest} against an exact reference: the
 * shortest decimal in the value's rounding interval and, among the shortest, the one nearest to
 * the value (ties to an even last digit). That is what Python's {@code repr}, JavaScript's {@code
 * String(x)} and Java 19+ (but for a few subnormals, see DynamoNumbers.shortest) write, so a
 * number written by any of them is the same text and the same key. Java 17's {@code
 * Double.toString} is not (JDK-4511638).
 *
 * <p>The reference works in exact integer arithmetic on the interval's bounds, and never calls
 * {@code parseDouble}, {@code Double.toString} or the code under test.
 */
class ShortestDecimalTest {
  /** How many values the random tests compared, for the report at the end of each. */
  private int compared;

  // ---- the reference ----

  /** 5^0 to 5^400: the powers of ten in the reference are 2^k 5^k, and |k| < 400 for doubles. */
  private static final BigInteger[] FIVE_TO_THE = new BigInteger[400];

  static {
    FIVE_TO_THE[0] = BigInteger.ONE;
    for (int i = 1; i < FIVE_TO_THE.length; i++) {
      FIVE_TO_THE[i] = FIVE_TO_THE[i - 1].multiply(BigInteger.valueOf(5));
    }
  }

  /** The shortest-nearest decimal of a finite double, trailing zeros stripped. */
  static BigDecimal reference(double value) {
    if (value == 0) {
      return BigDecimal.ZERO;
    }
    long bits = Double.doubleToRawLongBits(Math.abs(value));
    int biased = (int) (bits >>> 52);
    long fraction = bits & ((1L << 52) - 1);
    long significand = biased == 0 ? fraction : fraction | 1L << 52;
    int exponent = biased == 0 ? -1074 : biased - 1075;
    BigDecimal result =
        nearestShortest(significand, exponent, fraction == 0 && biased > 1, 17, Math.abs(value));
    return value < 0 ? result.negate() : result;
  }

  /** The shortest-nearest decimal of a finite float. */
  static BigDecimal reference(float value) {
    if (value == 0) {
      return BigDecimal.ZERO;
    }
    int bits = Float.floatToRawIntBits(Math.abs(value));
    int biased = bits >>> 23;
    int fraction = bits & ((1 << 23) - 1);
    long significand = biased == 0 ? fraction : fraction | 1 << 23;
    int exponent = biased == 0 ? -149 : biased - 150;
    BigDecimal result =
        nearestShortest(significand, exponent, fraction == 0 && biased > 1, 9, Math.abs(value));
    return value < 0 ? result.negate() : result;
  }

  /**
   * The value is c·2^q, exactly. The reals that round to it lie halfway to its neighbours: from
   * (4c − 2)·2^(q−2) to (4c + 2)·2^(q−2), or from (4c − 1)·2^(q−2) for a power of two whose
   * neighbour below is nearer (not the smallest normal, whose neighbours below are subnormals as
   * far apart as the ones above). Above MAX_VALUE the neighbour is 2^1024, as IEEE 754 rounds.
   * By round half to even, the bounds belong to the value when c is even. All arithmetic is
   * exact, in integers; {@code approximate} only narrows the search.
   *
   * <p>The decimals of a grid 10^k are s·10^k; the coarser the grid, the fewer digits. Whether a
   * grid has a point in the interval only grows as k falls (10^k's points are also 10^(k−1)'s),
   * so the coarsest one that does is found by bisection, and its point nearest the value is the
   * answer. The grid's points nearest the value are its roundings down and up to a multiple of
   * 10^k; if any point of the grid is in the interval, one of those two is, since the interval
   * holds the value and is convex.
   */
  private static BigDecimal nearestShortest(
      long c, int q, boolean nearerBelow, int maxDigits, double approximate) {
    int e = (int) Math.floor(Math.log10(approximate)); // 10^e <= value < 10^(e+1), give or take one
    // 10^fine: maxDigits digits, which always have a point in the interval, or, if e is one too
    // large, maxDigits − 1; then 10^(fine − 1) is maxDigits.
    int fine = e - maxDigits + 1;
    int coarse = e + 3; // 10^coarse: its points are 0 and at least 100 times the value; never
    BigDecimal found = candidate(c, q, nearerBelow, fine);
    if (found == null) {
      fine--;
      found = candidate(c, q, nearerBelow, fine);
      if (found == null) {
        throw new AssertionError("no decimal of " + maxDigits + " digits reads back as " + c + "·2^" + q);
      }
      return found.stripTrailingZeros();
    }
    // Most values need all or nearly all their digits: try the finest grids first.
    for (int tries = 0; tries < 3 && coarse - fine > 1; tries++) {
      BigDecimal point = candidate(c, q, nearerBelow, fine + 1);
      if (point == null) {
        return found.stripTrailingZeros();
      }
      fine++;
      found = point;
    }
    while (coarse - fine > 1) {
      int k = Math.floorDiv(fine + coarse, 2);
      BigDecimal point = candidate(c, q, nearerBelow, k);
      if (point != null) {
        fine = k;
        found = point;
      } else {
        coarse = k;
      }
    }
    return found.stripTrailingZeros();
  }

  /**
   * The point s·10^k of the grid nearest the value within its interval, ties to the even s, or
   * null if the grid has no point in the interval.
   */
  private static BigDecimal candidate(long c, int q, boolean nearerBelow, int k) {
    // In units of 1/b: the value is n = 4c·a, and 2^(q−2) / 10^k is a / b.
    BigInteger a = BigInteger.ONE;
    BigInteger b = BigInteger.ONE;
    if (k >= 0) {
      b = FIVE_TO_THE[k];
    } else {
      a = FIVE_TO_THE[-k];
    }
    int twos = q - 2 - k;
    if (twos >= 0) {
      a = a.shiftLeft(twos);
    } else {
      b = b.shiftLeft(-twos);
    }
    BigInteger[] qr = BigInteger.valueOf(4 * c).multiply(a).divideAndRemainder(b);
    BigInteger down = qr[0];
    BigInteger rem = qr[1]; // value − down·10^k, in units of 1/b
    if (rem.signum() == 0) {
      return new BigDecimal(down, -k); // the value itself is on the grid
    }
    BigInteger toUp = b.subtract(rem); // up·10^k − value
    BigInteger halfGapBelow = nearerBelow ? a : a.shiftLeft(1); // value − interval's low end
    BigInteger halfGapAbove = a.shiftLeft(1); // interval's high end − value
    boolean inclusive = (c & 1) == 0;
    int below = rem.compareTo(halfGapBelow);
    int above = toUp.compareTo(halfGapAbove);
    boolean downIn = inclusive ? below <= 0 : below < 0;
    boolean upIn = inclusive ? above <= 0 : above < 0;
    BigInteger s;
    if (downIn && upIn) {
      int nearer = rem.compareTo(toUp);
      s = nearer < 0 ? down : nearer > 0 ? down.add(BigInteger.ONE)
          : down.testBit(0) ? down.add(BigInteger.ONE) : down;
    } else if (downIn || upIn) {
      s = downIn ? down : down.add(BigInteger.ONE);
    } else {
      return null;
    }
    return new BigDecimal(s, -k);
  }

  // ---- the checks ----

  private void check(double value) {
    compared++;
    BigDecimal expected = reference(value);
    BigDecimal actual = DynamoNumbers.shortest(value);
    if (!expected.equals(actual)) {
      fail(String.format(
          "double %s (bits 0x%016x): expected %s, got %s", value,
          Double.doubleToRawLongBits(value), expected, actual));
    }
    String fast = FastText.shortest(value);
    if (fast != null && !fast.equals(expected.toString())) {
      fail(String.format(
          "FastText, double %s (bits 0x%016x): expected %s, got %s", value,
          Double.doubleToRawLongBits(value), expected, fast));
    }
  }

  private void check(float value) {
    compared++;
    BigDecimal expected = reference(value);
    BigDecimal actual = DynamoNumbers.shortest(value);
    if (!expected.equals(actual)) {
      fail(String.format(
          "float %s (bits 0x%08x): expected %s, got %s", value,
          Float.floatToRawIntBits(value), expected, actual));
    }
  }

  /** Prints how many values a test compared, and its time (CPU time: the machine may be busy). */
  private void report(String what, long startCpuNanos) {
    System.out.printf(
        "ShortestDecimalTest: %s: %,d values in %d ms of CPU time%n",
        what, compared, (cpuNanos() - startCpuNanos) / 1_000_000);
  }

  private static long cpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  // ---- the values ----

  @Test
  void knownValuesWhereJava17IsNotShortestNearest() {
    double d = Double.longBitsToDouble(0xc537a3c95a8d825aL);
    assertEquals("-2.8578753908417797E+25", DynamoNumbers.shortest(d).toString());
    assertEquals("-2.8578753908417797E+25", AttributeCodecs.fromDouble(d, "d").n());
    assertEquals(d, AttributeCodecs.toDoubleValue(AttributeCodecs.fromDouble(d, "d"), "d"));
    // Floats: 2^83, where Java 17 writes a digit too many (9.6714065E24), and two where it writes
    // as many digits as needed but the last one off (3.8685653E25, 9.5826246E24).
    assertEquals("9.671407E+24", AttributeCodecs.fromFloat(0x1p83f, "f").n());
    assertEquals("3.8685654E+25", AttributeCodecs.fromFloat(Float.intBitsToFloat(0x6a000006), "f").n());
    assertEquals("9.5826247E+24", AttributeCodecs.fromFloat(Float.intBitsToFloat(0x68fda664), "f").n());
    // One digit is enough; Java 17, and Java 19 (which prefers the nearer of one or two
    // digits), write 4.9E-324 and 1.4E-45.
    assertEquals("5E-324", DynamoNumbers.shortest(Double.MIN_VALUE).toString());
    assertEquals("1E-45", DynamoNumbers.shortest(Float.MIN_VALUE).toString());
    assertEquals("4E-45", AttributeCodecs.fromFloat(3 * Float.MIN_VALUE, "f").n());
    assertEquals("0", DynamoNumbers.shortest(-0.0).toString());
    assertEquals("0", DynamoNumbers.shortest(-0.0f).toString());
    assertEquals("1E+23", DynamoNumbers.shortest(1e23).toString());
    assertEquals("0.002", DynamoNumbers.shortest(0.002).toString());
  }

  @Test
  void randomDoubleBitPatterns() {
    SplittableRandom random = new SplittableRandom(20261205);
    long start = cpuNanos();
    for (int i = 0; i < 1_000_000; i++) {
      double d = Double.longBitsToDouble(random.nextLong());
      if (Double.isFinite(d)) {
        check(d);
      }
    }
    report("random double bit patterns", start);
  }

  @Test
  void randomFloatBitPatterns() {
    SplittableRandom random = new SplittableRandom(20261206);
    long start = cpuNanos();
    for (int i = 0; i < 1_000_000; i++) {
      float f = Float.intBitsToFloat(random.nextInt());
      if (Float.isFinite(f)) {
        check(f);
      }
    }
    report("random float bit patterns", start);
  }

  /**
   * 2^82 to 2^86, where Java 17 gets about 3% of doubles (between 2^84 and 2^85) and of floats
   * (10% between 2^85 and 2^86, and some between 2^82 and 2^83) wrong.
   */
  @Test
  void doublesAndFloatsFrom2To82To2To86() {
    SplittableRandom random = new SplittableRandom(83);
    long start = cpuNanos();
    long lowDouble = Double.doubleToRawLongBits(0x1p82);
    long highDouble = Double.doubleToRawLongBits(0x1p86);
    int lowFloat = Float.floatToRawIntBits(0x1p82f);
    int highFloat = Float.floatToRawIntBits(0x1p86f);
    for (int i = 0; i < 200_000; i++) {
      double d = Double.longBitsToDouble(random.nextLong(lowDouble, highDouble));
      check(d);
      check(-d);
      check(Float.intBitsToFloat(random.nextInt(lowFloat, highFloat)));
    }
    report("2^82 to 2^86", start);
  }

  /** Subnormals, where one digit can be enough and Java 19's rule differs from "shortest". */
  @Test
  void subnormals() {
    SplittableRandom random = new SplittableRandom(1074);
    long start = cpuNanos();
    for (int bits = 1; bits <= 20_000; bits++) { // the smallest, with the fewest significant bits
      check(Double.longBitsToDouble(bits));
      check(Float.intBitsToFloat(bits));
    }
    for (int i = 0; i < 50_000; i++) {
      check(Double.longBitsToDouble(random.nextLong(1, 1L << 52)));
      check(Float.intBitsToFloat(random.nextInt(1, 1 << 23)));
      check(-Double.longBitsToDouble(random.nextLong(1, 1L << 52)));
    }
    report("subnormals", start);
  }

  /** Every power of two, its neighbours, and the extremes. */
  @Test
  void powersOfTwoAndExtremes() {
    long start = cpuNanos();
    for (int e = -1074; e <= 1023; e++) {
      double p = Math.scalb(1.0, e);
      check(p);
      check(Math.nextUp(p));
      check(Math.nextDown(p));
      check(-p);
    }
    for (int e = -149; e <= 127; e++) {
      float p = Math.scalb(1.0f, e);
      check(p);
      check(Math.nextUp(p));
      check(Math.nextDown(p));
      check(-p);
    }
    for (double d : new double[] {Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
        Math.nextDown(Double.MIN_NORMAL), Math.nextDown(Double.MAX_VALUE), 0.0, -0.0, 1e-130, 1e125,
        9.999999999999999e125, 1e23, 9007199254740993.0, 1e15, 1e-3, 1e7}) {
      check(d);
      check(-d);
    }
    for (float f : new float[] {Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE,
        Math.nextDown(Float.MIN_NORMAL), Math.nextDown(Float.MAX_VALUE), 0f, -0f, 1e-45f, 1e38f}) {
      check(f);
      check(-f);
    }
    report("powers of two and extremes", start);
  }

  /**
   * Decimals of one and two digits at every exponent: where one digit reads back, Java 19's rule
   * would pick a nearer two-digit one, and the fix for that is limited to subnormals.
   */
  @Test
  void shortDecimalsAtEveryExponent() {
    long start = cpuNanos();
    for (int e = -325; e <= 309; e++) {
      for (int s = 1; s <= 99; s++) {
        double d = Double.parseDouble(s + "E" + e);
        if (Double.isFinite(d)) {
          check(d);
        }
        if (e >= -47 && e <= 39) {
          float f = Float.parseFloat(s + "E" + e);
          if (Float.isFinite(f)) {
            check(f);
          }
        }
      }
    }
    report("one- and two-digit decimals", start);
  }

  /** The values FastText answers without BigDecimal: short fractions and whole numbers. */
  @Test
  void fastTextRanges() {
    SplittableRandom random = new SplittableRandom(15);
    long start = cpuNanos();
    for (int i = 0; i < 300_000; i++) {
      double d =
          switch (i % 5) {
            case 0 -> random.nextLong(-1_000_000_000_000_000L, 1_000_000_000_000_000L); // whole
            case 1 -> random.nextInt(-1_000_000, 1_000_000) / 100.0; // money-like
            case 2 -> random.nextDouble(1e-3, 1e7); // any fraction, 16-17 digits
            case 3 -> // 1 to 15 digits, point anywhere
                Double.parseDouble(
                    random.nextLong(1, 1_000_000_000_000_000L) + "E" + random.nextInt(-18, 0));
            default -> Math.nextUp(random.nextInt(1, 10_000_000)); // whole, then one ulp more
          };
      check(d);
    }
    report("FastText ranges", start);
  }
}
