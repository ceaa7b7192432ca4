package io.dynamap.runtime.expr;

import io.dynamap.runtime.schema.AttributeCodecs;
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
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The attributes of scalars, sets of scalars and lists of scalars, for generated metamodels
 * ({@code OrderAttributes}): one class here for each kind of attribute, told by a {@link Kind}
 * how to encode a value, instead of one anonymous class per attribute in every generated
 * metamodel, which a project with hundreds of entities pays for in compile time and class size.
 * Each kind encodes a value exactly as a generated schema stores it.
 */
public final class ScalarAttributes {
  private ScalarAttributes() {}

  /**
   * How a Java type is stored as one DynamoDB scalar; the names are those of the processor's
   * scalar kinds, which generated code names here.
   */
  public enum Kind {
    /** {@code String}, stored as S. */
    STRING,
    /** {@code int} or {@code Integer}, stored as N. */
    INT,
    /** {@code long} or {@code Long}, stored as N. */
    LONG,
    /** {@code short} or {@code Short}, stored as N. */
    SHORT,
    /** {@code byte} or {@code Byte}, stored as N. */
    BYTE,
    /** {@code double} or {@code Double}, stored as N in its shortest exact decimal form. */
    DOUBLE,
    /** {@code float} or {@code Float}, stored as N in its shortest exact decimal form. */
    FLOAT,
    /** {@code BigDecimal}, stored as N. */
    BIG_DECIMAL,
    /** {@code BigInteger}, stored as N. */
    BIG_INTEGER,
    /** {@code boolean} or {@code Boolean}, stored as BOOL. */
    BOOLEAN,
    /** {@code byte[]}, stored as B. */
    BYTES,
    /** An enum, stored as S by its name. */
    ENUM,
    /** {@code Instant}, stored as S in fixed-width ISO-8601 UTC form. */
    INSTANT,
    /** {@code UUID}, stored as S. */
    UUID,
    /** {@code char} or {@code Character}, stored as S. */
    CHAR,
    /** {@code LocalDate}, stored as S in fixed-width ISO-8601 form. */
    LOCAL_DATE,
    /** {@code LocalDateTime}, stored as S in fixed-width ISO-8601 form. */
    LOCAL_DATE_TIME,
    /** {@code LocalTime}, stored as S in fixed-width ISO-8601 form. */
    LOCAL_TIME,
    /** {@code OffsetDateTime}, stored as S: the instant in UTC, then the offset in brackets. */
    OFFSET_DATE_TIME,
    /** {@code ZonedDateTime}, stored as S: the instant in UTC, then the zone in brackets. */
    ZONED_DATE_TIME,
    /** {@code Duration}, stored as N: its seconds, with a fraction of nanoseconds. */
    DURATION,
    /** {@code Period}, stored as S in ISO-8601 form. */
    PERIOD,
    /** {@code Year}, stored as N. */
    YEAR,
    /** {@code YearMonth}, stored as S ({@code 2026-12}). */
    YEAR_MONTH,
    /** {@code URI}, stored as S. */
    URI,
    /** {@code Currency}, stored as S by its ISO 4217 code. */
    CURRENCY,
    /** {@code Locale}, stored as S by its language tag. */
    LOCALE,
    /** The SDK's {@code SdkBytes}, stored as B. */
    SDK_BYTES,
    /** {@code ByteBuffer}, stored as B (its remaining bytes). */
    BYTE_BUFFER,
    /** An {@code Instant} marked {@code @TimeToLive}, stored as epoch seconds. */
    EPOCH_SECONDS;

    /**
     * A non-null value of this kind as DynamoDB stores it.
     *
     * @param value the value, of the Java type of this kind
     * @param name the attribute, for the message of a value DynamoDB cannot store
     * @return the stored value
     */
    public AttributeValue encode(Object value, String name) {
      switch (this) {
        case STRING:
          return AttributeValue.fromS((String) value);
        case INT:
        case LONG:
        case SHORT:
        case BYTE:
          return AttributeValue.fromN(String.valueOf(value));
        case DOUBLE:
          return AttributeCodecs.fromDouble((Double) value, name);
        case FLOAT:
          return AttributeCodecs.fromFloat((Float) value, name);
        case BIG_DECIMAL:
          return AttributeCodecs.fromBigDecimal((BigDecimal) value, name);
        case BIG_INTEGER:
          return AttributeCodecs.fromBigInteger((BigInteger) value, name);
        case BOOLEAN:
          return AttributeValue.fromBool((Boolean) value);
        case BYTES:
          return AttributeCodecs.fromBytes((byte[]) value);
        case ENUM:
          return AttributeValue.fromS(((Enum<?>) value).name());
        case INSTANT:
          return AttributeCodecs.fromInstant((Instant) value, name);
        case UUID:
          return AttributeValue.fromS(((UUID) value).toString());
        case URI:
          return AttributeValue.fromS(((URI) value).toString());
        case PERIOD:
          return AttributeValue.fromS(((Period) value).toString());
        case CHAR:
          return AttributeCodecs.fromChar((Character) value);
        case LOCAL_DATE:
          return AttributeCodecs.fromLocalDate((LocalDate) value, name);
        case LOCAL_DATE_TIME:
          return AttributeCodecs.fromLocalDateTime((LocalDateTime) value, name);
        case LOCAL_TIME:
          return AttributeCodecs.fromLocalTime((LocalTime) value);
        case OFFSET_DATE_TIME:
          return AttributeCodecs.fromOffsetDateTime((OffsetDateTime) value, name);
        case ZONED_DATE_TIME:
          return AttributeCodecs.fromZonedDateTime((ZonedDateTime) value, name);
        case DURATION:
          return AttributeCodecs.fromDuration((Duration) value);
        case YEAR:
          return AttributeCodecs.fromYear((Year) value);
        case YEAR_MONTH:
          return AttributeCodecs.fromYearMonth((YearMonth) value, name);
        case CURRENCY:
          return AttributeValue.fromS(((Currency) value).getCurrencyCode());
        case LOCALE:
          return AttributeCodecs.fromLocale((Locale) value);
        case SDK_BYTES:
          return AttributeValue.fromB((SdkBytes) value);
        case BYTE_BUFFER:
          return AttributeCodecs.fromByteBuffer((ByteBuffer) value);
        case EPOCH_SECONDS:
          return AttributeCodecs.fromEpochSeconds((Instant) value);
        default:
          throw new AssertionError(this);
      }
    }
  }

  /**
   * A string-stored attribute (S): comparisons, {@code beginsWith}, {@code contains}, size.
   *
   * @param path where the attribute is in the item
   * @param kind how its values are stored
   * @param name the attribute, for the message of a value DynamoDB cannot store
   * @param <T> the entity whose items hold it
   * @param <V> the Java type of its values
   * @return the attribute
   */
  public static <T, V> StringAttribute<T, V> string(AttributePath path, Kind kind, String name) {
    return new OfString<>(path, kind, name);
  }

  /**
   * A number-stored attribute (N): comparisons.
   *
   * @param path where the attribute is in the item
   * @param kind how its values are stored
   * @param name the attribute, for the message of a value DynamoDB cannot store
   * @param <T> the entity whose items hold it
   * @param <V> the Java type of its values
   * @return the attribute
   */
  public static <T, V> ComparableAttribute<T, V> number(AttributePath path, Kind kind, String name) {
    return new OfNumber<>(path, kind, name);
  }

  /**
   * A binary attribute (B): comparisons and size.
   *
   * @param path where the attribute is in the item
   * @param kind how its values are stored
   * @param name the attribute, for the message of a value DynamoDB cannot store
   * @param <T> the entity whose items hold it
   * @param <V> the Java type of its values
   * @return the attribute
   */
  public static <T, V> BinaryAttribute<T, V> binary(AttributePath path, Kind kind, String name) {
    return new OfBinary<>(path, kind, name);
  }

  /**
   * A set attribute (SS, NS or BS) of members of one scalar kind.
   *
   * @param path where the attribute is in the item
   * @param kind how its members are stored
   * @param name the attribute, for the message of a member DynamoDB cannot store
   * @param <T> the entity whose items hold it
   * @param <E> the Java type of its members
   * @return the attribute
   */
  public static <T, E> SetAttribute<T, E> set(AttributePath path, Kind kind, String name) {
    return new OfSet<>(path, kind, name);
  }

  /**
   * A list attribute of string-stored elements.
   *
   * @param path where the attribute is in the item
   * @param kind how its elements are stored
   * @param name the elements, for the message of one DynamoDB cannot store
   * @param <T> the entity whose items hold it
   * @param <E> the Java type of its elements
   * @return the attribute
   */
  public static <T, E> ListAttribute<T, E, StringAttribute<T, E>> stringList(
      AttributePath path, Kind kind, String name) {
    return new ListOfString<>(path, kind, name);
  }

  /**
   * A list attribute of number-stored elements.
   *
   * @param path where the attribute is in the item
   * @param kind how its elements are stored
   * @param name the elements, for the message of one DynamoDB cannot store
   * @param <T> the entity whose items hold it
   * @param <E> the Java type of its elements
   * @return the attribute
   */
  public static <T, E> ListAttribute<T, E, ComparableAttribute<T, E>> numberList(
      AttributePath path, Kind kind, String name) {
    return new ListOfNumber<>(path, kind, name);
  }

  /**
   * A list attribute of binary elements.
   *
   * @param path where the attribute is in the item
   * @param kind how its elements are stored
   * @param name the elements, for the message of one DynamoDB cannot store
   * @param <T> the entity whose items hold it
   * @param <E> the Java type of its elements
   * @return the attribute
   */
  public static <T, E> ListAttribute<T, E, BinaryAttribute<T, E>> binaryList(
      AttributePath path, Kind kind, String name) {
    return new ListOfBinary<>(path, kind, name);
  }

  /**
   * A list attribute of booleans.
   *
   * @param path where the attribute is in the item
   * @param <T> the entity whose items hold it
   * @return the attribute
   */
  public static <T> ListAttribute<T, Boolean, BooleanAttribute<T>> booleanList(AttributePath path) {
    return new ListOfBoolean<>(path);
  }

  private static final class OfString<T, V> extends StringAttribute<T, V> {
    private final Kind kind;
    private final String name;

    OfString(AttributePath path, Kind kind, String name) {
      super(path);
      this.kind = kind;
      this.name = name;
    }

    @Override
    protected AttributeValue encode(V value) {
      return kind.encode(value, name);
    }
  }

  private static final class OfNumber<T, V> extends ComparableAttribute<T, V> {
    private final Kind kind;
    private final String name;

    OfNumber(AttributePath path, Kind kind, String name) {
      super(path);
      this.kind = kind;
      this.name = name;
    }

    @Override
    protected AttributeValue encode(V value) {
      return kind.encode(value, name);
    }
  }

  private static final class OfBinary<T, V> extends BinaryAttribute<T, V> {
    private final Kind kind;
    private final String name;

    OfBinary(AttributePath path, Kind kind, String name) {
      super(path);
      this.kind = kind;
      this.name = name;
    }

    @Override
    protected AttributeValue encode(V value) {
      return kind.encode(value, name);
    }
  }

  private static final class OfSet<T, E> extends SetAttribute<T, E> {
    private final Kind kind;
    private final String name;

    OfSet(AttributePath path, Kind kind, String name) {
      super(path);
      this.kind = kind;
      this.name = name;
    }

    @Override
    protected AttributeValue encode(E member) {
      return kind.encode(member, name);
    }
  }

  private static final class ListOfString<T, E> extends ListAttribute<T, E, StringAttribute<T, E>> {
    private final Kind kind;
    private final String name;

    ListOfString(AttributePath path, Kind kind, String name) {
      super(path);
      this.kind = kind;
      this.name = name;
    }

    @Override
    protected AttributeValue encode(E element) {
      return kind.encode(element, name);
    }

    @Override
    protected StringAttribute<T, E> element(AttributePath path) {
      return new OfString<>(path, kind, name);
    }
  }

  private static final class ListOfNumber<T, E> extends ListAttribute<T, E, ComparableAttribute<T, E>> {
    private final Kind kind;
    private final String name;

    ListOfNumber(AttributePath path, Kind kind, String name) {
      super(path);
      this.kind = kind;
      this.name = name;
    }

    @Override
    protected AttributeValue encode(E element) {
      return kind.encode(element, name);
    }

    @Override
    protected ComparableAttribute<T, E> element(AttributePath path) {
      return new OfNumber<>(path, kind, name);
    }
  }

  private static final class ListOfBinary<T, E> extends ListAttribute<T, E, BinaryAttribute<T, E>> {
    private final Kind kind;
    private final String name;

    ListOfBinary(AttributePath path, Kind kind, String name) {
      super(path);
      this.kind = kind;
      this.name = name;
    }

    @Override
    protected AttributeValue encode(E element) {
      return kind.encode(element, name);
    }

    @Override
    protected BinaryAttribute<T, E> element(AttributePath path) {
      return new OfBinary<>(path, kind, name);
    }
  }

  private static final class ListOfBoolean<T> extends ListAttribute<T, Boolean, BooleanAttribute<T>> {
    ListOfBoolean(AttributePath path) {
      super(path);
    }

    @Override
    protected AttributeValue encode(Boolean element) {
      return AttributeValue.fromBool(element);
    }

    @Override
    protected BooleanAttribute<T> element(AttributePath path) {
      return new BooleanAttribute<>(path);
    }
  }
}
