package io.dynamap.testing;

import com.amazonaws.services.dynamodbv2.local.shared.access.sqlite.SQLiteLibraryLoader;
import com.amazonaws.services.dynamodbv2.local.shared.access.sqlite.SQLiteLibraryLoaderUtil;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the SQLite native library that DynamoDB Local stores its tables in, before the server
 * starts.
 *
 * <p>DynamoDB Local (2.6.1 here) bundles the library for Linux (x86, x86_64, aarch64), macOS (x86_64,
 * aarch64) and Windows (x86, x86_64) inside its own jar and extracts it to {@code java.io.tmpdir}
 * (or {@code org.sqlite.tmpdir}); {@code sqlite4java.library.path} plays no part. It does that
 * lazily, on the first request, and a failure there only turns every request into an HTTP 500.
 * Loading it here instead makes an unsupported platform fail at start, once, with a message that
 * says what to do.
 */
final class SqliteNativeLibrary {
  private static final String BUNDLED_LIBRARIES =
      "com/amazonaws/services/dynamodbv2/local/shared/access/sqlite/native/";

  /** Held because java.util.logging keeps loggers weakly and would forget the level set. */
  private static final Logger SQLITE4JAVA_LOGGER = Logger.getLogger("com.almworks.sqlite4java");

  private static boolean loaded;
  private static LoadFailure failure;

  private SqliteNativeLibrary() {}

  /**
   * Loads the library once per JVM.
   *
   * @throws LoadFailure if no library fits this platform or it cannot be loaded; the same failure
   *     is reported again on later calls, since DynamoDB Local does not retry
   */
  static synchronized void load() {
    if (loaded) {
      return;
    }
    quietSqlite4javaLogging();
    if (failure != null) {
      throw new LoadFailure(failure.getMessage(), failure.getCause());
    }
    try {
      SQLiteLibraryLoader.initialize();
      loaded = true;
    } catch (Exception | LinkageError e) {
      failure =
          new LoadFailure(
              "DynamoDB Local cannot load its SQLite native library on "
                  + platform()
                  + ". "
                  + whereItIsLookedFor()
                  + " If your platform has none, point the system property org.sqlite.lib.path"
                  + " to a folder holding a sqlite4java native library built for it"
                  + " (org.sqlite.lib.name names the file), or run the tests on a supported"
                  + " platform.",
              e);
      throw failure;
    }
  }

  /**
   * sqlite4java reports every database it opens at INFO, which a test run does not need. A level
   * the application configured is left alone.
   */
  private static void quietSqlite4javaLogging() {
    if (SQLITE4JAVA_LOGGER.getLevel() == null) {
      SQLITE4JAVA_LOGGER.setLevel(Level.WARNING);
    }
  }

  /** Where DynamoDB Local looks for the library, in its order, for error messages; never fails. */
  static String whereItIsLookedFor() {
    String resource;
    try {
      resource =
          BUNDLED_LIBRARIES
              + SQLiteLibraryLoaderUtil.getNativeLibFolderPathForCurrentOS()
              + "/"
              + SQLiteLibraryLoaderUtil.getNativeLibName();
    } catch (RuntimeException | LinkageError e) {
      resource = BUNDLED_LIBRARIES + "<os>/<arch>/" + System.mapLibraryName("sqlite4java");
    }
    String configuredPath = System.getProperty("org.sqlite.lib.path");
    return "DynamoDB Local loads its SQLite native library from the folder named by the system"
        + " property org.sqlite.lib.path ("
        + (configuredPath == null ? "not set" : "set to " + configuredPath)
        + "), else extracts it from the resource "
        + resource
        + " of the DynamoDBLocal jar into "
        + System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir"))
        + " (which must be writable and allow loading libraries), else looks in java.library.path.";
  }

  static String platform() {
    String name = System.getProperty("os.name");
    String arch = System.getProperty("os.arch");
    return "os.name=" + name + ", os.arch=" + arch;
  }

  /** The library could not be loaded; the message says why and what to do. */
  static final class LoadFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LoadFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
