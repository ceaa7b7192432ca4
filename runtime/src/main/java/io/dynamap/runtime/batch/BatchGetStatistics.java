package io.dynamap.runtime.batch;

/**
 * What one {@link BatchGetter.Request#execute()} did, from {@link BatchGetResult#statistics()}.
 *
 * @param keysRequested distinct keys read, after duplicates were collapsed
 * @param keysCollapsed keys given more than once (for the same table), read once
 * @param itemsFound keys that had an item
 * @param requests {@code BatchGetItem} calls made, failed ones included
 * @param retries calls that asked again for keys returned unprocessed or whose call failed;
 *     included in {@code requests}
 * @param unprocessedKeys keys DynamoDB returned as {@code UnprocessedKeys}, counted each time
 * @param throttles calls that failed as a whole because DynamoDB throttled them, after the SDK's
 *     own retries
 */
public record BatchGetStatistics(
    long keysRequested,
    long keysCollapsed,
    long itemsFound,
    long requests,
    long retries,
    long unprocessedKeys,
    long throttles) {}
