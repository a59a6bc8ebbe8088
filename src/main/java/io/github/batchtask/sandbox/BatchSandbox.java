package io.github.batchtask.sandbox;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * A local imitation of the Azure Batch "Get information about a task" operation, for tests and
 * the command line. It answers {@code GET /jobs/{jobId}/tasks/{taskId}?api-version=...} on
 * 127.0.0.1 with the service's headers, conditional requests, errors and, when an account is
 * set, Shared Key checks.
 *
 * <pre>{@code
 * try (BatchSandbox sandbox = BatchSandbox.builder().tasksDirectory(dir).start()) {
 *   String endpoint = sandbox.url(); // http://127.0.0.1:PORT
 * }
 * }</pre>
 *
 * <p>Tasks are read from {@code DIR/{jobId}/{taskId}.json} on every request and served byte for
 * byte. The reference page's examples are built in as job {@code job-0000000001}, tasks
 * {@code mytask1} (the completed task) and {@code mymultiinstancetask}; a file in the tasks
 * directory takes precedence.
 *
 * <p>Connections are bounded ({@link Builder#maxConnections}) and a request head must arrive
 * within {@link Builder#headerTimeout}; oversized heads get 414 or 431. No answer names a local
 * path.
 */
public final class BatchSandbox implements AutoCloseable {
  private final SandboxServer server;
  private final String url;
  private final SandboxHandler handler;

  private BatchSandbox(SandboxServer server, String url, SandboxHandler handler) {
    this.server = server;
    this.url = url;
    this.handler = handler;
  }

  /** Returns a builder of a sandbox on any free port, with built-in tasks only. */
  public static Builder builder() {
    return new Builder();
  }

  /** The endpoint to give a client, e.g. {@code http://127.0.0.1:53124}. */
  public String url() {
    return url;
  }

  /** The port the sandbox listens on. */
  public int port() {
    return server.port();
  }

  /** How many answers with this HTTP status the sandbox has sent, such as 304 "not modified". */
  public int answered(int status) {
    return handler.answered(status);
  }

  /** The line to print once the sandbox runs: {@code Listening on http://127.0.0.1:PORT}. */
  public String banner() {
    return "Listening on " + url;
  }

  /** Stops listening at once; requests in flight are cut off. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "BatchSandbox{" + url + "}";
  }

  /** Configures and starts a {@link BatchSandbox}. */
  public static final class Builder {
    private int port;
    private Path tasksDirectory;
    private SharedKey sharedKey;
    private Clock clock = Clock.systemUTC();
    private int maxConnections = SandboxServer.DEFAULT_MAX_CONNECTIONS;
    private Duration headerTimeout = SandboxServer.DEFAULT_HEADER_TIMEOUT;
    private Duration responseTimeout = SandboxServer.DEFAULT_RESPONSE_TIMEOUT;

    private Builder() {
    }

    /**
     * How many connections are served at once, one thread each ({@value
     * SandboxServer#DEFAULT_MAX_CONNECTIONS} by default); more are answered 503 and closed.
     */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1) {
        throw new IllegalArgumentException("maxConnections < 1: " + maxConnections);
      }
      this.maxConnections = maxConnections;
      return this;
    }

    /**
     * How long a request's line and headers may take to arrive, in all (10 s by default);
     * slower requests are answered 408 and closed.
     */
    public Builder headerTimeout(Duration headerTimeout) {
      requireNonNull(headerTimeout, "headerTimeout == null");
      if (headerTimeout.isNegative() || headerTimeout.isZero()) {
        throw new IllegalArgumentException("headerTimeout must be positive: " + headerTimeout);
      }
      this.headerTimeout = headerTimeout;
      return this;
    }

    /** The port to listen on; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port < 0 || port > 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /** Where tasks are read from, as {@code {jobId}/{taskId}.json}. */
    public Builder tasksDirectory(Path tasksDirectory) {
      this.tasksDirectory = requireNonNull(tasksDirectory, "tasksDirectory == null");
      return this;
    }

    /**
     * Requires every request to be signed with this account's Shared Key. Without it, requests
     * are not authenticated.
     */
    public Builder account(String name, String base64Key) {
      requireNonNull(name, "name == null");
      requireNonNull(base64Key, "base64Key == null");
      this.sharedKey = new SharedKey(name, base64Key);
      return this;
    }

    /** How long answering one request may take, 30 s by default; tests shorten it. */
    Builder responseTimeout(Duration responseTimeout) {
      this.responseTimeout = requireNonNull(responseTimeout, "responseTimeout == null");
      return this;
    }

    /** The clock request dates are checked against; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /** Binds to 127.0.0.1 and starts answering requests. */
    public BatchSandbox start() throws IOException {
      if (tasksDirectory != null && !Files.isDirectory(tasksDirectory)) {
        throw new NotDirectoryException(tasksDirectory.toString());
      }
      Tasks tasks = new Tasks(tasksDirectory);

      InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
      SandboxServer server = new SandboxServer(loopback, port, maxConnections, headerTimeout,
          responseTimeout);
      String url = "http://127.0.0.1:" + server.port();
      SandboxHandler handler = new SandboxHandler(url, tasks, sharedKey, clock);
      server.start(handler);
      return new BatchSandbox(server, url, handler);
    }
  }
}
