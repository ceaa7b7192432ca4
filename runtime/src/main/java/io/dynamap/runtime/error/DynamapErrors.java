package io.dynamap.runtime.error;

import io.dynamap.runtime.retry.FailureKind;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Turns the SDK's exceptions into Dynamap's, by DynamoDB error code. Repositories call {@link
 * #translate} on every failed call, so callers catch one hierarchy under {@link DynamapException}:
 *
 * <table>
 *   <caption>DynamoDB error codes and the exceptions they become</caption>
 *   <tr><th>DynamoDB error code</th><th>Dynamap exception</th></tr>
 *   <tr><td>{@code ConditionalCheckFailedException}</td><td>{@link ConditionFailedException}</td></tr>
 *   <tr><td>{@code TransactionCanceledException}</td><td>{@link TransactionCancelledException}</td></tr>
 *   <tr><td>{@code ProvisionedThroughputExceededException}, {@code ThrottlingException},
 *       {@code RequestLimitExceeded}</td><td>{@link ThrottledException}</td></tr>
 *   <tr><td>{@code ResourceNotFoundException}</td><td>{@link TableNotFoundException}</td></tr>
 *   <tr><td>{@code ValidationException}</td><td>{@link InvalidRequestException}</td></tr>
 *   <tr><td>{@code ItemCollectionSizeLimitExceededException}</td><td>{@link ItemCollectionTooLargeException}</td></tr>
 *   <tr><td>anything else, and timeouts or connection failures</td><td>{@link DynamoDbCallException}</td></tr>
 * </table>
 *
 * <p>Each keeps the SDK exception as its cause and carries the request id; messages name the
 * operation, the table and DynamoDB's reason.
 */
public final class DynamapErrors {
  private DynamapErrors() {}

  /**
   * The Dynamap exception for a failed call.
   *
   * @param e what the SDK threw
   * @param operation the DynamoDB operation, such as {@code PutItem}
   * @param table the table the call was made on, or {@code null} if it named none or several
   * @return the exception to throw; a {@link TableNotFoundException} only when {@code table} is
   *     known, else a {@link DynamoDbCallException}
   */
  public static DynamapException translate(SdkException e, String operation, String table) {
    Objects.requireNonNull(e, "e");
    Objects.requireNonNull(operation, "operation");
    String code = DynamoDbCallException.errorCodeOf(e);
    String where = table == null ? operation : operation + " on table " + table;
    String reason = reasonOf(e);
    String suffix = suffix(e);
    if (code != null) {
      switch (code) {
        case "ConditionalCheckFailedException":
          return new ConditionFailedException(
              where
                  + " failed: its condition was not met, so nothing was written ("
                  + reason
                  + ")"
                  + suffix,
              e,
              operation,
              table);
        case "TransactionCanceledException":
          return new TransactionCancelledException(
              where
                  + " was cancelled, so none of its writes were made: "
                  + cancellationSummary(e)
                  + suffix,
              e,
              operation,
              table);
        case "ResourceNotFoundException":
          if (table != null) {
            return new TableNotFoundException(table, operation, e);
          }
          return new DynamoDbCallException(
              where + " failed: a table or index it names does not exist (" + reason + ")" + suffix,
              e,
              operation,
              null);
        case "ValidationException":
          return new InvalidRequestException(
              where + " was rejected as invalid: " + reason + suffix, e, operation, table);
        case "ItemCollectionSizeLimitExceededException":
          return new ItemCollectionTooLargeException(
              where
                  + " failed: the item collection of the partition key (the items sharing it, in a"
                  + " table with a local secondary index) would exceed DynamoDB's 10 GB limit ("
                  + reason
                  + ")"
                  + suffix,
              e,
              operation,
              table);
        default:
          break;
      }
    }
    if (FailureKind.of(e) == FailureKind.THROTTLING) {
      return new ThrottledException(
          where
              + " was throttled"
              + attemptsText(e, " and still was after ", " attempts")
              + " ("
              + reason
              + "); the table or index needs more capacity, or the load must spread over more"
              + " partition keys"
              + suffix,
          e,
          operation,
          table);
    }
    String refused = refusedAddress(e);
    if (refused != null) {
      return new DynamoDbCallException(
          where
              + " failed"
              + attemptsText(e, " after ", " attempts")
              + ": nothing is listening at "
              + refused
              + ": is the server running, and is that its address and port?"
              + suffix,
          e,
          operation,
          table);
    }
    return new DynamoDbCallException(
        where + " failed" + attemptsText(e, " after ", " attempts") + ": " + reason + suffix,
        e,
        operation,
        table);
  }

  private static final Pattern CONNECT_TO = Pattern.compile("Connect to (\\S+)");

  /** Netty's {@code Connection refused: localhost/127.0.0.1:8000}: the host, then the address. */
  private static final Pattern REFUSED_HOST_ADDRESS =
      Pattern.compile("Connection refused: ([^/\\s]*)/(\\S+)");

  /**
   * Where a connection was refused ({@code 127.0.0.1:8000}, as the HTTP client names it: the
   * Apache client's {@code Connect to host:port}, or Netty's {@code host/address:port} shown as
   * {@code host:port}), or null if the call did not fail that way.
   */
  private static String refusedAddress(SdkException e) {
    ConnectException refused = FailureKind.refusedConnection(e).orElse(null);
    if (refused == null) {
      return null;
    }
    String message = String.valueOf(refused.getMessage());
    Matcher apache = CONNECT_TO.matcher(message);
    if (apache.find()) {
      return apache.group(1);
    }
    Matcher netty = REFUSED_HOST_ADDRESS.matcher(message);
    if (netty.find()) {
      String host = netty.group(1);
      String address = netty.group(2);
      int port = address.lastIndexOf(':');
      return host.isEmpty() || port < 0 ? address : host + address.substring(port);
    }
    return "the endpoint";
  }

  /** DynamoDB's message with its code, or the SDK's message for failures without an answer. */
  private static String reasonOf(SdkException e) {
    if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
      String code = aws.awsErrorDetails().errorCode();
      String message = aws.awsErrorDetails().errorMessage();
      if (message == null || message.isBlank()) {
        return code + ", HTTP " + aws.statusCode();
      }
      return code == null ? message : code + ": " + message;
    }
    // rawMessage() leaves out the "(SDK Attempt Count: n)" that getMessage() appends; the
    // attempts are told separately.
    String message = e.rawMessage() != null ? e.rawMessage() : e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static String suffix(SdkException e) {
    String requestId = DynamoDbCallException.requestIdOf(e);
    return requestId == null ? "" : " [request id " + requestId + "]";
  }

  private static String attemptsText(SdkException e, String before, String after) {
    Integer attempts = e.numAttempts();
    return attempts == null || attempts <= 1 ? "" : before + attempts + after;
  }

  /** "item 0: ConditionalCheckFailed (The conditional request failed); item 2: ...". */
  private static String cancellationSummary(SdkException e) {
    if (e instanceof TransactionCanceledException cancelled && cancelled.hasCancellationReasons()) {
      List<String> failed = new ArrayList<>();
      List<CancellationReason> reasons = cancelled.cancellationReasons();
      for (int i = 0; i < reasons.size(); i++) {
        CancellationReason reason = reasons.get(i);
        if (reason.code() != null && !"None".equals(reason.code())) {
          failed.add(
              "item "
                  + i
                  + ": "
                  + reason.code()
                  + (reason.message() == null ? "" : " (" + reason.message() + ")"));
        }
      }
      if (!failed.isEmpty()) {
        return String.join("; ", failed);
      }
    }
    return reasonOf(e);
  }
}
