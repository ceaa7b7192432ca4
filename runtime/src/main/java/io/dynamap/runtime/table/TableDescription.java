package io.dynamap.runtime.table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * A table as DynamoDB describes it now: the answers of {@code DescribeTable} and {@code
 * DescribeTimeToLive} in one typed value. A repository's {@code describe()} makes one.
 *
 * <p>DynamoDB updates item counts and sizes about every six hours, so they lag recent writes.
 *
 * @param name the table name
 * @param arn the table's Amazon Resource Name
 * @param status {@code CREATING}, {@code ACTIVE}, {@code UPDATING}, {@code DELETING}, ...
 * @param createdAt when the table was created
 * @param itemCount how many items it holds, as DynamoDB last counted them
 * @param sizeBytes its size in bytes, as DynamoDB last measured it (boto3's {@code
 *     table_size_bytes})
 * @param billingMode {@code PAY_PER_REQUEST} or {@code PROVISIONED}
 * @param readCapacityUnits the provisioned read capacity, 0 when billed per request
 * @param writeCapacityUnits the provisioned write capacity, 0 when billed per request
 * @param key the table's key attributes, partition key first
 * @param indexes its secondary indexes, global ones first, each in the order DynamoDB lists them
 * @param timeToLiveAttribute the attribute Time to Live reads, when it is enabled or being enabled
 * @param timeToLiveStatus {@code ENABLED}, {@code ENABLING}, {@code DISABLED} or {@code DISABLING}
 * @param deletionProtection whether the table refuses to be deleted
 */
public record TableDescription(
    String name,
    String arn,
    TableStatus status,
    Instant createdAt,
    long itemCount,
    long sizeBytes,
    BillingMode billingMode,
    long readCapacityUnits,
    long writeCapacityUnits,
    List<KeyElement> key,
    List<IndexDescription> indexes,
    Optional<String> timeToLiveAttribute,
    TimeToLiveStatus timeToLiveStatus,
    boolean deletionProtection) {
  /**
   * Copies the lists.
   *
   * @param name the table name
   * @param arn the table ARN
   * @param status the table status
   * @param createdAt the creation time
   * @param itemCount the item count
   * @param sizeBytes the size in bytes
   * @param billingMode the billing mode
   * @param readCapacityUnits provisioned reads, or 0
   * @param writeCapacityUnits provisioned writes, or 0
   * @param key the key attributes
   * @param indexes the secondary indexes
   * @param timeToLiveAttribute the Time to Live attribute, if any
   * @param timeToLiveStatus the Time to Live status
   * @param deletionProtection whether deletion protection is on
   */
  public TableDescription {
    Objects.requireNonNull(name, "name");
    key = List.copyOf(key);
    indexes = List.copyOf(indexes);
    Objects.requireNonNull(timeToLiveAttribute, "timeToLiveAttribute");
  }

  /**
   * The index of that name, if the table has one.
   *
   * @param indexName the index name
   * @return the index, or empty
   */
  public Optional<IndexDescription> index(String indexName) {
    return indexes.stream().filter(index -> index.name().equals(indexName)).findFirst();
  }

  /**
   * Whether the table and all its global indexes are active and filled, so that every read and
   * write the model needs works.
   *
   * @return true when the table is ready
   */
  public boolean isReady() {
    return status == TableStatus.ACTIVE && indexes.stream().allMatch(IndexDescription::isReady);
  }

  /**
   * Builds the typed view from DynamoDB's two answers.
   *
   * @param table the {@code Table} of a {@code DescribeTable} answer
   * @param timeToLive the {@code TimeToLiveDescription} of a {@code DescribeTimeToLive} answer, or
   *     null if none was read
   * @return the description
   */
  public static TableDescription of(
      software.amazon.awssdk.services.dynamodb.model.TableDescription table,
      TimeToLiveDescription timeToLive) {
    Map<String, ScalarAttributeType> types = new HashMap<>();
    for (AttributeDefinition definition : table.attributeDefinitions()) {
      types.put(definition.attributeName(), definition.attributeType());
    }
    List<IndexDescription> indexes = new ArrayList<>();
    for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
      indexes.add(
          new IndexDescription(
              index.indexName(),
              true,
              keyOf(index.keySchema(), types),
              projectionType(index.projection()),
              nonKeyAttributes(index.projection()),
              index.indexStatus(),
              Boolean.TRUE.equals(index.backfilling()),
              orZero(index.itemCount()),
              orZero(index.indexSizeBytes())));
    }
    for (LocalSecondaryIndexDescription index : table.localSecondaryIndexes()) {
      indexes.add(
          new IndexDescription(
              index.indexName(),
              false,
              keyOf(index.keySchema(), types),
              projectionType(index.projection()),
              nonKeyAttributes(index.projection()),
              null,
              false,
              orZero(index.itemCount()),
              orZero(index.indexSizeBytes())));
    }
    BillingMode billing =
        table.billingModeSummary() != null && table.billingModeSummary().billingMode() != null
            ? table.billingModeSummary().billingMode()
            : BillingMode.PROVISIONED; // DynamoDB leaves the summary out for provisioned tables
    // Billed per request, a table has no provisioned capacity (DynamoDB may still report zeros).
    ProvisionedThroughputDescription provisioned =
        billing == BillingMode.PAY_PER_REQUEST ? null : table.provisionedThroughput();
    boolean ttlOn =
        timeToLive != null
            && (timeToLive.timeToLiveStatus() == TimeToLiveStatus.ENABLED
                || timeToLive.timeToLiveStatus() == TimeToLiveStatus.ENABLING);
    return new TableDescription(
        table.tableName(),
        table.tableArn(),
        table.tableStatus(),
        table.creationDateTime(),
        orZero(table.itemCount()),
        orZero(table.tableSizeBytes()),
        billing,
        provisioned == null ? 0 : orZero(provisioned.readCapacityUnits()),
        provisioned == null ? 0 : orZero(provisioned.writeCapacityUnits()),
        keyOf(table.keySchema(), types),
        indexes,
        ttlOn ? Optional.ofNullable(timeToLive.attributeName()) : Optional.empty(),
        timeToLive != null && timeToLive.timeToLiveStatus() != null
            ? timeToLive.timeToLiveStatus()
            : TimeToLiveStatus.DISABLED,
        Boolean.TRUE.equals(table.deletionProtectionEnabled()));
  }

  private static List<KeyElement> keyOf(
      List<KeySchemaElement> schema, Map<String, ScalarAttributeType> types) {
    List<KeyElement> key = new ArrayList<>(schema.size());
    for (KeySchemaElement element : schema) {
      key.add(
          new KeyElement(element.attributeName(), element.keyType(), types.get(element.attributeName())));
    }
    return key;
  }

  private static ProjectionType projectionType(Projection projection) {
    return projection == null || projection.projectionType() == null
        ? ProjectionType.ALL
        : projection.projectionType();
  }

  private static List<String> nonKeyAttributes(Projection projection) {
    return projection == null ? List.of() : projection.nonKeyAttributes();
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }
}
