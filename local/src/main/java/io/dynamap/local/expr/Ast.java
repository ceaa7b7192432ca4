package io.dynamap.local.expr;

import io.dynamap.local.value.Value;
import java.util.List;

/** The syntax trees of DynamoDB's expressions: operands, conditions and update actions. */
public final class Ast {
  private Ast() {}

  /** A value-producing term: a path, a value placeholder, a function call, an arithmetic sum. */
  public sealed interface Operand permits PathOperand, Literal, Call, Arithmetic {}

  /** The value at a document path of the item. */
  public record PathOperand(Path path) implements Operand {}

  /**
   * A value given in {@code ExpressionAttributeValues} (or a legacy parameter).
   *
   * @param value null only while parsing an expression that refers to an undefined placeholder
   */
  public record Literal(Value value) implements Operand {}

  /**
   * A function call: {@code size}, {@code if_not_exists}, {@code list_append}, or a condition
   * function.
   */
  public record Call(String name, List<Operand> arguments) implements Operand {
    public Call {
      arguments = List.copyOf(arguments);
    }
  }

  /** {@code left + right} or {@code left - right} in a {@code SET} action. */
  public record Arithmetic(boolean plus, Operand left, Operand right) implements Operand {}

  /** A boolean condition. */
  public sealed interface Cond permits Comparison, Between, In, And, Or, Not, FunctionCondition {}

  /** The comparators of conditions. */
  public enum Comparator {
    EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

    final String symbol;

    Comparator(String symbol) {
      this.symbol = symbol;
    }

    static Comparator of(String symbol) {
      for (Comparator comparator : values()) {
        if (comparator.symbol.equals(symbol)) {
          return comparator;
        }
      }
      return null;
    }

    /** The comparator with its operands swapped: {@code a < b} is {@code b > a}. */
    Comparator mirrored() {
      switch (this) {
        case LT:
          return GT;
        case LE:
          return GE;
        case GT:
          return LT;
        case GE:
          return LE;
        default:
          return this;
      }
    }
  }

  public record Comparison(Comparator comparator, Operand left, Operand right) implements Cond {}

  public record Between(Operand subject, Operand lower, Operand upper) implements Cond {}

  public record In(Operand subject, List<Operand> candidates) implements Cond {
    public In {
      candidates = List.copyOf(candidates);
    }
  }

  public record And(Cond left, Cond right) implements Cond {}

  public record Or(Cond left, Cond right) implements Cond {}

  public record Not(Cond operand) implements Cond {}

  /** A boolean function: {@code attribute_exists}, {@code begins_with}, {@code contains}, ... */
  public record FunctionCondition(Call call) implements Cond {}

  /** One action of an update. */
  public sealed interface Action permits SetAction, RemoveAction, AddAction, DeleteAction {
    Path path();
  }

  public record SetAction(Path path, Operand value) implements Action {}

  public record RemoveAction(Path path) implements Action {}

  public record AddAction(Path path, Value value) implements Action {}

  public record DeleteAction(Path path, Value value) implements Action {}
}
