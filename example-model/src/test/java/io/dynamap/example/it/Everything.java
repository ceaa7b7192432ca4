package io.dynamap.example.it;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.Ignore;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.SortKey;
import io.dynamap.annotations.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;

/** One attribute of every type the first slice supports; reserved words as names. */
@Table(name = "Everything")
public record Everything(
    @PartitionKey UUID id,
    @SortKey long version,
    String name,
    @Attribute(name = "status") Level level,
    @Attribute(name = "year") int yearValue,
    @Attribute(name = "date") Instant date,
    long longValue,
    short shortValue,
    byte byteValue,
    double doubleValue,
    float floatValue,
    boolean flag,
    Integer boxedInt,
    Long boxedLong,
    Short boxedShort,
    Byte boxedByte,
    Double boxedDouble,
    Float boxedFloat,
    Boolean boxedFlag,
    BigDecimal amount,
    BigInteger big,
    byte[] payload,
    @Ignore String scratch) {

  /** An enum stored by name. */
  public enum Level {
    LOW,
    HIGH
  }
}
