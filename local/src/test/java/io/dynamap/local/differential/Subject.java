package io.dynamap.local.differential;

import io.dynamap.local.DynamapLocal;

/**
 * The server under test: Dynamap Local over HTTP on a free loopback port. With {@code
 * -Ddifferential.subject=dynalite} it is a second dynalite instead, which checks the harness itself
 * (two dynalites must never diverge).
 */
final class Subject implements AutoCloseable {
  private final AutoCloseable server;
  private final JsonEndpoint endpoint;

  private Subject(AutoCloseable server, JsonEndpoint endpoint) {
    this.server = server;
    this.endpoint = endpoint;
  }

  static Subject start() throws Exception {
    if ("dynalite".equals(System.getProperty("differential.subject"))) {
      DynaliteProcess dynalite = DynaliteProcess.start("dynalite (as subject)");
      return new Subject(dynalite, dynalite.endpoint());
    }
    DynamapLocal local = DynamapLocal.start();
    return new Subject(local, new JsonEndpoint("Dynamap Local", local.endpoint()));
  }

  JsonEndpoint endpoint() {
    return endpoint;
  }

  String name() {
    return endpoint.name();
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
