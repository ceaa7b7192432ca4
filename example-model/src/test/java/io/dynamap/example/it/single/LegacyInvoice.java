package io.dynamap.example.it.single;

import io.dynamap.annotations.IndexKeys;
import io.dynamap.annotations.Item;
import io.dynamap.annotations.KeyFormat;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * An invoice as other code writes it: its id, customer and date only in the keys (no attributes
 * of their own), the date to the second.
 */
// tag::legacy-invoice[]
@Item(table = AdoptedTable.class, type = "invoice", partition = "INVOICE#{invoiceId}",
    sort = "INVOICE#{invoiceId}", storeKeyFields = false)
@IndexKeys(index = "GSI1", partition = "CUSTOMER#{customerId}", sort = "INVOICE#{issuedAt}")
record LegacyInvoice(
    String invoiceId,
    String customerId,
    @KeyFormat(pattern = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime issuedAt, // 2020-06-21T19:18:00
    BigDecimal amount) {}
// end::legacy-invoice[]
