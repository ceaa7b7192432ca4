/**
 * DynamoDB's expression language: condition, filter, key condition, update and projection
 * expressions, and the legacy parameters they replaced.
 *
 * <p>How an operation uses it, in DynamoDB's order of checks:
 *
 * <ol>
 *   <li>{@link io.dynamap.local.expr.ExpressionParameters#check} refuses mixed expression and
 *       legacy parameters, and placeholders without expressions;
 *   <li>{@link io.dynamap.local.expr.ExpressionContext#read} reads and validates {@code
 *       ExpressionAttributeNames} and {@code ExpressionAttributeValues};
 *   <li>{@link io.dynamap.local.expr.Expressions} parses each expression present, in the order
 *       {@code UpdateExpression}, {@code ConditionExpression}, {@code KeyConditionExpression},
 *       {@code FilterExpression}, {@code ProjectionExpression} (syntax, reserved words,
 *       undefined placeholders, misused functions, overlapping paths, ... with DynamoDB's
 *       messages);
 *   <li>{@link io.dynamap.local.expr.ExpressionContext#checkAllUsed} refuses unused placeholders;
 *   <li>at run time: {@link io.dynamap.local.expr.Condition#test}, {@link
 *       io.dynamap.local.expr.KeyCondition#matchesSort}, {@link
 *       io.dynamap.local.expr.Update#apply} (which may throw DynamoDB's run-time errors), {@link
 *       io.dynamap.local.expr.Projection#apply}.
 * </ol>
 *
 * <p>{@link io.dynamap.local.expr.Legacy} converts {@code Expected}, {@code QueryFilter}/{@code
 * ScanFilter}, {@code KeyConditions} and {@code AttributeUpdates} into the same objects, and
 * {@link io.dynamap.local.expr.Expressions#attributesToGet} does {@code AttributesToGet}.
 *
 * <p>Parsed expressions are immutable and may be shared between threads.
 */
package io.dynamap.local.expr;
