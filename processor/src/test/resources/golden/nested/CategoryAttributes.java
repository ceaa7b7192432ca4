package com.example.shop;

import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ListAttribute;
import io.dynamap.runtime.expr.MapAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The attributes of the document {@link Category} at one place in an item of type {@code T}, for conditions and filters.
 *
 * @param <T> the entity whose items hold the document
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class CategoryAttributes<T> extends MapAttribute<T> {
    /**
     * The attribute {@code name}.
     */
    public final StringAttribute<T, String> name;

    /**
     * The attribute {@code children}.
     */
    public final ListAttribute<T, Category, CategoryAttributes<T>> children;

    /**
     * @param path where the document is in the item
     */
    public CategoryAttributes(AttributePath path) {
        super(path);
        this.name = ScalarAttributes.<T, String>string(path.child("name"), ScalarAttributes.Kind.STRING, "name");
        this.children = new ListAttribute<T, Category, CategoryAttributes<T>>(path.child("children")) {
            @Override
            protected AttributeValue encode(Category element) {
                return CategorySchema.INSTANCE.toAttributeValue(element, "children[]");
            }

            @Override
            protected CategoryAttributes<T> element(AttributePath path) {
                return new CategoryAttributes<T>(path);
            }
        };
    }
}
