package io.dynamap.async;

import io.dynamap.runtime.CallResult;
import io.dynamap.runtime.core.ItemRequests;
import io.dynamap.runtime.expr.Attribute;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.ListAttribute;
import io.dynamap.runtime.expr.SetAttribute;
import io.dynamap.runtime.expr.Update;
import io.dynamap.runtime.expr.UpdateExpression;
import io.dynamap.runtime.expr.ValueAttribute;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * A typed update of one item ({@code UpdateItem}) from an {@link AsyncTableRepository}: the
 * actions and conditions of {@link Update}, sent without blocking.
 *
 * <pre>{@code
 * CompletableFuture<Order> updated = orders.update(order)
 *     .set(total, new BigDecimal("99.90"))
 *     .increment(itemCount, 1)
 *     .when(status.eq(PLACED))
 *     .execute();                       // completes with the item as it is after the update
 * }</pre>
 *
 * <p>Each action is {@link Update}'s, with its checks made as it is added ({@link
 * IllegalArgumentException} for a key attribute or a path named twice, thrown at once); the
 * request is built by the request core as for the blocking update, so both send the same {@code
 * UpdateItem}. Nothing is sent until {@link #execute()}, {@link #executeReturningOld()} or
 * {@link #executeWithoutResult()} (or their {@code …Detailed()} forms, which complete with the
 * call's consumed capacity and request id); their futures fail with the blocking update's exceptions
 * ({@code ConditionFailedException} with the current item, {@code OptimisticLockException}, …).
 *
 * <p>Immutable and thread-safe: every operation returns a new update.
 *
 * @param <T> the entity type
 */
public final class AsyncUpdate<T> {

  /**
   * Sends an update with the given {@code ReturnValues}, answering with the call's details; the
   * repository provides it.
   */
  @FunctionalInterface
  interface Sender<T> {
    CompletableFuture<CallResult<Optional<T>>> send(Update<T> update, ReturnValue returnValue);
  }

  /**
   * The executor of the {@link Update} an async update holds, which is never executed itself:
   * {@link #send} sends it.
   *
   * @param <T> the entity type
   * @return an executor that refuses to run
   */
  static <T> Update.Executor<T> heldOnly() {
    return (update, returnValue) -> {
      throw new IllegalStateException(
          "an update of an AsyncTableRepository is sent by AsyncUpdate's execute methods");
    };
  }

  private final Update<T> update;
  private final Sender<T> sender;

  AsyncUpdate(Update<T> update, Sender<T> sender) {
    this.update = Objects.requireNonNull(update, "update");
    this.sender = Objects.requireNonNull(sender, "sender");
  }

  private AsyncUpdate<T> with(Update<T> next) {
    return next == update ? this : new AsyncUpdate<>(next, sender);
  }

  /**
   * {@code SET path = :value}; see {@link Update#set(ValueAttribute, Object)}.
   *
   * @param <V> the attribute's Java type
   * @param attribute an attribute of the entity's metamodel, not a key attribute; not null
   * @param value the value; not null
   * @return a new update with the action added
   */
  public <V> AsyncUpdate<T> set(ValueAttribute<T, V> attribute, V value) {
    return with(update.set(attribute, value));
  }

  /**
   * {@code SET path = :members}; see {@link Update#set(SetAttribute, Set)}.
   *
   * @param <E> the member type
   * @param attribute a set attribute of the entity's metamodel; not null
   * @param members the members; not null, an empty set removes the attribute
   * @return a new update with the action added
   */
  public <E> AsyncUpdate<T> set(SetAttribute<T, E> attribute, Set<? extends E> members) {
    return with(update.set(attribute, members));
  }

  /**
   * {@code SET path = :elements}; see {@link Update#set(ListAttribute, List)}.
   *
   * @param <E> the element type
   * @param attribute a list attribute of the entity's metamodel; not null
   * @param elements the elements; not null
   * @return a new update with the action added
   */
  public <E> AsyncUpdate<T> set(ListAttribute<T, E, ?> attribute, List<? extends E> elements) {
    return with(update.set(attribute, elements));
  }

  /**
   * {@code SET path = if_not_exists(path, :value)}; see {@link
   * Update#setIfNotExists(ValueAttribute, Object)}.
   *
   * @param <V> the attribute's Java type
   * @param attribute an attribute of the entity's metamodel; not null
   * @param value the value; not null
   * @return a new update with the action added
   */
  public <V> AsyncUpdate<T> setIfNotExists(ValueAttribute<T, V> attribute, V value) {
    return with(update.setIfNotExists(attribute, value));
  }

  /**
   * {@code SET path = if_not_exists(path, :members)}; see {@link
   * Update#setIfNotExists(SetAttribute, Set)}.
   *
   * @param <E> the member type
   * @param attribute a set attribute of the entity's metamodel; not null
   * @param members the members; not null, not empty
   * @return a new update with the action added
   */
  public <E> AsyncUpdate<T> setIfNotExists(SetAttribute<T, E> attribute, Set<? extends E> members) {
    return with(update.setIfNotExists(attribute, members));
  }

  /**
   * {@code SET path = if_not_exists(path, :elements)}; see {@link
   * Update#setIfNotExists(ListAttribute, List)}.
   *
   * @param <E> the element type
   * @param attribute a list attribute of the entity's metamodel; not null
   * @param elements the elements; not null
   * @return a new update with the action added
   */
  public <E> AsyncUpdate<T> setIfNotExists(
      ListAttribute<T, E, ?> attribute, List<? extends E> elements) {
    return with(update.setIfNotExists(attribute, elements));
  }

  /**
   * Adds to a number, starting from 0; see {@link Update#increment}.
   *
   * @param <V> the attribute's Java type
   * @param attribute a numeric attribute of the entity's metamodel; not null
   * @param delta the amount to add, negative to subtract; not null
   * @return a new update with the action added
   */
  public <V extends Number> AsyncUpdate<T> increment(
      ComparableAttribute<T, V> attribute, Number delta) {
    return with(update.increment(attribute, delta));
  }

  /**
   * Adds elements at the end of a list; see {@link Update#append(ListAttribute, Object[])}.
   *
   * @param <E> the element type
   * @param attribute a list attribute of the entity's metamodel; not null
   * @param elements the elements; not null; none is no action
   * @return a new update with the action added
   */
  @SafeVarargs
  public final <E> AsyncUpdate<T> append(ListAttribute<T, E, ?> attribute, E... elements) {
    Objects.requireNonNull(elements, "elements");
    return append(attribute, Arrays.asList(elements));
  }

  /**
   * Adds elements at the end of a list; see {@link Update#append(ListAttribute, List)}.
   *
   * @param <E> the element type
   * @param attribute a list attribute of the entity's metamodel; not null
   * @param elements the elements; not null; none is no action
   * @return a new update with the action added
   */
  public <E> AsyncUpdate<T> append(ListAttribute<T, E, ?> attribute, List<? extends E> elements) {
    return with(update.append(attribute, elements));
  }

  /**
   * Adds elements at the start of a list; see {@link Update#prepend}.
   *
   * @param <E> the element type
   * @param attribute a list attribute of the entity's metamodel; not null
   * @param elements the elements; not null; none is no action
   * @return a new update with the action added
   */
  public <E> AsyncUpdate<T> prepend(ListAttribute<T, E, ?> attribute, List<? extends E> elements) {
    return with(update.prepend(attribute, elements));
  }

  /**
   * {@code REMOVE path}; see {@link Update#remove}.
   *
   * @param attribute an attribute of the entity's metamodel; not null
   * @return a new update with the action added
   */
  public AsyncUpdate<T> remove(Attribute<T> attribute) {
    return with(update.remove(attribute));
  }

  /**
   * {@code ADD path :members}; see {@link Update#add}.
   *
   * @param <E> the member type
   * @param attribute a set attribute of the entity's metamodel; not null
   * @param members the members; not null; none is no action
   * @return a new update with the action added
   */
  public <E> AsyncUpdate<T> add(SetAttribute<T, E> attribute, Set<? extends E> members) {
    return with(update.add(attribute, members));
  }

  /**
   * {@code DELETE path :members}; see {@link Update#delete}.
   *
   * @param <E> the member type
   * @param attribute a set attribute of the entity's metamodel; not null
   * @param members the members; not null; none is no action
   * @return a new update with the action added
   */
  public <E> AsyncUpdate<T> delete(SetAttribute<T, E> attribute, Set<? extends E> members) {
    return with(update.delete(attribute, members));
  }

  /**
   * Updates only if the condition holds; see {@link Update#when}.
   *
   * @param condition a condition on the stored item; not null
   * @return a new update with the condition added (AND)
   */
  public AsyncUpdate<T> when(Condition<T> condition) {
    return with(update.when(condition));
  }

  /**
   * Updates only an existing item rather than creating one; see {@link Update#whenExists}.
   *
   * @return a new update with the condition added (AND)
   */
  public AsyncUpdate<T> whenExists() {
    return with(update.whenExists());
  }

  /**
   * Sends the update ({@code ReturnValues=ALL_NEW}).
   *
   * @return a future of the item as it is after the update
   */
  public CompletableFuture<T> execute() {
    return AsyncCalls.unwrapped(executeDetailed().thenApply(CallResult::value));
  }

  /**
   * Sends the update ({@code ReturnValues=ALL_OLD}).
   *
   * @return a future of the item as it was before the update, empty if the update created it
   */
  public CompletableFuture<Optional<T>> executeReturningOld() {
    return AsyncCalls.unwrapped(executeReturningOldDetailed().thenApply(CallResult::value));
  }

  /**
   * Sends the update ({@code ReturnValues=NONE}), reading back nothing.
   *
   * @return a future completed once the update is made
   */
  public CompletableFuture<Void> executeWithoutResult() {
    return AsyncCalls.unwrapped(executeWithoutResultDetailed().thenApply(CallResult::value));
  }

  /**
   * Sends the update like {@link #execute()}, completing with the item, the capacity the call
   * consumed and its request id; see {@link Update#executeDetailed()}. The capacity is there when
   * the request asked for it: the updates of {@link AsyncTableRepository#withDetails} do.
   *
   * @return a future of the item as it is after the update, with the call's details
   */
  public CompletableFuture<CallResult<T>> executeDetailed() {
    return AsyncCalls.unwrapped(
        sender
            .send(update, ReturnValue.ALL_NEW)
            .thenApply(answer -> answer.withValue(ItemRequests.updatedItem(answer.value()))));
  }

  /**
   * Sends the update like {@link #executeReturningOld()}, completing with the old item and the
   * call's details, as {@link #executeDetailed()} says.
   *
   * @return a future of the item as it was before the update (empty if the update created it),
   *     with the call's details
   */
  public CompletableFuture<CallResult<Optional<T>>> executeReturningOldDetailed() {
    return sender.send(update, ReturnValue.ALL_OLD);
  }

  /**
   * Sends the update like {@link #executeWithoutResult()}, completing with the call's details,
   * as {@link #executeDetailed()} says.
   *
   * @return a future of the call's details; its value is {@code null}
   */
  public CompletableFuture<CallResult<Void>> executeWithoutResultDetailed() {
    return AsyncCalls.unwrapped(
        sender.send(update, ReturnValue.NONE).thenApply(answer -> answer.withValue(null)));
  }

  /**
   * The encoded primary key of the item to update.
   *
   * @return the key, unmodifiable
   */
  public Map<String, AttributeValue> key() {
    return update.key();
  }

  /**
   * The condition, if {@link #when} or {@link #whenExists} gave one.
   *
   * @return the condition, or empty
   */
  public Optional<Condition<T>> condition() {
    return update.condition();
  }

  /**
   * The update as expressions with their placeholders, as they are sent.
   *
   * @return the rendered expressions
   */
  public UpdateExpression toExpression() {
    return update.toExpression();
  }

  /** The readable update: {@code SET total = 100 REMOVE note IF status = "PLACED"}. */
  @Override
  public String toString() {
    return update.toString();
  }
}
