package com.example.club;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.TemplatePartition;
import io.dynamap.runtime.schema.SecondaryIndex;
import javax.annotation.processing.Generated;

/**
 * Typed key conditions for queries on {@link Member} in its single table: start with {@link #partition}, or with an index's method, then {@code all()} or a condition on the sort key's last field. Every condition on the table reads only {@code MEMBER} items. Other entity types may compose the same index keys (an overloaded index), so a query on an index also filters on {@code _type = "MEMBER"}: it returns only {@code MEMBER} items, and a page may hold fewer items than were read (its capacity counts them all).
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class MemberKeys {
    private static final String ENTITY_NAME = "Member";

    /**
     * The global index {@code gsi1}, to scan: {@code repository.scan(MemberKeys.GSI1)}.
     */
    public static final SecondaryIndex<Member> GSI1 = new SecondaryIndex<Member>("gsi1", true);

    private MemberKeys() {
    }

    /**
     * The {@code MEMBER} items in the partition composed from these fields; read them with {@link Partition#all()}.
     *
     * @param memberId a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Partition partition(long memberId) {
        return new Partition(MemberSchema.composePartitionKey(memberId));
    }

    /**
     * The {@code MEMBER} items in the partition of index {@code gsi1} composed from these fields; read them with {@link Gsi1#all()}. The query also filters on {@code _type}, as other types may compose the same index keys.
     *
     * @param email a field of the partition key
     * @throws ItemMappingException if a field is null
     */
    public static Gsi1 gsi1(String email) {
        return new Gsi1(MemberSchema.composeGsi1PartitionKey(email));
    }

    /**
     * A partition seen from {@link Member}: {@link #all()} reads its {@code MEMBER} items.
     */
    public static final class Partition extends TemplatePartition<Member> {
        private Partition(String key) {
            super(null, "pk", key, "sk", "PROFILE", true);
        }
    }

    /**
     * A partition of index {@code gsi1} seen from {@link Member}: {@link #all()} reads its {@code MEMBER} items (a filter on {@code _type} keeps them).
     */
    public static final class Gsi1 extends TemplatePartition<Member> {
        private Gsi1(String key) {
            super("gsi1", "gsi1pk", key, "gsi1sk", "MEMBER", true, "_type", "MEMBER");
        }
    }
}
