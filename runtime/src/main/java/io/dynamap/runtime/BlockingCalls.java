package io.dynamap.runtime;

import io.dynamap.runtime.core.Call;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/** The blocking executor of calls whose results carry their details ({@link CallResult}). */
final class BlockingCalls {
  private BlockingCalls() {}

  /**
   * Sends one call and answers with its result, consumed capacity and request id, mapped by the
   * call's own functions; an SDK exception is recovered (an expected outcome) or thrown as
   * Dynamap's, exactly as the plain methods do.
   */
  static <Q, R extends DynamoDbResponse, V> CallResult<V> answer(
      Call<Q, R, V> call, Function<Q, R> method) {
    R response;
    try {
      response = method.apply(call.request());
    } catch (SdkException e) {
      return call.recoverAnswer(e);
    }
    return call.answer(response);
  }
}
