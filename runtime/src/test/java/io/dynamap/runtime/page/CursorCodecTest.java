package io.dynamap.runtime.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CursorCodecTest {
  private static final CursorScope ORDERS = new CursorScope(CursorScope.QUERY, "Orders", null);
  private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private static Map<String, AttributeValue> key() {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    key.put("customerId", AttributeValue.fromS("c-1 é/+?&=")); // not URL-safe as it is
    key.put("year", AttributeValue.fromN("-12.5E+3"));
    key.put("digest", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, -1, 62, 63})));
    return key;
  }

  @Test
  void roundTripKeepsNamesTypesAndExactValues() {
    for (CursorCodec codec : new CursorCodec[] {CursorCodec.checksummed(), CursorCodec.signed(KEY)}) {
      String cursor = codec.encode(ORDERS, key());
      assertTrue(cursor.matches("[A-Za-z0-9_-]+"), "URL-safe, unpadded: " + cursor);
      assertEquals(key(), codec.decode(cursor, ORDERS));
    }
    CursorScope index = new CursorScope(CursorScope.QUERY, "Orders", "byStatus");
    assertEquals(key(), CursorCodec.checksummed().decode(CursorCodec.checksummed().encode(index, key()), index));
  }

  @Test
  void anyChangedCharacterIsCaught() {
    String cursor = CursorCodec.checksummed().encode(ORDERS, key());
    for (int i = 0; i < cursor.length(); i++) {
      char c = cursor.charAt(i);
      String tampered = cursor.substring(0, i) + (c == 'A' ? 'B' : 'A') + cursor.substring(i + 1);
      // The last character may carry unused bits in unpadded base64: it may decode the same.
      if (i == cursor.length() - 1
          && java.util.Arrays.equals(Base64.getUrlDecoder().decode(tampered), Base64.getUrlDecoder().decode(cursor))) {
        continue;
      }
      assertThrows(InvalidCursorException.class, () -> CursorCodec.checksummed().decode(tampered, ORDERS), "at " + i);
    }
  }

  @Test
  void anEditedTableNameWithAValidLayoutFailsTheChecksum() {
    String cursor = CursorCodec.checksummed().encode(ORDERS, key());
    byte[] bytes = Base64.getUrlDecoder().decode(cursor);
    String raw = new String(bytes, StandardCharsets.ISO_8859_1).replace("Orders", "Ordert");
    String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.ISO_8859_1));
    InvalidCursorException e =
        assertThrows(InvalidCursorException.class, () -> CursorCodec.checksummed().decode(edited, ORDERS));
    assertTrue(e.getMessage().contains("checksum does not match: it was altered or damaged"), e.getMessage());
  }

  @Test
  void malformedCursorsAreClearErrors() {
    assertMessage("", "a cursor has 1 to");
    assertMessage("not a cursor!", "not URL-safe base64");
    assertMessage("AAAA", "not a Dynamap cursor");
    String cursor = CursorCodec.checksummed().encode(ORDERS, key());
    assertMessage(cursor.substring(0, cursor.length() - 10), "checksum does not match");
    assertMessage("x".repeat(20_000), "a cursor has 1 to");
  }

  @Test
  void aCursorFromAnotherTableIndexOrKindOfReadIsRefused() {
    CursorCodec codec = CursorCodec.checksummed();
    String cursor = codec.encode(ORDERS, key());
    InvalidCursorException otherTable =
        assertThrows(InvalidCursorException.class,
            () -> codec.decode(cursor, new CursorScope(CursorScope.QUERY, "Orders_prod", null)));
    assertEquals(
        "Invalid cursor for a query on table Orders_prod: it was made by a query on table Orders",
        otherTable.getMessage());
    InvalidCursorException index =
        assertThrows(InvalidCursorException.class,
            () -> codec.decode(cursor, new CursorScope(CursorScope.QUERY, "Orders", "byStatus")));
    assertEquals(
        "Invalid cursor for a query on index byStatus of table Orders: it was made by a query on"
            + " table Orders",
        index.getMessage());
    InvalidCursorException scan =
        assertThrows(InvalidCursorException.class,
            () -> codec.decode(cursor, new CursorScope(CursorScope.SCAN, "Orders", null)));
    assertTrue(scan.getMessage().endsWith("it was made by a query on table Orders"), scan.getMessage());
  }

  @Test
  void signedCursorsNeedTheSameKey() {
    CursorCodec signed = CursorCodec.signed(KEY);
    String cursor = signed.encode(ORDERS, key());
    assertEquals(key(), CursorCodec.signed(KEY.clone()).decode(cursor, ORDERS), "another instance, same key");
    byte[] otherKey = KEY.clone();
    otherKey[0] ^= 1;
    assertTrue(assertThrows(InvalidCursorException.class, () -> CursorCodec.signed(otherKey).decode(cursor, ORDERS))
        .getMessage().contains("signature does not match"));
    assertTrue(assertThrows(InvalidCursorException.class, () -> CursorCodec.checksummed().decode(cursor, ORDERS))
        .getMessage().contains("it is signed with a key"));
    String unsigned = CursorCodec.checksummed().encode(ORDERS, key());
    assertTrue(assertThrows(InvalidCursorException.class, () -> signed.decode(unsigned, ORDERS))
        .getMessage().contains("it is not signed"));
    assertNotEquals(cursor, unsigned);
  }

  @Test
  void signingKeysAreCheckedAndNeverShown() {
    assertThrows(IllegalArgumentException.class, () -> CursorCodec.signed(new byte[15]));
    assertEquals("CursorCodec[HMAC-SHA256]", CursorCodec.signed(KEY).toString());
    assertTrue(CursorCodec.signed(KEY).isSigned());
    assertFalse(CursorCodec.checksummed().isSigned());
  }

  private static void assertMessage(String cursor, String expected) {
    InvalidCursorException e =
        assertThrows(InvalidCursorException.class, () -> CursorCodec.checksummed().decode(cursor, ORDERS));
    assertTrue(e.getMessage().startsWith("Invalid cursor for a query on table Orders: "), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
