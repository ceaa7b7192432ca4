package io.dynamap.example;

import io.dynamap.annotations.Document;
import java.math.BigDecimal;
import java.util.Set;

/**
 * One line of an order, stored as a map in the order's {@code lines} list.
 *
 * @param sku the product's stock-keeping unit
 * @param quantity how many
 * @param unitPrice the price of one, exact
 * @param options chosen options (gift note, colour…), a string set
 */
@Document
public record OrderLine(String sku, int quantity, BigDecimal unitPrice, Set<String> options) {

  /** The line's amount: quantity times unit price. */
  public BigDecimal amount() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }
}
