/**
 * The tuned DynamoDB client: {@link io.dynamap.runtime.client.DynamapClients} builds the blocking
 * one, and {@link io.dynamap.runtime.client.ClientSettings} holds what the blocking and the
 * non-blocking builders share (timeouts, pool, retries, listeners), their defaults and their checks,
 * written once.
 */
package io.dynamap.runtime.client;
