/**
 * Batch operations across entity types and tables: {@link io.dynamap.runtime.batch.BatchWriter} for
 * puts and deletes with {@code BatchWriteItem}, {@link io.dynamap.runtime.batch.BatchGetter} for
 * reads with {@code BatchGetItem}. Both respect DynamoDB's limits per request, collapse duplicate
 * keys, retry unprocessed items with exponential backoff and full jitter within a time budget, and
 * report every item they could not handle instead of dropping it. {@link
 * io.dynamap.runtime.schema.ItemSizes} computes item sizes as DynamoDB counts them.
 */
package io.dynamap.runtime.batch;
