package com.example.board;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.key.KeyParts;
import io.dynamap.runtime.schema.GeneratedValue;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.KeyDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * How the members of {@link BoardItem} are stored: each by its own schema, chosen when reading by the item's {@code _type} attribute.
 *
 * <p>Use {@link #INSTANCE}; it is stateless and thread-safe.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class BoardItemSchema implements ItemSchema<BoardItem> {
    /**
     * The table name declared by {@code @SingleTable}.
     */
    public static final String TABLE_NAME = "Board";

    /**
     * The schema of {@link BoardItem}.
     */
    public static final BoardItemSchema INSTANCE = new BoardItemSchema();

    private static final String ENTITY_NAME = "BoardItem";

    private static final KeyDefinition KEY = KeyDefinition.of("pk", ScalarAttributeType.S, "sk", ScalarAttributeType.S);

    private static final Set<String> TYPES = Set.<String>of(PostSchema.TYPE, PinSchema.TYPE);

    private BoardItemSchema() {
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
    public Optional<String> typeAttribute() {
        return Optional.of("_type");
    }

    @Override
    public Set<String> typeValues() {
        return TYPES;
    }

    @Override
    public Map<String, AttributeValue> toItem(BoardItem item) {
        if (item instanceof Post member) {
            return PostSchema.INSTANCE.toItem(member);
        }
        if (item instanceof Pin member) {
            return PinSchema.INSTANCE.toItem(member);
        }
        throw new ItemMappingException("a null item of " + ENTITY_NAME);
    }

    @Override
    public Map<String, AttributeValue> keyOf(BoardItem item) {
        if (item instanceof Post member) {
            return PostSchema.INSTANCE.keyOf(member);
        }
        if (item instanceof Pin member) {
            return PinSchema.INSTANCE.keyOf(member);
        }
        throw new ItemMappingException("a null item of " + ENTITY_NAME);
    }

    @Override
    public BoardItem fromItem(Map<String, AttributeValue> item) {
        AttributeValue type = item.get("_type");
        String name = type == null ? null : type.s();
        if (PostSchema.TYPE.equals(name)) {
            return PostSchema.INSTANCE.fromItem(item);
        }
        if (PinSchema.TYPE.equals(name)) {
            return PinSchema.INSTANCE.fromItem(item);
        }
        throw KeyParts.notInCollection(item, "_type", TYPES, ENTITY_NAME, KEY);
    }

    @Override
    public List<GeneratedValue> generatedValuesOf(BoardItem item) {
        if (item instanceof Post) {
            return PostSchema.INSTANCE.generatedValues();
        }
        return List.of();
    }
}
