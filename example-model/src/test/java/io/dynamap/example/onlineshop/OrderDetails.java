package io.dynamap.example.onlineshop;

import io.dynamap.annotations.ItemCollection;

/** Get all order details for a given orderId: one query on the table's {@code o#…} partition. */
@ItemCollection(OnlineShop.class)
public sealed interface OrderDetails permits Order, OrderItem, Invoice, Payment, Shipment, ShipmentItem {}
