package io.dynamap.runtime.retry;

import static io.dynamap.runtime.retry.FailureKindTest.serviceError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/** The strategy driven through the SDK's retry API, as the SDK drives it between attempts. */
class DynamapRetryStrategyTest {
  private static final Throwable THROTTLED =
      serviceError("ProvisionedThroughputExceededException", 400);
  private static final Throwable SERVER_ERROR = serviceError("InternalServerError", 500);
  private static final Throwable INVALID = serviceError("ValidationException", 400);
  private static final Throwable READ_TIMEOUT =
      SdkClientException.create(
          "Unable to execute HTTP request", new SocketTimeoutException("Read timed out"));

  private static RetryToken start(DynamapRetryStrategy strategy) {
    return strategy.acquireInitialToken(AcquireInitialTokenRequest.create("GLOBAL")).token();
  }

  private static RefreshRetryTokenResponse fail(
      DynamapRetryStrategy strategy, RetryToken token, Throwable failure) {
    return strategy.refreshRetryToken(
        RefreshRetryTokenRequest.builder().token(token).failure(failure).build());
  }

  @Test
  void throttlingIsRetriedQuicklyAndWithoutGrowth() {
    DynamapRetryStrategy strategy = DynamapRetryStrategy.builder().maxAttempts(10).build();
    RetryToken token = start(strategy);

    for (int retry = 1; retry <= 9; retry++) {
      RefreshRetryTokenResponse response = fail(strategy, token, THROTTLED);
      Duration delay = response.delay();
      assertTrue(
          delay.compareTo(Duration.ofMillis(25)) >= 0
              && delay.compareTo(Duration.ofMillis(75)) <= 0,
          "throttling retry " + retry + " waits about 50 ms, not " + delay);
      token = response.token();
    }

    assertEquals(9, strategy.statistics().throttleRetries());
    assertEquals(0, strategy.statistics().errorRetries());
  }

  @Test
  void serverErrorsAndTimeoutsBackOffExponentially() {
    DynamapRetryStrategy strategy = DynamapRetryStrategy.builder().maxAttempts(5).build();
    RetryToken token = start(strategy);
    long[] nominal = {250, 500, 1000, 2000};

    for (int retry = 0; retry < 4; retry++) {
      RefreshRetryTokenResponse response =
          fail(strategy, token, retry % 2 == 0 ? SERVER_ERROR : READ_TIMEOUT);
      long delay = response.delay().toMillis();
      assertTrue(
          delay >= nominal[retry] / 2 && delay <= nominal[retry] * 3 / 2,
          "error retry " + (retry + 1) + " waits about " + nominal[retry] + " ms, not " + delay);
      token = response.token();
    }

    assertEquals(4, strategy.statistics().errorRetries());
    assertEquals(0, strategy.statistics().throttleRetries());
  }

  @Test
  void clientErrorsAreNeverRetried() {
    DynamapRetryStrategy strategy = DynamapRetryStrategy.builder().maxAttempts(5).build();

    assertThrows(
        TokenAcquisitionFailedException.class, () -> fail(strategy, start(strategy), INVALID));

    assertEquals(0, strategy.statistics().retries());
    assertEquals(1, strategy.statistics().nonRetryableFailures());
    assertEquals(0, strategy.statistics().retriesExhausted());
  }

  @Test
  void attemptsAreBoundedAndExhaustionIsCounted() {
    DynamapRetryStrategy strategy = DynamapRetryStrategy.builder().maxAttempts(3).build();
    RetryToken token = start(strategy);
    token = fail(strategy, token, THROTTLED).token();
    token = fail(strategy, token, SERVER_ERROR).token();
    RetryToken last = token;

    assertThrows(TokenAcquisitionFailedException.class, () -> fail(strategy, last, THROTTLED));

    RetryStatistics statistics = strategy.statistics();
    assertEquals(1, statistics.throttleRetries());
    assertEquals(1, statistics.errorRetries());
    assertEquals(1, statistics.retriesExhausted());
    assertEquals(3, strategy.maxAttempts());
  }

  @Test
  void aRefusedConnectionIsRetriedUnlessRefusalsAreFinal() {
    Throwable refused =
        SdkClientException.create(
            "Unable to execute HTTP request",
            new ConnectException("Connect to 127.0.0.1:8000 failed: Connection refused"));
    DynamapRetryStrategy retrying = DynamapRetryStrategy.builder().maxAttempts(5).build();
    DynamapRetryStrategy failingFast =
        DynamapRetryStrategy.builder().maxAttempts(5).refusedConnectionsFinal(true).build();

    fail(retrying, start(retrying), refused);
    assertThrows(
        TokenAcquisitionFailedException.class,
        () -> fail(failingFast, start(failingFast), refused));
    fail(failingFast, start(failingFast), READ_TIMEOUT); // other network failures still retried

    assertEquals(1, retrying.statistics().errorRetries());
    assertEquals(1, failingFast.statistics().nonRetryableFailures());
    assertEquals(0, failingFast.statistics().retriesExhausted());
    assertEquals(1, failingFast.statistics().errorRetries());
  }

  @Test
  void oneAttemptMeansNoRetries() {
    DynamapRetryStrategy strategy = DynamapRetryStrategy.builder().maxAttempts(1).build();

    assertThrows(
        TokenAcquisitionFailedException.class, () -> fail(strategy, start(strategy), SERVER_ERROR));
    assertEquals(1, strategy.statistics().retriesExhausted());
  }

  @Test
  void retriesOfTheCallBoundToTheThreadAreCountedForIt() {
    DynamapRetryStrategy strategy = DynamapRetryStrategy.builder().maxAttempts(5).build();
    CallRetries call = CallRetries.begin("PutItem", "Orders");
    try {
      RetryToken token = start(strategy);
      token = fail(strategy, token, THROTTLED).token();
      token = fail(strategy, token, THROTTLED).token();
      token = fail(strategy, token, READ_TIMEOUT).token();
      strategy.recordSuccess(RecordSuccessRequest.create(token));
    } finally {
      call.end();
    }

    assertEquals(2, call.throttleRetries());
    assertEquals(1, call.errorRetries());
    assertFalse(CallRetries.current().isPresent(), "unbound after end()");
  }

  @Test
  void aRetryIsCountedWhenItsAttemptStartsNotWhenACallAbortedWhileWaitingEndsWithoutIt() {
    DynamapRetryStrategy strategy = DynamapRetryStrategy.builder().maxAttempts(5).build();
    // Attempt 1 fails; the retry is scheduled; the thread is interrupted during the backoff, and
    // the SDK ends the call without another attempt.
    CallRetries aborted = CallRetries.begin("Scan", "Orders");
    try {
      fail(strategy, start(strategy), SERVER_ERROR);
      assertEquals(0, strategy.statistics().errorRetries(), "not yet made");
      aborted.end(AbortedException.builder().message("Thread was interrupted").build());
    } finally {
      aborted.end();
    }
    assertEquals(0, aborted.errorRetries());
    assertEquals(0, strategy.statistics().errorRetries());
    assertEquals(1, strategy.statistics().callsAborted());

    // A retry whose attempt starts is counted then; a call out of time while waiting is exhausted.
    CallRetries timedOut = CallRetries.begin("Scan", "Orders");
    try {
      fail(strategy, start(strategy), SERVER_ERROR);
      timedOut.attemptStarting();
      assertEquals(1, strategy.statistics().errorRetries());
      fail(strategy, start(strategy), SERVER_ERROR);
      timedOut.end(ApiCallTimeoutException.create(1000));
    } finally {
      timedOut.end();
    }
    assertEquals(1, timedOut.errorRetries());
    assertEquals(1, strategy.statistics().errorRetries());
    assertEquals(1, strategy.statistics().retriesExhausted());
    assertEquals(1, strategy.statistics().callsAborted());
  }

  @Test
  void anAttemptAbortedByAnInterruptIsNotRetriedNorCountedAsAClientError() {
    DynamapRetryStrategy strategy = DynamapRetryStrategy.builder().maxAttempts(5).build();
    Throwable interrupted =
        AbortedException.builder()
            .message("Thread was interrupted")
            .cause(new java.io.InterruptedIOException())
            .build();
    assertThrows(
        TokenAcquisitionFailedException.class, () -> fail(strategy, start(strategy), interrupted));
    assertEquals(0, strategy.statistics().retries());
    assertEquals(0, strategy.statistics().nonRetryableFailures());
    assertEquals(1, strategy.statistics().callsAborted());
    // A timeout, which the SDK also makes with an interrupt, is a network failure and retried.
    fail(strategy, start(strategy), ApiCallAttemptTimeoutException.create(500));
    assertEquals(1, strategy.statistics().errorRetries());
  }

  @Test
  void anAsynchronousCallLeavesTheThreadWithItsFirstTokenWhichCarriesItToOtherThreads()
      throws Exception {
    DynamapRetryStrategy strategy = DynamapRetryStrategy.builder().maxAttempts(5).build();
    CallRetries outer = CallRetries.begin("Query", "Orders"); // a blocking call in progress
    CallRetries call = CallRetries.beginAsync("PutItem", "Orders");
    RetryToken first = start(strategy);
    assertSame(outer, CallRetries.current().orElseThrow(), "the async call left the thread");

    // Its attempts fail, are retried and end on another thread, as an async client runs them.
    AtomicReference<RetryToken> token = new AtomicReference<>(first);
    Thread sdkThread =
        new Thread(
            () -> {
              token.set(fail(strategy, token.get(), THROTTLED).token());
              call.attemptStarting();
              token.set(fail(strategy, token.get(), SERVER_ERROR).token());
              call.attemptStarting();
              strategy.recordSuccess(RecordSuccessRequest.create(token.get()));
              call.end();
            });
    sdkThread.start();
    sdkThread.join();

    assertEquals(1, call.throttleRetries());
    assertEquals(1, call.errorRetries());
    assertEquals(0, outer.throttleRetries() + outer.errorRetries(), "not the blocking call's");
    assertSame(outer, CallRetries.current().orElseThrow());
    outer.end();
    assertFalse(CallRetries.current().isPresent());
  }

  @Test
  void anAsynchronousCallThatNeverReachedTheStrategyIsNotKeptUnderTheNextOne() {
    CallRetries stale = CallRetries.beginAsync("GetItem", "Orders"); // a client without it
    CallRetries next = CallRetries.beginAsync("GetItem", "Orders");
    assertSame(next, CallRetries.current().orElseThrow());
    start(DynamapRetryStrategy.builder().build());
    assertFalse(CallRetries.current().isPresent(), "the stale call was dropped: " + stale);
  }

  @Test
  void nestedCallsRestoreTheEnclosingOne() {
    CallRetries outer = CallRetries.begin("Query", "Orders");
    CallRetries inner = CallRetries.begin("PutItem", null);
    assertSame(inner, CallRetries.current().orElseThrow());
    inner.end();
    inner.end();
    assertSame(outer, CallRetries.current().orElseThrow());
    outer.end();
    assertFalse(CallRetries.current().isPresent());
  }

  @Test
  void circuitBreakerIsOffSoSustainedThrottlingNeverStopsRetries() {
    // The SDK's bucket holds 500 tokens and a retry costs 5: with it on, retries stop after 100.
    DynamapRetryStrategy off = DynamapRetryStrategy.builder().maxAttempts(1000).build();
    DynamapRetryStrategy on =
        DynamapRetryStrategy.builder().maxAttempts(1000).circuitBreaker(true).build();
    assertFalse(off.circuitBreakerEnabled());

    RetryToken offToken = start(off);
    for (int i = 0; i < 150; i++) {
      offToken = fail(off, offToken, THROTTLED).token();
    }
    RetryToken onToken = start(on);
    int retriesWithBreaker = 0;
    try {
      while (retriesWithBreaker < 150) {
        onToken = fail(on, onToken, THROTTLED).token();
        retriesWithBreaker++;
      }
    } catch (TokenAcquisitionFailedException expected) {
      // The bucket ran dry.
    }

    assertEquals(150, off.statistics().throttleRetries());
    assertEquals(100, retriesWithBreaker);
    assertEquals(1, on.statistics().retriesExhausted());
  }

  @Test
  void extraRetryConditionsAndThrottlingPredicateApply() {
    DynamapRetryStrategy strategy =
        DynamapRetryStrategy.builder()
            .maxAttempts(5)
            .retryOnException(failure -> failure == INVALID)
            .treatAsThrottling(failure -> failure == SERVER_ERROR)
            .build();
    RetryToken token = start(strategy);

    token = fail(strategy, token, INVALID).token();
    fail(strategy, token, SERVER_ERROR);

    assertEquals(1, strategy.statistics().errorRetries());
    assertEquals(1, strategy.statistics().throttleRetries());
  }

  @Test
  void toBuilderKeepsTheConfigurationAndStatistics() {
    RetryStatistics statistics = new RetryStatistics();
    DynamapRetryStrategy strategy =
        DynamapRetryStrategy.builder()
            .maxAttempts(4)
            .statistics(statistics)
            .circuitBreaker(true)
            .build();

    DynamapRetryStrategy copy = strategy.toBuilder().build();

    assertEquals(4, copy.maxAttempts());
    assertSame(statistics, copy.statistics());
    assertTrue(copy.circuitBreakerEnabled());
    assertFalse(copy.useClientDefaults(), "the SDK must not add its own retry conditions");
  }

  @Test
  void foreignTokensAreRefused() {
    DynamapRetryStrategy strategy = DynamapRetryStrategy.builder().build();
    RetryToken foreign = new RetryToken() {};

    assertThrows(IllegalArgumentException.class, () -> fail(strategy, foreign, THROTTLED));
  }
}
