package io.dynamap.example.it.types;

import io.dynamap.annotations.Convert;
import io.dynamap.annotations.Document;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Every type of the full type system, with documents in lists in documents three levels deep.
 * Records all the way down, so that {@code equals} compares the whole tree.
 */
@Table(name = "Trees")
public record Tree(
    @PartitionKey String id,
    Trunk trunk,
    Optional<Branch> spare,
    OptionalLong big,
    OptionalDouble ratio,
    List<List<Double>> matrix,
    LocalDate day,
    LocalDateTime local,
    LocalTime time,
    OffsetDateTime offset,
    ZonedDateTime zoned,
    Duration duration,
    Period period,
    Year year,
    YearMonth month,
    URI uri,
    Currency currency,
    Locale locale,
    Character initial,
    ByteBuffer buffer,
    Set<SdkBytes> blobs,
    Set<BigDecimal> amounts,
    Set<Long> counts,
    Set<Level> levels,
    Map<Level, String> labels,
    @Convert(MoneyConverter.class) Money price,
    Category category) {

  /** An enum used as map key and set member. */
  public enum Level {
    LOW,
    MID,
    HIGH
  }

  /** Level 1. */
  @Document
  public record Trunk(List<Branch> branches, Map<String, List<Branch>> byName, float girth) {}

  /** Level 2. */
  @Document
  public record Branch(String name, List<Leaf> leaves, Map<String, Leaf> byColor, Set<Integer> numbers) {}

  /** Level 3. */
  @Document
  public record Leaf(
      String label,
      int count,
      char shape,
      double weight,
      Set<String> tags,
      Map<String, Long> counters,
      SdkBytes blob,
      byte tiny,
      short small,
      Boolean fresh) {}

  /** Recursive. */
  @Document
  public record Category(String name, List<Category> children) {}
}
