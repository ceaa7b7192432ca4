package io.dynamap.local.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.engine.KeySchema;
import io.dynamap.local.engine.PrimaryKey;
import io.dynamap.local.engine.TableDefinition;
import io.dynamap.local.value.Value;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Helpers of the batch and transaction tests: an engine with tables, JSON, expected errors. */
final class TxTestSupport {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(JsonParser.Feature.ALLOW_SINGLE_QUOTES, true);

  private TxTestSupport() {}

  /** A request body; single quotes are accepted to keep Java strings readable. */
  static ObjectNode json(String text) {
    return (ObjectNode) node(text);
  }

  /** Any JSON value, single quotes accepted. */
  static JsonNode node(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /**
   * An engine on {@code clock}, tables active at once, with table {@code tx1} (key {@code pk}:S)
   * and table {@code tx2} (keys {@code pk}:S, {@code sk}:N), as created in dynalite for the
   * comparisons.
   */
  static Engine engine(Clock clock) {
    Engine engine = new Engine(clock, Duration.ZERO);
    engine.createTable(TableDefinition.simple("tx1", KeySchema.of("pk", Value.Type.S)));
    engine.createTable(TableDefinition.simple("tx2",
        KeySchema.of("pk", Value.Type.S, "sk", Value.Type.N)));
    return engine;
  }

  static Engine engine() {
    return engine(Clock.systemUTC());
  }

  /** The item of {@code tx1} with key {@code pk}, or null. */
  static Map<String, Value> item(Engine engine, String pk) {
    return engine.usableTable("tx1").get(new PrimaryKey(new Value.S(pk), null));
  }

  static DynamoException refused(String type, String message, Executable call) {
    DynamoException e = assertThrows(DynamoException.class, call);
    assertEquals(type, e.type(), () -> "type of " + e);
    if (message != null) {
      assertEquals(message, e.getMessage());
    }
    return e;
  }

  static DynamoException validation(String message, Executable call) {
    return refused("ValidationException", message, call);
  }

  static DynamoException serialization(String message, Executable call) {
    return refused("SerializationException", message, call);
  }

  /** A clock that moves only when told to. */
  static final class MutableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
