package io.github.batchtask.sandbox;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;

/**
 * Where task bodies come from: {@code DIR/{jobId}/{taskId}.json}, then the built-in tasks of job
 * {@value #BUILT_IN_JOB}: the reference page's examples and tasks as api-version 2025-06-01
 * sends them. Files are read on every request, so a test may change them while the sandbox runs.
 */
final class Tasks {
  /** The job of the built-in tasks (from the completed-task example's url). */
  static final String BUILT_IN_JOB = "job-0000000001";

  /** When a built-in task without {@code lastModified} was last modified: the page's date. */
  static final Instant BUILT_IN_TIME = Instant.parse("2017-02-01T00:00:00Z");

  /**
   * Built-in task ids (lower case: ids are case-insensitive) to their resources beside this
   * class: the page's examples (2017-05-01.5.0) and service-style 2025-06-01 tasks.
   */
  static final Map<String, String> BUILT_IN_FILES = Map.of(
      "mytask1", "examples/completed-task.json",
      "mymultiinstancetask", "examples/multi-instance-task.json",
      "task-2025-container", "tasks/container-task.json",
      "task-2025-active", "tasks/active-task.json",
      "task-2025-failed", "tasks/failed-task.json");

  /** A task body and what the headers need to know about it. */
  record Task(byte[] body, Instant fileTime, String source) {
  }

  /** What a scan of a task body found: its top-level names and {@code lastModified}. */
  record Scan(List<String> names, Instant lastModified) {
  }

  /** A task that cannot be served: no such job or task, or a file that is not a task. */
  static final class NotServed extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;

    NotServed(int status, String code, String message) {
      super(message, null, false, false);
      this.status = status;
      this.code = code;
    }
  }

  private final Path directory;
  private final Map<String, byte[]> builtIns;

  /** {@code directory} may be null: then only the built-in tasks exist. */
  Tasks(Path directory) {
    this.directory = directory;
    Map<String, byte[]> loaded = new HashMap<>();
    BUILT_IN_FILES.forEach((taskId, fileName) -> loaded.put(taskId, loadExample(fileName)));
    this.builtIns = Map.copyOf(loaded);
  }

  /** The bytes of a packaged task, e.g. {@code examples/completed-task.json}. */
  static byte[] loadExample(String resource) {
    try (InputStream in = Tasks.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource "
            + Tasks.class.getPackageName().replace('.', '/') + "/" + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Finds a task by its decoded ids. */
  Task find(String jobId, String taskId) throws NotServed {
    Path jobDirectory = directory == null ? null : child(directory, jobId);
    boolean builtInJob = jobId.equalsIgnoreCase(BUILT_IN_JOB);
    if (!builtInJob && (jobDirectory == null || !Files.isDirectory(jobDirectory))) {
      throw new NotServed(404, "JobNotFound", "The specified job does not exist.");
    }
    Path file = jobDirectory == null ? null : child(jobDirectory, taskId + ".json");
    if (file != null && Files.isRegularFile(file)) {
      // Answers name the file as the request did, never where the tasks directory is.
      String name = jobId + "/" + taskId + ".json";
      try {
        return new Task(Files.readAllBytes(file), Files.getLastModifiedTime(file).toInstant(),
            name);
      } catch (IOException e) {
        throw new NotServed(500, "InternalError", "The sandbox could not read " + name + " ("
            + e.getClass().getSimpleName() + ").");
      }
    }
    byte[] builtIn = builtInJob ? builtIns.get(taskId.toLowerCase(Locale.ROOT)) : null;
    if (builtIn != null) {
      return new Task(builtIn, BUILT_IN_TIME,
          "built-in " + BUILT_IN_FILES.get(taskId.toLowerCase(Locale.ROOT)));
    }
    throw new NotServed(404, "TaskNotFound", "The specified task does not exist.");
  }

  /** {@code parent/name} when {@code name} is a plain file name, else null (never escapes). */
  private static Path child(Path parent, String name) {
    if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0
        || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0 || name.indexOf('\0') >= 0) {
      return null;
    }
    try {
      return parent.resolve(name);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** Reads a whole task body; throws a 500 when it is not one JSON object. */
  static Scan scan(Task task) throws NotServed {
    List<String> names = new ArrayList<>();
    Instant lastModified = null;
    try (JsonReader reader = JsonReader.of(new Buffer().write(task.body()))) {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        throw malformed(task, "it is not a JSON object");
      }
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        names.add(name);
        if (name.equals("lastModified")) {
          String text = reader.peek() == JsonReader.Token.STRING ? reader.nextString() : null;
          try {
            lastModified = Instant.parse(text == null ? "" : text);
          } catch (DateTimeParseException e) {
            throw malformed(task, "lastModified is not a date-time at " + reader.getPath());
          }
        } else {
          reader.skipValue();
        }
      }
      reader.endObject();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw malformed(task, "there is more after the object");
      }
    } catch (IOException | RuntimeException e) {
      throw malformed(task, String.valueOf(e.getMessage()));
    }
    return new Scan(names, lastModified);
  }

  /** The body with only the top-level properties {@code keep} accepts; values copied raw. */
  static byte[] filter(byte[] body, Predicate<String> keep) throws IOException {
    Buffer out = new Buffer();
    try (JsonReader reader = JsonReader.of(new Buffer().write(body));
        JsonWriter writer = JsonWriter.of(out)) {
      reader.beginObject();
      writer.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (!keep.test(name)) {
          reader.skipValue();
          continue;
        }
        writer.name(name);
        try (BufferedSource value = reader.nextSource(); BufferedSink sink = writer.valueSink()) {
          sink.writeAll(value);
        }
      }
      reader.endObject();
      writer.endObject();
    }
    return out.readByteArray();
  }

  /** A stable ETag for a body, in the service's style: {@code 0x8D} and 13 more hex digits. */
  static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      String hex = HexFormat.of().withUpperCase().formatHex(digest);
      return "0x8D" + hex.substring(0, 13);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }

  private static NotServed malformed(Task task, String reason) {
    return new NotServed(500, "InternalError",
        "The sandbox cannot serve " + task.source() + " as a task: " + reason + ".");
  }
}
