package io.dynamap.local;

import io.dynamap.local.api.Operation;
import java.time.Clock;
import java.util.List;

/**
 * The one place Dynamap Local gets its operations from. Until the engine's registry is merged, it
 * has none, and every request is answered {@code UnknownOperationException}.
 */
final class LocalOperations {
  private LocalOperations() {}

  /** A fresh engine's operations, with time read from {@code clock}. */
  static List<Operation> create(Clock clock) {
    return List.of();
  }
}
