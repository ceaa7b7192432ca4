package com.example.board;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyCondition;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Key conditions for queries on {@link BoardItem}: {@link #partition} reads a whole item collection.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class BoardItemKeys {
    private BoardItemKeys() {
    }

    /**
     * Every item of the partition {@code BOARD#&#123;board&#125;} composed from these fields, of every member type, in sort key order.
     *
     * @param board a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(String board) {
        return new Partition(PostSchema.composePartitionKey(board));
    }

    /**
     * A whole partition: every member's items.
     */
    public static final class Partition extends KeyCondition<BoardItem> {
        private Partition(String key) {
            super(null, "pk", AttributeValue.fromS(key));
        }
    }
}
