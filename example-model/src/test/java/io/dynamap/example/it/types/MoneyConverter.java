package io.dynamap.example.it.types;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.schema.AttributeConverter;
import java.math.BigDecimal;
import java.util.Currency;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stores money as {@code "EUR 12.50"}: a string keeps the amount's scale, which a DynamoDB number
 * would normalise away ({@code 12.50} reads back as {@code 12.5}).
 */
public final class MoneyConverter implements AttributeConverter<Money> {
  @Override
  public AttributeValue toAttributeValue(Money money) {
    return AttributeValue.fromS(money.currency().getCurrencyCode() + " " + money.amount().toPlainString());
  }

  @Override
  public Money fromAttributeValue(AttributeValue value) {
    String s = value.s();
    int space = s == null ? -1 : s.indexOf(' ');
    if (space != 3) {
      throw new ItemMappingException("money must be stored as \"CUR amount\", found " + value);
    }
    return new Money(new BigDecimal(s.substring(4)), Currency.getInstance(s.substring(0, 3)));
  }
}
