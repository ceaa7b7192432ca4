package io.dynamap.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.error.InvalidRequestException;
import io.dynamap.runtime.waiter.TableWaitTimeoutException;
import io.dynamap.runtime.waiter.WaitPolicy;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** What both table waiters poll for and how they describe what they saw. */
class TableWaitTest {
  private static final TableDescription CREATING =
      TableDescription.builder().tableName("T").tableStatus(TableStatus.CREATING).build();
  private static final TableDescription ACTIVE_BACKFILLING =
      TableDescription.builder()
          .tableName("T")
          .tableStatus(TableStatus.ACTIVE)
          .globalSecondaryIndexes(
              GlobalSecondaryIndexDescription.builder()
                  .indexName("ByStatus")
                  .indexStatus(IndexStatus.CREATING)
                  .backfilling(true)
                  .build())
          .build();
  private static final TableDescription ALL_ACTIVE =
      TableDescription.builder()
          .tableName("T")
          .tableStatus(TableStatus.ACTIVE)
          .globalSecondaryIndexes(
              GlobalSecondaryIndexDescription.builder()
                  .indexName("ByStatus")
                  .indexStatus(IndexStatus.ACTIVE)
                  .backfilling(false)
                  .build())
          .build();

  @Test
  void eachGoalIsReachedByItsOwnStates() {
    assertFalse(TableWait.EXISTS.reachedBy(Optional.empty()));
    assertFalse(TableWait.EXISTS.reachedBy(Optional.of(CREATING)));
    assertTrue(TableWait.EXISTS.reachedBy(Optional.of(ACTIVE_BACKFILLING)));

    assertFalse(TableWait.INDEXES_ACTIVE.reachedBy(Optional.of(ACTIVE_BACKFILLING)));
    assertTrue(TableWait.INDEXES_ACTIVE.reachedBy(Optional.of(ALL_ACTIVE)));

    assertTrue(TableWait.NOT_EXISTS.reachedBy(Optional.empty()));
    assertFalse(TableWait.NOT_EXISTS.reachedBy(Optional.of(ALL_ACTIVE)));
  }

  @Test
  void statusesNameTheIndexesNotActiveYet() {
    assertEquals("does not exist", TableWait.status(Optional.empty()));
    assertEquals("CREATING", TableWait.status(Optional.of(CREATING)));
    assertEquals(
        "ACTIVE, index ByStatus CREATING (backfilling)",
        TableWait.status(Optional.of(ACTIVE_BACKFILLING)));
  }

  @Test
  void aMissingTableIsAStateAndOtherFailuresAreDynamapsExceptions() {
    var describe = TableWait.describe("T");
    assertEquals("T", describe.request().tableName());
    assertEquals(
        Optional.empty(),
        describe.recover(ResourceNotFoundException.builder().message("not found").build()));
    assertThrows(
        InvalidRequestException.class,
        () ->
            describe.recover(
                DynamoDbException.builder()
                    .message("bad")
                    .awsErrorDetails(
                        AwsErrorDetails.builder()
                            .errorCode("ValidationException")
                            .errorMessage("bad")
                            .build())
                    .build()));
  }

  @Test
  void aTimeoutNamesTheGoalAndTheLastStatus() {
    TableWaitTimeoutException timedOut =
        TableWait.INDEXES_ACTIVE.timedOut(
            "T", "ACTIVE, index ByStatus CREATING", WaitPolicy.LOCAL, 4, null);
    assertEquals(
        "Gave up waiting for table T to be ACTIVE with all its indexes ACTIVE after 30 s (4 checks);"
            + " its last status: ACTIVE, index ByStatus CREATING",
        timedOut.getMessage());
    assertEquals(
        "never described",
        TableWait.EXISTS.timedOut("T", null, WaitPolicy.LOCAL, 0, null).lastStatus());
  }
}
