package io.dynamap.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * JUnit 5 extension that gives tests the {@linkplain LocalDynamoDb#shared() shared} Dynamap Local.
 * Usually applied through {@link DynamapLocalTest}.
 *
 * <p>Constructors, test methods and lifecycle methods can declare parameters of these types:
 *
 * <ul>
 *   <li>{@link DynamoDbClient}: the shared server's {@linkplain LocalDynamoDb#client() client};
 *       do not close it.
 *   <li>{@link LocalDynamoDb}: the shared server itself.
 *   <li>{@link TestTables}: creates tables that are deleted after the test, even a failed one.
 * </ul>
 *
 * <p>The server starts when a test first asks for one of these, and stays up for the whole JVM.
 */
public final class DynamapLocalExtension
    implements ParameterResolver, AfterEachCallback, AfterAllCallback {
  private static final Namespace NAMESPACE = Namespace.create(DynamapLocalExtension.class);

  /** Creates the extension; JUnit does this for {@code @ExtendWith}. */
  public DynamapLocalExtension() {}

  /**
   * Resolves constructor parameters in the context of the test method the instance is made for,
   * so tables created in a constructor belong to that test (under the default per-method
   * lifecycle) rather than to the class.
   */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(
      ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == DynamoDbClient.class || type == LocalDynamoDb.class || type == TestTables.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == TestTables.class) {
      return tablesOf(context);
    }
    LocalDynamoDb db = LocalDynamoDb.shared();
    return type == LocalDynamoDb.class ? db : db.client();
  }

  /** Deletes the tables of the test that just ran; JUnit calls this even when the test failed. */
  @Override
  public void afterEach(ExtensionContext context) {
    deleteTablesOf(context);
  }

  /** Deletes the tables that belong to the class as a whole, made in {@code @BeforeAll} methods. */
  @Override
  public void afterAll(ExtensionContext context) {
    deleteTablesOf(context);
  }

  /**
   * The tables of exactly this context. The key names the context because store lookups also see
   * the enclosing contexts' entries, and a test must not be handed its class's tables.
   */
  private static TestTables tablesOf(ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            tablesKey(context),
            key -> new TestTables(LocalDynamoDb.shared().client()),
            TestTables.class);
  }

  private static void deleteTablesOf(ExtensionContext context) {
    TestTables tables = context.getStore(NAMESPACE).remove(tablesKey(context), TestTables.class);
    if (tables != null) {
      tables.deleteAll();
    }
  }

  private static String tablesKey(ExtensionContext context) {
    return "tables of " + context.getUniqueId();
  }
}
