/**
 * The non-blocking side of Dynamap: {@link io.dynamap.async.DynamapAsyncClients} makes a tuned
 * {@link software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient}, the counterpart of the
 * runtime's {@link io.dynamap.runtime.client.DynamapClients}. A module of its own ({@code
 * dynamap-async}), so that users of the blocking API get no Netty on their class path.
 */
package io.dynamap.async;
