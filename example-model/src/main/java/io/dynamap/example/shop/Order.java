package io.dynamap.example.shop;

import io.dynamap.annotations.IndexKeys;
import io.dynamap.annotations.Item;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order, in its customer's partition sorted by time ({@code sk = ORDER#<placedAt>}), and in
 * {@code gsi1} by status and time.
 *
 * @param customerId who placed it
 * @param placedAt when
 * @param status where it is in its life
 * @param total the amount
 * @param itemCount how many items it holds
 */
@Item(table = ShopTable.class, type = "ORDER", partition = "CUSTOMER#{customerId}", sort = "ORDER#{placedAt}")
@IndexKeys(index = "gsi1", partition = "STATUS#{status}", sort = "ORDER#{placedAt}")
public record Order(
    String customerId, Instant placedAt, OrderStatus status, BigDecimal total, int itemCount)
    implements CustomerItem {}
