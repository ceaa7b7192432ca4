/**
 * A table as DynamoDB describes it ({@link io.dynamap.runtime.table.TableDescription}, from a
 * repository's {@code describe()}), and the check that a live table still matches the model
 * ({@code verifyTable()}, failing with {@link io.dynamap.runtime.table.TableMismatchException}).
 */
package io.dynamap.runtime.table;
