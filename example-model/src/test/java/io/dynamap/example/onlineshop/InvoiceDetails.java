package io.dynamap.example.onlineshop;

import io.dynamap.annotations.ItemCollection;

/** An invoice ({@code GSI1-SK = i#…}) and all its payments ({@code pmn#…}) in one query on GSI1. */
@ItemCollection(value = OnlineShop.class, index = "GSI1")
public sealed interface InvoiceDetails permits Invoice, Payment {}
