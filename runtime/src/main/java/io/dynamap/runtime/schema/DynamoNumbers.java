package io.dynamap.runtime.schema;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.function.Predicate;

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

  /**
   * Whether {@code n} is a number DynamoDB can store; {@code false} for {@code null}.
   *
   * @param n the number as text, or {@code null}
   * @return {@code true} for a number DynamoDB accepts: at most 38 significant digits, magnitude
   *     from 1E-130 to below 1E+126, or zero
   */
  public static boolean isValid(String n) {
    return n != null && problem(n) == null;
  }

  /**
   * Returns {@code n} if DynamoDB can store it as a number.
   *
   * @param n the number as text, as DynamoDB would receive it
   * @return {@code n}
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
   *
   * @param n the number as text, or {@code null}
   * @return the reason, or {@code null} for a valid number
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
   *
   * @param n the number as text, as DynamoDB would receive it
   * @return the key; {@code "0"} for every form of zero
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
   *
   * @param n the number as text, as DynamoDB would receive it
   * @return the same number in JSON syntax; {@code n} itself if it already is
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

  /**
   * {@code s} in double quotes, cut short if long.
   *
   * @param s the text to quote; not null
   * @return the quoted text, with an ellipsis if it was cut
   */
  public static String quote(String s) {
    if (s.length() <= MAX_QUOTED_LENGTH) {
      return '"' + s + '"';
    }
    return '"' + s.substring(0, MAX_QUOTED_LENGTH) + "…\" (" + s.length() + " characters)";
  }

  /**
   * Why DynamoDB cannot store this value as a number, or {@code null} if it can.
   *
   * @param value the number; not null
   * @return the reason, or {@code null} for a valid number
   */
  public static String problem(BigDecimal value) {
    return problem(value.toString());
  }

  /**
   * The shortest decimal that reads back as the same {@code double} and, among the shortest, the
   * one nearest to it: the digits Python's {@code repr}, JavaScript's {@code String(x)} and Java
   * 19+'s {@code Double.toString} agree on, so that a key or condition value written by any of
   * them is the same number. Java 17's {@code Double.toString} is not this (JDK-4511638): it
   * sometimes gives a digit too many, and, when the length is already minimal, sometimes a last
   * digit one off ({@code -2.8578753908417796E+25} for the double nearest {@code
   * -2.8578753908417797E+25}), which still reads back but differs from every other language.
   *
   * <p>The digits come from Raffaello Giulietti's Schubfach algorithm: jackson-core's copy of the
   * code that became Java 19's {@code Double.toString}, called through {@code NumberOutput},
   * whose package jackson-core's module exports (its {@code schubfach} package it does not). One
   * rule of Java 19's differs from "shortest": when a single digit would do, it picks the nearest
   * of one or two digits ({@code 4.9E-324}, where Python writes {@code 5e-324}); see {@link
   * #oneDigit}. Zero, also {@code -0.0}, is {@code 0}; trailing zeros are stripped, so the text
   * is {@code BigDecimal.toString}'s, as before: {@code 1E+23}, {@code 0.1}.
   *
   * @param value the number; finite
   * @return the decimal; its string form is at most 17 significant digits for a {@code double}, 9
   *     for a {@code float}
   */
  public static BigDecimal shortest(double value) {
    BigDecimal digits = new BigDecimal(NumberOutput.toString(value, true)).stripTrailingZeros();
    if (value != 0 && Math.abs(value) < Double.MIN_NORMAL && digits.precision() == 2) {
      BigDecimal exact = new BigDecimal(value);
      BigDecimal one = oneDigit(exact, c -> Double.parseDouble(c.toString()) == value);
      return one != null ? one : digits;
    }
    return digits.signum() == 0 ? BigDecimal.ZERO : digits;
  }

  /**
   * The shortest, then nearest decimal that reads back as the same {@code float}; see above.
   *
   * @param value the number; finite
   * @return the decimal; its string form is at most 17 significant digits for a {@code double}, 9
   *     for a {@code float}
   */
  public static BigDecimal shortest(float value) {
    BigDecimal digits = new BigDecimal(NumberOutput.toString(value, true)).stripTrailingZeros();
    if (value != 0 && Math.abs(value) < Float.MIN_NORMAL && digits.precision() == 2) {
      BigDecimal exact = new BigDecimal(value);
      BigDecimal one = oneDigit(exact, c -> Float.parseFloat(c.toString()) == value);
      return one != null ? one : digits;
    }
    return digits.signum() == 0 ? BigDecimal.ZERO : digits;
  }

  /**
   * The nearest one-digit decimal that reads back as the value, or null if none does. Schubfach
   * as in Java 19 answers two digits when one would do but two are nearer ({@code 4.9E-324} for
   * {@code Double.MIN_VALUE}, not {@code 5E-324}). That can only happen when a value's rounding
   * interval is wider than about a hundredth of the value, that is for subnormals with few
   * significant bits: a normal {@code double} or {@code float} interval is far narrower than the
   * gap between two-digit decimals, so it holds at most one of them, the one-digit one itself.
   * The candidates are the one-digit decimals just below and just above the value.
   */
  private static BigDecimal oneDigit(BigDecimal exact, Predicate<BigDecimal> readsBack) {
    BigDecimal below = exact.round(new MathContext(1, RoundingMode.FLOOR));
    BigDecimal above = exact.round(new MathContext(1, RoundingMode.CEILING));
    boolean belowReads = readsBack.test(below);
    boolean aboveReads = readsBack.test(above);
    if (belowReads && aboveReads) {
      int toBelow = exact.subtract(below).abs().compareTo(above.subtract(exact).abs());
      if (toBelow == 0) {
        return exact.round(new MathContext(1, RoundingMode.HALF_EVEN)).stripTrailingZeros();
      }
      return (toBelow < 0 ? below : above).stripTrailingZeros();
    }
    if (belowReads || aboveReads) {
      return (belowReads ? below : above).stripTrailingZeros();
    }
    return null;
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
