package io.dynamap.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.retry.DynamapRetryStrategy;
import io.dynamap.runtime.retry.MaxAttempts;
import io.dynamap.runtime.retry.RetryStatistics;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class DynamapClientsTest {
  @Test
  void builderMaxAttemptsIsHonoured() {
    DynamapRetryStrategy strategy = DynamapClients.builder().maxAttempts(2).buildRetryStrategy();

    assertEquals(2, strategy.maxAttempts());
  }

  @Test
  void defaultAttemptsComeFromTheEnvironmentOrAreFive() {
    // The variable itself is covered by MaxAttemptsTest with a stand-in environment.
    int expected = MaxAttempts.resolve(null, DynamapClients.DEFAULT_MAX_ATTEMPTS);

    assertEquals(expected, DynamapClients.builder().buildRetryStrategy().maxAttempts());
    assertEquals(5, DynamapClients.DEFAULT_MAX_ATTEMPTS);
  }

  @Test
  void retrySettingsReachTheStrategy() {
    RetryStatistics statistics = new RetryStatistics();

    DynamapRetryStrategy strategy =
        DynamapClients.builder()
            .retryStatistics(statistics)
            .retryCircuitBreaker(true)
            .buildRetryStrategy();

    assertSame(statistics, strategy.statistics());
    assertTrue(strategy.circuitBreakerEnabled());
    assertFalse(
        DynamapClients.builder().buildRetryStrategy().circuitBreakerEnabled(), "off by default");
  }

  @Test
  void invalidRetrySettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> DynamapClients.builder().maxAttempts(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> DynamapClients.builder().throttleRetryDelay(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DynamapClients.builder()
                .errorRetryBaseDelay(Duration.ofSeconds(3))
                .errorRetryMaxDelay(Duration.ofSeconds(1))
                .buildRetryStrategy());
  }

  @Test
  void buildsAClientWithListeners() {
    try (DynamoDbClient client =
        DynamapClients.builder()
            .endpoint(URI.create("http://127.0.0.1:9"))
            .credentials(AnonymousCredentialsProvider.create())
            .addListener(event -> {})
            .build()) {
      assertEquals(
          DynamapRetryStrategy.class,
          client
              .serviceClientConfiguration()
              .overrideConfiguration()
              .retryStrategy()
              .orElseThrow()
              .getClass());
    }
  }

  @Test
  void aLoopbackEndpointNeedsNoConfiguredCredentials() {
    // Off EC2, the default chain would end probing the instance metadata service; a local server
    // gets the environment's keys if set, else static ones.
    String fromEnvironment = System.getenv("AWS_ACCESS_KEY_ID");
    String fromProperty = System.getProperty("aws.accessKeyId");
    String expected =
        fromProperty != null ? fromProperty
            : fromEnvironment != null ? fromEnvironment : DynamapClients.LOCAL_ACCESS_KEY;
    for (String endpoint : new String[] {"http://127.0.0.1:8000", "http://localhost:8000"}) {
      try (DynamoDbClient client =
          DynamapClients.builder().endpoint(URI.create(endpoint)).build()) {
        AwsCredentialsIdentity identity =
            client.serviceClientConfiguration().credentialsProvider().resolveIdentity().join();
        assertEquals(expected, identity.accessKeyId(), endpoint);
      }
    }
  }

  @Test
  void aRemoteEndpointKeepsTheDefaultChain() {
    try (DynamoDbClient client =
        DynamapClients.builder().endpoint(URI.create("https://dynamodb.example.com")).build()) {
      assertTrue(
          client.serviceClientConfiguration().credentialsProvider()
              instanceof DefaultCredentialsProvider);
    }
  }
}
