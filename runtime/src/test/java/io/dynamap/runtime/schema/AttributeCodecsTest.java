package io.dynamap.runtime.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.error.ItemMappingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class AttributeCodecsTest {
  enum Color {
    RED,
    GREEN
  }

  @Test
  void instantsAreStoredFixedWidthInUtcSoThatStringOrderIsTimeOrder() {
    assertEquals(
        "2026-11-23T10:15:30.000000000Z",
        AttributeCodecs.instantToString(Instant.parse("2026-11-23T10:15:30Z"), "t"));
    assertEquals(
        "2026-11-23T10:15:30.500000000Z",
        AttributeCodecs.instantToString(Instant.parse("2026-11-23T10:15:30.5Z"), "t"));

    Random random = new Random(42);
    List<Instant> instants = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      instants.add(Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000_000)));
    }
    // Whole seconds next to fractions: Instant.toString would misorder "…:00Z" and "…:00.5Z".
    instants.add(Instant.parse("2026-01-01T00:00:00Z"));
    instants.add(Instant.parse("2026-01-01T00:00:00.5Z"));
    List<Instant> byTime = new ArrayList<>(instants);
    byTime.sort(null);
    List<Instant> byString = new ArrayList<>(instants);
    byString.sort((a, b) -> AttributeCodecs.instantToString(a, "t").compareTo(AttributeCodecs.instantToString(b, "t")));
    assertEquals(byTime, byString);
  }

  @Test
  void instantsRoundTripToTheNanosecondAndOtherIso8601FormsAreRead() {
    Instant t = Instant.parse("1999-12-31T23:59:59.123456789Z");
    assertEquals(t, AttributeCodecs.toInstant(AttributeCodecs.fromInstant(t, "t"), "t"));
    assertEquals(
        Instant.parse("2026-11-23T10:15:30Z"),
        AttributeCodecs.toInstant(AttributeValue.fromS("2026-11-23T10:15:30Z"), "t"));
  }

  @Test
  void instantsOutsideFourDigitYearsAreRefusedNamingTheAttribute() {
    ItemMappingException e =
        assertThrows(
            ItemMappingException.class,
            () -> AttributeCodecs.fromInstant(Instant.parse("+10000-01-01T00:00:00Z"), "placedAt"));
    assertTrue(e.getMessage().contains("'placedAt'"), e.getMessage());
    assertThrows(
        ItemMappingException.class,
        () -> AttributeCodecs.fromInstant(Instant.parse("0000-01-01T00:00:00Z").minus(1, ChronoUnit.NANOS), "t"));
  }

  @Test
  void numbersReadExactlyAndRefuseWhatDoesNotFit() {
    assertEquals(42, AttributeCodecs.toIntValue(AttributeValue.fromN("42"), "n"));
    assertEquals(100, AttributeCodecs.toIntValue(AttributeValue.fromN("1E+2"), "n"));
    assertEquals(7, AttributeCodecs.toLongValue(AttributeValue.fromN("7.0"), "n"));
    assertEquals(Long.MIN_VALUE, AttributeCodecs.toLongValue(AttributeValue.fromN(Long.toString(Long.MIN_VALUE)), "n"));
    assertEquals((short) -3, AttributeCodecs.toShortValue(AttributeValue.fromN("-3"), "n"));
    assertEquals((byte) 127, AttributeCodecs.toByteValue(AttributeValue.fromN("127"), "n"));
    assertEquals(new BigDecimal("123.4500"), AttributeCodecs.toBigDecimal(AttributeValue.fromN("123.4500"), "n"));
    assertEquals(new BigInteger("123456789012345678901234567890"),
        AttributeCodecs.toBigInteger(AttributeValue.fromN("123456789012345678901234567890"), "n"));

    ItemMappingException tooBig =
        assertThrows(ItemMappingException.class, () -> AttributeCodecs.toIntValue(AttributeValue.fromN("3000000000"), "count"));
    assertEquals("attribute 'count' holds 3000000000, which does not fit a int", tooBig.getMessage());
    assertThrows(ItemMappingException.class, () -> AttributeCodecs.toLongValue(AttributeValue.fromN("1.5"), "n"));
    assertThrows(ItemMappingException.class, () -> AttributeCodecs.toByteValue(AttributeValue.fromN("128"), "n"));
    assertThrows(ItemMappingException.class, () -> AttributeCodecs.toBigInteger(AttributeValue.fromN("0.5"), "n"));
  }

  @Test
  void numbersBeyondAFloatOrDoubleAreRefusedNotReadAsInfinity() {
    ItemMappingException tooBig =
        assertThrows(
            ItemMappingException.class,
            () -> AttributeCodecs.toFloatValue(AttributeValue.fromN("1E+39"), "weight"));
    assertEquals("attribute 'weight' holds 1E+39, which does not fit a float", tooBig.getMessage());
    assertThrows(
        ItemMappingException.class,
        () -> AttributeCodecs.toFloatValue(AttributeValue.fromN("-3.5E+38"), "weight"));
    ItemMappingException tooBigDouble =
        assertThrows(
            ItemMappingException.class,
            () -> AttributeCodecs.toDoubleValue(AttributeValue.fromN("1E+309"), "price"));
    assertEquals("attribute 'price' holds 1E+309, which does not fit a double", tooBigDouble.getMessage());
    assertThrows(
        ItemMappingException.class,
        () -> AttributeCodecs.toDoubleValue(AttributeValue.fromN("-1.8E+308"), "price"));
    ItemMappingException nan =
        assertThrows(
            ItemMappingException.class,
            () -> AttributeCodecs.toDoubleValue(AttributeValue.fromN("NaN"), "price"));
    assertEquals("attribute 'price' holds NaN, which is not a number", nan.getMessage());
    assertThrows(
        ItemMappingException.class,
        () -> AttributeCodecs.toFloatValue(AttributeValue.fromN("Infinity"), "weight"));

    // The largest of each type, and what still rounds to it (less than half an ulp above), read.
    assertEquals(Float.MAX_VALUE, AttributeCodecs.toFloatValue(AttributeValue.fromN("3.4028235E+38"), "w"));
    assertEquals(Float.MAX_VALUE, AttributeCodecs.toFloatValue(AttributeValue.fromN("3.40282356E+38"), "w"));
    assertThrows(
        ItemMappingException.class,
        () -> AttributeCodecs.toFloatValue(AttributeValue.fromN("3.40282357E+38"), "w"));
    assertEquals(Double.MAX_VALUE, AttributeCodecs.toDoubleValue(AttributeValue.fromN("1.7976931348623157E+308"), "p"));

    // Too small is not out of range: the nearest float, a subnormal or zero.
    assertEquals(0f, AttributeCodecs.toFloatValue(AttributeValue.fromN("1E-50"), "w"));
    assertEquals(-0f, AttributeCodecs.toFloatValue(AttributeValue.fromN("-1E-50"), "w"));
    assertEquals(Float.MIN_VALUE, AttributeCodecs.toFloatValue(AttributeValue.fromN("1E-45"), "w"));
    assertEquals(1e-130, AttributeCodecs.toDoubleValue(AttributeValue.fromN("1E-130"), "p"));

    // Rounded once, to the nearest float: through double this lands on the tie between
    // 1.0000001f and 1.0000002f, and rounds to the even one, the farther.
    assertEquals(
        Float.intBitsToFloat(0x3f800001),
        AttributeCodecs.toFloatValue(AttributeValue.fromN("1.0000001788139343"), "w"));
  }

  @Test
  void doublesRoundTripAndNanIsRefused() {
    for (double d : new double[] {0.1, 0.0, 1e120, 2e-3, 1e23, 8.41e21, 2.82879384806159e17, 1e-130, 123456.789}) {
      assertEquals(d, AttributeCodecs.toDoubleValue(AttributeCodecs.fromDouble(d, "d"), "d"));
    }
    assertEquals(0.1f, AttributeCodecs.toFloatValue(AttributeCodecs.fromFloat(0.1f, "f"), "f"));
    // Shortest forms: what a person would write, not the binary expansion.
    assertEquals("0.1", AttributeCodecs.fromDouble(0.1, "d").n());
    assertEquals("0.1", AttributeCodecs.fromFloat(0.1f, "f").n());
    assertEquals("1E+23", AttributeCodecs.fromDouble(1e23, "d").n());
    assertEquals("2.82879384806159E+17", AttributeCodecs.fromDouble(2.82879384806159e17, "d").n());
    ItemMappingException tiny =
        assertThrows(ItemMappingException.class, () -> AttributeCodecs.fromDouble(4.9e-324, "d"));
    assertEquals("attribute 'd': \"5E-324\" is out of DynamoDB's number range: a nonzero magnitude must be"
        + " between 1E-130 and 9.9999999999999999999999999999999999999E+125", tiny.getMessage());
    ItemMappingException e =
        assertThrows(ItemMappingException.class, () -> AttributeCodecs.fromDouble(Double.NaN, "price"));
    assertTrue(e.getMessage().contains("'price'"), e.getMessage());
    assertThrows(ItemMappingException.class, () -> AttributeCodecs.fromFloat(Float.POSITIVE_INFINITY, "f"));
  }

  @Test
  void bigNumbersAreCheckedAgainstDynamoDbsLimitsBeforeAnyRequest() {
    assertEquals("-12345678901234567890.123456789012345678",
        AttributeCodecs.fromBigDecimal(new BigDecimal("-12345678901234567890.123456789012345678"), "n").n());
    ItemMappingException digits = assertThrows(ItemMappingException.class,
        () -> AttributeCodecs.fromBigDecimal(new BigDecimal("1.234567890123456789012345678901234567891"), "price"));
    assertEquals("attribute 'price': \"1.234567890123456789012345678901234567891\" has 40 significant digits;"
        + " DynamoDB numbers have at most 38", digits.getMessage());
    assertThrows(ItemMappingException.class, () -> AttributeCodecs.fromBigDecimal(new BigDecimal("1E+126"), "n"));
    assertEquals("99999999999999999999999999999999999999" + "0".repeat(88),
        AttributeCodecs.fromBigDecimal(new BigDecimal("9.9999999999999999999999999999999999999E+125"), "n").n());
    // DynamoDB's normal form: trailing zeros after the point dropped, whole numbers written out.
    assertEquals("1.5", AttributeCodecs.fromBigDecimal(new BigDecimal("1.50"), "n").n());
    assertEquals("1000", AttributeCodecs.fromBigDecimal(new BigDecimal("1E+3"), "n").n());
    assertEquals("0", AttributeCodecs.fromBigDecimal(new BigDecimal("0.000"), "n").n());
    // Trailing zeros do not count as digits.
    assertEquals("1000000000000000000000000000000000000000000",
        AttributeCodecs.fromBigInteger(BigInteger.TEN.pow(42), "n").n());
  }

  @Test
  void wrongStoredTypeNamesAttributeExpectedAndFound() {
    ItemMappingException e =
        assertThrows(ItemMappingException.class, () -> AttributeCodecs.toIntValue(AttributeValue.fromS("12"), "quantity"));
    assertEquals("attribute 'quantity' should be N (number) but the item holds S (string)", e.getMessage());
    assertThrows(ItemMappingException.class, () -> AttributeCodecs.toStringValue(AttributeValue.fromN("1"), "s"));
    assertThrows(ItemMappingException.class, () -> AttributeCodecs.toBooleanValue(AttributeValue.fromS("true"), "b"));
    assertThrows(ItemMappingException.class, () -> AttributeCodecs.toBytes(AttributeValue.fromS("x"), "b"));
  }

  @Test
  void enumsUuidsAndBytes() {
    assertEquals(Color.GREEN, AttributeCodecs.toEnum(AttributeValue.fromS("GREEN"), "c", Color.class));
    ItemMappingException e =
        assertThrows(ItemMappingException.class, () -> AttributeCodecs.toEnum(AttributeValue.fromS("BLUE"), "color", Color.class));
    assertEquals("attribute 'color' holds \"BLUE\", which is no constant of Color", e.getMessage());
    UUID id = UUID.randomUUID();
    assertEquals(id, AttributeCodecs.toUuid(AttributeValue.fromS(id.toString()), "id"));
    assertThrows(ItemMappingException.class, () -> AttributeCodecs.toUuid(AttributeValue.fromS("nope"), "id"));

    byte[] bytes = {0, 1, 2, (byte) 255};
    AttributeValue stored = AttributeCodecs.fromBytes(bytes);
    bytes[0] = 9; // the stored value is a copy
    assertArrayEquals(new byte[] {0, 1, 2, (byte) 255}, AttributeCodecs.toBytes(stored, "b"));
  }

  @Test
  void nullAndNullTypeAreNull() {
    assertTrue(AttributeCodecs.isNull(null));
    assertTrue(AttributeCodecs.isNull(AttributeValue.fromNul(true)));
    assertEquals(false, AttributeCodecs.isNull(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[0]))));
  }

  @Test
  void keysMustBePresentAndNotEmpty() {
    assertEquals("a", AttributeCodecs.requireKey("a", "Order", "id"));
    ItemMappingException isNull =
        assertThrows(ItemMappingException.class, () -> AttributeCodecs.requireKey(null, "Order", "customerId"));
    assertEquals("Order: key attribute 'customerId' is null", isNull.getMessage());
    ItemMappingException empty =
        assertThrows(ItemMappingException.class, () -> AttributeCodecs.requireKey("", "Order", "customerId"));
    assertEquals("Order: key attribute 'customerId' is empty, which DynamoDB does not allow", empty.getMessage());
    assertThrows(ItemMappingException.class, () -> AttributeCodecs.requireKey(new byte[0], "Order", "k"));
    assertThrows(ItemMappingException.class, () -> AttributeCodecs.requireStoredKey(null, "Order", "k"));
  }

  @Test
  void aStoredStringKeyIsReadInOneStepAndCheckedLikeAnyKey() {
    assertEquals("c-1", AttributeCodecs.requireStoredStringKey(AttributeValue.fromS("c-1"), "Order", "customerId"));
    ItemMappingException missing = assertThrows(ItemMappingException.class,
        () -> AttributeCodecs.requireStoredStringKey(null, "Order", "customerId"));
    assertEquals("Order: the item has no key attribute 'customerId'", missing.getMessage());
    assertThrows(ItemMappingException.class,
        () -> AttributeCodecs.requireStoredStringKey(AttributeValue.fromNul(true), "Order", "customerId"));
    ItemMappingException wrongType = assertThrows(ItemMappingException.class,
        () -> AttributeCodecs.requireStoredStringKey(AttributeValue.fromN("1"), "Order", "customerId"));
    assertTrue(wrongType.getMessage().contains("customerId"), wrongType.getMessage());
  }

  @Test
  void aStringListRoundTripsWithNullElementsAsNullAndABadElementIsNamedByIndex() {
    List<String> tags = Arrays.asList("a", null, "c");
    AttributeValue stored = AttributeCodecs.fromStringList(tags);
    assertEquals(
        List.of(AttributeValue.fromS("a"), AttributeCodecs.NULL, AttributeValue.fromS("c")), stored.l());
    assertEquals(tags, AttributeCodecs.toStringList(stored, "tags", "tags[]"));
    assertEquals(List.of(), AttributeCodecs.toStringList(AttributeValue.fromL(List.of()), "tags", "tags[]"));

    AttributeValue badElement =
        AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromN("2")));
    ItemMappingException bad = assertThrows(ItemMappingException.class,
        () -> AttributeCodecs.toStringList(badElement, "tags", "tags[]"));
    assertTrue(bad.getMessage().contains("tags[1]"), bad.getMessage());
    ItemMappingException notAList = assertThrows(ItemMappingException.class,
        () -> AttributeCodecs.toStringList(AttributeValue.fromS("a"), "tags", "tags[]"));
    assertTrue(notAList.getMessage().contains("L (list)"), notAList.getMessage());
  }

  @Test
  void aStringSetRoundTripsInOrderAndAnEmptyOneIsNotStored() {
    Set<String> labels = new LinkedHashSet<>(List.of("b", "a"));
    AttributeValue stored = AttributeCodecs.fromStringSet(labels, "labels");
    assertEquals(List.of("b", "a"), stored.ss());
    Set<String> read = AttributeCodecs.toStringSet(stored, "labels");
    assertEquals(List.of("b", "a"), new ArrayList<>(read));
    assertNull(AttributeCodecs.fromStringSet(Set.of(), "labels"));

    ItemMappingException nullMember = assertThrows(ItemMappingException.class,
        () -> AttributeCodecs.fromStringSet(new LinkedHashSet<>(Arrays.asList("a", null)), "labels"));
    assertTrue(nullMember.getMessage().contains("null set member"), nullMember.getMessage());
    ItemMappingException notASet = assertThrows(ItemMappingException.class,
        () -> AttributeCodecs.toStringSet(AttributeValue.fromL(List.of()), "labels"));
    assertTrue(notASet.getMessage().contains("SS (string set)"), notASet.getMessage());
  }
}
