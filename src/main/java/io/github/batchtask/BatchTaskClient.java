package io.github.batchtask;

import static java.util.Objects.requireNonNull;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.github.batchtask.api.TaskApi;
import io.github.batchtask.auth.BatchCredential;
import io.github.batchtask.auth.SharedKeyCredential;
import io.github.batchtask.internal.ByteReadingConverterFactory;
import io.github.batchtask.internal.HttpDates;
import io.github.batchtask.internal.Printable;
import io.github.batchtask.json.JsonByteWriter;
import io.github.batchtask.json.Redaction;
import io.github.batchtask.internal.ResponseTooLargeException;
import io.github.batchtask.internal.RetryInterceptor;
import io.github.batchtask.internal.SendInterceptor;
import io.github.batchtask.internal.SharedKeySigner;
import io.github.batchtask.model.BatchTask;
import io.github.batchtask.model.BatchTaskJson;
import io.github.batchtask.model.BatchTaskJsonAdapter;
import java.io.EOFException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Gets Azure Batch tasks. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * BatchTaskClient client = BatchTaskClient.builder()
 *     .endpoint("https://myaccount.westus.batch.azure.com")
 *     .credential(SharedKeyCredential.of("myaccount", key))
 *     .build();
 * BatchTask task = client.getTask("job-1", "task-1").task();
 * }</pre>
 */
public final class BatchTaskClient {
  /**
   * The api-version sent unless another is pinned: the one the spec and so the models describe,
   * the spec's {@code info.version}.
   */
  public static final String DEFAULT_API_VERSION = TaskApi.API_VERSION;

  /** The default {@link Builder#deadline deadline} of a call, in seconds. */
  public static final long DEFAULT_DEADLINE_SECONDS = 60;

  /** An api-version: a date, with the service version (".20.0") up to 2024. */
  private static final Pattern API_VERSION_SHAPE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}(\\.\\d{1,4}\\.\\d{1,4})?");

  /** This library's version, from its jar's manifest, or "development" when run from classes. */
  public static final String VERSION = version();

  private final HttpUrl endpoint;
  private final String apiVersion;
  private final BatchCredential credential;
  private final TaskApi api;
  private final TaskWaiter.Scheduler waitScheduler;
  private final Duration deadline;

  private BatchTaskClient(Builder builder) {
    this.deadline = builder.deadline;
    this.endpoint = builder.endpoint;
    this.apiVersion = builder.apiVersion;
    this.credential = builder.credential;
    this.waitScheduler = builder.waitScheduler;
    OkHttpClient.Builder http = (builder.okHttpClient != null
        ? builder.okHttpClient.newBuilder() : new OkHttpClient.Builder())
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .connectTimeout(builder.connectTimeout)
        .readTimeout(builder.readTimeout)
        .callTimeout(builder.deadline)
        .addInterceptor(new RetryInterceptor(builder.retryPolicy, builder.deadline,
            builder.maxResponseBytes, builder.sleeper, System::nanoTime, builder.clock))
        .addNetworkInterceptor(new SendInterceptor(builder.credential, builder.userAgent,
            builder.clock));
    if (builder.okHttpClient == null) {
      // Every call goes to one host: OkHttp's default of 5 per host would queue async calls.
      okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
      dispatcher.setMaxRequestsPerHost(64);
      http.dispatcher(dispatcher);
    }
    this.api = new Retrofit.Builder()
        .baseUrl(endpoint)
        .client(http.build())
        // Tasks are read straight from the body's bytes; anything else goes through Moshi.
        .addConverterFactory(ByteReadingConverterFactory.of(BatchTask.class,
            BatchTaskJsonAdapter::read))
        .addConverterFactory(MoshiConverterFactory.create(BatchTaskJson.moshi()))
        .build()
        .create(TaskApi.class);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Gets a task. */
  public TaskResult getTask(String jobId, String taskId) {
    return getTask(jobId, taskId, GetTaskOptions.defaults());
  }

  /**
   * Gets a task.
   *
   * @throws BatchServiceException if the service answers with an error, such as 404
   *     TaskNotFound or 412 ConditionNotMet.
   * @throws BatchTransportException if the service cannot be reached within the retry policy,
   *     or the deadline passed ({@link BatchTransportException#deadlineExceeded()}).
   * @throws BatchResponseException if the answer cannot be read.
   * @throws IllegalArgumentException if an id is empty, {@code .}, {@code ..} or too long.
   */
  public TaskResult getTask(String jobId, String taskId, GetTaskOptions options) {
    Call<BatchTask> call = call(jobId, taskId, options);
    String clientRequestId = call.request().header("client-request-id");
    Response<BatchTask> response;
    try {
      response = call.execute();
    } catch (IOException | RuntimeException e) {
      throw failure(e, clientRequestId, call.isCanceled());
    }
    return result(response, clientRequestId, conditional(options));
  }

  /** Gets a task without blocking; the future fails with the exceptions of the blocking call. */
  public CompletableFuture<TaskResult> getTaskAsync(String jobId, String taskId) {
    return getTaskAsync(jobId, taskId, GetTaskOptions.defaults());
  }

  /** Gets a task without blocking; the future fails with the exceptions of the blocking call. */
  public CompletableFuture<TaskResult> getTaskAsync(String jobId, String taskId,
      GetTaskOptions options) {
    Call<BatchTask> call = call(jobId, taskId, options);
    String clientRequestId = call.request().header("client-request-id");
    CompletableFuture<TaskResult> future = new CompletableFuture<>() {
      @Override public boolean cancel(boolean mayInterruptIfRunning) {
        call.cancel();
        return super.cancel(mayInterruptIfRunning);
      }
    };
    call.enqueue(new Callback<BatchTask>() {
      @Override public void onResponse(Call<BatchTask> c, Response<BatchTask> response) {
        try {
          future.complete(result(response, clientRequestId, conditional(options)));
        } catch (RuntimeException e) {
          future.completeExceptionally(e);
        }
      }

      @Override public void onFailure(Call<BatchTask> c, Throwable t) {
        future.completeExceptionally(
            t instanceof IOException || t instanceof RuntimeException
                ? failure((Exception) t, clientRequestId, c.isCanceled()) : t);
      }
    });
    return future;
  }

  /**
   * Waits until the task reaches a state (by default {@code completed}) and returns it as then
   * read. Polls with {@code If-None-Match}, so an unchanged task costs a 304 and no body, and
   * polls less often while nothing changes (see {@link WaitOptions}). Each poll has this client's
   * retries; a failure they do not overcome ends the wait.
   *
   * @throws TaskWaitTimeoutException if the timeout passes first.
   * @throws BatchServiceException if a poll gets an error, such as 404 TaskNotFound.
   * @throws BatchTransportException if the service cannot be reached, or the thread is
   *     interrupted.
   */
  public BatchTask waitForTask(String jobId, String taskId, WaitOptions options) {
    return TaskWaiter.await(waitForTaskAsync(jobId, taskId, options));
  }

  /**
   * Waits without blocking, as {@link #waitForTask}; cancelling the future stops the polls. The
   * listener is called on the threads that poll.
   */
  public CompletableFuture<BatchTask> waitForTaskAsync(String jobId, String taskId,
      WaitOptions options) {
    checkId(jobId, "jobId");
    checkId(taskId, "taskId");
    return TaskWaiter.start(this, jobId, taskId, options, waitScheduler, System::nanoTime);
  }

  private Call<BatchTask> call(String jobId, String taskId, GetTaskOptions options) {
    checkId(jobId, "jobId");
    checkId(taskId, "taskId");
    requireNonNull(options, "options == null");
    UUID clientRequestId =
        options.clientRequestId() != null ? options.clientRequestId() : UUID.randomUUID();
    return api.getTask(jobId, taskId,
        options.select() == null ? null : String.join(",", options.select()),
        options.expandStats() ? "stats" : null,
        options.serverTimeoutSeconds(),
        apiVersion,
        clientRequestId,
        options.returnClientRequestId() ? Boolean.TRUE : null,
        null,
        options.ifMatch(),
        options.ifNoneMatch(),
        options.ifModifiedSince() == null ? null : HttpDates.format(options.ifModifiedSince()),
        options.ifUnmodifiedSince() == null ? null
            : HttpDates.format(options.ifUnmodifiedSince()));
  }

  private static void checkId(String id, String name) {
    requireNonNull(id, name + " == null");
    if (id.isEmpty()) {
      throw new IllegalArgumentException(name + " is empty");
    }
    if (id.equals(".") || id.equals("..")) {
      throw new IllegalArgumentException(name + " cannot be \"" + id
          + "\": it would name another resource than a task");
    }
    if (id.length() > 1024) {
      throw new IllegalArgumentException(name + " is longer than 1024 characters");
    }
    int lone = JsonByteWriter.loneSurrogateIndex(id);
    if (lone >= 0) {
      throw new IllegalArgumentException(name + " holds an unpaired surrogate at index " + lone
          + ": it cannot be encoded in a URL");
    }
  }

  private static String version() {
    String version = BatchTaskClient.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  /** Whether a 304 may answer the read: only If-None-Match and If-Modified-Since ask for one. */
  private static boolean conditional(GetTaskOptions options) {
    return options.ifNoneMatch() != null || options.ifModifiedSince() != null;
  }

  private TaskResult result(Response<BatchTask> response, String clientRequestId,
      boolean conditional) {
    okhttp3.Response raw = response.raw();
    String requestId = raw.header("request-id");
    String echoed = raw.header("client-request-id");
    String sentOrEchoed = echoed != null ? echoed : clientRequestId;
    if (raw.code() == 304 && !conditional) {
      throw new BatchResponseException("HTTP 304 Not Modified answered a read that was not"
          + " conditional (request-id: " + (requestId == null ? "none" : Printable.escape(requestId))
          + ")", 304, requestId, null);
    }
    if (raw.code() == 304) {
      return new TaskResult(304, null, raw.header("ETag"),
          HttpDates.parse(raw.header("Last-Modified")), requestId, sentOrEchoed, retryAfter(raw));
    }
    if (!response.isSuccessful()) {
      String location = raw.isRedirect() ? raw.header("Location") : null;
      BatchServiceException error = ErrorBodies.exception(raw.code(), response.errorBody(),
          location, requestId, sentOrEchoed);
      throw raw.code() == 403 ? error.withStringToSign(stringToSign(raw)) : error;
    }
    BatchTask task = response.body();
    if (task == null) {
      throw new BatchResponseException("HTTP " + raw.code() + " with an empty body where a task"
          + " was expected (request-id: " + Printable.escape(requestId) + ")", raw.code(),
          requestId, null);
    }
    return new TaskResult(raw.code(), task, raw.header("ETag"),
        HttpDates.parse(raw.header("Last-Modified")), requestId, sentOrEchoed, retryAfter(raw));
  }

  /** The delay the answer asks for before the next request, or null; read only for answers used. */
  private static Duration retryAfter(okhttp3.Response raw) {
    long nanos = RetryInterceptor.requestedDelay(raw, Clock.systemUTC());
    return nanos < 0 ? null : Duration.ofNanos(nanos);
  }

  /** The Shared Key string-to-sign of the request as it was sent, or null. */
  private String stringToSign(okhttp3.Response raw) {
    okhttp3.Response network = raw.networkResponse();
    if (!(credential instanceof SharedKeyCredential) || network == null) {
      return null;
    }
    try {
      return SharedKeySigner.stringToSign(((SharedKeyCredential) credential).accountName(),
          network.request());
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Maps what Retrofit and OkHttp throw to this client's exceptions; {@code canceled} means the
   * call was canceled, which for a call nobody else holds means its deadline passed.
   */
  private RuntimeException failure(Exception e, String clientRequestId, boolean canceled) {
    if (e instanceof BatchException) {
      return (BatchException) e;
    }
    if (e instanceof JsonDataException || e instanceof JsonEncodingException
        || e instanceof EOFException) {
      return new BatchResponseException("the task in the response is malformed: "
          + Printable.escape(Redaction.sas(e.getMessage())), 200, null, null);
    }
    if (e instanceof ResponseTooLargeException) {
      return new BatchResponseException(e.getMessage(), 0, null, e);
    }
    if (e instanceof IOException && canceled) {
      return new BatchTransportException("no answer within the deadline of " + text(deadline)
          + ", retries included (client-request-id: " + clientRequestId + ")", (IOException) e,
          true);
    }
    if (e instanceof IOException) {
      return new BatchTransportException("could not get the task (client-request-id: "
          + clientRequestId + "): " + Printable.escape(Redaction.sas(e.toString())),
          (IOException) e, false);
    }
    return (RuntimeException) e;
  }

  /** {@code 60 s}, {@code 1500 ms}. */
  private static String text(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  @Override public String toString() {
    return "BatchTaskClient{endpoint=" + endpoint + ", apiVersion=" + apiVersion
        + ", credential=" + credential + "}";
  }

  /** Builds a {@link BatchTaskClient}; {@code endpoint} and {@code credential} are required. */
  public static final class Builder {
    private HttpUrl endpoint;
    private BatchCredential credential;
    private String apiVersion = DEFAULT_API_VERSION;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(40);
    private Duration deadline = Duration.ofSeconds(DEFAULT_DEADLINE_SECONDS);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private String userAgent = "batch-task-client/" + VERSION;
    private OkHttpClient okHttpClient;
    private long maxResponseBytes = 16L << 20;
    private RetryInterceptor.Sleeper sleeper = nanos -> TimeUnit.NANOSECONDS.sleep(nanos);
    private Clock clock = Clock.systemUTC();
    private TaskWaiter.Scheduler waitScheduler = TaskWaiter.DEFAULT_SCHEDULER;

    Builder() {
    }

    /**
     * The account endpoint, such as {@code https://myaccount.westus.batch.azure.com}. Plain
     * {@code http} is accepted only for loopback addresses (a local sandbox).
     */
    public Builder endpoint(String endpoint) {
      requireNonNull(endpoint, "endpoint == null");
      HttpUrl url = HttpUrl.parse(endpoint);
      if (url == null) {
        throw new IllegalArgumentException("not an http or https URL: " + endpoint
            + (endpoint.contains("://") || endpoint.isBlank() ? ""
                : "; did you mean https://" + endpoint.strip() + " ?"));
      }
      if (url.query() != null || url.fragment() != null) {
        throw new IllegalArgumentException("the endpoint takes no query or fragment: " + endpoint);
      }
      if (!url.encodedPath().endsWith("/")) {
        url = url.newBuilder().addPathSegment("").build();
      }
      this.endpoint = url;
      return this;
    }

    public Builder credential(BatchCredential credential) {
      this.credential = requireNonNull(credential, "credential == null");
      return this;
    }

    /**
     * The {@code api-version} to send, to pin another version than {@value #DEFAULT_API_VERSION}
     * (which the models describe): a date from 2025 on ({@code 2025-06-01}), a date with the
     * service version before ({@code 2024-07-01.20.0}).
     */
    public Builder apiVersion(String apiVersion) {
      requireNonNull(apiVersion, "apiVersion == null");
      if (!API_VERSION_SHAPE.matcher(apiVersion).matches()) {
        throw new IllegalArgumentException("apiVersion must look like 2025-06-01 or "
            + "2024-07-01.20.0, not \"" + apiVersion + "\"");
      }
      this.apiVersion = apiVersion;
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = requireNonNull(timeout, "timeout == null");
      return this;
    }

    /** The longest wait for a byte of the answer. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = requireNonNull(timeout, "timeout == null");
      return this;
    }

    /**
     * The longest a call may take, from the first byte sent to the last byte read, retries and
     * the waits between them included; {@value #DEFAULT_DEADLINE_SECONDS} s by default. A call
     * past it fails with a {@link BatchTransportException} whose {@code deadlineExceeded()} is
     * true, however slowly the service keeps sending.
     */
    public Builder deadline(Duration deadline) {
      requireNonNull(deadline, "deadline == null");
      if (deadline.isNegative() || deadline.isZero()) {
        throw new IllegalArgumentException("deadline must be positive: " + deadline);
      }
      this.deadline = deadline;
      return this;
    }

    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = requireNonNull(retryPolicy, "retryPolicy == null");
      return this;
    }

    public Builder userAgent(String userAgent) {
      requireNonNull(userAgent, "userAgent == null");
      if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c >= 0x7f)) {
        throw new IllegalArgumentException("userAgent must be printable ASCII");
      }
      this.userAgent = userAgent;
      return this;
    }

    /** A client to share connections and threads with; this one adds its own settings. */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = requireNonNull(okHttpClient, "okHttpClient == null");
      return this;
    }

    /** Answers with a larger body are refused before they fill memory; 16 MiB by default. */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1) {
        throw new IllegalArgumentException("maxResponseBytes < 1");
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    Builder sleeper(RetryInterceptor.Sleeper sleeper) {
      this.sleeper = requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    Builder waitScheduler(TaskWaiter.Scheduler waitScheduler) {
      this.waitScheduler = requireNonNull(waitScheduler, "waitScheduler == null");
      return this;
    }

    Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    public BatchTaskClient build() {
      if (endpoint == null) {
        throw new IllegalStateException("Calling endpoint() is required before build()");
      }
      if (credential == null) {
        throw new IllegalStateException("Calling credential() is required before build()");
      }
      if (!endpoint.isHttps() && !isLoopback(endpoint.host())) {
        throw new IllegalArgumentException("credentials are sent only over https, or over http"
            + " to a loopback address; not to " + endpoint.scheme() + "://" + endpoint.host());
      }
      return new BatchTaskClient(this);
    }

    private static boolean isLoopback(String host) {
      return host.equals("localhost") || host.equals("::1")
          || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

  }
}
