package io.dynamap.example.it.single;

import io.dynamap.annotations.IndexKeys;
import io.dynamap.annotations.Item;
import java.time.LocalDate;

/** An item of an order, found in {@code gsi2} by customer and date, like an invoice. */
@Item(table = BooksTable.class, type = "ORDER_ITEM", partition = "ORDER#{orderId}", sort = "ITEM#{itemId}")
@IndexKeys(index = "gsi2", partition = "CUSTOMER#{customerId}", sort = "{date}")
record OrderItem(String orderId, String itemId, String customerId, LocalDate date, int quantity) {}
