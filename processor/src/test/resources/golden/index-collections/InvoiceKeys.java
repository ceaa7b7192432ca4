package com.example.shop;

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
     * The global index {@code GSI1}, to scan: {@code repository.scan(InvoiceKeys.BY_INVOICE)}.
     */
    public static final SecondaryIndex<Invoice> BY_INVOICE = new SecondaryIndex<Invoice>("GSI1", true);

    /**
     * The global index {@code GSI2}, to scan: {@code repository.scan(InvoiceKeys.BY_CUSTOMER)}.
     */
    public static final SecondaryIndex<Invoice> BY_CUSTOMER = new SecondaryIndex<Invoice>("GSI2", true);

    private InvoiceKeys() {
    }

    /**
     * The {@code invoice} items in the partition composed from these fields; read them with {@link Partition#all()} or narrow by {@code invoiceId}.
     *
     * @param orderId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(String orderId) {
        return new Partition(InvoiceSchema.composePartitionKey(orderId));
    }

    /**
     * The {@code invoice} items in the partition of index {@code GSI1} composed from these fields; read them with {@link ByInvoice#all()} or narrow by {@code invoiceId}. The query also filters on {@code EntityType}, as other types may compose the same index keys.
     *
     * @param invoiceId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static ByInvoice byInvoice(String invoiceId) {
        return new ByInvoice(InvoiceSchema.composeGSI1PartitionKey(invoiceId), invoiceId);
    }

    /**
     * The {@code invoice} items in the partition of index {@code GSI2} composed from these fields; read them with {@link ByCustomer#all()} or narrow by {@code date}. The query also filters on {@code EntityType}, as other types may compose the same index keys.
     *
     * @param customerId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static ByCustomer byCustomer(String customerId) {
        return new ByCustomer(InvoiceSchema.composeGSI2PartitionKey(customerId));
    }

    /**
     * A partition seen from {@link Invoice}: {@link #all()} reads its {@code invoice} items.
     */
    public static final class Partition extends TemplatePartition<Invoice> {
        private Partition(String key) {
            super(null, "PK", key, "SK", "i#", false);
        }

        /**
         * Conditions on {@code invoiceId}, the last field of the sort key {@code i#&#123;invoiceId&#125;}: {@code eq, lt, le, gt, ge, between, beginsWith}.
         */
        public TemplateTextSortKeyCondition<Invoice, String> invoiceId() {
            return new InvoiceIdCondition(this, "i#");
        }
    }

    private static final class InvoiceIdCondition extends TemplateTextSortKeyCondition<Invoice, String> {
        InvoiceIdCondition(TemplatePartition<Invoice> partition, String prefix) {
            super(partition, prefix, "invoiceId");
        }

        @Override
        protected String encode(String invoiceId) {
            return KeyParts.text(KeyParts.require(invoiceId, ENTITY_NAME, "invoiceId"));
        }
    }

    /**
     * A partition of index {@code GSI1} seen from {@link Invoice}: {@link #all()} reads its {@code invoice} items (a filter on {@code EntityType} keeps them).
     */
    public static final class ByInvoice extends TemplatePartition<Invoice> {
        private final String invoiceId;

        private ByInvoice(String key, String invoiceId) {
            super("GSI1", "GSI1-PK", key, "GSI1-SK", "i#", false, "EntityType", "invoice");
            this.invoiceId = invoiceId;
        }

        /**
         * The items whose sort key {@code i#&#123;invoiceId&#125;} is the one composed from this partition's {@code invoiceId}: the partition fixes the field, so it is not asked for again.
         *
         * @return a new key condition
         * @throws ItemMappingException if a field is null
         */
        public KeyCondition<Invoice> invoiceId() {
            return sortKeyEquals(KeyParts.compose("i#", KeyParts.text(KeyParts.require(invoiceId, ENTITY_NAME, "invoiceId"))));
        }
    }

    /**
     * A partition of index {@code GSI2} seen from {@link Invoice}: {@link #all()} reads its {@code invoice} items (a filter on {@code EntityType} keeps them).
     */
    public static final class ByCustomer extends TemplatePartition<Invoice> {
        private ByCustomer(String key) {
            super("GSI2", "GSI2-PK", key, "GSI2-SK", "", false, "EntityType", "invoice");
        }

        /**
         * Conditions on {@code date}, the last field of the sort key {@code &#123;date&#125;}: {@code eq, lt, le, gt, ge, between, beginsWith}.
         */
        public TemplateTextSortKeyCondition<Invoice, LocalDateTime> date() {
            return new ByCustomerDateCondition(this, "");
        }
    }

    private static final class ByCustomerDateCondition extends TemplateTextSortKeyCondition<Invoice, LocalDateTime> {
        ByCustomerDateCondition(TemplatePartition<Invoice> partition, String prefix) {
            super(partition, prefix, "date");
        }

        @Override
        protected String encode(LocalDateTime date) {
            return KeyParts.dateTime(KeyParts.require(date, ENTITY_NAME, "date"), "date");
        }
    }
}
