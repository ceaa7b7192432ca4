package com.example.club;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyParts;
import io.dynamap.runtime.schema.IndexDefinition;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.KeyDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * How the members of {@link MemberItem} are stored: each by its own schema, chosen when reading by the item's {@code _type} attribute.
 *
 * <p>Use {@link #INSTANCE}; it is stateless and thread-safe.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class MemberItemSchema implements ItemSchema<MemberItem> {
    /**
     * The table name declared by {@code @SingleTable}.
     */
    public static final String TABLE_NAME = "Club";

    /**
     * The schema of {@link MemberItem}.
     */
    public static final MemberItemSchema INSTANCE = new MemberItemSchema();

    private static final String ENTITY_NAME = "MemberItem";

    private static final KeyDefinition KEY = KeyDefinition.of("pk", ScalarAttributeType.S, "sk", ScalarAttributeType.S);

    private static final List<IndexDefinition> INDEXES = List.<IndexDefinition>of(
            new IndexDefinition("gsi1", true, new KeyDefinition.KeyAttribute("gsi1pk", ScalarAttributeType.S), new KeyDefinition.KeyAttribute("gsi1sk", ScalarAttributeType.S), ProjectionType.ALL, List.<String>of()));

    private static final Set<String> TYPES = Set.<String>of(MemberSchema.TYPE, VisitSchema.TYPE);

    private MemberItemSchema() {
    }

    @Override
    public String entityName() {
        return ENTITY_NAME;
    }

    @Override
    public String tableName() {
        return TABLE_NAME;
    }

    @Override
    public KeyDefinition key() {
        return KEY;
    }

    @Override
    public List<IndexDefinition> indexes() {
        return INDEXES;
    }

    @Override
    public Optional<String> typeAttribute() {
        return Optional.of("_type");
    }

    @Override
    public Set<String> typeValues() {
        return TYPES;
    }

    @Override
    public Map<String, AttributeValue> toItem(MemberItem item) {
        if (item instanceof Member member) {
            return MemberSchema.INSTANCE.toItem(member);
        }
        if (item instanceof Visit member) {
            return VisitSchema.INSTANCE.toItem(member);
        }
        throw new ItemMappingException("a null item of " + ENTITY_NAME);
    }

    @Override
    public Map<String, AttributeValue> keyOf(MemberItem item) {
        if (item instanceof Member member) {
            return MemberSchema.INSTANCE.keyOf(member);
        }
        if (item instanceof Visit member) {
            return VisitSchema.INSTANCE.keyOf(member);
        }
        throw new ItemMappingException("a null item of " + ENTITY_NAME);
    }

    @Override
    public MemberItem fromItem(Map<String, AttributeValue> item) {
        AttributeValue type = item.get("_type");
        String name = type == null ? null : type.s();
        if (MemberSchema.TYPE.equals(name)) {
            return MemberSchema.INSTANCE.fromItem(item);
        }
        if (VisitSchema.TYPE.equals(name)) {
            return VisitSchema.INSTANCE.fromItem(item);
        }
        throw KeyParts.notInCollection(item, "_type", TYPES, ENTITY_NAME, KEY);
    }

    @Override
    public Optional<String> versionAttributeOf(MemberItem item) {
        if (item instanceof Visit) {
            return VisitSchema.INSTANCE.versionAttribute();
        }
        return Optional.empty();
    }

    @Override
    public long versionOf(MemberItem item) {
        if (item instanceof Visit member) {
            return VisitSchema.INSTANCE.versionOf(member);
        }
        throw new UnsupportedOperationException(ENTITY_NAME + ": no @Version on " + item);
    }

    @Override
    public MemberItem withVersion(MemberItem item, long version) {
        if (item instanceof Visit member) {
            return VisitSchema.INSTANCE.withVersion(member, version);
        }
        throw new UnsupportedOperationException(ENTITY_NAME + ": no @Version on " + item);
    }
}
