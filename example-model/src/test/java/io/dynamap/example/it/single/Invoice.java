package io.dynamap.example.it.single;

import io.dynamap.annotations.IndexKeys;
import io.dynamap.annotations.Item;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice, found in {@code gsi2} by customer and date, like an order item. */
@Item(table = BooksTable.class, type = "INVOICE", partition = "INVOICE#{invoiceId}", sort = "INVOICE")
@IndexKeys(index = "gsi2", partition = "CUSTOMER#{customerId}", sort = "{date}")
record Invoice(String invoiceId, String customerId, LocalDate date, BigDecimal amount) {}
