package io.dynamap.example.docs.single;

import io.dynamap.annotations.IndexKeys;
import io.dynamap.annotations.Item;
import io.dynamap.annotations.ItemCollection;
import io.dynamap.annotations.SingleTable;
import io.dynamap.example.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;

// The single-table model of docs/single-table.md, in one file so that it reads as one block.
// tag::shop-model[]
@SingleTable(name = "Shop", indexes = @SingleTable.GlobalIndex(name = "gsi1"))  // pk, sk, gsi1pk, gsi1sk, _type
interface ShopTable {}

@Item(table = ShopTable.class, type = "CUSTOMER", partition = "CUSTOMER#{customerId}", sort = "PROFILE")
@IndexKeys(index = "gsi1", partition = "EMAIL#{email}", sort = "CUSTOMER")
record Customer(String customerId, String name, String email, Instant since) implements CustomerItem {}

@Item(table = ShopTable.class, type = "ORDER", partition = "CUSTOMER#{customerId}", sort = "ORDER#{placedAt}")
@IndexKeys(index = "gsi1", partition = "STATUS#{status}", sort = "ORDER#{placedAt}")
record Order(String customerId, Instant placedAt, OrderStatus status, BigDecimal total, int itemCount)
    implements CustomerItem {}

@Item(table = ShopTable.class, type = "ADDRESS", partition = "CUSTOMER#{customerId}", sort = "ADDRESS#{label}")
record Address(String customerId, String label, String street, String city) implements CustomerItem {}

@ItemCollection(ShopTable.class)
sealed interface CustomerItem permits Customer, Order, Address {}
// end::shop-model[]
