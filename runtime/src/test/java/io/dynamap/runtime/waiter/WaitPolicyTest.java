package io.dynamap.runtime.waiter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitPolicyTest {
  @Test
  void loopbackEndpointsAreLocal() {
    for (String local : new String[] {"http://localhost:8000", "http://127.0.0.1:41234", "http://[::1]:8000", "http://dynamo.localhost"}) {
      assertTrue(WaitPolicy.isLoopback(URI.create(local)), local);
    }
    for (String remote : new String[] {"https://dynamodb.eu-west-1.amazonaws.com", "http://10.0.0.7:8000", "http://127.example.com"}) {
      assertFalse(WaitPolicy.isLoopback(URI.create(remote)), remote);
    }
  }

  @Test
  void awsDefaultsAreTheSdkWaitersAndDurationsMustBePositive() {
    assertEquals(Duration.ofSeconds(20 * 25), WaitPolicy.AWS.timeout());
    assertEquals(Duration.ofSeconds(20), WaitPolicy.AWS.pollInterval());
    assertEquals(Duration.ofSeconds(3), WaitPolicy.LOCAL.withTimeout(Duration.ofSeconds(3)).timeout());
    assertThrows(IllegalArgumentException.class, () -> new WaitPolicy(Duration.ZERO, Duration.ofSeconds(1)));
    assertThrows(NullPointerException.class, () -> new WaitPolicy(Duration.ofSeconds(1), null));
  }
}
