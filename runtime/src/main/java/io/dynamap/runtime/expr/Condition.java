package io.dynamap.runtime.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A condition on items of type {@code T}: a write's {@code ConditionExpression} or a read's {@code
 * FilterExpression}. Conditions come from typed attributes ({@code OrderAttrs.total.gt(…)}) and
 * combine with {@link #and}, {@link #or} and {@link #not}; an attribute of another entity type does
 * not compile into it.
 *
 * <pre>{@code
 * Condition<Order> big = total.gt(new BigDecimal("100")).and(status.in(PAID, SHIPPED));
 * Expression e = big.toExpression();
 * // e.text():  #a0 > :a0 AND #a1 IN (:a1, :a2)
 * // e.names(): {#a0=total, #a1=status}
 * }</pre>
 *
 * <p>Conditions are immutable trees and thread-safe; {@link #toString()} shows them readably
 * ({@code total > 100 AND status IN ("PAID", "SHIPPED")}).
 *
 * @param <T> the entity type the condition applies to
 */
public abstract class Condition<T> {

  Condition() {}

  /**
   * Both this condition and {@code other}.
   *
   * @param other the other condition, on the same entity type; not null
   * @return a new condition; neither operand is changed
   */
  public final Condition<T> and(Condition<T> other) {
    return Junction.of(true, this, Objects.requireNonNull(other, "other"));
  }

  /**
   * This condition, {@code other}, or both.
   *
   * @param other the other condition, on the same entity type; not null
   * @return a new condition; neither operand is changed
   */
  public final Condition<T> or(Condition<T> other) {
    return Junction.of(false, this, Objects.requireNonNull(other, "other"));
  }

  /**
   * The opposite of this condition: {@code NOT (…)}. Negating twice gives back the original.
   *
   * @return the negated condition; this one is unchanged
   */
  public Condition<T> not() {
    return new Not<>(this);
  }

  /**
   * Writes the condition into an expression, allocating its placeholders from {@code context}
   * (for building a request that holds several expressions).
   *
   * @param context the context of the expression being built, which holds the placeholders
   *     afterwards; not null
   * @return the expression's text
   */
  public final String render(ExpressionContext context) {
    StringBuilder s = new StringBuilder();
    render(s, Objects.requireNonNull(context, "context"));
    return s.toString();
  }

  /**
   * The condition as an expression with its own placeholders {@code #a0…} and {@code :a0…}.
   *
   * @return a new expression holding the text and the placeholders
   */
  public final Expression toExpression() {
    ExpressionContext context = new ExpressionContext();
    String text = render(context);
    return new Expression(text, context.names(), context.values());
  }

  /** The readable condition: {@code lines[0].sku = "A-1" AND NOT (attribute_exists(note))}. */
  @Override
  public final String toString() {
    return render(ExpressionContext.describing());
  }

  abstract void render(StringBuilder s, ExpressionContext context);

  /** Whether this is an AND (true) or OR (false) junction, else null. */
  Boolean junction() {
    return null;
  }

  /** The path, or {@code size(path)}, that a comparison compares. */
  static final class Operand {
    private final AttributePath path;
    private final boolean size;

    Operand(AttributePath path, boolean size) {
      this.path = path;
      this.size = size;
    }

    String render(ExpressionContext context) {
      String p = path.render(context);
      return size ? "size(" + p + ")" : p;
    }

    @Override
    public String toString() {
      return size ? "size(" + path + ")" : path.toString();
    }
  }

  /** {@code a = :v}, {@code a <> :v}, {@code a < :v}, … */
  static final class Comparison<T> extends Condition<T> {
    private final Operand operand;
    private final String operator;
    private final AttributeValue value;

    Comparison(Operand operand, String operator, AttributeValue value) {
      this.operand = operand;
      this.operator = operator;
      this.value = value;
    }

    @Override
    void render(StringBuilder s, ExpressionContext context) {
      s.append(operand.render(context)).append(' ').append(operator).append(' ');
      s.append(context.value(value));
    }
  }

  /** {@code a BETWEEN :lo AND :hi}. */
  static final class Between<T> extends Condition<T> {
    private final Operand operand;
    private final AttributeValue low;
    private final AttributeValue high;

    Between(Operand operand, AttributeValue low, AttributeValue high) {
      this.operand = operand;
      this.low = low;
      this.high = high;
    }

    @Override
    void render(StringBuilder s, ExpressionContext context) {
      s.append(operand.render(context)).append(" BETWEEN ").append(context.value(low));
      s.append(" AND ").append(context.value(high));
    }
  }

  /** {@code a IN (:v0, :v1, …)}. */
  static final class In<T> extends Condition<T> {
    private final Operand operand;
    private final List<AttributeValue> values;

    In(Operand operand, List<AttributeValue> values) {
      this.operand = operand;
      this.values = List.copyOf(values);
    }

    @Override
    void render(StringBuilder s, ExpressionContext context) {
      s.append(operand.render(context)).append(" IN (");
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          s.append(", ");
        }
        s.append(context.value(values.get(i)));
      }
      s.append(')');
    }
  }

  /** {@code attribute_exists(a)}, {@code begins_with(a, :v)}, {@code contains(a, :v)}, … */
  static final class Function<T> extends Condition<T> {
    private final String function;
    private final AttributePath path;
    private final AttributeValue argument; // null for one-argument functions

    Function(String function, AttributePath path, AttributeValue argument) {
      this.function = function;
      this.path = path;
      this.argument = argument;
    }

    @Override
    void render(StringBuilder s, ExpressionContext context) {
      s.append(function).append('(').append(path.render(context));
      if (argument != null) {
        s.append(", ").append(context.value(argument));
      }
      s.append(')');
    }
  }

  /** {@code NOT (c)}. */
  static final class Not<T> extends Condition<T> {
    private final Condition<T> operand;

    Not(Condition<T> operand) {
      this.operand = operand;
    }

    @Override
    public Condition<T> not() {
      return operand;
    }

    @Override
    void render(StringBuilder s, ExpressionContext context) {
      s.append("NOT (");
      operand.render(s, context);
      s.append(')');
    }
  }

  /**
   * {@code c1 AND c2 AND …} or {@code c1 OR c2 OR …}. Nested junctions of the same kind are
   * flattened; a junction inside one of the other kind is parenthesised.
   */
  static final class Junction<T> extends Condition<T> {
    private final boolean and;
    private final List<Condition<T>> operands;

    private Junction(boolean and, List<Condition<T>> operands) {
      this.and = and;
      this.operands = List.copyOf(operands);
    }

    static <T> Condition<T> of(boolean and, Condition<T> left, Condition<T> right) {
      List<Condition<T>> operands = new ArrayList<>();
      add(operands, and, left);
      add(operands, and, right);
      return new Junction<>(and, operands);
    }

    private static <T> void add(List<Condition<T>> operands, boolean and, Condition<T> c) {
      if (c instanceof Junction<T> j && j.and == and) {
        operands.addAll(j.operands);
      } else {
        operands.add(c);
      }
    }

    @Override
    Boolean junction() {
      return and;
    }

    @Override
    void render(StringBuilder s, ExpressionContext context) {
      for (int i = 0; i < operands.size(); i++) {
        if (i > 0) {
          s.append(and ? " AND " : " OR ");
        }
        Condition<T> operand = operands.get(i);
        boolean parenthesise = operand.junction() != null;
        if (parenthesise) {
          s.append('(');
        }
        operand.render(s, context);
        if (parenthesise) {
          s.append(')');
        }
      }
    }
  }
}
