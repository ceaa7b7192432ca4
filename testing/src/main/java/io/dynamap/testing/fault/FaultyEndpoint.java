package io.dynamap.testing.fault;

import io.dynamap.local.DynamapLocal;
import io.dynamap.local.fault.Fault;
import io.dynamap.local.fault.FaultInjector;
import io.dynamap.local.fault.FaultPlan;
import io.dynamap.local.fault.InjectedFault;
import io.dynamap.local.http.HttpFront;
import java.net.URI;
import java.util.List;

/**
 * A second HTTP endpoint on a {@link DynamapLocal}'s tables that injects faults: point a client at
 * {@link #endpoint()} and some of its requests get throttling errors, server errors, delays,
 * dropped connections or partly unprocessed batches instead of, or besides, the server's answer;
 * clients of the server's own endpoint see the same tables without faults. Every fault injected is
 * logged ({@link #faults()}), so a test can compare what a client saw and counted with what was
 * done to it. Made by {@link io.dynamap.testing.LocalDynamoDb#withFaults}.
 *
 * <p>Which faults are drawn, and in what order, is the {@link FaultPlan}'s business: see {@link
 * FaultInjector}. This class only gives the injector an endpoint of its own.
 */
public final class FaultyEndpoint implements AutoCloseable {
  private final FaultInjector injector;
  private final HttpFront front;

  private FaultyEndpoint(FaultInjector injector, HttpFront front) {
    this.injector = injector;
    this.front = front;
  }

  /** Opens an endpoint on {@code server}'s tables, on a free loopback port. */
  public static FaultyEndpoint open(DynamapLocal server, FaultPlan plan) {
    FaultInjector injector = new FaultInjector(plan);
    return new FaultyEndpoint(injector, HttpFront.start(injector.wrap(server.api())));
  }

  /** Where clients send requests: {@code http://127.0.0.1:<port>}. */
  public URI endpoint() {
    return front.endpoint();
  }

  /** The injector: its plan can be replaced while the endpoint runs. */
  public FaultInjector injector() {
    return injector;
  }

  /** The seed of the plan's draws. */
  public long seed() {
    return injector.seed();
  }

  /** Queues faults for the next requests, one each, before any drawn one. */
  public void injectNext(Fault... faults) {
    injector.injectNext(faults);
  }

  /** Every fault injected so far, in order. */
  public List<InjectedFault> faults() {
    return injector.faults();
  }

  /** How many times {@code fault} was injected. */
  public long count(Fault fault) {
    return injector.count(fault);
  }

  /** How many times {@code fault} was injected into requests of {@code operation}. */
  public long count(Fault fault, String operation) {
    return injector.count(fault, operation);
  }

  /** Faults injected that fail an attempt: all but unprocessed batches. */
  public long failedAttempts() {
    return injector.failedAttempts();
  }

  /** Requests received. */
  public long requests() {
    return injector.requests();
  }

  /** Requests the server carried out (all or part of). */
  public long served() {
    return injector.served();
  }

  /** Forgets the faults injected so far and any queued ones; the draws go on where they were. */
  public void clearLog() {
    injector.clearLog();
  }

  /** Closes the endpoint; the server and its tables stay. */
  @Override
  public void close() {
    front.close();
  }

  @Override
  public String toString() {
    return "FaultyEndpoint[" + front.endpoint() + ", " + injector.plan() + "]";
  }
}
