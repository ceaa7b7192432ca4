package io.dynamap.benchmarks;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapper;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapperTableModel;
import io.dynamap.benchmarks.model.BinaryImmutable;
import io.dynamap.benchmarks.model.BinaryItem;
import io.dynamap.benchmarks.model.BinaryItemSchema;
import io.dynamap.benchmarks.model.MixedImmutable;
import io.dynamap.benchmarks.model.MixedItem;
import io.dynamap.benchmarks.model.MixedItemSchema;
import io.dynamap.benchmarks.model.NestedImmutable;
import io.dynamap.benchmarks.model.NestedItem;
import io.dynamap.benchmarks.model.NestedItemSchema;
import io.dynamap.benchmarks.model.ShallowMapImmutable;
import io.dynamap.benchmarks.model.ShallowMapItem;
import io.dynamap.benchmarks.model.ShallowMapItemSchema;
import io.dynamap.benchmarks.model.SmallImmutable;
import io.dynamap.benchmarks.model.SmallItem;
import io.dynamap.benchmarks.model.SmallItemSchema;
import io.dynamap.benchmarks.model.TinyImmutable;
import io.dynamap.benchmarks.model.TinyItem;
import io.dynamap.benchmarks.model.TinyItemSchema;
import io.dynamap.runtime.schema.ItemSchema;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One shape mapped by one anchor: an entity to serialize and the anchor's own item of it to
 * deserialize (each anchor reads back what it writes).
 */
public abstract class MappingCase {
  /** Converts the entity into an item. */
  public abstract Object serialize();

  /** Converts the item into an entity. */
  public abstract Object deserialize();

  /** The item that {@link #deserialize} reads. */
  public abstract Object item();

  /** The case of a shape and an anchor. */
  public static MappingCase of(Shape shape, Anchor anchor) {
    if (!anchor.maps(shape)) {
      throw new IllegalArgumentException(anchor.description() + " cannot map the " + shape.label() + " shape");
    }
    return switch (anchor) {
      case DYNAMAP -> dynamap(shape);
      case HAND_WRITTEN -> handWritten(shape);
      case FROM_BEAN -> enhanced(beanSchema(shape), SampleData.bean(shape));
      case FROM_IMMUTABLE -> enhanced(immutableSchema(shape), SampleData.immutable(shape));
      case STATIC -> enhanced(staticSchema(shape), SampleData.bean(shape));
      case SDK_V1 -> sdkV1(shape);
    };
  }

  private static MappingCase dynamap(Shape shape) {
    ItemSchema<?> schema =
        switch (shape) {
          case TINY -> TinyItemSchema.INSTANCE;
          case SMALL -> SmallItemSchema.INSTANCE;
          case SHALLOW_MAP -> ShallowMapItemSchema.INSTANCE;
          case NESTED -> NestedItemSchema.INSTANCE;
          case MIXED -> MixedItemSchema.INSTANCE;
          case BINARY -> BinaryItemSchema.INSTANCE;
        };
    return dynamap(schema, SampleData.bean(shape));
  }

  @SuppressWarnings("unchecked")
  private static <T> MappingCase dynamap(ItemSchema<T> schema, Object entity) {
    return new Of<>((T) entity, schema::toItem, schema::fromItem);
  }

  private static MappingCase handWritten(Shape shape) {
    return switch (shape) {
      case TINY -> new Of<>(SampleData.tiny(), HandWritten::toItem, HandWritten::tinyFromItem);
      case SMALL -> new Of<>(SampleData.small(1), HandWritten::toItem, HandWritten::smallFromItem);
      case SHALLOW_MAP ->
          new Of<>(SampleData.shallowMap(), HandWritten::toItem, HandWritten::shallowMapFromItem);
      case NESTED -> new Of<>(SampleData.nested(), HandWritten::toItem, HandWritten::nestedFromItem);
      case MIXED -> new Of<>(SampleData.mixed(), HandWritten::toItem, HandWritten::mixedFromItem);
      case BINARY -> new Of<>(SampleData.binary(), HandWritten::toItem, HandWritten::binaryFromItem);
    };
  }

  /** {@code TableSchema.fromBean} of the shape's bean. */
  public static TableSchema<?> beanSchema(Shape shape) {
    return switch (shape) {
      case TINY -> TableSchema.fromBean(TinyItem.class);
      case SMALL -> TableSchema.fromBean(SmallItem.class);
      case SHALLOW_MAP -> TableSchema.fromBean(ShallowMapItem.class);
      case NESTED -> TableSchema.fromBean(NestedItem.class);
      case MIXED -> TableSchema.fromBean(MixedItem.class);
      case BINARY -> TableSchema.fromBean(BinaryItem.class);
    };
  }

  private static TableSchema<?> immutableSchema(Shape shape) {
    return switch (shape) {
      case TINY -> TableSchema.fromImmutableClass(TinyImmutable.class);
      case SMALL -> TableSchema.fromImmutableClass(SmallImmutable.class);
      case SHALLOW_MAP -> TableSchema.fromImmutableClass(ShallowMapImmutable.class);
      case NESTED -> TableSchema.fromImmutableClass(NestedImmutable.class);
      case MIXED -> TableSchema.fromImmutableClass(MixedImmutable.class);
      case BINARY -> TableSchema.fromImmutableClass(BinaryImmutable.class);
    };
  }

  private static TableSchema<?> staticSchema(Shape shape) {
    return switch (shape) {
      case TINY -> StaticSchemas.TINY;
      case SMALL -> StaticSchemas.SMALL;
      case SHALLOW_MAP -> StaticSchemas.SHALLOW_MAP;
      case NESTED -> StaticSchemas.NESTED;
      case MIXED -> StaticSchemas.MIXED;
      case BINARY -> StaticSchemas.BINARY;
    };
  }

  @SuppressWarnings("unchecked")
  private static <T> MappingCase enhanced(TableSchema<T> schema, Object entity) {
    // ignoreNulls = true: nulls left out, as every other anchor does.
    return new Of<T, Map<String, AttributeValue>>(
        (T) entity, e -> schema.itemToMap(e, true), schema::mapToItem);
  }

  private static MappingCase sdkV1(Shape shape) {
    Object bean = SampleData.bean(shape);
    return sdkV1(v1Mapper().getTableModel(bean.getClass()), bean);
  }

  @SuppressWarnings("unchecked")
  private static <T> MappingCase sdkV1(DynamoDBMapperTableModel<T> model, Object entity) {
    return new Of<T, Map<String, com.amazonaws.services.dynamodbv2.model.AttributeValue>>(
        (T) entity, model::convert, model::unconvert);
  }

  /** A v1 mapper on a client that is never called: the mapping benchmarks make no requests. */
  static DynamoDBMapper v1Mapper() {
    AmazonDynamoDB client =
        AmazonDynamoDBClientBuilder.standard()
            .withRegion("us-east-1")
            .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("dummy", "dummy")))
            .build();
    return new DynamoDBMapper(client);
  }

  private static final class Of<T, I> extends MappingCase {
    private final T entity;
    private final Function<T, I> toItem;
    private final Function<I, T> fromItem;
    private final I item;

    Of(T entity, Function<T, I> toItem, Function<I, T> fromItem) {
      this.entity = entity;
      this.toItem = toItem;
      this.fromItem = fromItem;
      this.item = toItem.apply(entity);
    }

    @Override
    public Object serialize() {
      return toItem.apply(entity);
    }

    @Override
    public Object deserialize() {
      return fromItem.apply(item);
    }

    @Override
    public Object item() {
      return item;
    }
  }
}
