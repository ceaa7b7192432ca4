package io.dynamap.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The rules for the text of a DynamoDB number ({@code N}): which strings DynamoDB can store.
 *
 * <p>A valid number is decimal text: an optional sign ({@code -} or {@code +}), ASCII digits with
 * at most one decimal point and at least one digit ({@code ".5"} and {@code "5."} are valid, {@code
 * "."} is not), and an optional exponent ({@code e} or {@code E}, an optional sign, digits). No spaces, no {@code NaN} or {@code
 * Infinity}, no hexadecimal, no non-ASCII digits. Its value is zero, or its magnitude is between
 * {@value #MIN_MAGNITUDE} and {@value #MAX_MAGNITUDE}, and it has at most {@value
 * #MAX_SIGNIFICANT_DIGITS} significant digits. Leading and trailing zeros are not significant:
 * {@code "000123.4500"} has 5, {@code "1E+125"} has 1 and is valid although its plain form has 126
 * digits.
 *
 * <p>The checks scan the text once; they never go through {@code double} (which would round) and
 * never build a {@code BigDecimal} (whose cost grows with the exponent). All methods are
 * thread-safe.
 */
public final class DynamoNumbers {
  /** The most significant digits a DynamoDB number can have. */
  public static final int MAX_SIGNIFICANT_DIGITS = 38;

  /** The smallest magnitude of a nonzero DynamoDB number. */
  public static final String MIN_MAGNITUDE = "1E-130";

  /** The largest magnitude of a DynamoDB number. */
  public static final String MAX_MAGNITUDE = "9.9999999999999999999999999999999999999E+125";

  private static final int MIN_EXPONENT = -130;
  private static final int MAX_EXPONENT = 125;

  /** Longer values are cut in messages: a number string can be megabytes long. */
  private static final int MAX_QUOTED_LENGTH = 60;

  private DynamoNumbers() {}

  /** Whether {@code n} is a number DynamoDB can store; {@code false} for {@code null}. */
  public static boolean isValid(String n) {
    return n != null && problem(n) == null;
  }

  /**
   * Returns {@code n} if DynamoDB can store it as a number.
   *
   * @throws NumberFormatException if it cannot, with a message that quotes it and says why
   * @throws NullPointerException if {@code n} is null
   */
  public static String check(String n) {
    String problem = problem(Objects.requireNonNull(n, "n"));
    if (problem != null) {
      throw new NumberFormatException(problem);
    }
    return n;
  }

  /**
   * Why DynamoDB cannot store {@code n} as a number, as a sentence that quotes it, or {@code null}
   * if it can. For callers that build their own exception.
   */
  public static String problem(String n) {
    if (n == null) {
      return "a number is null";
    }
    Parsed p = parse(n);
    if (p == null) {
      return quote(n) + " is not a number";
    }
    if (p.zero) {
      return null;
    }
    if (p.significantDigits > MAX_SIGNIFICANT_DIGITS) {
      return quote(n)
          + " has "
          + p.significantDigits
          + " significant digits; DynamoDB numbers have at most "
          + MAX_SIGNIFICANT_DIGITS;
    }
    if (p.exponent > MAX_EXPONENT || p.exponent < MIN_EXPONENT) {
      return quote(n)
          + " is out of DynamoDB's number range: a nonzero magnitude must be between "
          + MIN_MAGNITUDE
          + " and "
          + MAX_MAGNITUDE;
    }
    return null;
  }

  /**
   * A key equal for numerically equal valid numbers ({@code "1"}, {@code "1.0"}, {@code "+1E0"},
   * {@code "10E-1"}) and different otherwise: sign, significant digits and exponent. {@code n} must
   * be valid.
   */
  public static String numericKey(String n) {
    Parsed p = parse(n);
    if (p == null || p.zero) {
      return "0"; // "-0" equals "0" as a number
    }
    StringBuilder key = new StringBuilder(p.significantDigits + 8);
    if (p.negative) {
      key.append('-');
    }
    for (int i = p.firstSignificant; i <= p.lastSignificant; i++) {
      key.append(p.digitAt(n, i));
    }
    return key.append('E').append(p.exponent).toString();
  }

  /**
   * {@code n} in JSON number syntax. Valid numbers that JSON does not allow ({@code "+1"}, {@code
   * ".5"}, {@code "1."}, {@code "007"}) lose the plus sign, gain or lose a zero or point; every
   * other valid number, and so everything DynamoDB itself returns, comes back unchanged. {@code n}
   * must be valid.
   */
  public static String toJsonNumber(String n) {
    Parsed p = parse(n);
    if (p == null) {
      throw new IllegalArgumentException(quote(n) + " is not a number");
    }
    StringBuilder json = new StringBuilder(n.length() + 1);
    if (p.negative) {
      json.append('-');
    }
    int intStart = p.intStart;
    while (intStart < p.intEnd - 1 && n.charAt(intStart) == '0') {
      intStart++; // JSON forbids leading zeros
    }
    if (intStart == p.intEnd) {
      json.append('0'); // ".5": JSON needs a digit before the point
    } else {
      json.append(n, intStart, p.intEnd);
    }
    if (p.fracEnd > p.fracStart) {
      json.append('.').append(n, p.fracStart, p.fracEnd); // "1." drops its bare point
    }
    json.append(n, p.exponentStart, n.length());
    String result = json.toString();
    return result.equals(n) ? n : result;
  }

  /** {@code s} in double quotes, cut short if long. */
  public static String quote(String s) {
    if (s.length() <= MAX_QUOTED_LENGTH) {
      return '"' + s + '"';
    }
    return '"' + s.substring(0, MAX_QUOTED_LENGTH) + "…\" (" + s.length() + " characters)";
  }

  /** Why DynamoDB cannot store this value as a number, or {@code null} if it can. */
  public static String problem(BigDecimal value) {
    return problem(value.toString());
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

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9'; // not Character.isDigit: DynamoDB wants ASCII digits
  }

  /** The digits of a number, as positions in its integer part followed by its fraction. */
  private static final class Parsed {
    boolean negative;
    boolean zero;
    int intStart;
    int intEnd;
    int fracStart;
    int fracEnd;
    int exponentStart;
    /** Positions in the digit sequence (integer digits, then fraction digits). */
    int firstSignificant;

    int lastSignificant;
    int significantDigits;
    /** The power of ten of the first significant digit: 2 for "123", -1 for "0.5". */
    long exponent;

    char digitAt(String n, int position) {
      int intDigits = intEnd - intStart;
      return position < intDigits
          ? n.charAt(intStart + position)
          : n.charAt(fracStart + position - intDigits);
    }
  }

  /** The parts of {@code n}, or null if it is not decimal number text. */
  private static Parsed parse(String n) {
    Parsed p = new Parsed();
    int len = n.length();
    int i = 0;
    if (i < len && (n.charAt(i) == '-' || n.charAt(i) == '+')) {
      p.negative = n.charAt(i) == '-';
      i++;
    }
    p.intStart = i;
    while (i < len && isDigit(n.charAt(i))) {
      i++;
    }
    p.intEnd = i;
    p.fracStart = i;
    p.fracEnd = i;
    if (i < len && n.charAt(i) == '.') {
      i++;
      p.fracStart = i;
      while (i < len && isDigit(n.charAt(i))) {
        i++;
      }
      p.fracEnd = i;
    }
    int intDigits = p.intEnd - p.intStart;
    int digits = intDigits + (p.fracEnd - p.fracStart);
    if (digits == 0) {
      return null;
    }
    p.exponentStart = i;
    long writtenExponent = 0;
    if (i < len && (n.charAt(i) == 'e' || n.charAt(i) == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < len && (n.charAt(i) == '-' || n.charAt(i) == '+')) {
        negativeExponent = n.charAt(i) == '-';
        i++;
      }
      int exponentDigitsStart = i;
      while (i < len && isDigit(n.charAt(i))) {
        // Saturate rather than overflow: any exponent this large is out of range anyway, unless
        // the number is zero, when it does not matter.
        if (writtenExponent < 1_000_000_000_000L) {
          writtenExponent = writtenExponent * 10 + (n.charAt(i) - '0');
        }
        i++;
      }
      if (i == exponentDigitsStart) {
        return null;
      }
      if (negativeExponent) {
        writtenExponent = -writtenExponent;
      }
    }
    if (i != len) {
      return null;
    }
    int first = 0;
    while (first < digits && p.digitAt(n, first) == '0') {
      first++;
    }
    if (first == digits) {
      p.zero = true;
      return p;
    }
    int last = digits - 1;
    while (p.digitAt(n, last) == '0') {
      last--;
    }
    p.firstSignificant = first;
    p.lastSignificant = last;
    p.significantDigits = last - first + 1;
    p.exponent = writtenExponent + (intDigits - 1 - first);
    return p;
  }
}
