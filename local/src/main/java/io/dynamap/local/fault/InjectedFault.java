package io.dynamap.local.fault;

import java.util.List;

/**
 * One fault the {@link FaultInjector} injected.
 *
 * @param request the request's number in the order the injector received requests, from 1
 * @param operation the DynamoDB operation, such as {@code PutItem}
 * @param tables the tables the request named
 * @param fault what was done
 * @param requestId the request id of the injector's error answer, or {@code null} for faults that
 *     send no answer of their own
 * @param unprocessed for {@link Fault#UNPROCESSED}: the items or keys returned unprocessed; else 0
 * @param total for {@link Fault#UNPROCESSED}: the items or keys the request held; else 0
 */
public record InjectedFault(
    long request,
    String operation,
    List<String> tables,
    Fault fault,
    String requestId,
    int unprocessed,
    int total) {
  /** Copies the table list. */
  public InjectedFault {
    tables = List.copyOf(tables);
  }
}
