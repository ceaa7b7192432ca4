package io.dynamap.runtime.page;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32C;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How cursors ({@link Page#cursor()}) are written and checked. A cursor is URL-safe base64 (no
 * padding) of: a format byte, the kind of read (query or scan), the table, the index, the last
 * evaluated key with its types ({@code S}, {@code N} or {@code B}) preserved, and a check value.
 *
 * <ul>
 *   <li>{@link #checksummed()}, the default, appends a CRC-32C. It catches damaged, truncated and
 *       hand-edited cursors, but anyone can make a cursor that passes it. That is usually enough:
 *       a cursor only says where a read resumes, and the read's key condition still applies, so a
 *       forged cursor cannot reach items outside the query.
 *   <li>{@link #signed(byte[])} appends an HMAC-SHA256 (truncated to 128 bits) under a secret key,
 *       so that only holders of the key can make cursors that pass. Give every instance of a
 *       service the same key (from its secret store) and cursors survive restarts and work across
 *       the fleet. A key made at random per JVM would not, which is why there is no such default.
 * </ul>
 *
 * <p>Either way, a cursor is accepted only by a read of the same kind, table and index that made
 * it, and any mismatch or damage is an {@link InvalidCursorException} before a request is sent.
 *
 * <p>Cursors are not encrypted: whoever holds one can decode the table name and the key of the
 * last item read. Do not hand cursors to clients that must not see those.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CursorCodec {
  private static final byte FORMAT_CHECKSUM = 1;
  private static final byte FORMAT_HMAC = 2;
  private static final int CRC_BYTES = 4;
  private static final int HMAC_BYTES = 16;
  private static final int MIN_KEY_BYTES = 16;
  private static final String HMAC = "HmacSHA256";
  /** A key has at most four attributes (table and index keys), each at most 2 KB: 16 KB is ample. */
  private static final int MAX_CURSOR_CHARS = 16 * 1024;
  private static final int MAX_KEY_ATTRIBUTES = 8;

  private static final CursorCodec CHECKSUMMED = new CursorCodec(null);

  private final SecretKeySpec key;

  private CursorCodec(SecretKeySpec key) {
    this.key = key;
  }

  /**
   * Cursors with a CRC-32C: damage and edits are caught, forgery is not. The default.
   *
   * @return the shared checksumming codec
   */
  public static CursorCodec checksummed() {
    return CHECKSUMMED;
  }

  /**
   * Cursors signed with HMAC-SHA256 under this key: only holders of the key can make cursors this
   * codec accepts. Cursors are accepted by any codec with the same key, in any JVM.
   *
   * @param key the secret, at least 16 bytes; it is copied
   * @return a codec that signs the cursors it writes and accepts only cursors signed with {@code
   *     key}
   * @throws IllegalArgumentException if the key is shorter than 16 bytes
   */
  public static CursorCodec signed(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "a cursor signing key needs at least " + MIN_KEY_BYTES + " bytes, got " + key.length);
    }
    return new CursorCodec(new SecretKeySpec(key.clone(), HMAC));
  }

  /**
   * Whether this codec signs cursors with a key.
   *
   * @return {@code true} for a codec made by {@link #signed}, {@code false} for {@link
   *     #checksummed()}
   */
  public boolean isSigned() {
    return key != null;
  }

  /** Names the method, never the key. */
  @Override
  public String toString() {
    return key == null ? "CursorCodec[CRC-32C]" : "CursorCodec[HMAC-SHA256]";
  }

  /** The cursor for a page of a read of {@code scope} that ended at {@code lastEvaluatedKey}. */
  String encode(CursorScope scope, Map<String, AttributeValue> lastEvaluatedKey) {
    if (lastEvaluatedKey.isEmpty() || lastEvaluatedKey.size() > MAX_KEY_ATTRIBUTES) {
      throw new IllegalArgumentException(
          "a last evaluated key has 1 to " + MAX_KEY_ATTRIBUTES + " attributes: " + lastEvaluatedKey);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(key == null ? FORMAT_CHECKSUM : FORMAT_HMAC);
      out.writeByte(scope.kind());
      out.writeUTF(scope.table());
      out.writeUTF(scope.index() == null ? "" : scope.index());
      out.writeByte(lastEvaluatedKey.size());
      for (Map.Entry<String, AttributeValue> attribute : lastEvaluatedKey.entrySet()) {
        out.writeUTF(attribute.getKey());
        writeValue(out, attribute.getKey(), attribute.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    byte[] body = bytes.toByteArray();
    byte[] tag = tag(body);
    byte[] cursor = Arrays.copyOf(body, body.length + tag.length);
    System.arraycopy(tag, 0, cursor, body.length, tag.length);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor);
  }

  /**
   * The last evaluated key in a cursor, after checking its integrity and that it was made by a
   * read of {@code expected}.
   *
   * @throws InvalidCursorException if it is damaged, forged or from another read
   */
  Map<String, AttributeValue> decode(String cursor, CursorScope expected) {
    String what = "Invalid cursor for " + expected.describe() + ": ";
    if (cursor.isEmpty() || cursor.length() > MAX_CURSOR_CHARS) {
      throw new InvalidCursorException(
          what + "a cursor has 1 to " + MAX_CURSOR_CHARS + " characters, this one " + cursor.length());
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      throw new InvalidCursorException(
          what + "it is not a Dynamap cursor (not URL-safe base64: " + e.getMessage() + ")", e);
    }
    if (bytes.length == 0 || (bytes[0] != FORMAT_CHECKSUM && bytes[0] != FORMAT_HMAC)) {
      throw new InvalidCursorException(what + "it is not a Dynamap cursor, or it was altered");
    }
    boolean signedCursor = bytes[0] == FORMAT_HMAC;
    if (signedCursor != isSigned()) {
      throw new InvalidCursorException(
          what
              + (signedCursor
                  ? "it is signed with a key, and this read checks cursors without one; give the"
                      + " read the same CursorCodec.signed(key) as the read that made it"
                  : "it is not signed, and this read accepts only cursors signed with its key"));
    }
    int tagLength = signedCursor ? HMAC_BYTES : CRC_BYTES;
    if (bytes.length <= tagLength) {
      throw new InvalidCursorException(what + "it is too short: it was truncated or altered");
    }
    byte[] body = Arrays.copyOf(bytes, bytes.length - tagLength);
    byte[] tag = Arrays.copyOfRange(bytes, bytes.length - tagLength, bytes.length);
    if (!MessageDigest.isEqual(tag, tag(body))) {
      throw new InvalidCursorException(
          what
              + (signedCursor
                  ? "its signature does not match: it was altered, or signed with another key"
                  : "its checksum does not match: it was altered or damaged"));
    }
    CursorScope scope;
    Map<String, AttributeValue> lastEvaluatedKey = new LinkedHashMap<>(4);
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
      in.readByte(); // the format, checked above
      byte kind = in.readByte();
      String table = in.readUTF();
      String index = in.readUTF();
      scope = new CursorScope(kind, table, index);
      int attributes = in.readUnsignedByte();
      if (attributes == 0 || attributes > MAX_KEY_ATTRIBUTES) {
        throw new InvalidCursorException(what + "it holds a key of " + attributes + " attributes");
      }
      for (int i = 0; i < attributes; i++) {
        String name = in.readUTF();
        lastEvaluatedKey.put(name, readValue(in, what));
      }
      if (in.available() > 0) {
        throw new InvalidCursorException(what + "it has trailing bytes");
      }
    } catch (EOFException e) {
      throw new InvalidCursorException(what + "it ends too early", e);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidCursorException(what + "it is malformed (" + e.getMessage() + ")", e);
    }
    if (!scope.equals(expected)) {
      throw new InvalidCursorException(what + "it was made by " + scope.describe());
    }
    return lastEvaluatedKey;
  }

  private static void writeValue(DataOutputStream out, String name, AttributeValue value)
      throws IOException {
    byte[] raw;
    switch (value.type()) {
      case S -> {
        out.writeByte('S');
        raw = value.s().getBytes(StandardCharsets.UTF_8);
      }
      case N -> {
        out.writeByte('N');
        raw = value.n().getBytes(StandardCharsets.UTF_8);
      }
      case B -> {
        out.writeByte('B');
        raw = value.b().asByteArrayUnsafe();
      }
      default -> throw new IllegalArgumentException(
          "key attribute " + name + " has type " + value.type() + "; keys are S, N or B");
    }
    if (raw.length > 0xFFFF) {
      throw new IllegalArgumentException("key attribute " + name + " is over 64 KB");
    }
    out.writeShort(raw.length); // key values are at most 2048 bytes
    out.write(raw);
  }

  private static AttributeValue readValue(DataInputStream in, String what) throws IOException {
    int type = in.readUnsignedByte();
    byte[] raw = new byte[in.readUnsignedShort()];
    in.readFully(raw);
    return switch (type) {
      case 'S' -> AttributeValue.fromS(new String(raw, StandardCharsets.UTF_8));
      case 'N' -> AttributeValue.fromN(new String(raw, StandardCharsets.UTF_8));
      case 'B' -> AttributeValue.fromB(SdkBytes.fromByteArray(raw));
      default -> throw new InvalidCursorException(what + "it holds a value of unknown type " + type);
    };
  }

  private byte[] tag(byte[] body) {
    if (key == null) {
      CRC32C crc = new CRC32C();
      crc.update(body);
      long value = crc.getValue();
      return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }
    try {
      // Mac instances are not thread-safe, and one is cheap next to a DynamoDB call.
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return Arrays.copyOf(mac.doFinal(body), HMAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable in this JVM", e);
    }
  }
}
