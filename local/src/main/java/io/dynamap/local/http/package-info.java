/**
 * Dynamap Local's transports: {@link io.dynamap.local.http.HttpFront}, DynamoDB's JSON protocol
 * over HTTP on the JDK's server, and {@link io.dynamap.local.http.InProcessHttpClient}, an AWS SDK
 * HTTP client that hands requests over without a socket. Both hand every request to the same {@link
 * io.dynamap.local.api.ApiHandler}.
 */
package io.dynamap.local.http;
