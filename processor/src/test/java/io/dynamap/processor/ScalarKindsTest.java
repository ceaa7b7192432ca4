package io.dynamap.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamap.processor.model.ScalarKind;
import io.dynamap.runtime.expr.ScalarAttributes;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Generated metamodels name the runtime's {@code ScalarAttributes.Kind} by the processor's
 * {@link ScalarKind} names: the two enums must list the same constants.
 */
class ScalarKindsTest {
  @Test
  void theRuntimeKnowsEveryScalarKindByName() {
    assertEquals(
        Arrays.stream(ScalarKind.values()).map(Enum::name).toList(),
        Arrays.stream(ScalarAttributes.Kind.values()).map(Enum::name).toList());
  }
}
