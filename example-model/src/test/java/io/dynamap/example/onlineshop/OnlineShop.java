package io.dynamap.example.onlineshop;

import io.dynamap.annotations.SingleTable;

/**
 * The published table: generic key names, two overloaded indexes, the type in {@code EntityType},
 * key text written as it is (the published code escapes nothing).
 */
// tag::online-shop-table[]
@SingleTable(
    name = "OnlineShop",
    partitionKey = "PK",
    sortKey = "SK",
    typeAttribute = "EntityType",
    escapeKeys = false,
    indexes = {
      @SingleTable.GlobalIndex(name = "GSI1", partitionKey = "GSI1-PK", sortKey = "GSI1-SK"),
      @SingleTable.GlobalIndex(name = "GSI2", partitionKey = "GSI2-PK", sortKey = "GSI2-SK")
    })
public interface OnlineShop {}
// end::online-shop-table[]
