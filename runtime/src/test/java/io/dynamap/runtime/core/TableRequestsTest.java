package io.dynamap.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.error.TableNotFoundException;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.KeyDefinition;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** The table requests of a repository and how their answers are mapped. */
class TableRequestsTest {
  /** Raw items with a Time to Live attribute. */
  static final class Expiring implements ItemSchema<Map<String, AttributeValue>> {
    @Override
    public String entityName() {
      return "Session";
    }

    @Override
    public String tableName() {
      return "Sessions";
    }

    @Override
    public KeyDefinition key() {
      return KeyDefinition.of("id", ScalarAttributeType.S);
    }

    @Override
    public Optional<String> timeToLiveAttribute() {
      return Optional.of("expiresAt");
    }

    @Override
    public Map<String, AttributeValue> toItem(Map<String, AttributeValue> entity) {
      return entity;
    }

    @Override
    public Map<String, AttributeValue> fromItem(Map<String, AttributeValue> item) {
      return item;
    }

    @Override
    public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> entity) {
      return Map.of("id", entity.get("id"));
    }
  }

  private final TableRequests tables = TableRequests.of(new Expiring(), "Sessions_1");

  private static ResourceInUseException inUse(int attempts) {
    return (ResourceInUseException)
        ResourceInUseException.builder()
            .message("Table already exists")
            .awsErrorDetails(
                AwsErrorDetails.builder()
                    .errorCode("ResourceInUseException")
                    .errorMessage("Table already exists")
                    .build())
            .numAttempts(attempts)
            .build();
  }

  @Test
  void createFindsATableInUseCreatedByItsOwnEarlierAttempt() {
    var create = tables.create();
    assertEquals("Sessions_1", create.request().tableName());
    assertTrue(create.result(CreateTableResponse.builder().build()));
    assertFalse(create.recover(inUse(1)));
    // Retried: the first attempt created it and its answer was lost.
    assertTrue(create.recover(inUse(2)));
    assertEquals(
        "CreateTable Sessions_1 failed: the table exists already",
        tables.tableExists().getMessage());
  }

  @Test
  void timeToLiveIsEnabledUnlessItIsAlready() {
    var check = tables.timeToLiveCheck().orElseThrow();
    assertEquals("Sessions_1", check.request().tableName());

    var disabled =
        check.result(
            DescribeTimeToLiveResponse.builder()
                .timeToLiveDescription(
                    TimeToLiveDescription.builder().timeToLiveStatus(TimeToLiveStatus.DISABLED).build())
                .build());
    assertEquals("expiresAt", disabled.orElseThrow().timeToLiveSpecification().attributeName());
    assertTrue(disabled.orElseThrow().timeToLiveSpecification().enabled());

    var enabling =
        check.result(
            DescribeTimeToLiveResponse.builder()
                .timeToLiveDescription(
                    TimeToLiveDescription.builder()
                        .attributeName("expiresAt")
                        .timeToLiveStatus(TimeToLiveStatus.ENABLING)
                        .build())
                .build());
    assertEquals(Optional.empty(), enabling);

    // Failures of either step are those of enabling it, as the blocking repository reported them.
    TableNotFoundException missing =
        assertThrows(TableNotFoundException.class, () -> check.recover(notFound()));
    assertTrue(missing.getMessage().startsWith("UpdateTimeToLive on table Sessions_1"));
  }

  @Test
  void deleteIfExistsTurnsAMissingTableIntoFalse() {
    assertFalse(tables.deleteTableIfExists().recover(notFound()));
    assertThrows(TableNotFoundException.class, () -> tables.deleteTable().recover(notFound()));
  }

  private static ResourceNotFoundException notFound() {
    return (ResourceNotFoundException)
        ResourceNotFoundException.builder()
            .message("Requested resource not found")
            .awsErrorDetails(
                AwsErrorDetails.builder()
                    .errorCode("ResourceNotFoundException")
                    .errorMessage("Requested resource not found")
                    .build())
            .build();
  }
}
