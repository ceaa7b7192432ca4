package io.dynamap.example.onlineshop;

import io.dynamap.runtime.schema.AttributeConverter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The published {@code Date} attributes, {@code 2020-06-21T19:18:00}: to the second, no fraction
 * (Dynamap's own {@code LocalDateTime} attributes carry nine fraction digits). A time with a
 * fraction of a second is refused rather than silently truncated.
 */
// tag::published-date-time[]
public final class PublishedDateTime implements AttributeConverter<LocalDateTime> {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  @Override
  public AttributeValue toAttributeValue(LocalDateTime value) {
    if (value.getNano() != 0) {
      throw new IllegalArgumentException("a Date is written to the second: " + value);
    }
    return AttributeValue.fromS(FORMAT.format(value));
  }

  @Override
  public LocalDateTime fromAttributeValue(AttributeValue value) {
    return LocalDateTime.parse(value.s(), FORMAT);
  }
}
// end::published-date-time[]
