package io.dynamap.runtime.schema;

import io.dynamap.runtime.core.TableRequests;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;

/** Builds {@code CreateTable} requests from key and index definitions. */
public final class TableDefinitions {
  private TableDefinitions() {}

  /**
   * A {@code CreateTable} request for a table with the given key, billed per request.
   *
   * @param tableName the table name; not null
   * @param key the primary key; not null
   * @return a new request, {@code PAY_PER_REQUEST}
   */
  public static CreateTableRequest createTableRequest(String tableName, KeyDefinition key) {
    return createTableRequest(tableName, key, List.of());
  }

  /**
   * A {@code CreateTable} request for a table with the given key and secondary indexes, billed per
   * request (so global indexes need no throughput of their own).
   *
   * @param tableName the table name; not null
   * @param key the primary key; not null
   * @param indexes the secondary indexes, global and local; not null, possibly empty
   * @return a new request, {@code PAY_PER_REQUEST}
   */
  public static CreateTableRequest createTableRequest(
      String tableName, KeyDefinition key, List<IndexDefinition> indexes) {
    List<KeySchemaElement> keySchema = new ArrayList<>(2);
    List<AttributeDefinition> definitions = new ArrayList<>(2);
    keySchema.add(
        KeySchemaElement.builder()
            .attributeName(key.partitionKey().name())
            .keyType(KeyType.HASH)
            .build());
    definitions.add(definition(key.partitionKey()));
    if (key.sortKey() != null) {
      keySchema.add(
          KeySchemaElement.builder()
              .attributeName(key.sortKey().name())
              .keyType(KeyType.RANGE)
              .build());
      definitions.add(definition(key.sortKey()));
    }
    List<GlobalSecondaryIndex> globals = new ArrayList<>();
    List<LocalSecondaryIndex> locals = new ArrayList<>();
    for (IndexDefinition index : indexes) {
      // Partition attributes first, then sort attributes, each in order (a multi-attribute key).
      List<KeySchemaElement> indexKey = new ArrayList<>(2);
      for (KeyDefinition.KeyAttribute attribute : index.partitionKeys()) {
        indexKey.add(element(attribute, KeyType.HASH));
        addDefinition(definitions, attribute);
      }
      for (KeyDefinition.KeyAttribute attribute : index.sortKeys()) {
        indexKey.add(element(attribute, KeyType.RANGE));
        addDefinition(definitions, attribute);
      }
      Projection.Builder projection = Projection.builder().projectionType(index.projection());
      if (!index.nonKeyAttributes().isEmpty()) {
        projection.nonKeyAttributes(index.nonKeyAttributes());
      }
      if (index.global()) {
        globals.add(
            GlobalSecondaryIndex.builder()
                .indexName(index.name())
                .keySchema(indexKey)
                .projection(projection.build())
                .build());
      } else {
        locals.add(
            LocalSecondaryIndex.builder()
                .indexName(index.name())
                .keySchema(indexKey)
                .projection(projection.build())
                .build());
      }
    }
    CreateTableRequest.Builder request =
        CreateTableRequest.builder()
            .tableName(tableName)
            .keySchema(keySchema)
            .attributeDefinitions(definitions)
            .billingMode(BillingMode.PAY_PER_REQUEST);
    if (!globals.isEmpty()) {
      request.globalSecondaryIndexes(globals);
    }
    if (!locals.isEmpty()) {
      request.localSecondaryIndexes(locals);
    }
    return request.build();
  }

  /**
   * Enables Time to Live on a table's attribute, unless it is enabled already (DynamoDB refuses
   * to enable it twice).
   *
   * @param client the client to call; not null
   * @param tableName the table; it must exist
   * @param attribute the attribute holding the expiry time, in epoch seconds
   */
  public static void enableTimeToLive(DynamoDbClient client, String tableName, String attribute) {
    TimeToLiveDescription current =
        client
            .describeTimeToLive(TableRequests.describeTimeToLiveRequest(tableName))
            .timeToLiveDescription();
    TableRequests.timeToLiveUpdate(tableName, attribute, current).ifPresent(client::updateTimeToLive);
  }


  private static KeySchemaElement element(KeyDefinition.KeyAttribute attribute, KeyType type) {
    return KeySchemaElement.builder().attributeName(attribute.name()).keyType(type).build();
  }

  /** Each attribute is defined once, however many keys it serves in. */
  private static void addDefinition(
      List<AttributeDefinition> definitions, KeyDefinition.KeyAttribute attribute) {
    for (AttributeDefinition existing : definitions) {
      if (existing.attributeName().equals(attribute.name())) {
        return;
      }
    }
    definitions.add(definition(attribute));
  }

  private static AttributeDefinition definition(KeyDefinition.KeyAttribute attribute) {
    return AttributeDefinition.builder()
        .attributeName(attribute.name())
        .attributeType(attribute.type())
        .build();
  }
}
