/**
 * Testing support for Dynamap and its users: Dynamap Local started inside the test JVM ({@link
 * io.dynamap.testing.LocalDynamoDb}), a JUnit 5 extension that injects its client ({@link
 * io.dynamap.testing.DynamapLocalTest}), per-test tables that clean up after themselves ({@link
 * io.dynamap.testing.TestTables}), and endpoints that inject faults ({@link
 * io.dynamap.testing.fault.FaultyEndpoint}).
 *
 * <p>Nothing needs to be installed or configured: the server is {@code dynamap-local}, an
 * in-process, open-source (Apache-2.0) DynamoDB-compatible engine written in Java.
 */
package io.dynamap.testing;
