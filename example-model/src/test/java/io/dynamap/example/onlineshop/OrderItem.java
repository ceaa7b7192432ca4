package io.dynamap.example.onlineshop;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.IndexKeys;
import io.dynamap.annotations.Item;
import io.dynamap.annotations.KeyFormat;
import java.time.LocalDateTime;

/**
 * A product of an order: in the order's partition ({@code SK = p#…}); a product's orders by date
 * ({@code GSI1}); a customer's ordered products by date ({@code GSI2}, the format invoices share).
 */
// tag::adopted-order-item[]
@Item(table = OnlineShop.class, type = "orderItem", partition = "o#{orderId}", sort = "p#{productId}",
    storeKeyFields = false)
@IndexKeys(index = "GSI1", name = "byProduct", partition = "p#{productId}", sort = "{date}")
@IndexKeys(index = "GSI2", name = "byCustomer", partition = "c#{customerId}", sort = "{date}")
public record OrderItem(
    String orderId,
    String productId,
    String customerId,
    @KeyFormat(pattern = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime date,
    @Attribute(name = "Quantity") String quantity,
    @Attribute(name = "Price") String price)
    implements OrderDetails, CustomerActivity {}
// end::adopted-order-item[]
