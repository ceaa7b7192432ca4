package io.dynamap.example.onlineshop;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.Convert;
import io.dynamap.annotations.Item;
import java.time.LocalDateTime;

/** An order, in its own partition {@code o#…} under its customer's id ({@code SK = c#…}). */
@Item(table = OnlineShop.class, type = "order", partition = "o#{orderId}", sort = "c#{customerId}",
    storeKeyFields = false)
public record Order(String orderId, String customerId, @Attribute(name = "Date") @Convert(PublishedDateTime.class) LocalDateTime date)
    implements OrderDetails {}
