package io.dynamap.local;

/** Starts Dynamap Local serving {@link FakeOperations}, for tests of the fronts in any package. */
public final class FakeLocal {
  private FakeLocal() {}

  public static DynamapLocal start(DynamapLocal.Builder builder, FakeOperations operations) {
    return builder.operations(operations.all()).start();
  }
}
