package io.dynamap.example.it.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Random {@link Tree}s from a seed: values across each type's range that DynamoDB can hold,
 * nulls, empty and null collections, null elements, unicode. Sets are never null: a null set is
 * not stored and reads back empty, by design. BigDecimals are in DynamoDB's normal form, which is
 * all a number attribute keeps (see MoneyConverter for keeping a scale).
 */
final class TreeGenerator {
  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneOffset.ofHours(-3), ZoneOffset.UTC);
  private static final List<Locale> LOCALES =
      List.of(Locale.CANADA_FRENCH, Locale.JAPAN, Locale.forLanguageTag("sr-Latn-RS"), Locale.ROOT, Locale.US);
  private static final List<Currency> CURRENCIES =
      List.of(Currency.getInstance("EUR"), Currency.getInstance("JPY"), Currency.getInstance("USD"));

  private final Random random;
  private final int maxExponent;

  /** Numbers across DynamoDB's whole range. */
  TreeGenerator(long seed) {
    this(seed, 120);
  }

  /**
   * Numbers whose magnitude stays below 10^(maxExponent+1). boto3 cannot read numbers of 1E+38
   * and beyond: DynamoDB returns them written out, and boto3's decimal context traps the rounding
   * of more than 38 digits ({@code decimal.Rounded}).
   */
  TreeGenerator(long seed, int maxExponent) {
    this.random = new Random(seed);
    this.maxExponent = maxExponent;
  }

  Tree tree(String id) {
    return new Tree(
        id,
        maybe(this::trunk),
        random.nextBoolean() ? Optional.of(branch()) : Optional.empty(),
        random.nextBoolean() ? OptionalLong.of(random.nextLong()) : OptionalLong.empty(),
        random.nextBoolean() ? OptionalDouble.of(aDouble()) : OptionalDouble.empty(),
        maybe(() -> list(() -> list(() -> maybe(this::aDouble)))),
        maybe(() -> LocalDate.ofEpochDay(random.nextInt(2_900_000) - 700_000)),
        maybe(() -> LocalDateTime.ofInstant(instant(), ZoneOffset.UTC)),
        maybe(() -> LocalTime.ofNanoOfDay(Math.floorMod(random.nextLong(), 86_400_000_000_000L))),
        maybe(() -> OffsetDateTime.ofInstant(instant(), ZoneOffset.ofTotalSeconds(60 * (random.nextInt(1_080 * 2) - 1_080)))),
        maybe(() -> ZonedDateTime.ofInstant(instant(), pick(ZONES))),
        maybe(() -> Duration.ofSeconds(random.nextLong() / 4, random.nextInt(1_000_000_000))),
        maybe(() -> Period.of(random.nextInt(100) - 50, random.nextInt(24), random.nextInt(60))),
        maybe(() -> Year.of(random.nextInt(9999))),
        maybe(() -> YearMonth.of(random.nextInt(9999), 1 + random.nextInt(12))),
        maybe(() -> URI.create("https://example.com/p/" + random.nextInt(1000) + "?q=%C3%A9&x=" + random.nextInt())),
        maybe(() -> pick(CURRENCIES)),
        maybe(() -> pick(LOCALES)),
        maybe(this::aChar),
        maybe(() -> ByteBuffer.wrap(bytes())),
        set(() -> SdkBytes.fromByteArray(bytes())),
        set(this::decimal),
        set(random::nextLong),
        set(() -> pick(List.of(Tree.Level.values()))),
        maybe(() -> map(() -> pick(List.of(Tree.Level.values())), () -> maybe(this::text))),
        maybe(() -> new Money(decimal(), pick(CURRENCIES))),
        maybe(() -> category(3)));
  }

  private Tree.Trunk trunk() {
    return new Tree.Trunk(
        maybe(() -> list(() -> maybe(this::branch))),
        maybe(() -> map(this::key, () -> maybe(() -> list(this::branch)))),
        (float) (random.nextGaussian() * 1000));
  }

  private Tree.Branch branch() {
    return new Tree.Branch(
        maybe(this::text),
        maybe(() -> list(() -> maybe(this::leaf))),
        maybe(() -> map(this::key, () -> maybe(this::leaf))),
        set(random::nextInt));
  }

  private Tree.Leaf leaf() {
    return new Tree.Leaf(
        maybe(this::text),
        random.nextInt(),
        aChar(),
        aDouble(),
        set(this::text),
        maybe(() -> map(this::key, () -> maybe(random::nextLong))),
        maybe(() -> SdkBytes.fromByteArray(bytes())),
        (byte) random.nextInt(),
        (short) random.nextInt(),
        maybe(random::nextBoolean));
  }

  private Tree.Category category(int depth) {
    return new Tree.Category(
        text(), depth == 0 ? List.of() : list(() -> category(depth - 1)));
  }

  private <T> T maybe(Supplier<T> supplier) {
    return random.nextInt(5) == 0 ? null : supplier.get();
  }

  private <T> List<T> list(Supplier<T> element) {
    int size = random.nextInt(4);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }

  private <T> Set<T> set(Supplier<T> member) {
    int size = random.nextInt(4);
    Set<T> set = new LinkedHashSet<>();
    for (int i = 0; i < size; i++) {
      set.add(member.get());
    }
    return set;
  }

  private <K, V> Map<K, V> map(Supplier<K> key, Supplier<V> value) {
    int size = random.nextInt(4);
    Map<K, V> map = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      map.put(key.get(), value.get());
    }
    return map;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A map key: DynamoDB refuses empty attribute names, also inside maps. */
  private String key() {
    return "k" + text();
  }

  private String text() {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(4)) {
        case 0 -> s.appendCodePoint(0x1F600 + random.nextInt(50)); // emoji: a surrogate pair
        case 1 -> s.append(aChar());
        default -> s.append((char) ('a' + random.nextInt(26)));
      }
    }
    return s.toString();
  }

  /** A BMP character that is not a surrogate half. */
  private char aChar() {
    char c;
    do {
      c = (char) (0x20 + random.nextInt(0xFFFD - 0x20));
    } while (Character.isSurrogate(c));
    return c;
  }

  /** A double whose magnitude DynamoDB can hold. */
  private double aDouble() {
    return switch (random.nextInt(4)) {
      case 0 -> 0.0;
      case 1 -> random.nextInt(2000) - 1000;
      default -> random.nextGaussian() * Math.pow(10, random.nextInt(maxExponent + 100) - 100);
    };
  }

  private BigDecimal decimal() {
    BigInteger unscaled = new BigInteger(1 + random.nextInt(Math.min(120, (maxExponent - 1) * 3)), random);
    if (random.nextBoolean()) {
      unscaled = unscaled.negate();
    }
    // Scale of at least 0 when the range is limited: the unscaled bits already bound the magnitude.
    BigDecimal value = new BigDecimal(unscaled, random.nextInt(60) - (maxExponent < 120 ? 0 : 20));
    // The form DynamoDB returns: no trailing zeros after the point, whole numbers written out.
    BigDecimal normal = value.round(new java.math.MathContext(38)).stripTrailingZeros();
    return normal.scale() < 0 ? normal.setScale(0) : normal;
  }

  private byte[] bytes() {
    byte[] bytes = new byte[1 + random.nextInt(20)];
    random.nextBytes(bytes);
    return bytes;
  }

  private Instant instant() {
    // Years 0000 to 9999: the range whose fixed-width strings sort as times.
    long year0 = -62_167_219_200L;
    long year10000 = 253_402_300_800L;
    return Instant.ofEpochSecond(year0 + Math.floorMod(random.nextLong(), year10000 - year0), random.nextInt(1_000_000_000));
  }
}
