package io.dynamap.local.expr;

import io.dynamap.local.api.DynamoException;
import io.dynamap.local.value.Bytes;
import io.dynamap.local.value.Numbers;
import io.dynamap.local.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An update: its actions applied with DynamoDB's semantics. Every {@code SET} value is computed
 * from the item as it was before the update; list elements removed by index are removed by their
 * original positions, later elements shifting down.
 */
final class ParsedUpdate implements Update {
  private static final String INCORRECT_TYPE =
      "An operand in the update expression has an incorrect data type";
  private static final String INVALID_PATH =
      "The document path provided in the update expression is invalid for update";
  private static final String MISSING_ATTRIBUTE =
      "The provided expression refers to an attribute that does not exist in the item";

  private final List<Ast.Action> actions;
  private final Set<String> topLevelAttributes;
  private final Set<String> nestedAttributes;
  private final Map<String, Value.Type> topLevelTypes;

  ParsedUpdate(List<Ast.Action> actions) {
    this.actions = List.copyOf(actions);
    Set<String> heads = new LinkedHashSet<>();
    Set<String> nested = new LinkedHashSet<>();
    Map<String, Value.Type> types = new LinkedHashMap<>();
    for (Ast.Action action : actions) {
      Path path = action.path();
      heads.add(path.head());
      if (!path.isTopLevel()) {
        nested.add(path.head());
        continue;
      }
      Value.Type type = null;
      if (action instanceof Ast.SetAction set) {
        type = staticType(set.value());
      } else if (action instanceof Ast.AddAction add) {
        type = add.value() == null ? null : add.value().type();
      } else if (action instanceof Ast.DeleteAction delete) {
        type = delete.value() == null ? null : delete.value().type();
      }
      if (type != null) {
        types.put(path.head(), type);
      }
    }
    this.topLevelAttributes = java.util.Collections.unmodifiableSet(heads);
    this.nestedAttributes = java.util.Collections.unmodifiableSet(nested);
    this.topLevelTypes = java.util.Collections.unmodifiableMap(types);
  }

  /** The type a SET value has whatever the item, or null where it depends on the item. */
  private static Value.Type staticType(Ast.Operand operand) {
    if (operand instanceof Ast.Literal literal) {
      return literal.value() == null ? null : literal.value().type();
    }
    if (operand instanceof Ast.Arithmetic) {
      return Value.Type.N;
    }
    if (operand instanceof Ast.Call call) {
      if (call.name().equals("list_append")) {
        return Value.Type.L;
      }
      if (call.name().equals("if_not_exists") && call.arguments().size() == 2) {
        return staticType(call.arguments().get(1));
      }
    }
    return null;
  }

  @Override
  public Set<String> nestedAttributes() {
    return nestedAttributes;
  }

  @Override
  public Map<String, Value.Type> topLevelTypes() {
    return topLevelTypes;
  }

  /** The actions, in the order written. */
  List<Ast.Action> actions() {
    return actions;
  }

  @Override
  public List<Path> paths() {
    List<Path> paths = new ArrayList<>();
    for (Ast.Action action : actions) {
      paths.add(action.path());
    }
    return paths;
  }

  @Override
  public Set<String> topLevelAttributes() {
    return topLevelAttributes;
  }

  @Override
  public Map<String, Value> apply(Map<String, Value> item) {
    return apply(item, null);
  }

  @Override
  public Map<String, Value> apply(Map<String, Value> item, SetCheck check) {
    Map<String, Value> original = item == null ? Map.of() : item;
    // SET values see the item as it was: compute them all before changing anything.
    Map<Ast.Action, Value> setValueByAction = new java.util.IdentityHashMap<>();
    for (Ast.Action action : actions) {
      if (action instanceof Ast.SetAction set) {
        setValueByAction.put(action, evaluate(set.value(), original));
      }
    }
    // Paths are disjoint, so order only matters where several actions append to one list past
    // its end: they append in index order, as DynamoDB does.
    List<Ast.Action> ordered = new ArrayList<>(actions);
    ordered.sort((a, b) -> comparePaths(a.path(), b.path()));
    try {
      return applyInPathOrder(original, ordered, setValueByAction, check);
    } catch (DynamoException e) {
      throw firstErrorInWrittenOrder(original, setValueByAction, check, e);
    }
  }

  /**
   * Of several actions that fail, DynamoDB reports the first one written: replays the actions in
   * the order written (a list element's removal is checked without being applied, so that it
   * shifts nothing) and returns the first error, or {@code fallback} if none fails that way.
   */
  private DynamoException firstErrorInWrittenOrder(Map<String, Value> original,
      Map<Ast.Action, Value> setValueByAction, SetCheck check, DynamoException fallback) {
    Value.M result = new Value.M(original);
    try {
      for (Ast.Action action : actions) {
        checkSet(action, setValueByAction, check);
        if (action instanceof Ast.RemoveAction && action.path().last() instanceof Path.Index) {
          change(result, action.path(), 0, existing -> null);
        } else {
          result = (Value.M) change(result, action.path(), 0,
              existing -> changed(action, existing, setValueByAction));
        }
      }
    } catch (DynamoException e) {
      return e;
    }
    return fallback;
  }

  /** The new value of one action's path, but for a list element's removal. */
  private static Value changed(Ast.Action action, Value existing,
      Map<Ast.Action, Value> setValueByAction) {
    if (action instanceof Ast.SetAction) {
      return setValueByAction.get(action);
    } else if (action instanceof Ast.RemoveAction) {
      return null;
    } else if (action instanceof Ast.AddAction add) {
      return add(existing, add.value());
    }
    return delete(existing, ((Ast.DeleteAction) action).value());
  }

  private static void checkSet(Ast.Action action, Map<Ast.Action, Value> setValueByAction,
      SetCheck check) {
    if (check != null && action instanceof Ast.SetAction && action.path().isTopLevel()) {
      check.check(action.path().head(), setValueByAction.get(action));
    }
  }

  private Map<String, Value> applyInPathOrder(Map<String, Value> original,
      List<Ast.Action> ordered, Map<Ast.Action, Value> setValueByAction, SetCheck check) {
    Value.M result = new Value.M(original);
    List<Ast.RemoveAction> listRemovals = new ArrayList<>();
    for (Ast.Action action : ordered) {
      checkSet(action, setValueByAction, check);
      if (action instanceof Ast.SetAction) {
        Value value = setValueByAction.get(action);
        result = (Value.M) change(result, action.path(), 0, existing -> value);
      } else if (action instanceof Ast.RemoveAction remove) {
        if (remove.path().last() instanceof Path.Index) {
          listRemovals.add(remove);
        } else {
          result = (Value.M) change(result, action.path(), 0, existing -> null);
        }
      } else if (action instanceof Ast.AddAction add) {
        result = (Value.M) change(result, action.path(), 0, existing -> add(existing, add.value()));
      } else {
        Ast.DeleteAction delete = (Ast.DeleteAction) action;
        result = (Value.M) change(result, action.path(), 0,
            existing -> delete(existing, delete.value()));
      }
    }
    // Last paths first, so that each removal still finds its element where it was: a removal
    // only shifts elements after it (and what they contain).
    listRemovals.sort((a, b) -> comparePaths(b.path(), a.path()));
    for (Ast.RemoveAction remove : listRemovals) {
      result = (Value.M) change(result, remove.path(), 0, existing -> null);
    }
    return new LinkedHashMap<>(result.values());
  }

  /** Orders paths element by element, list indexes numerically. */
  private static int comparePaths(Path a, Path b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      Path.Element x = a.get(i);
      Path.Element y = b.get(i);
      int order;
      if (x instanceof Path.Index first && y instanceof Path.Index second) {
        order = Integer.compare(first.index(), second.index());
      } else if (x instanceof Path.Name first && y instanceof Path.Name second) {
        order = first.name().compareTo(second.name());
      } else {
        order = x instanceof Path.Index ? -1 : 1;
      }
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** How an action changes the value at its path: null removes it. */
  private interface Change {
    Value apply(Value existing);
  }

  /**
   * Rebuilds {@code container} with the value at {@code path[depth..]} changed. The parent of
   * the path's last element must exist and be of the right kind (map for a name, list for an
   * index).
   */
  private static Value change(Value container, Path path, int depth, Change change) {
    Path.Element element = path.get(depth);
    if (element instanceof Path.Name name) {
      if (!(container instanceof Value.M map)) {
        throw DynamoException.validation(INVALID_PATH);
      }
      Value existing = map.values().get(name.name());
      Value replacement = replacement(existing, path, depth, change);
      LinkedHashMap<String, Value> entries = new LinkedHashMap<>(map.values());
      if (replacement == null) {
        entries.remove(name.name());
      } else {
        entries.put(name.name(), replacement);
      }
      return new Value.M(entries);
    }
    int index = ((Path.Index) element).index();
    if (!(container instanceof Value.L list)) {
      throw DynamoException.validation(INVALID_PATH);
    }
    List<Value> elements = new ArrayList<>(list.values());
    Value existing = index < elements.size() ? elements.get(index) : null;
    Value replacement = replacement(existing, path, depth, change);
    if (index < elements.size()) {
      if (replacement == null) {
        elements.remove(index);
      } else {
        elements.set(index, replacement);
      }
    } else if (replacement != null) {
      // Past the end: DynamoDB appends.
      elements.add(replacement);
    }
    return new Value.L(elements);
  }

  /**
   * The new value at {@code path[depth]}: the change's at the path's end, else {@code existing}
   * rebuilt, which must exist.
   */
  private static Value replacement(Value existing, Path path, int depth, Change change) {
    if (depth == path.size() - 1) {
      return change.apply(existing);
    }
    if (existing == null) {
      throw DynamoException.validation(INVALID_PATH);
    }
    return change(existing, path, depth + 1, change);
  }

  /** A SET operand's value on the original item. */
  private static Value evaluate(Ast.Operand operand, Map<String, Value> item) {
    if (operand instanceof Ast.Literal literal) {
      return literal.value();
    }
    if (operand instanceof Ast.PathOperand path) {
      Value value = path.path().resolve(item);
      if (value == null) {
        throw DynamoException.validation(MISSING_ATTRIBUTE);
      }
      return value;
    }
    if (operand instanceof Ast.Arithmetic arithmetic) {
      BigDecimal left = number(evaluate(arithmetic.left(), item));
      BigDecimal right = number(evaluate(arithmetic.right(), item));
      BigDecimal result = arithmetic.plus() ? left.add(right) : left.subtract(right);
      return new Value.N(Numbers.check(result));
    }
    Ast.Call call = (Ast.Call) operand;
    if (call.name().equals("if_not_exists")) {
      Value existing = ((Ast.PathOperand) call.arguments().get(0)).path().resolve(item);
      return existing != null ? existing : evaluate(call.arguments().get(1), item);
    }
    Value first = evaluate(call.arguments().get(0), item);
    if (!(first instanceof Value.L head)) {
      throw DynamoException.validation(INCORRECT_TYPE);
    }
    Value second = evaluate(call.arguments().get(1), item);
    if (!(second instanceof Value.L tail)) {
      throw DynamoException.validation(INCORRECT_TYPE);
    }
    List<Value> joined = new ArrayList<>(head.values());
    joined.addAll(tail.values());
    return new Value.L(joined);
  }

  private static BigDecimal number(Value value) {
    if (!(value instanceof Value.N number)) {
      throw DynamoException.validation(INCORRECT_TYPE);
    }
    return number.value();
  }

  /** ADD: a sum of numbers or a union of sets; the value itself where there was none. */
  static Value add(Value existing, Value value) {
    if (existing == null) {
      return value;
    }
    if (existing.type() != value.type()) {
      throw DynamoException.validation(INCORRECT_TYPE);
    }
    switch (value.type()) {
      case N:
        return new Value.N(
            Numbers.check(((Value.N) existing).value().add(((Value.N) value).value())));
      case SS: {
        Set<String> union = new LinkedHashSet<>(((Value.SS) existing).values());
        union.addAll(((Value.SS) value).values());
        return new Value.SS(union);
      }
      case NS: {
        Set<BigDecimal> union = new LinkedHashSet<>(((Value.NS) existing).values());
        union.addAll(((Value.NS) value).values());
        return new Value.NS(union);
      }
      case BS: {
        Set<Bytes> union = new LinkedHashSet<>(((Value.BS) existing).values());
        union.addAll(((Value.BS) value).values());
        return new Value.BS(union);
      }
      default:
        throw DynamoException.validation(INCORRECT_TYPE);
    }
  }

  /** DELETE: a set difference; no attribute where the set becomes empty or there was none. */
  static Value delete(Value existing, Value value) {
    if (existing == null) {
      return null;
    }
    if (existing.type() != value.type()) {
      throw DynamoException.validation(INCORRECT_TYPE);
    }
    switch (value.type()) {
      case SS: {
        Set<String> rest = new LinkedHashSet<>(((Value.SS) existing).values());
        rest.removeAll(((Value.SS) value).values());
        return rest.isEmpty() ? null : new Value.SS(rest);
      }
      case NS: {
        Set<BigDecimal> rest = new LinkedHashSet<>(((Value.NS) existing).values());
        rest.removeAll(((Value.NS) value).values());
        return rest.isEmpty() ? null : new Value.NS(rest);
      }
      case BS: {
        Set<Bytes> rest = new LinkedHashSet<>(((Value.BS) existing).values());
        rest.removeAll(((Value.BS) value).values());
        return rest.isEmpty() ? null : new Value.BS(rest);
      }
      default:
        throw DynamoException.validation(INCORRECT_TYPE);
    }
  }
}
