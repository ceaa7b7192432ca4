package com.example.club;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyCondition;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Key conditions for queries on {@link MemberItem}: {@link #partition} reads a whole item collection.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class MemberItemKeys {
    private MemberItemKeys() {
    }

    /**
     * Every item of the partition {@code MEMBER#&#123;memberId&#125;} composed from these fields, of every member type, in sort key order.
     *
     * @param memberId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(long memberId) {
        return new Partition(MemberSchema.composePartitionKey(memberId));
    }

    /**
     * A whole partition: every member's items.
     */
    public static final class Partition extends KeyCondition<MemberItem> {
        private Partition(String key) {
            super(null, "pk", AttributeValue.fromS(key));
        }
    }
}
