/**
 * Dynamap's exceptions. {@link io.dynamap.runtime.error.DynamapException} is the root; {@link
 * io.dynamap.runtime.error.DynamoDbCallException} and its subclasses are DynamoDB's answers, typed
 * (a failed condition with the current item, a cancelled transaction with its reasons, throttling);
 * {@link io.dynamap.runtime.error.ItemMappingException} says which attribute of which item could
 * not be read or written. {@link io.dynamap.runtime.error.DynamapErrors} maps the SDK's exceptions
 * to these, in one place for the blocking and the non-blocking APIs.
 */
package io.dynamap.runtime.error;
