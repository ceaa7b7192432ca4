package io.dynamap.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * DynamoDB's rules for numbers: at most 38 significant digits, and a magnitude of zero or from
 * 1E-130 to below 1E+126. Checked before a request, so that a bad value is reported with its
 * attribute rather than as a failed request.
 */
public final class DynamoNumbers {
  /** DynamoDB keeps up to 38 significant digits. */
  public static final int MAX_SIGNIFICANT_DIGITS = 38;

  private static final BigDecimal SMALLEST = new BigDecimal("1E-130");
  private static final BigDecimal TOO_LARGE = new BigDecimal("1E+126");

  private DynamoNumbers() {}

  /** Why DynamoDB would refuse this number, or {@code null} if it accepts it. */
  public static String problem(BigDecimal value) {
    if (value.signum() == 0) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.precision() > MAX_SIGNIFICANT_DIGITS) {
      return "it has "
          + stripped.precision()
          + " significant digits; DynamoDB keeps at most "
          + MAX_SIGNIFICANT_DIGITS;
    }
    BigDecimal magnitude = stripped.abs();
    if (magnitude.compareTo(SMALLEST) < 0) {
      return "its magnitude is below DynamoDB's smallest, 1E-130";
    }
    if (magnitude.compareTo(TOO_LARGE) >= 0) {
      return "its magnitude is beyond DynamoDB's largest, 9.99…E+125";
    }
    return null;
  }

  /**
   * The shortest decimal that reads back as the same {@code double}. Java 17's {@code
   * Double.toString} sometimes gives more digits than needed (JDK-4511638, fixed in Java 19).
   */
  public static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    BigDecimal best = new BigDecimal(Double.toString(value));
    // The nearest p-digit decimal is never farther from the value than the nearest (p-1)-digit
    // one, so once p digits fail to read back, fewer digits fail too.
    for (int digits = best.precision() - 1; digits >= 1; digits--) {
      BigDecimal shorter = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (Double.parseDouble(shorter.toString()) != value) {
        break;
      }
      best = shorter;
    }
    return best.stripTrailingZeros();
  }

  /** The shortest decimal that reads back as the same {@code float}. */
  public static BigDecimal shortest(float value) {
    BigDecimal exact = new BigDecimal(value);
    BigDecimal best = new BigDecimal(Float.toString(value));
    for (int digits = best.precision() - 1; digits >= 1; digits--) {
      BigDecimal shorter = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (Float.parseFloat(shorter.toString()) != value) {
        break;
      }
      best = shorter;
    }
    return best.stripTrailingZeros();
  }
}
