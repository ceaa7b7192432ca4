/**
 * Transactions across entity types and tables: {@link io.dynamap.runtime.tx.Transaction#write}
 * for all-or-nothing puts, updates, deletes and condition checks ({@code TransactWriteItems}),
 * {@link io.dynamap.runtime.tx.Transaction#get} for a consistent read of several items ({@code
 * TransactGetItems}). A cancelled transaction throws {@link
 * io.dynamap.runtime.error.TransactionCancelledException} with the outcome of each action.
 */
package io.dynamap.runtime.tx;
