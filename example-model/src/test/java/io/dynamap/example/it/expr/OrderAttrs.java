package io.dynamap.example.it.expr;

import io.dynamap.example.Order;
import io.dynamap.example.OrderLine;
import io.dynamap.example.OrderLineSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.runtime.AttributeCodecs;
import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.BooleanAttribute;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.ListAttribute;
import io.dynamap.runtime.expr.MapAttribute;
import io.dynamap.runtime.expr.SetAttribute;
import io.dynamap.runtime.expr.StringAttribute;
import java.math.BigDecimal;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A hand-written stand-in for the metamodel the processor will generate for {@link Order}: static
 * typed attributes as anonymous subclasses that encode values as {@code OrderSchema} stores them.
 */
final class OrderAttrs {
  private OrderAttrs() {}

  static final StringAttribute<Order, String> customerId =
      new StringAttribute<>("customerId") {
        @Override
        protected AttributeValue encode(String value) {
          return AttributeValue.fromS(value);
        }
      };

  static final StringAttribute<Order, Instant> placedAt =
      new StringAttribute<>("placedAt") {
        @Override
        protected AttributeValue encode(Instant value) {
          return AttributeCodecs.fromInstant(value, "placedAt");
        }
      };

  /** Stored as {@code status}, a DynamoDB reserved word. */
  static final StringAttribute<Order, OrderStatus> status =
      new StringAttribute<>("status") {
        @Override
        protected AttributeValue encode(OrderStatus value) {
          return AttributeValue.fromS(value.name());
        }
      };

  static final ComparableAttribute<Order, BigDecimal> total =
      new ComparableAttribute<>("total") {
        @Override
        protected AttributeValue encode(BigDecimal value) {
          return AttributeCodecs.fromBigDecimal(value, "total");
        }
      };

  static final ComparableAttribute<Order, Integer> itemCount =
      new ComparableAttribute<>("itemCount") {
        @Override
        protected AttributeValue encode(Integer value) {
          return AttributeValue.fromN(String.valueOf(value));
        }
      };

  static final BooleanAttribute<Order> giftWrapped = new BooleanAttribute<>("giftWrapped");

  static final StringAttribute<Order, String> note =
      new StringAttribute<>("note") {
        @Override
        protected AttributeValue encode(String value) {
          return AttributeValue.fromS(value);
        }
      };

  static final ListAttribute<Order, OrderLine, LineAttrs> lines =
      new ListAttribute<>("lines") {
        @Override
        protected AttributeValue encode(OrderLine element) {
          return AttributeValue.fromM(OrderLineSchema.INSTANCE.toMap(element));
        }

        @Override
        protected LineAttrs element(AttributePath path) {
          return new LineAttrs(path);
        }
      };

  /** An {@link OrderLine} document inside an order. */
  static final class LineAttrs extends MapAttribute<Order> {
    final StringAttribute<Order, String> sku;
    final ComparableAttribute<Order, Integer> quantity;
    final SetAttribute<Order, String> options;

    LineAttrs(AttributePath path) {
      super(path);
      sku =
          new StringAttribute<>(path.child("sku")) {
            @Override
            protected AttributeValue encode(String value) {
              return AttributeValue.fromS(value);
            }
          };
      quantity =
          new ComparableAttribute<>(path.child("quantity")) {
            @Override
            protected AttributeValue encode(Integer value) {
              return AttributeValue.fromN(String.valueOf(value));
            }
          };
      options =
          new SetAttribute<>(path.child("options")) {
            @Override
            protected AttributeValue encode(String member) {
              return AttributeValue.fromS(member);
            }
          };
    }
  }
}
