package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;

/**
 * The dispatch of DynamoDB's JSON 1.0 protocol: checks a request as DynamoDB's front end does, in
 * DynamoDB's order (content type, JSON body, {@code X-Amz-Target}, authentication), runs the
 * operation the target names and renders its answer or error with DynamoDB's headers. Thread-safe;
 * never throws: an unexpected exception in an operation is logged and answered HTTP 500 {@code
 * InternalFailure}.
 *
 * <p><b>Authentication.</b> A request must carry an AWS Signature Version 4 {@code Authorization}
 * header, as DynamoDB requires, with its {@code Credential}, {@code SignedHeaders} and {@code
 * Signature} parts and a date header. <b>The signature is not verified</b>: this is a local test
 * server. If an access key is set, a request signed with any other access key id is refused with
 * {@code UnrecognizedClientException}, which lets a test prove that a client is configured with the
 * expected credentials.
 */
public final class DynamoApi implements ApiHandler {
  private static final System.Logger LOG = System.getLogger(DynamoApi.class.getName());

  /** The prefix of every target of the current DynamoDB API version. */
  public static final String TARGET_PREFIX = "DynamoDB_20120810.";

  private static final String PLAIN_JSON = "application/json";
  private static final byte[] UNKNOWN_OPERATION_XML =
      "<UnknownOperationException/>\n".getBytes(StandardCharsets.US_ASCII);
  private static final String INTERNAL_FAILURE_MESSAGE =
      "The request processing has failed because of an unknown error, exception or failure.";
  private static final String[] REQUIRED_AUTHORIZATION_PARTS = {
    "Credential", "Signature", "SignedHeaders"
  };

  private final Map<String, Operation> operations;
  private final String acceptedAccessKey;

  /**
   * A dispatch to these operations that accepts any access key.
   *
   * @throws IllegalArgumentException if two operations have the same name
   */
  public DynamoApi(Collection<? extends Operation> operations) {
    this(operations, null);
  }

  /**
   * A dispatch to these operations.
   *
   * @param acceptedAccessKey the only access key id accepted, or null to accept any
   * @throws IllegalArgumentException if two operations have the same name
   */
  public DynamoApi(Collection<? extends Operation> operations, String acceptedAccessKey) {
    Map<String, Operation> byName = new LinkedHashMap<>();
    for (Operation operation : operations) {
      if (byName.put(operation.name(), operation) != null) {
        throw new IllegalArgumentException("two operations named " + operation.name());
      }
    }
    this.operations = Map.copyOf(byName);
    this.acceptedAccessKey = acceptedAccessKey;
  }

  /** The names of the operations served, sorted. */
  public Set<String> operationNames() {
    return new TreeSet<>(operations.keySet());
  }

  /** The access key id accepted, or null if any is. */
  public String acceptedAccessKey() {
    return acceptedAccessKey;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    return dispatch(request, Operation::execute);
  }

  /**
   * Runs {@code BatchWriteItem} and {@code BatchGetItem} through their partial execution, after the
   * same checks as {@link #handle}; null for other operations.
   */
  @Override
  public ApiResponse handlePartially(ApiRequest request, IntPredicate processed) {
    Operation operation = operations.get(request.operationName());
    if (request.target() == null
        || !request.target().startsWith(TARGET_PREFIX)
        || !(operation instanceof BatchOperation)) {
      return null;
    }
    return dispatch(
        request, (batch, json) -> ((BatchOperation) batch).executePartially(json, processed));
  }

  private ApiResponse dispatch(
      ApiRequest request, BiFunction<Operation, ObjectNode, ObjectNode> execution) {
    String requestId = ApiResponse.newRequestId();
    byte[] body = request.body();
    String mediaType = mediaType(request.contentType());
    // DynamoDB answers a body of another content type as an unknown operation, in XML, with 404.
    if (body.length > 0
        && !PLAIN_JSON.equals(mediaType)
        && !ApiResponse.AMZ_JSON.equals(mediaType)) {
      return ApiResponse.of(404, requestId, null, UNKNOWN_OPERATION_XML);
    }
    // The answer has the request's JSON content type.
    String contentType = PLAIN_JSON.equals(mediaType) ? PLAIN_JSON : ApiResponse.AMZ_JSON;
    try {
      ObjectNode json = body.length > 0 ? request.json() : null;
      Operation operation = operation(request.target());
      authenticate(request);
      if (json == null) {
        throw DynamoException.serialization(null);
      }
      ObjectNode result = execution.apply(operation, json);
      if (result == null) {
        throw new IllegalStateException(operation.name() + " answered null");
      }
      return ApiResponse.of(200, requestId, contentType, Json.write(result));
    } catch (DynamoException e) {
      return error(requestId, contentType, e.status(), e.toJson());
    } catch (IncompleteSignature e) {
      return error(
          requestId,
          contentType,
          400,
          errorBody("com.amazon.coral.service#IncompleteSignatureException", e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      LOG.log(Level.ERROR, "Request " + requestId + " (" + request.target() + ") failed", e);
      return internalFailure(requestId, contentType);
    }
  }

  /**
   * DynamoDB's answer to a request that failed for a reason of the server's own: HTTP 500 {@code
   * InternalFailure}, which clients retry.
   */
  public static ApiResponse internalFailure() {
    return internalFailure(ApiResponse.newRequestId(), ApiResponse.AMZ_JSON);
  }

  private static ApiResponse internalFailure(String requestId, String contentType) {
    return error(
        requestId,
        contentType,
        500,
        errorBody("com.amazon.coral.service#InternalFailure", INTERNAL_FAILURE_MESSAGE));
  }

  private Operation operation(String target) {
    if (target != null && target.startsWith(TARGET_PREFIX)) {
      Operation operation = operations.get(target.substring(TARGET_PREFIX.length()));
      if (operation != null) {
        return operation;
      }
    }
    throw DynamoException.unknownOperation();
  }

  /** Checks the form of the signature, not the signature, and the access key if one is set. */
  private void authenticate(ApiRequest request) {
    String authorization = request.authorization();
    if (authorization == null || !authorization.trim().startsWith("AWS4-")) {
      throw DynamoException.missingAuthentication("Request is missing Authentication Token");
    }
    Map<String, String> parts = authorizationParts(authorization);
    StringBuilder missing = new StringBuilder();
    for (String part : REQUIRED_AUTHORIZATION_PARTS) {
      String value = parts.get(part);
      if (value == null || value.isEmpty()) {
        missing.append("Authorization header requires '").append(part).append("' parameter. ");
      }
    }
    if (!request.dated()) {
      missing.append(
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
    }
    if (missing.length() > 0) {
      throw new IncompleteSignature(missing + "Authorization=" + authorization);
    }
    if (acceptedAccessKey != null) {
      String credential = parts.get("Credential");
      String accessKey = credential.substring(0, Math.max(0, credential.indexOf('/')));
      if (!acceptedAccessKey.equals(accessKey)) {
        throw DynamoException.unrecognizedClient();
      }
    }
  }

  /**
   * The {@code name=value} parts of {@code AWS4-HMAC-SHA256 Credential=..., SignedHeaders=...,
   * Signature=...}, separated by commas or spaces.
   */
  private static Map<String, String> authorizationParts(String authorization) {
    Map<String, String> parts = new LinkedHashMap<>();
    String[] tokens = authorization.trim().split("[, ]+");
    for (int i = 1; i < tokens.length; i++) {
      int equals = tokens[i].indexOf('=');
      if (equals > 0) {
        parts.putIfAbsent(tokens[i].substring(0, equals), tokens[i].substring(equals + 1));
      }
    }
    return parts;
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  private static ApiResponse error(
      String requestId, String contentType, int status, ObjectNode body) {
    return ApiResponse.of(status, requestId, contentType, Json.write(body));
  }

  private static ObjectNode errorBody(String type, String message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("__type", type);
    body.put("message", message);
    return body;
  }

  /**
   * DynamoDB's {@code IncompleteSignatureException}, of the service namespace that {@link
   * DynamoException}'s factories do not offer; kept here so the shared class stays unchanged.
   */
  private static final class IncompleteSignature extends RuntimeException {
    private static final long serialVersionUID = 1L;

    IncompleteSignature(String message) {
      super(message, null, false, false);
    }
  }
}
