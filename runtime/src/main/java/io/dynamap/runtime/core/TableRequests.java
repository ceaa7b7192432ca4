package io.dynamap.runtime.core;

import io.dynamap.runtime.error.DynamapErrors;
import io.dynamap.runtime.error.DynamapException;
import io.dynamap.runtime.error.TableNotFoundException;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.table.TableDescription;
import io.dynamap.runtime.table.TableMismatchException;
import io.dynamap.runtime.table.TableVerifier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;

/**
 * The table operations of a repository, as {@link Call}s and the steps between them: creating
 * the table from the schema, enabling its Time to Live, deleting it, describing it and checking
 * it against the model. Waiting for the table is {@link TableWait}'s.
 *
 * <p>A repository's {@code createTable} is {@link #create()} (failing with {@link #tableExists()}
 * when it returns false), a wait for {@link TableWait#INDEXES_ACTIVE}, then {@link
 * #timeToLiveCheck()} and, if its result is present, {@link #enableTimeToLive}. {@code
 * deleteTable} is {@link #deleteTable()} then a wait for {@link TableWait#NOT_EXISTS}. {@code
 * describe} is {@link #describeTable()} and {@link #describeTimeToLive()} put together by {@link
 * #description}; {@code verifyTable} checks that with {@link #verify}.
 *
 * <p>Immutable and thread-safe.
 */
public final class TableRequests {
  private final ItemSchema<?> schema;
  private final String tableName;

  private TableRequests(ItemSchema<?> schema, String tableName) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.tableName = Objects.requireNonNull(tableName, "tableName");
  }

  /**
   * The table requests of an entity's table.
   *
   * @param schema the entity's generated schema; not null
   * @param tableName the physical table name; not null
   * @return the requests
   */
  public static TableRequests of(ItemSchema<?> schema, String tableName) {
    return new TableRequests(schema, tableName);
  }

  /**
   * {@code CreateTable} from the schema, billed per request; its result tells whether this call
   * created the table, false if a table of that name exists already.
   *
   * @return the call
   */
  public Call<CreateTableRequest, CreateTableResponse, Boolean> create() {
    return Call.of(
        "CreateTable",
        tableName,
        schema.createTableRequest(tableName),
        (CreateTableResponse response) -> Boolean.TRUE,
        failure -> {
          if (failure instanceof ResourceInUseException) {
            // On a retry, "in use" is most likely this call's own table: an earlier attempt
            // created it and its answer was lost (a timeout on a loaded machine), so the SDK sent
            // it again.
            Integer attempts = failure.numAttempts();
            return attempts != null && attempts > 1;
          }
          throw DynamapErrors.translate(failure, "CreateTable", tableName);
        });
  }

  /**
   * The failure of {@code createTable} when {@link #create()} found the table there.
   *
   * @return the exception to fail with
   */
  public DynamapException tableExists() {
    return new DynamapException("CreateTable " + tableName + " failed: the table exists already");
  }

  /**
   * For an entity with a {@code @TimeToLive} attribute, {@code DescribeTimeToLive}, whose result
   * is the {@code UpdateTimeToLive} request that enables Time to Live on it, or empty if it is
   * enabled (or being enabled) already. Failures are Dynamap's exceptions for {@code
   * UpdateTimeToLive}, as for {@link #enableTimeToLive}: both are steps of enabling it.
   *
   * @return the call, or empty for an entity without a Time to Live attribute
   */
  public Optional<Call<DescribeTimeToLiveRequest, DescribeTimeToLiveResponse, Optional<UpdateTimeToLiveRequest>>>
      timeToLiveCheck() {
    return schema
        .timeToLiveAttribute()
        .map(
            attribute ->
                Call.of(
                    "DescribeTimeToLive",
                    tableName,
                    describeTimeToLiveRequest(tableName),
                    (DescribeTimeToLiveResponse response) ->
                        timeToLiveUpdate(tableName, attribute, response.timeToLiveDescription()),
                    failure -> {
                      throw DynamapErrors.translate(failure, "UpdateTimeToLive", tableName);
                    }));
  }

  /**
   * {@code UpdateTimeToLive}, as {@link #timeToLiveCheck()} asked for it.
   *
   * @param request the request from {@link #timeToLiveCheck()}; not null
   * @return the call; its result is {@code null}
   */
  public Call<UpdateTimeToLiveRequest, UpdateTimeToLiveResponse, Void> enableTimeToLive(
      UpdateTimeToLiveRequest request) {
    return Call.of(
        "UpdateTimeToLive",
        tableName,
        request,
        (UpdateTimeToLiveResponse response) -> null,
        failure -> {
          throw DynamapErrors.translate(failure, "UpdateTimeToLive", tableName);
        });
  }

  /**
   * {@code DescribeTimeToLive} of a table.
   *
   * @param tableName the table; not null
   * @return the request
   */
  public static DescribeTimeToLiveRequest describeTimeToLiveRequest(String tableName) {
    return DescribeTimeToLiveRequest.builder().tableName(tableName).build();
  }

  /**
   * The {@code UpdateTimeToLive} request enabling Time to Live on an attribute, unless it is
   * enabled (or being enabled) on that attribute already: DynamoDB refuses to enable it twice.
   *
   * @param tableName the table; not null
   * @param attribute the attribute holding the expiry time, in epoch seconds; not null
   * @param current what {@code DescribeTimeToLive} said, or null if it said nothing
   * @return the request, or empty if there is nothing to do
   */
  public static Optional<UpdateTimeToLiveRequest> timeToLiveUpdate(
      String tableName, String attribute, TimeToLiveDescription current) {
    if (current != null
        && attribute.equals(current.attributeName())
        && (current.timeToLiveStatus() == TimeToLiveStatus.ENABLED
            || current.timeToLiveStatus() == TimeToLiveStatus.ENABLING)) {
      return Optional.empty();
    }
    return Optional.of(
        UpdateTimeToLiveRequest.builder()
            .tableName(tableName)
            .timeToLiveSpecification(
                TimeToLiveSpecification.builder().attributeName(attribute).enabled(true).build())
            .build());
  }

  /**
   * {@code DeleteTable}.
   *
   * @return the call; its result is {@code null}; a missing table is a {@link
   *     TableNotFoundException}
   */
  public Call<DeleteTableRequest, DeleteTableResponse, Void> deleteTable() {
    return Call.of(
        "DeleteTable",
        tableName,
        DeleteTableRequest.builder().tableName(tableName).build(),
        (DeleteTableResponse response) -> null,
        failure -> {
          throw DynamapErrors.translate(failure, "DeleteTable", tableName);
        });
  }

  /**
   * {@code DeleteTable} of a table that may be missing.
   *
   * @return the call; its result tells whether there was a table to delete
   */
  public Call<DeleteTableRequest, DeleteTableResponse, Boolean> deleteTableIfExists() {
    return Call.of(
        "DeleteTable",
        tableName,
        DeleteTableRequest.builder().tableName(tableName).build(),
        (DeleteTableResponse response) -> Boolean.TRUE,
        failure -> {
          DynamapException translated = DynamapErrors.translate(failure, "DeleteTable", tableName);
          if (translated instanceof TableNotFoundException) {
            return Boolean.FALSE;
          }
          throw translated;
        });
  }

  /**
   * {@code DescribeTable}.
   *
   * @return the call; its result is the SDK's description; a missing table is a {@link
   *     TableNotFoundException}
   */
  public Call<DescribeTableRequest, DescribeTableResponse, software.amazon.awssdk.services.dynamodb.model.TableDescription>
      describeTable() {
    return Call.of(
        "DescribeTable",
        tableName,
        DescribeTableRequest.builder().tableName(tableName).build(),
        DescribeTableResponse::table,
        failure -> {
          throw DynamapErrors.translate(failure, "DescribeTable", tableName);
        });
  }

  /**
   * {@code DescribeTimeToLive}.
   *
   * @return the call; its result is the SDK's description of Time to Live
   */
  public Call<DescribeTimeToLiveRequest, DescribeTimeToLiveResponse, TimeToLiveDescription>
      describeTimeToLive() {
    return Call.of(
        "DescribeTimeToLive",
        tableName,
        describeTimeToLiveRequest(tableName),
        DescribeTimeToLiveResponse::timeToLiveDescription,
        failure -> {
          throw DynamapErrors.translate(failure, "DescribeTimeToLive", tableName);
        });
  }

  /**
   * The table's description from the results of {@link #describeTable()} and {@link
   * #describeTimeToLive()}.
   *
   * @param table the result of {@link #describeTable()}
   * @param timeToLive the result of {@link #describeTimeToLive()}
   * @return the description
   */
  public TableDescription description(
      software.amazon.awssdk.services.dynamodb.model.TableDescription table,
      TimeToLiveDescription timeToLive) {
    return TableDescription.of(table, timeToLive);
  }

  /**
   * Checks that the live table matches the model: key, declared indexes, Time to Live.
   *
   * @param description the table's description; not null
   * @throws TableMismatchException listing every difference, if there is any
   */
  public void verify(TableDescription description) {
    List<String> differences =
        TableVerifier.differences(
            description, schema.key(), schema.indexes(), schema.timeToLiveAttribute());
    if (!differences.isEmpty()) {
      throw new TableMismatchException(tableName, "the model of " + schema.entityName(), differences);
    }
  }
}
