package io.dynamap.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit 5 test class that uses Dynamap Local: its constructor, test and lifecycle methods
 * can take a {@link software.amazon.awssdk.services.dynamodb.DynamoDbClient DynamoDbClient}, the
 * {@link LocalDynamoDb} or {@link TestTables} as parameters. See {@link DynamapLocalExtension}.
 *
 * <pre>{@code
 * @DynamapLocalTest
 * class OrderRepositoryTest {
 *   @Test
 *   void storesAnOrder(TestTables tables, DynamoDbClient client) {
 *     String table = tables.create(OrderSchema.INSTANCE);
 *     client.putItem(put -> put.tableName(table).item(OrderSchema.INSTANCE.toItem(order)));
 *     ...
 *   }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(DynamapLocalExtension.class)
public @interface DynamapLocalTest {}
