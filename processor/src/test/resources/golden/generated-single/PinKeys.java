package com.example.board;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyParts;
import io.dynamap.runtime.key.TemplatePartition;
import io.dynamap.runtime.key.TemplateTextSortKeyCondition;
import javax.annotation.processing.Generated;

/**
 * Typed key conditions for queries on {@link Pin} in its single table: start with {@link #partition}, then {@code all()} or a condition on the sort key's last field. Every condition on the table reads only {@code PIN} items.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class PinKeys {
    private static final String ENTITY_NAME = "Pin";

    private PinKeys() {
    }

    /**
     * The {@code PIN} items in the partition composed from these fields; read them with {@link Partition#all()} or narrow by {@code slug}.
     *
     * @param board a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(String board) {
        return new Partition(PinSchema.composePartitionKey(board));
    }

    /**
     * A partition seen from {@link Pin}: {@link #all()} reads its {@code PIN} items.
     */
    public static final class Partition extends TemplatePartition<Pin> {
        private Partition(String key) {
            super(null, "pk", key, "sk", "PIN#", false);
        }

        /**
         * Conditions on {@code slug}, the last field of the sort key {@code PIN#&#123;slug&#125;}: {@code eq, lt, le, gt, ge, between, beginsWith}.
         */
        public TemplateTextSortKeyCondition<Pin, String> slug() {
            return new SlugCondition(this, "PIN#");
        }
    }

    private static final class SlugCondition extends TemplateTextSortKeyCondition<Pin, String> {
        SlugCondition(TemplatePartition<Pin> partition, String prefix) {
            super(partition, prefix, "slug");
        }

        @Override
        protected String encode(String slug) {
            return KeyParts.text(KeyParts.require(slug, ENTITY_NAME, "slug"));
        }
    }
}
