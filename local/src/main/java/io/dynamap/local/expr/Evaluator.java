package io.dynamap.local.expr;

import io.dynamap.local.value.Value;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Evaluates condition trees on items with DynamoDB's semantics: a missing attribute makes
 * comparisons false (but {@code <>} true), values of different types are never equal nor ordered,
 * {@code size} of a type without a size is no value.
 */
final class Evaluator {
  private Evaluator() {}

  static boolean test(Ast.Cond condition, Map<String, Value> item) {
    if (condition instanceof Ast.And and) {
      return test(and.left(), item) && test(and.right(), item);
    }
    if (condition instanceof Ast.Or or) {
      return test(or.left(), item) || test(or.right(), item);
    }
    if (condition instanceof Ast.Not not) {
      return !test(not.operand(), item);
    }
    if (condition instanceof Ast.Comparison comparison) {
      return compare(comparison.comparator(), value(comparison.left(), item),
          value(comparison.right(), item));
    }
    if (condition instanceof Ast.Between between) {
      Value subject = value(between.subject(), item);
      Integer fromLower = Values.compare(subject, value(between.lower(), item));
      Integer toUpper = Values.compare(subject, value(between.upper(), item));
      return fromLower != null && toUpper != null && fromLower >= 0 && toUpper <= 0;
    }
    if (condition instanceof Ast.In in) {
      Value subject = value(in.subject(), item);
      if (subject == null) {
        return false;
      }
      for (Ast.Operand candidate : in.candidates()) {
        if (subject.equals(value(candidate, item))) {
          return true;
        }
      }
      return false;
    }
    return function(((Ast.FunctionCondition) condition).call(), item);
  }

  static boolean compare(Ast.Comparator comparator, Value left, Value right) {
    switch (comparator) {
      // Two missing operands are equal, as in DynamoDB (and dynalite).
      case EQ:
        return java.util.Objects.equals(left, right);
      case NE:
        return !java.util.Objects.equals(left, right);
      default: {
        Integer order = Values.compare(left, right);
        if (order == null) {
          return false;
        }
        switch (comparator) {
          case LT:
            return order < 0;
          case LE:
            return order <= 0;
          case GT:
            return order > 0;
          default:
            return order >= 0;
        }
      }
    }
  }

  private static boolean function(Ast.Call call, Map<String, Value> item) {
    Value first = value(call.arguments().get(0), item);
    switch (call.name()) {
      case "attribute_exists":
        return first != null;
      case "attribute_not_exists":
        return first == null;
      case "attribute_type": {
        Value type = value(call.arguments().get(1), item);
        return first != null && type instanceof Value.S name
            && first.type().name().equals(name.value());
      }
      case "begins_with":
        return beginsWith(first, value(call.arguments().get(1), item));
      case "contains":
        return contains(first, value(call.arguments().get(1), item));
      default:
        return false;
    }
  }

  static boolean beginsWith(Value value, Value prefix) {
    if (value instanceof Value.S text && prefix instanceof Value.S start) {
      return text.value().startsWith(start.value());
    }
    if (value instanceof Value.B bytes && prefix instanceof Value.B start) {
      return bytes.value().startsWith(start.value());
    }
    return false;
  }

  /** Substring of a string or binary, member of a set (of the operand's type) or of a list. */
  static boolean contains(Value container, Value operand) {
    if (container == null || operand == null) {
      return false;
    }
    switch (container.type()) {
      case S:
        return operand instanceof Value.S part
            && ((Value.S) container).value().contains(part.value());
      case B:
        return operand instanceof Value.B part
            && ((Value.B) container).value().contains(part.value());
      case SS:
        return operand instanceof Value.S member
            && ((Value.SS) container).values().contains(member.value());
      case NS:
        return operand instanceof Value.N member
            && ((Value.NS) container).values().contains(member.value());
      case BS:
        return operand instanceof Value.B member
            && ((Value.BS) container).values().contains(member.value());
      case L:
        return ((Value.L) container).values().contains(operand);
      default:
        return false;
    }
  }

  /** An operand's value on an item, or null where it has none. */
  static Value value(Ast.Operand operand, Map<String, Value> item) {
    if (operand instanceof Ast.Literal literal) {
      return literal.value();
    }
    if (operand instanceof Ast.PathOperand path) {
      return path.path().resolve(item);
    }
    if (operand instanceof Ast.Call call && call.name().equals("size")) {
      return size(value(call.arguments().get(0), item));
    }
    return null;
  }

  static Value size(Value value) {
    if (value == null) {
      return null;
    }
    long size;
    switch (value.type()) {
      case S:
        size = Values.utf8Length(((Value.S) value).value());
        break;
      case B:
        size = ((Value.B) value).value().length();
        break;
      case SS:
        size = ((Value.SS) value).values().size();
        break;
      case NS:
        size = ((Value.NS) value).values().size();
        break;
      case BS:
        size = ((Value.BS) value).values().size();
        break;
      case L:
        size = ((Value.L) value).values().size();
        break;
      case M:
        size = ((Value.M) value).values().size();
        break;
      default:
        return null;
    }
    return new Value.N(BigDecimal.valueOf(size));
  }
}
