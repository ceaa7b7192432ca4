package io.dynamap.runtime.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JitteredBackoffTest {
  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }

  @Test
  void fixedBackoffDoesNotGrow() {
    JitteredBackoff backoff = JitteredBackoff.fixed(ms(50));

    for (int retry = 1; retry <= 10; retry++) {
      assertEquals(ms(50), backoff.nominalDelay(retry));
    }
  }

  @Test
  void exponentialBackoffDoublesFromItsBaseUpToItsMaximum() {
    JitteredBackoff backoff = JitteredBackoff.exponential(ms(250), ms(2000));

    assertEquals(ms(250), backoff.nominalDelay(1));
    assertEquals(ms(500), backoff.nominalDelay(2));
    assertEquals(ms(1000), backoff.nominalDelay(3));
    assertEquals(ms(2000), backoff.nominalDelay(4));
    assertEquals(ms(2000), backoff.nominalDelay(5));
    assertEquals(ms(2000), backoff.nominalDelay(1000), "no overflow on many retries");
  }

  @Test
  void jitterSpreadsEachDelayFromHalfToOneAndAHalfTimesTheNominal() {
    JitteredBackoff lowest = JitteredBackoff.exponential(ms(250), ms(2000)).withRandom(() -> 0.0);
    JitteredBackoff highest = JitteredBackoff.exponential(ms(250), ms(2000)).withRandom(() -> 1.0);
    JitteredBackoff middle = JitteredBackoff.exponential(ms(250), ms(2000)).withRandom(() -> 0.5);

    // The SDK numbers attempts from 1, so the first retry is attempt 2.
    assertEquals(ms(125), lowest.computeDelay(2));
    assertEquals(ms(375), highest.computeDelay(2));
    assertEquals(ms(250), middle.computeDelay(2));
    assertEquals(ms(500), middle.computeDelay(3));
    assertEquals(ms(1000), lowest.computeDelay(5));
    assertEquals(Duration.ZERO, middle.computeDelay(1), "no delay before the first attempt");
  }

  @Test
  void realJitterStaysWithinItsBounds() {
    JitteredBackoff throttling = JitteredBackoff.fixed(ms(50));
    long distinct = 0;
    Duration previous = null;
    for (int i = 0; i < 1000; i++) {
      Duration delay = throttling.computeDelay(2 + i % 5);
      assertTrue(delay.compareTo(ms(25)) >= 0 && delay.compareTo(ms(75)) <= 0, delay.toString());
      if (!delay.equals(previous)) {
        distinct++;
      }
      previous = delay;
    }
    assertTrue(distinct > 900, "delays are jittered: " + distinct + " changes in 1000");
  }

  @Test
  void rejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> JitteredBackoff.fixed(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class, () -> JitteredBackoff.exponential(ms(100), ms(50)));
    assertThrows(
        IllegalArgumentException.class, () -> JitteredBackoff.fixed(ms(50)).computeDelay(0));
  }
}
