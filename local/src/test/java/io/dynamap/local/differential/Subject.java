package io.dynamap.local.differential;

/** The server under test, Dynamap Local over HTTP on a free loopback port. */
final class Subject implements AutoCloseable {
  private final AutoCloseable server;
  private final JsonEndpoint endpoint;

  private Subject(AutoCloseable server, JsonEndpoint endpoint) {
    this.server = server;
    this.endpoint = endpoint;
  }

  static Subject start() throws Exception {
    // Until Dynamap Local's HTTP front exists: a second dynalite, to check the harness itself.
    DynaliteProcess dynalite = DynaliteProcess.start("dynalite (as subject)");
    return new Subject(dynalite, dynalite.endpoint());
  }

  JsonEndpoint endpoint() {
    return endpoint;
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
