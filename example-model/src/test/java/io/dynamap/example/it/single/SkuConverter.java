package io.dynamap.example.it.single;

import io.dynamap.runtime.schema.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Writes a {@link Sku} as {@code code/size}, as the table's other code does. */
public final class SkuConverter implements AttributeConverter<Sku> {
  @Override
  public AttributeValue toAttributeValue(Sku sku) {
    return AttributeValue.fromS(sku.code() + "/" + sku.size());
  }

  @Override
  public Sku fromAttributeValue(AttributeValue value) {
    String text = value.s();
    int slash = text.lastIndexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("not code/size: " + text);
    }
    return new Sku(text.substring(0, slash), Integer.parseInt(text.substring(slash + 1)));
  }
}
