package io.dynamap.example.onlineshop;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.Item;

/** Get customer for a given customerId: {@code PK = SK = c#12345}. */
@Item(table = OnlineShop.class, type = "customer", partition = "c#{customerId}", sort = "c#{customerId}",
    storeKeyFields = false)
public record Customer(
    String customerId, @Attribute(name = "Email") String email, @Attribute(name = "Name") String name) {}
