package io.github.batchtask.sandbox;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

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
 */
public final class BatchSandbox implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final String url;
  private final SandboxHandler handler;

  private BatchSandbox(HttpServer server, ExecutorService executor, String url,
      SandboxHandler handler) {
    this.server = server;
    this.executor = executor;
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
    return server.getAddress().getPort();
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
    server.stop(0);
    executor.shutdownNow();
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

    private Builder() {
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
      HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
      String url = "http://127.0.0.1:" + server.getAddress().getPort();
      AtomicInteger threads = new AtomicInteger();
      ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "batch-sandbox-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });
      SandboxHandler handler = new SandboxHandler(url, tasks, sharedKey, clock);
      server.createContext("/", handler);
      server.setExecutor(executor);
      server.start();
      return new BatchSandbox(server, executor, url, handler);
    }
  }
}
