/**
 * Testing support for Dynamap and its users: DynamoDB Local started inside the test JVM ({@link
 * io.dynamap.testing.LocalDynamoDb}), a JUnit 5 extension that injects its client ({@link
 * io.dynamap.testing.DynamoDbLocalTest}), and per-test tables that clean up after themselves
 * ({@link io.dynamap.testing.TestTables}).
 *
 * <p>Nothing needs to be installed or configured: the server, including the SQLite native library
 * it runs on, comes from the {@code com.amazonaws:DynamoDBLocal} dependency of this module.
 */
package io.dynamap.testing;
