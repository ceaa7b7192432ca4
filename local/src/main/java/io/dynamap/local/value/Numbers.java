package io.dynamap.local.value;

import io.dynamap.local.api.DynamoException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** DynamoDB's number rules: 38 significant digits, magnitudes from 1E-130 to below 1E+126. */
public final class Numbers {
  /** Decimal literals as DynamoDB takes them: no sign but '-', no spaces, no hex, no NaN. */
  private static final Pattern DECIMAL =
      Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private static final int MAX_DIGITS = 38;
  private static final int MAX_EXPONENT = 125;
  private static final int MIN_EXPONENT = -130;

  private Numbers() {}

  /**
   * Parses and checks a number as DynamoDB does when it reads one from a request.
   *
   * @throws DynamoException a {@code ValidationException} with DynamoDB's message
   */
  public static BigDecimal parse(String text) {
    if (text == null || text.isEmpty()) {
      throw DynamoException.validation("The parameter cannot be converted to a numeric value");
    }
    if (text.length() > 1000 || !DECIMAL.matcher(text).matches()) {
      throw DynamoException.validation(
          "The parameter cannot be converted to a numeric value: " + text);
    }
    BigDecimal value;
    try {
      value = normalize(new BigDecimal(text));
    } catch (NumberFormatException | ArithmeticException e) {
      throw DynamoException.validation(
          "The parameter cannot be converted to a numeric value: " + text);
    }
    check(value);
    return value;
  }

  /**
   * Checks a computed number (a sum in an update) against DynamoDB's range and precision.
   *
   * @throws DynamoException a {@code ValidationException} with DynamoDB's message
   */
  public static BigDecimal check(BigDecimal value) {
    BigDecimal normalized = normalize(value);
    if (normalized.signum() == 0) {
      return normalized;
    }
    int exponent = normalized.precision() - normalized.scale() - 1;
    if (exponent > MAX_EXPONENT) {
      throw DynamoException.validation(
          "Number overflow. Attempting to store a number with magnitude larger than supported range");
    }
    if (exponent < MIN_EXPONENT) {
      throw DynamoException.validation(
          "Number underflow. Attempting to store a number with magnitude smaller than supported range");
    }
    if (normalized.precision() > MAX_DIGITS) {
      throw DynamoException.validation(
          "Attempting to store more than 38 significant digits in a Number");
    }
    return normalized;
  }

  /** Strips trailing zeros, so that equal numbers are equal {@link BigDecimal}s. */
  public static BigDecimal normalize(BigDecimal value) {
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }
}
