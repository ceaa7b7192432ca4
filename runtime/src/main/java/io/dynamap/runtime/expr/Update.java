package io.dynamap.runtime.expr;

import io.dynamap.runtime.CallResult;
import io.dynamap.runtime.schema.DynamoNumbers;
import io.dynamap.runtime.schema.GeneratedValue;
import io.dynamap.runtime.schema.IndexKeyUpdate;
import io.dynamap.runtime.schema.ItemSchema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * A typed update of one item ({@code UpdateItem}), from a repository's {@code update(…)}:
 *
 * <pre>{@code
 * Order updated = orders.update(order)
 *     .set(total, new BigDecimal("99.90"))
 *     .remove(note)
 *     .increment(itemCount, 1)
 *     .setIfNotExists(giftWrapped, false)
 *     .append(lines, extraLine)
 *     .when(status.eq(PLACED))
 *     .execute();                       // the item as it is after the update
 * }</pre>
 *
 * <p>Each operation takes the typed attributes of a generated metamodel, so only what DynamoDB
 * allows on a type compiles: {@code increment} needs a numeric attribute, {@code add} and {@code
 * delete} a set, {@code append} a list. Every name and value goes through a placeholder, shared
 * with the {@link #when} condition.
 *
 * <p>Like DynamoDB's {@code UpdateItem}, an update of a key with no item creates the item, with
 * the key and the updated attributes only; {@link #whenExists()} prevents that. An attribute may
 * be named once per update, and key attributes not at all (both are {@link
 * IllegalArgumentException}s when the operation is added).
 *
 * <p>Updates are immutable and thread-safe: every operation returns a new update. Nothing is sent
 * until {@link #execute()}, {@link #executeReturningOld()} or {@link #executeWithoutResult()}, or
 * their {@code …Detailed()} forms, which return the result with the call's consumed capacity and
 * request id ({@link CallResult}).
 *
 * @param <T> the entity type
 */
public final class Update<T> {

  /**
   * Sends an update; repositories provide it.
   *
   * @param <T> the entity type
   */
  @FunctionalInterface
  public interface Executor<T> {
    /**
     * Sends the update with the given {@code ReturnValues} and decodes the returned item, which
     * it answers with the call's consumed capacity (if the request asked for it) and request id.
     *
     * @param update the update to send; not null
     * @param returnValue what DynamoDB returns: {@code ALL_NEW}, {@code ALL_OLD} or {@code NONE}
     * @return the returned item, empty if DynamoDB returned none, with the call's details
     */
    CallResult<Optional<T>> execute(Update<T> update, ReturnValue returnValue);
  }

  private enum Kind {
    SET,
    SET_IF_NOT_EXISTS,
    INCREMENT,
    APPEND,
    PREPEND,
    REMOVE,
    ADD,
    DELETE
  }

  /** One action on one path; {@code first} and {@code second} are its values, if any. */
  private record Action(Kind kind, AttributePath path, AttributeValue first, AttributeValue second) {}

  private final Map<String, AttributeValue> key;
  private final String partitionKey;
  private final Executor<T> executor;
  private final List<Action> actions;
  private final Condition<T> condition; // null without one
  private final ItemSchema<T> schema; // for composed keys; null for plain ones
  private final Map<String, AttributeValue> keyFields; // the entity's primary key fields, if known
  private final List<GeneratedValue> generated; // added when rendered, unless named by an action

  private Update(
      Map<String, AttributeValue> key,
      String partitionKey,
      Executor<T> executor,
      List<Action> actions,
      Condition<T> condition,
      ItemSchema<T> schema,
      Map<String, AttributeValue> keyFields,
      List<GeneratedValue> generated) {
    this.key = key;
    this.partitionKey = partitionKey;
    this.executor = executor;
    this.actions = actions;
    this.condition = condition;
    this.schema = schema;
    this.keyFields = keyFields;
    this.generated = generated;
  }

  /**
   * An update of the item with this primary key, with no actions yet.
   *
   * @param <T> the entity type
   * @param key the encoded primary key
   * @param partitionKey the partition key attribute's name, for {@link #whenExists()}
   * @param executor sends the update
   * @return a new update without actions or condition
   * @throws IllegalArgumentException if the key does not contain the partition key
   */
  public static <T> Update<T> of(
      Map<String, AttributeValue> key, String partitionKey, Executor<T> executor) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(partitionKey, "partitionKey");
    Objects.requireNonNull(executor, "executor");
    if (!key.containsKey(partitionKey)) {
      throw new IllegalArgumentException(
          "the key " + key.keySet() + " lacks the partition key " + partitionKey);
    }
    return new Update<>(
        Collections.unmodifiableMap(new LinkedHashMap<>(key)),
        partitionKey,
        executor,
        List.of(),
        null,
        null,
        Map.of(),
        List.of());
  }

  /**
   * An update of an entity whose keys are composed from its fields ({@code @Item} in a single
   * table), with no actions yet. Its fields of the primary key and the type attribute cannot be
   * updated (an {@link IllegalArgumentException} when the operation is added: that would move the
   * item to another key, or change its type). Before it is sent, an update that changes or
   * removes a field of an index key template also sets or removes the composed index keys, as
   * {@link ItemSchema#composeIndexKeys} says; when a field they need is unknown, it is refused.
   *
   * @param <T> the entity type
   * @param key the encoded primary key
   * @param partitionKey the partition key attribute's name, for {@link #whenExists()}
   * @param executor sends the update
   * @param schema the entity's schema, which composes the keys
   * @param keyFields the entity's primary key fields, encoded, by stored name (empty if not known)
   * @return a new update without actions or condition
   * @throws IllegalArgumentException if the key does not contain the partition key
   */
  public static <T> Update<T> of(
      Map<String, AttributeValue> key,
      String partitionKey,
      Executor<T> executor,
      ItemSchema<T> schema,
      Map<String, AttributeValue> keyFields) {
    Update<T> update = of(key, partitionKey, executor);
    return new Update<>(
        update.key,
        partitionKey,
        executor,
        List.of(),
        null,
        Objects.requireNonNull(schema, "schema"),
        Map.copyOf(keyFields),
        List.of());
  }

  // ---- SET ----------------------------------------------------------------------------------

  /**
   * {@code SET path = :value}: any scalar attribute (number, string, binary, boolean, converted
   * values), top-level or inside a document ({@code shippingAddress.city}; the document must
   * exist then).
   *
   * @param <V> the attribute's Java type
   * @param attribute an attribute of the entity's generated metamodel, not a key attribute and not
   *     named elsewhere in this update; not null
   * @param value the value; not null
   * @return a new update with the action added; this one is unchanged
   * @throws NullPointerException if the value is null (use {@link #remove})
   */
  public <V> Update<T> set(ValueAttribute<T, V> attribute, V value) {
    return with(Kind.SET, attribute, encode(attribute, value, "set"), null);
  }

  /**
   * {@code SET path = :members}: replaces the whole set. DynamoDB cannot store an empty set, so
   * an empty one is {@code REMOVE path}.
   *
   * @param <E> the element or member type
   * @param attribute an attribute of the entity's generated metamodel, not a key attribute and not
   *     named elsewhere in this update; not null
   * @param members the members; not null, no member null
   * @return a new update with the action added; this one is unchanged
   * @throws NullPointerException if the set or a member is null
   */
  public <E> Update<T> set(SetAttribute<T, E> attribute, Set<? extends E> members) {
    Objects.requireNonNull(attribute, "attribute");
    requireArgument(attribute, members, "set");
    if (members.isEmpty()) {
      return with(Kind.REMOVE, attribute, null, null);
    }
    return with(Kind.SET, attribute, encodeSet(attribute, members, "set"), null);
  }

  /**
   * {@code SET path = :elements}: replaces the whole list (an empty list is stored as one).
   *
   * @param <E> the element or member type
   * @param attribute an attribute of the entity's generated metamodel, not a key attribute and not
   *     named elsewhere in this update; not null
   * @param elements the elements; not null, no element null
   * @return a new update with the action added; this one is unchanged
   * @throws NullPointerException if the list or an element is null
   */
  public <E> Update<T> set(ListAttribute<T, E, ?> attribute, List<? extends E> elements) {
    Objects.requireNonNull(attribute, "attribute");
    return with(Kind.SET, attribute, encodeList(attribute, elements, "set"), null);
  }

  /**
   * {@code SET path = if_not_exists(path, :value)}: sets the value only if the item lacks the
   * attribute, such as a creation time.
   *
   * @param <V> the attribute's Java type
   * @param attribute an attribute of the entity's generated metamodel, not a key attribute and not
   *     named elsewhere in this update; not null
   * @param value the value; not null
   * @return a new update with the action added; this one is unchanged
   * @throws NullPointerException if the value is null
   */
  public <V> Update<T> setIfNotExists(ValueAttribute<T, V> attribute, V value) {
    return with(
        Kind.SET_IF_NOT_EXISTS, attribute, encode(attribute, value, "setIfNotExists"), null);
  }

  /**
   * {@code SET path = if_not_exists(path, :members)}: the set, only if the item lacks it.
   *
   * @param <E> the element or member type
   * @param attribute an attribute of the entity's generated metamodel, not a key attribute and not
   *     named elsewhere in this update; not null
   * @param members the members; not null, no member null
   * @return a new update with the action added; this one is unchanged
   * @throws IllegalArgumentException if the set is empty (DynamoDB cannot store it)
   */
  public <E> Update<T> setIfNotExists(SetAttribute<T, E> attribute, Set<? extends E> members) {
    Objects.requireNonNull(attribute, "attribute");
    requireArgument(attribute, members, "setIfNotExists");
    if (members.isEmpty()) {
      throw new IllegalArgumentException(
          attribute.path() + ": setIfNotExists with an empty set; DynamoDB cannot store one");
    }
    return with(
        Kind.SET_IF_NOT_EXISTS, attribute, encodeSet(attribute, members, "setIfNotExists"), null);
  }

  /**
   * {@code SET path = if_not_exists(path, :elements)}: the list, only if the item lacks it.
   *
   * @param <E> the element or member type
   * @param attribute an attribute of the entity's generated metamodel, not a key attribute and not
   *     named elsewhere in this update; not null
   * @param elements the elements; not null, no element null
   * @return a new update with the action added; this one is unchanged
   */
  public <E> Update<T> setIfNotExists(ListAttribute<T, E, ?> attribute, List<? extends E> elements) {
    Objects.requireNonNull(attribute, "attribute");
    return with(
        Kind.SET_IF_NOT_EXISTS,
        attribute,
        encodeList(attribute, elements, "setIfNotExists"),
        null);
  }

  /**
   * {@code SET path = if_not_exists(path, :zero) + :delta}: adds to a number, starting from 0
   * when the item lacks it; a negative delta subtracts. Only numeric attributes compile.
   *
   * @param <V> the attribute's Java type
   * @param attribute an attribute of the entity's generated metamodel, not a key attribute and not
   *     named elsewhere in this update; not null
   * @param delta the amount to add, negative to subtract; not null
   * @return a new update with the action added; this one is unchanged
   * @throws IllegalArgumentException if the delta is not a number DynamoDB can store (NaN, …), or
   *     the attribute is stored as a string or binary
   */
  public <V extends Number> Update<T> increment(ComparableAttribute<T, V> attribute, Number delta) {
    Objects.requireNonNull(attribute, "attribute");
    requireArgument(attribute, delta, "increment");
    if (attribute instanceof StringAttribute<?, ?> || attribute instanceof BinaryAttribute<?, ?>) {
      throw new IllegalArgumentException(
          attribute.path() + " is stored as a string or binary, not a number: cannot increment it");
    }
    return with(Kind.INCREMENT, attribute, AttributeValue.fromN("0"), number(attribute, delta));
  }

  /**
   * {@code SET path = list_append(if_not_exists(path, :empty), :elements)}: adds elements at the
   * end of a list, creating it if the item lacks it. No elements is no action.
   *
   * @param <E> the element or member type
   * @param attribute an attribute of the entity's generated metamodel, not a key attribute and not
   *     named elsewhere in this update; not null
   * @param elements the elements; not null, no element null
   * @return a new update with the action added, or an equal one for no elements; this one is
   *     unchanged
   * @throws NullPointerException if an element is null
   */
  @SafeVarargs
  public final <E> Update<T> append(ListAttribute<T, E, ?> attribute, E... elements) {
    Objects.requireNonNull(elements, "elements");
    return append(attribute, java.util.Arrays.asList(elements));
  }

  /**
   * {@link #append(ListAttribute, Object[])} with a list.
   *
   * @param <E> the element or member type
   * @param attribute an attribute of the entity's generated metamodel, not a key attribute and not
   *     named elsewhere in this update; not null
   * @param elements the elements; not null, no element null
   * @return a new update with the action added, or an equal one for no elements; this one is
   *     unchanged
   */
  public <E> Update<T> append(ListAttribute<T, E, ?> attribute, List<? extends E> elements) {
    Objects.requireNonNull(attribute, "attribute");
    AttributeValue list = encodeList(attribute, elements, "append");
    return elements.isEmpty() ? this : with(Kind.APPEND, attribute, emptyList(), list);
  }

  /**
   * {@code SET path = list_append(:elements, if_not_exists(path, :empty))}: adds elements at the
   * start of a list, in the order given. No elements is no action.
   *
   * @param <E> the element or member type
   * @param attribute an attribute of the entity's generated metamodel, not a key attribute and not
   *     named elsewhere in this update; not null
   * @param elements the elements; not null, no element null
   * @return a new update with the action added, or an equal one for no elements; this one is
   *     unchanged
   */
  public <E> Update<T> prepend(ListAttribute<T, E, ?> attribute, List<? extends E> elements) {
    Objects.requireNonNull(attribute, "attribute");
    AttributeValue list = encodeList(attribute, elements, "prepend");
    return elements.isEmpty() ? this : with(Kind.PREPEND, attribute, list, emptyList());
  }

  // ---- REMOVE, ADD, DELETE -------------------------------------------------------------------

  /**
   * {@code REMOVE path}: deletes the attribute (nothing happens if the item lacks it).
   *
   * @param attribute an attribute of the entity's generated metamodel, not a key attribute and not
   *     named elsewhere in this update; not null
   * @return a new update with the action added; this one is unchanged
   */
  public Update<T> remove(Attribute<T> attribute) {
    Objects.requireNonNull(attribute, "attribute");
    return with(Kind.REMOVE, attribute, null, null);
  }

  /**
   * {@code ADD path :members}: adds members to a set, creating it if the item lacks it. No
   * members is no action.
   *
   * @param <E> the element or member type
   * @param attribute an attribute of the entity's generated metamodel, not a key attribute and not
   *     named elsewhere in this update; not null
   * @param members the members; not null, no member null
   * @return a new update with the action added, or an equal one for no members; this one is
   *     unchanged
   * @throws NullPointerException if a member is null
   */
  public <E> Update<T> add(SetAttribute<T, E> attribute, Set<? extends E> members) {
    Objects.requireNonNull(attribute, "attribute");
    requireArgument(attribute, members, "add");
    return members.isEmpty()
        ? this
        : with(Kind.ADD, attribute, encodeSet(attribute, members, "add"), null);
  }

  /**
   * {@code DELETE path :members}: removes members from a set; DynamoDB removes the attribute when
   * no member is left. No members is no action.
   *
   * @param <E> the element or member type
   * @param attribute an attribute of the entity's generated metamodel, not a key attribute and not
   *     named elsewhere in this update; not null
   * @param members the members; not null, no member null
   * @return a new update with the action added, or an equal one for no members; this one is
   *     unchanged
   * @throws NullPointerException if a member is null
   */
  public <E> Update<T> delete(SetAttribute<T, E> attribute, Set<? extends E> members) {
    Objects.requireNonNull(attribute, "attribute");
    requireArgument(attribute, members, "delete");
    return members.isEmpty()
        ? this
        : with(Kind.DELETE, attribute, encodeSet(attribute, members, "delete"), null);
  }

  // ---- conditions ----------------------------------------------------------------------------

  /**
   * Updates only if the condition holds for the item as it is ({@code ConditionExpression}); a
   * second call requires both conditions. A failed condition is a {@code
   * ConditionFailedException} carrying the current item.
   *
   * @param condition a condition on the stored item, made with the entity's metamodel; not null
   * @return a new update with the condition added (AND); this one is unchanged
   */
  public Update<T> when(Condition<T> condition) {
    Objects.requireNonNull(condition, "condition");
    Condition<T> combined = this.condition == null ? condition : this.condition.and(condition);
    return new Update<>(key, partitionKey, executor, actions, combined, schema, keyFields, generated);
  }

  /**
   * Updates only an existing item ({@code attribute_exists} on the partition key), rather than
   * creating one; with no item, the update fails with a {@code ConditionFailedException}.
   *
   * @return a new update with the condition added (AND); this one is unchanged
   */
  public Update<T> whenExists() {
    return when(new Attribute<T>(partitionKey) {}.exists());
  }

  /**
   * The update with the entity's generated values ({@code @AutoTimestamp}, {@code @AutoUuid},
   * {@code @AtomicCounter}, from {@link ItemSchema#generatedValues()}): repositories add them.
   * When the update is rendered, each attribute that no action of the update names, and that is
   * not a key attribute, gets its action: {@code SET a = if_not_exists(a, :now)} for a creation
   * timestamp, {@code SET a = :now} for an every-write one, {@code SET a = if_not_exists(a,
   * :uuid)} for a UUID, and {@code SET a = if_not_exists(a, :start - :delta) + :delta} for a
   * counter, so that an update creating it stores {@code start}.
   *
   * @param values the generated values; not null, replacing any given before
   * @return a new update with them; this one is unchanged
   */
  public Update<T> withGeneratedValues(List<GeneratedValue> values) {
    return new Update<>(
        key, partitionKey, executor, actions, condition, schema, keyFields, List.copyOf(values));
  }

  // ---- running -------------------------------------------------------------------------------

  /**
   * Sends the update ({@code ReturnValues=ALL_NEW}).
   *
   * <p>An update with no actions writes just the key: it creates the item with only its key
   * attributes if there is none, and changes nothing otherwise, as {@code UpdateItem} without an
   * {@code UpdateExpression} does; for an entity with generated values, the update still sets
   * them (see {@link #withGeneratedValues}).
   *
   * @return the item as it is after the update (an update always leaves an item)
   */
  public T execute() {
    return executeDetailed().value();
  }

  /**
   * Sends the update ({@code ReturnValues=ALL_OLD}).
   *
   * @return the item as it was before the update, empty if the update created it
   */
  public Optional<T> executeReturningOld() {
    return executor.execute(this, ReturnValue.ALL_OLD).value();
  }

  /**
   * Sends the update ({@code ReturnValues=NONE}), reading back nothing.
   */
  public void executeWithoutResult() {
    executor.execute(this, ReturnValue.NONE);
  }

  /**
   * Sends the update like {@link #execute()}, and returns the item with the capacity the call
   * consumed and its request id. The capacity is there when the request asked for it: the
   * updates of a repository's {@code withDetails(level)} view do (see {@link CallResult}).
   *
   * @return the item as it is after the update, with the call's details
   */
  public CallResult<T> executeDetailed() {
    CallResult<Optional<T>> answer = executor.execute(this, ReturnValue.ALL_NEW);
    return answer.withValue(
        answer.value().orElseThrow(() -> new IllegalStateException("UpdateItem returned no item")));
  }

  /**
   * Sends the update like {@link #executeReturningOld()}, and returns the old item with the
   * call's details, as {@link #executeDetailed()} says.
   *
   * @return the item as it was before the update, empty if the update created it, with the
   *     call's details
   */
  public CallResult<Optional<T>> executeReturningOldDetailed() {
    return executor.execute(this, ReturnValue.ALL_OLD);
  }

  /**
   * Sends the update like {@link #executeWithoutResult()}, and returns the call's details, as
   * {@link #executeDetailed()} says.
   *
   * @return the call's details; its value is {@code null}
   */
  public CallResult<Void> executeWithoutResultDetailed() {
    return executor.execute(this, ReturnValue.NONE).withValue(null);
  }

  /**
   * The encoded primary key of the item to update.
   *
   * @return the key given to {@code of}, unmodifiable
   */
  public Map<String, AttributeValue> key() {
    return key;
  }

  /**
   * The condition, if {@link #when} or {@link #whenExists} gave one.
   *
   * @return the condition, or empty if neither was called
   */
  public Optional<Condition<T>> condition() {
    return Optional.ofNullable(condition);
  }

  /**
   * The update as expressions with their placeholders: the update's first, then the
   * condition's, from one context. An update with no actions has no update expression.
   *
   * @return the rendered expressions and their shared placeholders
   */
  public UpdateExpression toExpression() {
    ExpressionContext context = new ExpressionContext();
    List<Action> all = withGenerated(withComposedKeys());
    String update = all.isEmpty() ? null : render(context, all);
    String conditionText = condition == null ? null : condition.render(context);
    return new UpdateExpression(update, conditionText, context.names(), context.values());
  }

  /** The readable update: {@code SET total = 100 REMOVE note IF status = "PLACED"}. */
  @Override
  public String toString() {
    ExpressionContext describing = ExpressionContext.describing();
    String update = actions.isEmpty() ? "(no actions)" : render(describing, actions);
    return condition == null ? update : update + " IF " + condition.render(describing);
  }

  // ---- internals -----------------------------------------------------------------------------

  private static String render(ExpressionContext context, List<Action> actions) {
    StringBuilder s = new StringBuilder();
    clause(s, "SET", context, actions, Kind.SET, Kind.SET_IF_NOT_EXISTS, Kind.INCREMENT, Kind.APPEND, Kind.PREPEND);
    clause(s, "REMOVE", context, actions, Kind.REMOVE);
    clause(s, "ADD", context, actions, Kind.ADD);
    clause(s, "DELETE", context, actions, Kind.DELETE);
    return s.toString();
  }

  /**
   * The actions, and for composed keys the index keys that follow them: set when the update
   * changes a field they are composed from, removed when it removes one.
   */
  private List<Action> withComposedKeys() {
    if (schema == null) {
      return actions;
    }
    Map<String, AttributeValue> known = new LinkedHashMap<>(keyFields);
    Set<String> changed = new LinkedHashSet<>();
    Set<String> removed = new LinkedHashSet<>();
    for (Action action : actions) {
      String name = action.path().attributeName();
      if (!action.path().equals(AttributePath.of(name))) {
        continue; // inside a document or list: never a field of a key
      }
      if (action.kind() == Kind.REMOVE) {
        removed.add(name);
      } else {
        changed.add(name);
        if (action.kind() == Kind.SET) {
          known.put(name, action.first());
        }
      }
    }
    List<Action> all = new ArrayList<>(actions);
    if (!changed.isEmpty() || !removed.isEmpty()) {
      IndexKeyUpdate keys = new IndexKeyUpdate(schema.entityName(), known, changed, removed);
      schema.composeIndexKeys(keys);
      keys.sets().forEach((name, value) -> all.add(new Action(Kind.SET, AttributePath.of(name), value, null)));
      keys.removes().forEach(name -> all.add(new Action(Kind.REMOVE, AttributePath.of(name), null, null)));
    }
    // An update that creates the item (UpdateItem upserts) must leave a whole single-table item:
    // its type, without which no typed read finds it, and the fields its key is composed from.
    // if_not_exists leaves an existing item's values as they are.
    if (schema.typeAttribute().isPresent() && schema.typeValues().size() == 1) {
      String typeAttribute = schema.typeAttribute().get();
      all.add(new Action(Kind.SET_IF_NOT_EXISTS, AttributePath.of(typeAttribute),
          AttributeValue.fromS(schema.typeValues().iterator().next()), null));
      keyFields.forEach((name, value) -> {
        // Fields kept only in the composed keys are no attributes: the keys hold them already.
        if (schema.storesKeyFields() && !changed.contains(name) && !removed.contains(name)) {
          all.add(new Action(Kind.SET_IF_NOT_EXISTS, AttributePath.of(name), value, null));
        }
      });
    }
    return all;
  }

  /**
   * The actions and, after them, an action for each generated value whose attribute neither an
   * action nor the key names (an action of the update wins: it is what the caller asked for).
   */
  private List<Action> withGenerated(List<Action> all) {
    if (generated.isEmpty()) {
      return all;
    }
    Set<String> named = new HashSet<>(key.keySet());
    all.forEach(action -> named.add(action.path().attributeName()));
    if (schema != null) {
      named.addAll(schema.primaryKeyFields());
    }
    List<Action> withGenerated = new ArrayList<>(all);
    Instant now = Instant.now();
    for (GeneratedValue value : generated) {
      if (named.contains(value.attribute())) {
        continue;
      }
      AttributePath path = AttributePath.of(value.attribute());
      Action action =
          switch (value.kind()) {
            case WRITTEN_AT -> new Action(Kind.SET, path, value.value(now), null);
            case COUNTER ->
                new Action(Kind.INCREMENT, path, value.counterBase(), value.counterDelta());
            case CREATED_AT, UUID -> new Action(Kind.SET_IF_NOT_EXISTS, path, value.value(now), null);
          };
      withGenerated.add(action);
    }
    return withGenerated;
  }

  private static void clause(
      StringBuilder s, String keyword, ExpressionContext context, List<Action> actions, Kind... kinds) {
    boolean first = true;
    for (Action action : actions) {
      if (!List.of(kinds).contains(action.kind())) {
        continue;
      }
      if (first) {
        if (s.length() > 0) {
          s.append(' ');
        }
        s.append(keyword).append(' ');
        first = false;
      } else {
        s.append(", ");
      }
      String p = action.path().render(context);
      switch (action.kind()) {
        case SET -> s.append(p).append(" = ").append(context.value(action.first()));
        case SET_IF_NOT_EXISTS ->
            s.append(p).append(" = if_not_exists(").append(p).append(", ")
                .append(context.value(action.first())).append(')');
        case INCREMENT ->
            s.append(p).append(" = if_not_exists(").append(p).append(", ")
                .append(context.value(action.first())).append(") + ")
                .append(context.value(action.second()));
        case APPEND ->
            s.append(p).append(" = list_append(if_not_exists(").append(p).append(", ")
                .append(context.value(action.first())).append("), ")
                .append(context.value(action.second())).append(')');
        case PREPEND -> {
          String elements = context.value(action.first());
          s.append(p).append(" = list_append(").append(elements).append(", if_not_exists(")
              .append(p).append(", ").append(context.value(action.second())).append("))");
        }
        case REMOVE -> s.append(p);
        case ADD, DELETE -> s.append(p).append(' ').append(context.value(action.first()));
      }
    }
  }

  private Update<T> with(Kind kind, Attribute<T> attribute, AttributeValue first, AttributeValue second) {
    Objects.requireNonNull(attribute, "attribute");
    AttributePath path = attribute.path();
    if (key.containsKey(path.attributeName())) {
      throw new IllegalArgumentException(
          path + " is part of the primary key; DynamoDB cannot update key attributes");
    }
    if (schema != null && schema.primaryKeyFields().contains(path.attributeName())) {
      throw new IllegalArgumentException(
          path
              + " is composed into the primary key of "
              + schema.entityName()
              + ", so changing it would move the item to another key, which an update cannot do:"
              + " put the item under its new key and delete the old one (in a transaction, to do"
              + " both or neither)");
    }
    if (schema != null && schema.typeAttribute().filter(path.attributeName()::equals).isPresent()) {
      throw new IllegalArgumentException(
          path + " is the single table's type attribute; an update cannot change an item's type");
    }
    for (Action action : actions) {
      if (action.path().equals(path)) {
        throw new IllegalArgumentException(
            path + " is updated twice in one update; DynamoDB allows each path once");
      }
    }
    List<Action> next = new ArrayList<>(actions.size() + 1);
    next.addAll(actions);
    next.add(new Action(kind, path, first, second));
    return new Update<>(
        key, partitionKey, executor, List.copyOf(next), condition, schema, keyFields, generated);
  }

  private static <V> AttributeValue encode(ValueAttribute<?, V> attribute, V value, String operation) {
    Objects.requireNonNull(attribute, "attribute");
    requireArgument(attribute, value, operation);
    return encoded(attribute, attribute.encode(value), operation);
  }

  private static <E> AttributeValue encodeSet(
      SetAttribute<?, E> attribute, Collection<? extends E> members, String operation) {
    List<String> strings = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    List<SdkBytes> binaries = new ArrayList<>();
    for (E member : members) {
      requireArgument(attribute, member, operation + " (a member)");
      AttributeValue encoded = encoded(attribute, attribute.encode(member), operation);
      switch (encoded.type()) {
        case S -> strings.add(encoded.s());
        case N -> numbers.add(encoded.n());
        case B -> binaries.add(encoded.b());
        default ->
            throw new IllegalStateException(
                attribute.path() + "." + operation + ": a member encoded as " + encoded.type()
                    + ", not as a string, number or binary");
      }
    }
    int kinds = (strings.isEmpty() ? 0 : 1) + (numbers.isEmpty() ? 0 : 1) + (binaries.isEmpty() ? 0 : 1);
    if (kinds > 1) {
      throw new IllegalStateException(
          attribute.path() + "." + operation + ": members encoded as different types");
    }
    if (!strings.isEmpty()) {
      return AttributeValue.fromSs(strings.stream().distinct().toList());
    }
    if (!numbers.isEmpty()) {
      return AttributeValue.fromNs(numbers);
    }
    return AttributeValue.fromBs(binaries);
  }

  private static <E> AttributeValue encodeList(
      ListAttribute<?, E, ?> attribute, List<? extends E> elements, String operation) {
    requireArgument(attribute, elements, operation);
    List<AttributeValue> encoded = new ArrayList<>(elements.size());
    for (E element : elements) {
      requireArgument(attribute, element, operation + " (an element)");
      encoded.add(encoded(attribute, attribute.encode(element), operation));
    }
    return AttributeValue.fromL(encoded);
  }

  private static AttributeValue emptyList() {
    return AttributeValue.fromL(List.of());
  }

  private static AttributeValue number(Attribute<?> attribute, Number delta) {
    String n;
    if (delta instanceof BigDecimal decimal) {
      n = decimal.toString();
    } else if (delta instanceof Double || delta instanceof Float) {
      double d = delta.doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException(
            attribute.path() + ".increment(" + delta + "): not a number DynamoDB can store");
      }
      // The digits Dynamap stores the same double or float with (not Java 17's toString's).
      n = delta instanceof Float f
          ? DynamoNumbers.shortest(f.floatValue()).toString()
          : DynamoNumbers.shortest(d).toString();
    } else {
      n = delta.toString();
    }
    String problem = DynamoNumbers.problem(n);
    if (problem != null) {
      throw new IllegalArgumentException(attribute.path() + ".increment: " + problem);
    }
    return AttributeValue.fromN(n);
  }

  private static <A> A requireArgument(Attribute<?> attribute, A value, String operation) {
    if (value == null) {
      throw new NullPointerException(
          attribute.path()
              + "."
              + operation
              + ": the value must not be null; to delete the attribute use remove("
              + attribute.path()
              + ")");
    }
    return value;
  }

  private static AttributeValue encoded(Attribute<?> attribute, AttributeValue encoded, String operation) {
    if (encoded == null) {
      throw new IllegalStateException(attribute.path() + "." + operation + ": the value encoded as null");
    }
    return encoded;
  }
}
