package io.dynamap.example.onlineshop;

import io.dynamap.annotations.ItemCollection;

/**
 * Get all products ordered and invoices for a given customerId in a date range: one range over
 * {@code GSI2-SK} (the date both compose), filtered on {@code EntityType}, as the guide's revised
 * model does.
 */
// tag::index-collection-type-filter[]
@ItemCollection(value = OnlineShop.class, index = "GSI2", typeFilter = true)
public sealed interface CustomerActivity permits Invoice, OrderItem {}
// end::index-collection-type-filter[]
