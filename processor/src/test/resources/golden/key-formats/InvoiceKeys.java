package com.example.legacy;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.key.KeyParts;
import io.dynamap.runtime.key.TemplatePartition;
import io.dynamap.runtime.key.TemplateTextSortKeyCondition;
import io.dynamap.runtime.schema.SecondaryIndex;
import java.time.LocalDateTime;
import javax.annotation.processing.Generated;

/**
 * Typed key conditions for queries on {@link Invoice} in its single table: start with {@link #partition}, or with an index's method, then {@code all()} or a condition on the sort key's last field. Every condition on the table reads only {@code invoice} items. Other entity types may compose the same index keys (an overloaded index), so a query on an index also filters on {@code EntityType = "invoice"}: it returns only {@code invoice} items, and a page may hold fewer items than were read (its capacity counts them all).
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class InvoiceKeys {
    private static final String ENTITY_NAME = "Invoice";

    /**
     * The global index {@code GSI1}, to scan: {@code repository.scan(InvoiceKeys.GSI1)}.
     */
    public static final SecondaryIndex<Invoice> GSI1 = new SecondaryIndex<Invoice>("GSI1", true);

    private InvoiceKeys() {
    }

    /**
     * The {@code invoice} items in the partition composed from these fields; read them with {@link Partition#all()} or narrow by {@code invoiceId}.
     *
     * @param invoiceId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(String invoiceId) {
        return new Partition(InvoiceSchema.composePartitionKey(invoiceId), invoiceId);
    }

    /**
     * The {@code invoice} items in the partition of index {@code GSI1} composed from these fields; read them with {@link GSI1#all()} or narrow by {@code issuedAt}. The query also filters on {@code EntityType}, as other types may compose the same index keys.
     *
     * @param customerId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static GSI1 GSI1(String customerId) {
        return new GSI1(InvoiceSchema.composeGSI1PartitionKey(customerId));
    }

    /**
     * A partition seen from {@link Invoice}: {@link #all()} reads its {@code invoice} items.
     */
    public static final class Partition extends TemplatePartition<Invoice> {
        private final String invoiceId;

        private Partition(String key, String invoiceId) {
            super(null, "PK", key, "SK", "INVOICE#", false);
            this.invoiceId = invoiceId;
        }

        /**
         * The items whose sort key {@code INVOICE#&#123;invoiceId&#125;} is the one composed from this partition's {@code invoiceId}: the partition fixes the field, so it is not asked for again.
         *
         * @return a new key condition
         * @throws ItemMappingException if a field is null
         */
        public KeyCondition<Invoice> invoiceId() {
            return sortKeyEquals(KeyParts.compose("INVOICE#", KeyParts.require(invoiceId, ENTITY_NAME, "invoiceId")));
        }
    }

    /**
     * A partition of index {@code GSI1} seen from {@link Invoice}: {@link #all()} reads its {@code invoice} items (a filter on {@code EntityType} keeps them).
     */
    public static final class GSI1 extends TemplatePartition<Invoice> {
        private GSI1(String key) {
            super("GSI1", "GSI1PK", key, "GSI1SK", "INVOICE#", false, "EntityType", "invoice");
        }

        /**
         * Conditions on {@code issuedAt}, the last field of the sort key {@code INVOICE#&#123;issuedAt&#125;}: {@code eq, lt, le, gt, ge, between, beginsWith}.
         */
        public TemplateTextSortKeyCondition<Invoice, LocalDateTime> issuedAt() {
            return new GSI1IssuedAtCondition(this, "INVOICE#");
        }
    }

    private static final class GSI1IssuedAtCondition extends TemplateTextSortKeyCondition<Invoice, LocalDateTime> {
        GSI1IssuedAtCondition(TemplatePartition<Invoice> partition, String prefix) {
            super(partition, prefix, "issuedAt");
        }

        @Override
        protected String encode(LocalDateTime issuedAt) {
            return KeyParts.formatted(KeyParts.require(issuedAt, ENTITY_NAME, "issuedAt"), InvoiceSchema.ISSUED_AT_KEY_FORMAT, 19, ENTITY_NAME, "issuedAt");
        }

        @Override
        protected String encodeStart(String start) {
            return start;
        }
    }
}
