/**
 * Typed conditions and filters: {@link io.dynamap.runtime.expr.Condition} trees built from typed
 * {@link io.dynamap.runtime.expr.Attribute attributes} of one entity type, rendered into DynamoDB
 * condition and filter expressions with placeholders for every name and value.
 */
package io.dynamap.runtime.expr;
