package com.example.board;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyParts;
import io.dynamap.runtime.key.TemplatePartition;
import io.dynamap.runtime.key.TemplateTextSortKeyCondition;
import javax.annotation.processing.Generated;

/**
 * Typed key conditions for queries on {@link Post} in its single table: start with {@link #partition}, then {@code all()} or a condition on the sort key's last field. Every condition on the table reads only {@code POST} items.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class PostKeys {
    private static final String ENTITY_NAME = "Post";

    private PostKeys() {
    }

    /**
     * The {@code POST} items in the partition composed from these fields; read them with {@link Partition#all()} or narrow by {@code slug}.
     *
     * @param board a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(String board) {
        return new Partition(PostSchema.composePartitionKey(board));
    }

    /**
     * A partition seen from {@link Post}: {@link #all()} reads its {@code POST} items.
     */
    public static final class Partition extends TemplatePartition<Post> {
        private Partition(String key) {
            super(null, "pk", key, "sk", "POST#", false);
        }

        /**
         * Conditions on {@code slug}, the last field of the sort key {@code POST#&#123;slug&#125;}: {@code eq, lt, le, gt, ge, between, beginsWith}.
         */
        public TemplateTextSortKeyCondition<Post, String> slug() {
            return new SlugCondition(this, "POST#");
        }
    }

    private static final class SlugCondition extends TemplateTextSortKeyCondition<Post, String> {
        SlugCondition(TemplatePartition<Post> partition, String prefix) {
            super(partition, prefix, "slug");
        }

        @Override
        protected String encode(String slug) {
            return KeyParts.text(KeyParts.require(slug, ENTITY_NAME, "slug"));
        }
    }
}
