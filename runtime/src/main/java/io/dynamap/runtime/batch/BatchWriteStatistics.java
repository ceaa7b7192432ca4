package io.dynamap.runtime.batch;

/**
 * What a {@link BatchWriter} has done so far: a snapshot, from {@link BatchWriter#statistics()}.
 *
 * @param itemsWritten puts and deletes DynamoDB has confirmed
 * @param itemsCollapsed puts and deletes replaced, before they were sent, by a later one for the
 *     same key in the same buffer
 * @param itemsFailed puts and deletes not written, listed in the writer's {@link
 *     BatchWriteException}: given up on, or given to the writer after it had failed
 * @param requests {@code BatchWriteItem} calls made, failed ones included
 * @param retries calls that sent items again after they came back unprocessed or their call failed;
 *     included in {@code requests}
 * @param unprocessedItems items DynamoDB returned as {@code UnprocessedItems}, counted each time
 * @param throttles calls that failed as a whole because DynamoDB throttled them ({@code
 *     ProvisionedThroughputExceededException}, {@code ThrottlingException}, {@code
 *     RequestLimitExceeded}), after the SDK's own retries
 */
public record BatchWriteStatistics(
    long itemsWritten,
    long itemsCollapsed,
    long itemsFailed,
    long requests,
    long retries,
    long unprocessedItems,
    long throttles) {}
