package com.example.shop;

import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;

@Table(name = "Customers")
public record Customer(@PartitionKey String customerId, String name, String email) {}
