package io.dynamap.example;

import io.dynamap.runtime.schema.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stores a {@link PhoneNumber} as {@code "+33 612345678"}, readable by any client. */
public final class PhoneNumberConverter implements AttributeConverter<PhoneNumber> {
  @Override
  public AttributeValue toAttributeValue(PhoneNumber phone) {
    return AttributeValue.fromS(phone.toString());
  }

  @Override
  public PhoneNumber fromAttributeValue(AttributeValue value) {
    String s = value.s();
    int space = s == null ? -1 : s.indexOf(' ');
    if (space < 2 || s.charAt(0) != '+') {
      throw new IllegalArgumentException("expected \"+<code> <number>\", found " + value);
    }
    return new PhoneNumber(Integer.parseInt(s.substring(1, space)), s.substring(space + 1));
  }
}
