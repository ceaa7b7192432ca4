package io.dynamap.runtime.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DynamoNumbersTest {
  private static final String MAX = "9.9999999999999999999999999999999999999E+125";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-0",
        "0.000",
        "0E+999999999999999999999",
        "1",
        "-1",
        "+1",
        ".5",
        "5.",
        "1e5",
        "1E+125",
        "1E-130",
        "-1E-130",
        "0.1",
        MAX,
        "-" + MAX,
        "99999999999999999999999999999999999999E+88",
        "12345678901234567890123456789012345678",
        "123456789012345678901234567890.12345678",
        "000123.4500",
        "100000000000000000000000000000000000000000000000000000000.000000000000000000000E-10",
      })
  void acceptsNumbersDynamoDbCanStore(String n) {
    assertTrue(DynamoNumbers.isValid(n), n);
    assertNull(DynamoNumbers.problem(n), n);
    assertSame(n, DynamoNumbers.check(n));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " 1",
        "1 ",
        "abc",
        "NaN",
        "Infinity",
        "-Infinity",
        "-",
        "+",
        ".",
        "-.",
        "1e",
        "1e+",
        "e5",
        "0x10",
        "1,5",
        "1.2.3",
        "--1",
        "1_000",
        "\u0661\u0662", // Arabic-Indic digits, which BigDecimal would accept
      })
  void refusesTextThatIsNotANumber(String n) {
    assertFalse(DynamoNumbers.isValid(n), n);
    assertEquals("\"" + n + "\" is not a number", DynamoNumbers.problem(n));
    NumberFormatException e = assertThrows(NumberFormatException.class, () -> DynamoNumbers.check(n));
    assertEquals("\"" + n + "\" is not a number", e.getMessage());
  }

  @Test
  void leadingAndTrailingZerosDoNotCount() {
    // 1E+125 and 1E-130 written out: 126 and 131 digits, 1 significant.
    assertTrue(DynamoNumbers.isValid("1" + "0".repeat(125)));
    assertTrue(DynamoNumbers.isValid("0." + "0".repeat(129) + "1"));
    assertTrue(DynamoNumbers.isValid("-0." + "0".repeat(129) + "1000000"));
    assertFalse(DynamoNumbers.isValid("1" + "0".repeat(126)));
    assertFalse(DynamoNumbers.isValid("0." + "0".repeat(130) + "1"));
  }

  @Test
  void refusesMoreThan38SignificantDigits() {
    String n = "123456789012345678901234567890123456789"; // 39
    assertEquals(
        "\"" + n + "\" has 39 significant digits; DynamoDB numbers have at most 38",
        DynamoNumbers.problem(n));
    assertFalse(DynamoNumbers.isValid("1.00000000000000000000000000000000000001")); // 39
    assertFalse(DynamoNumbers.isValid("9.99999999999999999999999999999999999999E+125"));
    // Zeros inside count; zeros outside do not.
    assertFalse(DynamoNumbers.isValid("1000000000000000000000000000000000000001"));
    assertTrue(DynamoNumbers.isValid("00000.1000000000000000000000000000000000000100000"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1E+126",
        "-1E+126",
        "10E+125",
        "1E-131",
        "-1E-131",
        "0.1E-130",
        "1E+99999999999999999999999",
        "1E-99999999999999999999999",
      })
  void refusesMagnitudesOutOfRange(String n) {
    assertEquals(
        "\""
            + n
            + "\" is out of DynamoDB's number range: a nonzero magnitude must be between 1E-130"
            + " and 9.9999999999999999999999999999999999999E+125",
        DynamoNumbers.problem(n));
  }

  @Test
  void quotesLongValuesShortInMessages() {
    String n = "x".repeat(1000);
    assertEquals("\"" + "x".repeat(60) + "…\" (1000 characters) is not a number", DynamoNumbers.problem(n));
  }

  @Test
  void nullIsInvalidAndCheckRefusesIt() {
    assertFalse(DynamoNumbers.isValid(null));
    assertThrows(NullPointerException.class, () -> DynamoNumbers.check(null));
  }

  @Test
  void numericKeysAreEqualExactlyForEqualNumbers() {
    String one = DynamoNumbers.numericKey("1");
    for (String same : new String[] {"1.0", "+1E0", "10E-1", "0.1e1", "001.000"}) {
      assertEquals(one, DynamoNumbers.numericKey(same), same);
    }
    assertEquals(DynamoNumbers.numericKey("0"), DynamoNumbers.numericKey("-0.000E5"));
    assertEquals(DynamoNumbers.numericKey("100"), DynamoNumbers.numericKey("1E2"));
    assertNotEquals(one, DynamoNumbers.numericKey("-1"));
    assertNotEquals(one, DynamoNumbers.numericKey("10"));
    assertNotEquals(
        DynamoNumbers.numericKey("1.0000000000000000000000000000000000001"), one);
  }

  @Test
  void jsonFormKeepsJsonNumbersAndFixesTheRest() {
    String exact = "-1.50E+07";
    assertSame(exact, DynamoNumbers.toJsonNumber(exact));
    assertEquals("1", DynamoNumbers.toJsonNumber("+1"));
    assertEquals("0.5", DynamoNumbers.toJsonNumber(".5"));
    assertEquals("-0.5", DynamoNumbers.toJsonNumber("-.5"));
    assertEquals("5", DynamoNumbers.toJsonNumber("5."));
    assertEquals("7", DynamoNumbers.toJsonNumber("007"));
    assertEquals("0", DynamoNumbers.toJsonNumber("00"));
    assertEquals("-7.50e3", DynamoNumbers.toJsonNumber("-007.50e3"));
    assertEquals("0.5E+2", DynamoNumbers.toJsonNumber("+.5E+2"));
  }
}
