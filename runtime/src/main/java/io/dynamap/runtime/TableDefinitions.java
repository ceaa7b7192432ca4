package io.dynamap.runtime;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/** Builds {@code CreateTable} requests from key definitions. */
public final class TableDefinitions {
  private TableDefinitions() {}

  /** A {@code CreateTable} request for a table with the given key, billed per request. */
  public static CreateTableRequest createTableRequest(String tableName, KeyDefinition key) {
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
    return CreateTableRequest.builder()
        .tableName(tableName)
        .keySchema(keySchema)
        .attributeDefinitions(definitions)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .build();
  }

  private static AttributeDefinition definition(KeyDefinition.KeyAttribute attribute) {
    return AttributeDefinition.builder()
        .attributeName(attribute.name())
        .attributeType(attribute.type())
        .build();
  }
}
