/**
 * Waiting for tables: {@link io.dynamap.runtime.waiter.TableWaiter} polls {@code DescribeTable}
 * on the SDK's waiter engine until a table exists, is gone, or has all its indexes active, under a
 * {@link io.dynamap.runtime.waiter.WaitPolicy} (poll interval and deadline); running out of time
 * is a {@link io.dynamap.runtime.waiter.TableWaitTimeoutException} naming the table and what it
 * was last seen doing.
 */
package io.dynamap.runtime.waiter;
