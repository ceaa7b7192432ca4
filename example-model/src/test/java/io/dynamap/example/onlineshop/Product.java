package io.dynamap.example.onlineshop;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.Item;

/** Get product for a given productId: {@code PK = SK = p#12345}. The price is text, as published. */
@Item(table = OnlineShop.class, type = "product", partition = "p#{productId}", sort = "p#{productId}",
    storeKeyFields = false)
public record Product(
    String productId,
    @Attribute(name = "Detail") ProductDetail detail,
    @Attribute(name = "Price") String price) {}
