package io.dynamap.async;

/**
 * The non-blocking HTTP client under a {@link DynamapAsyncClients} client.
 *
 * <p>Both are the AWS SDK's own, kept up by AWS. {@link #NETTY} is the default: see {@link
 * DynamapAsyncClients} for why.
 */
public enum AsyncHttpClientKind {
  /**
   * The SDK's Netty client ({@code software.amazon.awssdk:netty-nio-client}), pure Java; a
   * dependency of {@code dynamap-async}.
   */
  NETTY,

  /**
   * The AWS Common Runtime client ({@code software.amazon.awssdk:aws-crt-client}), in native code
   * through JNI. Optional: add {@code software.amazon.awssdk:aws-crt-client} (its version comes
   * from the AWS SDK's BOM) to use it. It has no read timeout: a connection that brings less than
   * one byte per second for the socket timeout, rounded up to whole seconds and at least 2 s, is
   * cut instead. It reports a refused connection as a plain I/O error, so it is retried like any
   * network failure, even to an endpoint on this machine.
   */
  CRT
}
