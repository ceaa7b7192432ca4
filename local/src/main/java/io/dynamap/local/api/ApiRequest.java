package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One request to the DynamoDB JSON API, as either front received it: the headers DynamoDB looks at
 * and the body. The body is parsed at most once, when first needed, and shared by the fault
 * injector and the dispatch.
 */
public final class ApiRequest {
  /** The largest body DynamoDB accepts: 16 MiB. */
  public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  private final String target;
  private final String contentType;
  private final String authorization;
  private final boolean dated;
  private final byte[] body;
  private ObjectNode json;

  private ApiRequest(
      String target,
      String contentType,
      String authorization,
      boolean dated,
      byte[] body,
      ObjectNode json) {
    this.target = target;
    this.contentType = contentType;
    this.authorization = authorization;
    this.dated = dated;
    this.body = body;
    this.json = json;
  }

  /**
   * A request as received.
   *
   * @param target the {@code X-Amz-Target} header, or null
   * @param contentType the {@code Content-Type} header, or null
   * @param authorization the {@code Authorization} header, or null
   * @param dated whether the request has an {@code X-Amz-Date} or a {@code Date} header
   * @param body the body, possibly empty
   */
  public static ApiRequest of(
      String target, String contentType, String authorization, boolean dated, byte[] body) {
    return new ApiRequest(
        target, contentType, authorization, dated, Objects.requireNonNull(body, "body"), null);
  }

  /** The same request with another, already parsed, body (the part of a batch that is run). */
  public ApiRequest withJson(ObjectNode newJson) {
    return new ApiRequest(target, contentType, authorization, dated, Json.write(newJson), newJson);
  }

  public String target() {
    return target;
  }

  public String contentType() {
    return contentType;
  }

  public String authorization() {
    return authorization;
  }

  public boolean dated() {
    return dated;
  }

  /** The body as received; not to be modified. */
  public byte[] body() {
    return body;
  }

  /**
   * The operation the target names, {@code PutItem} for {@code DynamoDB_20120810.PutItem}, or
   * {@code "unknown"} without a target.
   */
  public String operationName() {
    if (target == null) {
      return "unknown";
    }
    return target.substring(target.lastIndexOf('.') + 1);
  }

  /**
   * The body parsed as a JSON object.
   *
   * @throws DynamoException {@code SerializationException} if the body is not a JSON object
   */
  public synchronized ObjectNode json() {
    if (json == null) {
      json = Json.parseObject(body);
    }
    return json;
  }

  /** The body parsed as a JSON object, or null if it is not one. */
  public ObjectNode jsonOrNull() {
    try {
      return json();
    } catch (DynamoException e) {
      return null;
    }
  }
}
