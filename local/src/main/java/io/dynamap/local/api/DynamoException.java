package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error DynamoDB would answer, with its type, HTTP status and message. Rendered by the front as
 * DynamoDB's error body, {@code {"__type": "com.amazonaws.dynamodb.v20120810#…", "message": …}},
 * plus any {@linkplain #extra() extra fields} (the {@code Item} of a failed condition, a
 * transaction's {@code CancellationReasons}).
 */
public final class DynamoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";
  private static final String CORAL_VALIDATE = "com.amazon.coral.validate#";
  private static final String CORAL_SERVICE = "com.amazon.coral.service#";

  private final String wireType;
  private final int status;
  private final transient ObjectNode extra;

  private DynamoException(String wireType, int status, String message, ObjectNode extra) {
    super(message, null, false, false);
    this.wireType = wireType;
    this.status = status;
    this.extra = extra;
  }

  /** An error of DynamoDB's own namespace, such as {@code ResourceNotFoundException}. */
  public static DynamoException of(String type, int status, String message) {
    return new DynamoException(DYNAMODB + type, status, message, null);
  }

  public static DynamoException validation(String message) {
    return new DynamoException(CORAL_VALIDATE + "ValidationException", 400, message, null);
  }

  public static DynamoException resourceNotFound(String message) {
    return of("ResourceNotFoundException", 400, message);
  }

  /** DynamoDB's answer for a table that does not exist, or is not yet or no longer usable. */
  public static DynamoException tableNotFound() {
    return resourceNotFound("Requested resource not found");
  }

  public static DynamoException resourceInUse(String message) {
    return of("ResourceInUseException", 400, message);
  }

  public static DynamoException conditionalCheckFailed(ObjectNode itemOrNull) {
    ObjectNode extra = null;
    if (itemOrNull != null) {
      extra = JsonNodeFactory.instance.objectNode();
      extra.set("Item", itemOrNull);
    }
    return new DynamoException(
        DYNAMODB + "ConditionalCheckFailedException", 400, "The conditional request failed", extra);
  }

  public static DynamoException limitExceeded(String message) {
    return of("LimitExceededException", 400, message);
  }

  /** A body that is not JSON, or a field of the wrong JSON type. */
  public static DynamoException serialization(String message) {
    return new DynamoException(CORAL_SERVICE + "SerializationException", 400, message, null);
  }

  public static DynamoException unknownOperation() {
    return new DynamoException(CORAL_SERVICE + "UnknownOperationException", 400, null, null);
  }

  /** A request signed with an access key the server does not accept. */
  public static DynamoException unrecognizedClient() {
    return new DynamoException(
        CORAL_SERVICE + "UnrecognizedClientException",
        400,
        "The security token included in the request is invalid.",
        null);
  }

  public static DynamoException missingAuthentication(String message) {
    return new DynamoException(CORAL_SERVICE + "MissingAuthenticationTokenException", 400, message,
        null);
  }

  public static DynamoException internalFailure(String message) {
    return new DynamoException(CORAL_SERVICE + "InternalFailure", 500, message, null);
  }

  /** An error with extra fields in its body. */
  public static DynamoException withExtra(String type, int status, String message, ObjectNode extra) {
    return new DynamoException(DYNAMODB + type, status, message, extra);
  }

  /** The {@code __type} of the error body, namespace included. */
  public String wireType() {
    return wireType;
  }

  /** The short type, as SDKs report it: {@code ValidationException}. */
  public String type() {
    return wireType.substring(wireType.indexOf('#') + 1);
  }

  public int status() {
    return status;
  }

  /** Fields added to the error body besides {@code __type} and {@code message}, or null. */
  public ObjectNode extra() {
    return extra;
  }

  /** DynamoDB's error body. */
  public ObjectNode toJson() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("__type", wireType);
    if (getMessage() != null) {
      body.put("message", getMessage());
    }
    if (extra != null) {
      body.setAll(extra);
    }
    return body;
  }

  @Override
  public String toString() {
    return type() + ": " + getMessage();
  }
}
