package io.dynamap.testing.fault;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.KeyDefinition;
import io.dynamap.testing.LocalDynamoDb;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Raw items keyed by a string "id", a repository for them, and clients for the fault tests. */
final class Things {
  static final Schema SCHEMA = new Schema();

  private Things() {}

  /** A Dynamap client for the endpoint, with the shared server's dummy credentials. */
  static DynamapClients.Builder client(URI endpoint) {
    return DynamapClients.builder()
        .endpoint(endpoint)
        .credentials(
            LocalDynamoDb.credentials());
  }

  /**
   * A client whose retries wait about a millisecond, for tests that count rather than time them.
   */
  static DynamapClients.Builder fastRetryingClient(URI endpoint) {
    return client(endpoint)
        .throttleRetryDelay(Duration.ofMillis(1))
        .errorRetryBaseDelay(Duration.ofMillis(1))
        .errorRetryMaxDelay(Duration.ofMillis(2));
  }

  static Map<String, AttributeValue> thing(String id, int count) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("id", AttributeValue.fromS(id));
    item.put("count", AttributeValue.fromN(Integer.toString(count)));
    return item;
  }

  static Map<String, AttributeValue> key(String id) {
    return Map.of("id", AttributeValue.fromS(id));
  }

  /** The schema: items are their own entities. */
  static final class Schema implements ItemSchema<Map<String, AttributeValue>> {
    @Override
    public String entityName() {
      return "Thing";
    }

    @Override
    public String tableName() {
      return "Thing";
    }

    @Override
    public KeyDefinition key() {
      return KeyDefinition.of("id", ScalarAttributeType.S);
    }

    @Override
    public Map<String, AttributeValue> toItem(Map<String, AttributeValue> entity) {
      return Map.copyOf(entity);
    }

    @Override
    public Map<String, AttributeValue> fromItem(Map<String, AttributeValue> item) {
      return Map.copyOf(item);
    }

    @Override
    public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> entity) {
      return Map.of("id", entity.get("id"));
    }
  }

  /** A repository of things, as generated code would extend {@link TableRepository}. */
  static final class Repository extends TableRepository<Map<String, AttributeValue>> {
    Repository(software.amazon.awssdk.services.dynamodb.DynamoDbClient client, String tableName) {
      super(client, SCHEMA, tableName);
    }

    Optional<Map<String, AttributeValue>> get(String id) {
      return getByKey(key(id));
    }
  }
}
