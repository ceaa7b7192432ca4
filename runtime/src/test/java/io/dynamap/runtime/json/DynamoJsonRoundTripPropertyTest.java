package io.dynamap.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamap.runtime.schema.DynamoNumbers;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Random items to depth 3, from a fixed seed so that a failure repeats: DynamoDB JSON reads back
 * every item exactly, and plain JSON every item without sets or binaries.
 */
class DynamoJsonRoundTripPropertyTest {
  private static final long SEED = 20260115L;
  private static final int ITEMS = 400;

  /** Generates values; one per item, so that items can be checked in parallel. */
  private static final class Gen {
    private final Random random;
    private final boolean plainOnly;

    Gen(long seed, boolean plainOnly) {
      this.random = new Random(seed);
      this.plainOnly = plainOnly;
    }

    Map<String, AttributeValue> item() {
      Map<String, AttributeValue> item = new LinkedHashMap<>();
      int size = random.nextInt(8);
      for (int i = 0; i < size; i++) {
        item.put(string(), value(3));
      }
      return item;
    }

    AttributeValue value(int depth) {
      int kinds = depth > 0 ? 10 : 8;
      while (true) {
        int kind = random.nextInt(kinds);
        if (plainOnly && (kind == 2 || kind == 5 || kind == 6 || kind == 7)) {
          continue; // binaries and sets read back from plain JSON as strings and lists
        }
        switch (kind) {
          case 0:
            return AttributeValue.fromS(string());
          case 1:
            return AttributeValue.fromN(number());
          case 2:
            return AttributeValue.fromB(SdkBytes.fromByteArray(bytes()));
          case 3:
            return AttributeValue.fromBool(random.nextBoolean());
          case 4:
            return AttributeValue.fromNul(true);
          case 5:
            {
              Set<String> members = new HashSet<>();
              List<String> ss = new ArrayList<>();
              for (int i = 1 + random.nextInt(4); i > 0; i--) {
                String s = string();
                if (members.add(s)) {
                  ss.add(s);
                }
              }
              return AttributeValue.fromSs(ss);
            }
          case 6:
            {
              Set<String> members = new HashSet<>();
              List<String> ns = new ArrayList<>();
              for (int i = 1 + random.nextInt(4); i > 0; i--) {
                String n = number();
                if (members.add(DynamoNumbers.numericKey(n))) {
                  ns.add(n);
                }
              }
              return AttributeValue.fromNs(ns);
            }
          case 7:
            {
              Set<ByteBuffer> members = new HashSet<>();
              List<SdkBytes> bs = new ArrayList<>();
              for (int i = 1 + random.nextInt(4); i > 0; i--) {
                byte[] b = bytes();
                if (members.add(ByteBuffer.wrap(b))) {
                  bs.add(SdkBytes.fromByteArray(b));
                }
              }
              return AttributeValue.fromBs(bs);
            }
          case 8:
            {
              List<AttributeValue> l = new ArrayList<>();
              for (int i = random.nextInt(4); i > 0; i--) {
                l.add(value(depth - 1));
              }
              return AttributeValue.fromL(l);
            }
          default:
            {
              Map<String, AttributeValue> m = new LinkedHashMap<>();
              for (int i = random.nextInt(4); i > 0; i--) {
                m.put(string(), value(depth - 1));
              }
              return AttributeValue.fromM(m);
            }
        }
      }
    }

    /** ASCII, escapes, control characters, accents, CJK and supplementary characters. */
    String string() {
      int length = random.nextInt(6);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < length; i++) {
        switch (random.nextInt(6)) {
          case 0:
            s.append((char) ('a' + random.nextInt(26)));
            break;
          case 1:
            s.append("\"\\/'.[]$ ".charAt(random.nextInt(9)));
            break;
          case 2:
            s.append((char) random.nextInt(0x20));
            break;
          case 3:
            s.append((char) (0xa0 + random.nextInt(0x200)));
            break;
          case 4:
            s.append((char) (0x4e00 + random.nextInt(0x5000)));
            break;
          default:
            s.appendCodePoint(0x1f600 + random.nextInt(0x50));
        }
      }
      return s.toString();
    }

    /** Valid numbers in many spellings: signs, points, zeros, exponents, up to 38 digits. */
    String number() {
      StringBuilder digits = new StringBuilder();
      int significant = 1 + random.nextInt(random.nextBoolean() ? 6 : 38);
      digits.append((char) ('1' + random.nextInt(9)));
      for (int i = 1; i < significant; i++) {
        digits.append((char) ('0' + random.nextInt(10)));
      }
      int point = random.nextInt(digits.length() + 1);
      // Exponent such that the magnitude stays within 1E-130 .. 9.99…E+125.
      int adjusted = point - 1; // power of ten of the first digit, before the exponent
      int exponent = 0;
      if (random.nextInt(3) == 0) {
        int lowest = -130 - adjusted;
        int highest = 125 - adjusted;
        exponent = lowest + random.nextInt(highest - lowest + 1);
      }
      StringBuilder n = new StringBuilder();
      if (random.nextInt(3) == 0) {
        n.append('-');
      }
      if (point == 0) {
        n.append("0.").append(digits);
      } else if (point == digits.length()) {
        n.append(digits);
      } else {
        n.append(digits, 0, point).append('.').append(digits, point, digits.length());
      }
      if (exponent != 0 || random.nextInt(10) == 0) {
        n.append(random.nextBoolean() ? 'E' : 'e');
        if (exponent >= 0 && random.nextBoolean()) {
          n.append('+');
        }
        n.append(exponent);
      }
      if (random.nextInt(20) == 0) {
        return random.nextBoolean() ? "0" : "-0.0";
      }
      String result = n.toString();
      DynamoNumbers.check(result); // the generator itself must stay in range
      return result;
    }

    byte[] bytes() {
      byte[] b = new byte[random.nextInt(9)];
      random.nextBytes(b);
      return b;
    }
  }

  @Test
  void dynamoJsonRoundTripsRandomItems() {
    IntStream.range(0, ITEMS)
        .parallel() // also exercises the shared JsonFactory from several threads
        .forEach(
            i -> {
              Map<String, AttributeValue> item = new Gen(SEED + i, false).item();
              String compact = DynamoJson.toDynamoJson(item);
              assertEquals(item, DynamoJson.fromDynamoJson(compact), compact);
              assertEquals(item, DynamoJson.fromDynamoJson(DynamoJson.toDynamoJson(item, true)));
              assertEquals(compact, DynamoJson.toDynamoJson(DynamoJson.fromDynamoJson(compact)));
            });
  }

  @Test
  void plainJsonRoundTripsRandomItemsWithoutSetsOrBinaries() {
    IntStream.range(0, ITEMS)
        .parallel()
        .forEach(
            i -> {
              Map<String, AttributeValue> item = new Gen(SEED + i, true).item();
              String plain = DynamoJson.toPlainJson(item);
              assertEquals(item, DynamoJson.fromPlainJson(plain), plain);
              assertEquals(item, DynamoJson.fromPlainJson(DynamoJson.toPlainJson(item, true)));
            });
  }
}
