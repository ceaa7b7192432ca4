package io.dynamap.example.it.ttl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamap.testing.DynamapLocalTest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** {@code @TimeToLive}: stored as epoch seconds, and enabled by {@code createTable()}. */
@DynamapLocalTest
class TimeToLiveTest {

  @Test
  void theExpiryIsStoredAsEpochSeconds() {
    Instant expiresAt = Instant.parse("2026-11-23T10:15:30.750Z");
    Map<String, AttributeValue> item = SessionSchema.INSTANCE.toItem(new Session("s1", "ada", expiresAt));
    assertEquals(AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())), item.get("expiresAt"));
    assertEquals(Instant.parse("2026-11-23T10:15:30Z"), SessionSchema.INSTANCE.fromItem(item).expiresAt(),
        "the fraction of a second is dropped");
    assertEquals(Optional.of("expiresAt"), SessionSchema.INSTANCE.timeToLiveAttribute());
  }

  @Test
  void createTableEnablesTimeToLive(DynamoDbClient client) {
    SessionRepository sessions = new SessionRepository(client, "Sessions_ttl_" + System.nanoTime());
    sessions.createTable();
    try {
      TimeToLiveDescription ttl =
          client.describeTimeToLive(DescribeTimeToLiveRequest.builder().tableName(sessions.tableName()).build())
              .timeToLiveDescription();
      assertEquals(TimeToLiveStatus.ENABLED, ttl.timeToLiveStatus());
      assertEquals("expiresAt", ttl.attributeName());
      // Creating it again where it exists leaves TTL as it is.
      sessions.createTableIfNotExists();
      sessions.put(new Session("s1", "ada", Instant.parse("2030-01-01T00:00:00Z")));
      assertEquals("ada", sessions.get("s1").orElseThrow().user());
    } finally {
      sessions.deleteTable();
    }
  }
}
