package io.dynamap.local.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;

/**
 * One answer of the DynamoDB JSON API: status, headers and body, or the instruction to drop the
 * connection without answering (an injected fault). Immutable.
 */
public final class ApiResponse {
  /** DynamoDB's content type for the JSON 1.0 protocol. */
  public static final String AMZ_JSON = "application/x-amz-json-1.0";

  private static final char[] ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
  private static final ApiResponse DROP = new ApiResponse(0, Map.of(), new byte[0], true);

  private final int status;
  private final Map<String, String> headers;
  private final byte[] body;
  private final boolean dropConnection;

  private ApiResponse(int status, Map<String, String> headers, byte[] body, boolean drop) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.dropConnection = drop;
  }

  /**
   * An answer with DynamoDB's headers: {@code x-amzn-RequestId}, {@code x-amz-crc32} of the body
   * and the content type, unless null.
   */
  public static ApiResponse of(int status, String requestId, String contentType, byte[] body) {
    Objects.requireNonNull(requestId, "requestId");
    CRC32 crc = new CRC32();
    crc.update(body);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-amzn-RequestId", requestId);
    headers.put("x-amz-crc32", Long.toString(crc.getValue()));
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    return new ApiResponse(status, Map.copyOf(headers), body, false);
  }

  /** A JSON answer of DynamoDB's content type with a fresh request id. */
  public static ApiResponse json(int status, byte[] body) {
    return of(status, newRequestId(), AMZ_JSON, body);
  }

  /** The instruction to close the connection without answering. */
  public static ApiResponse dropConnection() {
    return DROP;
  }

  /** A request id like DynamoDB's: 52 upper-case letters and digits. */
  public static String newRequestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] id = new char[52];
    for (int i = 0; i < id.length; i++) {
      id[i] = ID_CHARACTERS[random.nextInt(ID_CHARACTERS.length)];
    }
    return new String(id);
  }

  /** This answer with another body, same status, request id and content type. */
  public ApiResponse withBody(byte[] newBody) {
    return of(status, requestId(), contentType(), newBody);
  }

  public int status() {
    return status;
  }

  /** The headers to send besides {@code Content-Length}. */
  public Map<String, String> headers() {
    return headers;
  }

  public String requestId() {
    return headers.get("x-amzn-RequestId");
  }

  /** The content type, or null for a body that is not JSON. */
  public String contentType() {
    return headers.get("Content-Type");
  }

  /** The body; not to be modified. */
  public byte[] body() {
    return body;
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Whether the front must close the connection instead of answering. */
  public boolean dropsConnection() {
    return dropConnection;
  }

  @Override
  public String toString() {
    return dropConnection
        ? "ApiResponse[drop connection]"
        : "ApiResponse[" + status + " " + bodyText() + "]";
  }
}
