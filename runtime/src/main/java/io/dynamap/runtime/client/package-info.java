/**
 * What the blocking and the non-blocking client builders share: {@link
 * io.dynamap.runtime.client.ClientSettings}, the settings of a tuned DynamoDB client, their
 * defaults and their checks, written once.
 */
package io.dynamap.runtime.client;
