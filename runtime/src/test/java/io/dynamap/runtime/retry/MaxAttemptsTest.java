package io.dynamap.runtime.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The attempt count's sources and their order, with lookups standing in for the environment. */
class MaxAttemptsTest {
  private static final UnaryOperator<String> NOTHING = name -> null;

  private static UnaryOperator<String> set(String name, String value) {
    return Map.of(name, value)::get;
  }

  @Test
  void defaultWhenNothingIsSet() {
    assertEquals(5, MaxAttempts.resolve(null, 5, NOTHING, NOTHING));
  }

  @Test
  void environmentVariableIsHonoured() {
    assertEquals(7, MaxAttempts.resolve(null, 5, NOTHING, set("AWS_MAX_ATTEMPTS", "7")));
  }

  @Test
  void systemPropertyBeatsTheEnvironment() {
    assertEquals(
        3, MaxAttempts.resolve(null, 5, set("aws.maxAttempts", "3"), set("AWS_MAX_ATTEMPTS", "7")));
  }

  @Test
  void valueSetInCodeBeatsEverything() {
    assertEquals(
        2, MaxAttempts.resolve(2, 5, set("aws.maxAttempts", "3"), set("AWS_MAX_ATTEMPTS", "7")));
  }

  @Test
  void blankValuesAreIgnoredAndSpacesTrimmed() {
    assertEquals(
        5, MaxAttempts.resolve(null, 5, set("aws.maxAttempts", " "), set("AWS_MAX_ATTEMPTS", "")));
    assertEquals(4, MaxAttempts.resolve(null, 5, NOTHING, set("AWS_MAX_ATTEMPTS", " 4 ")));
  }

  @Test
  void invalidValuesFailNamingTheirSource() {
    IllegalArgumentException notANumber =
        assertThrows(
            IllegalArgumentException.class,
            () -> MaxAttempts.resolve(null, 5, NOTHING, set("AWS_MAX_ATTEMPTS", "lots")));
    assertTrue(
        notANumber.getMessage().contains("environment variable AWS_MAX_ATTEMPTS"),
        notANumber.getMessage());
    assertTrue(notANumber.getMessage().contains("'lots'"), notANumber.getMessage());

    IllegalArgumentException zero =
        assertThrows(
            IllegalArgumentException.class,
            () -> MaxAttempts.resolve(null, 5, set("aws.maxAttempts", "0"), NOTHING));
    assertTrue(zero.getMessage().contains("system property aws.maxAttempts"), zero.getMessage());

    assertThrows(IllegalArgumentException.class, () -> MaxAttempts.resolve(0, 5, NOTHING, NOTHING));
  }

  @Test
  void theOneArgumentFormReadsThisJvm() {
    // Only checks agreement with the real environment, which the test does not change.
    String property = System.getProperty("aws.maxAttempts");
    String variable = System.getenv("AWS_MAX_ATTEMPTS");
    int expected =
        property != null && !property.isBlank()
            ? Integer.parseInt(property.trim())
            : variable != null && !variable.isBlank() ? Integer.parseInt(variable.trim()) : 5;
    assertEquals(expected, MaxAttempts.resolve(null, 5));
    assertEquals(9, MaxAttempts.resolve(9, 5));
  }
}
