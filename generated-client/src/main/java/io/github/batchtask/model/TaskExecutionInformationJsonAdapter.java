// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.json.Json;
import io.github.batchtask.json.JsonByteReader;
import io.github.batchtask.json.JsonByteWriter;
import io.github.batchtask.json.JsonName;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * Streams {@link TaskExecutionInformation} to and from JSON without reflection,
 * keeping the properties it does not know. Compact output to Moshi's UTF-8 writer takes a faster
 * path of pre-encoded names and byte-level escaping that writes the same bytes; {@link #read}
 * reads the same values straight from UTF-8 bytes.
 */
public final class TaskExecutionInformationJsonAdapter
    extends JsonAdapter<TaskExecutionInformation> {
  /** The wire names of the properties; {@link #NAMES} matches them by their index here. */
  private static final String[] WIRE_NAMES = {
      "startTime",
      "endTime",
      "exitCode",
      "containerInfo",
      "failureInfo",
      "retryCount",
      "lastRetryTime",
      "requeueCount",
      "lastRequeueTime",
      "result",
  };
  private static final JsonReader.Options NAMES = JsonReader.Options.of(WIRE_NAMES);
  private static final JsonByteReader.Names READ_NAMES = JsonByteReader.Names.of(WIRE_NAMES);
  private static final JsonName START_TIME = JsonName.of("startTime");
  private static final JsonName END_TIME = JsonName.of("endTime");
  private static final JsonName EXIT_CODE = JsonName.of("exitCode");
  private static final JsonName CONTAINER_INFO = JsonName.of("containerInfo");
  private static final JsonName FAILURE_INFO = JsonName.of("failureInfo");
  private static final JsonName RETRY_COUNT = JsonName.of("retryCount");
  private static final JsonName LAST_RETRY_TIME = JsonName.of("lastRetryTime");
  private static final JsonName REQUEUE_COUNT = JsonName.of("requeueCount");
  private static final JsonName LAST_REQUEUE_TIME = JsonName.of("lastRequeueTime");
  private static final JsonName RESULT = JsonName.of("result");
  private final JsonAdapter<TaskContainerExecutionInformation>
      taskContainerExecutionInformationAdapter;
  private final JsonAdapter<TaskFailureInformation> taskFailureInformationAdapter;
  /** Whether every nested model is written by its generated adapter, so the fast path applies. */
  final boolean direct;

  public TaskExecutionInformationJsonAdapter(Moshi moshi) {
    this.taskContainerExecutionInformationAdapter =
        moshi.adapter(TaskContainerExecutionInformation.class);
    this.taskFailureInformationAdapter = moshi.adapter(TaskFailureInformation.class);
    boolean direct = true;
    direct &= taskContainerExecutionInformationAdapter
        instanceof TaskContainerExecutionInformationJsonAdapter generated && generated.direct;
    direct &= taskFailureInformationAdapter
        instanceof TaskFailureInformationJsonAdapter generated && generated.direct;
    this.direct = direct;
  }

  @Override public TaskExecutionInformation fromJson(JsonReader reader)
      throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    TaskExecutionInformation.Builder builder =
        TaskExecutionInformation.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      // The very string instances of WIRE_NAMES: hash codes cached, equals by identity.
      switch (index < 0 ? "" : WIRE_NAMES[index]) {
        case "startTime":
          builder.startTime(Json.readInstant(reader));
          break;
        case "endTime":
          builder.endTime(Json.readInstant(reader));
          break;
        case "exitCode":
          builder.exitCode(Json.readInt(reader));
          break;
        case "containerInfo":
          builder.containerInfo(taskContainerExecutionInformationAdapter.fromJson(reader));
          break;
        case "failureInfo":
          builder.failureInfo(taskFailureInformationAdapter.fromJson(reader));
          break;
        case "retryCount":
          builder.retryCount(Json.readInt(reader));
          break;
        case "lastRetryTime":
          builder.lastRetryTime(Json.readInstant(reader));
          break;
        case "requeueCount":
          builder.requeueCount(Json.readInt(reader));
          break;
        case "lastRequeueTime":
          builder.lastRequeueTime(Json.readInstant(reader));
          break;
        case "result":
          builder.resultValue(Json.readString(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  /**
   * Reads what {@link #fromJson} reads, with the same errors, straight from UTF-8 bytes: the
   * Retrofit converter's path. Nested models are read by their generated adapters.
   */
  public static TaskExecutionInformation read(JsonByteReader in)
      throws IOException {
    if (in.nextNull()) {
      return null;
    }
    in.beginObject();
    // Each property is looked for first where the model puts it, its name compared in place;
    // the loop reads the rest (another order, unknown or escaped names) as it comes.
    Instant startTime = in.nextNameIs(START_TIME) ? in.readInstant() : null;
    Instant endTime = in.nextNameIs(END_TIME) ? in.readInstant() : null;
    Integer exitCode = in.nextNameIs(EXIT_CODE) ? in.readInt() : null;
    TaskContainerExecutionInformation containerInfo =
        in.nextNameIs(CONTAINER_INFO)
            ? TaskContainerExecutionInformationJsonAdapter.read(in) : null;
    TaskFailureInformation failureInfo =
        in.nextNameIs(FAILURE_INFO) ? TaskFailureInformationJsonAdapter.read(in) : null;
    Integer retryCount = in.nextNameIs(RETRY_COUNT) ? in.readInt() : null;
    Instant lastRetryTime = in.nextNameIs(LAST_RETRY_TIME) ? in.readInstant() : null;
    Integer requeueCount = in.nextNameIs(REQUEUE_COUNT) ? in.readInt() : null;
    Instant lastRequeueTime = in.nextNameIs(LAST_REQUEUE_TIME) ? in.readInstant() : null;
    String result = in.nextNameIs(RESULT) ? in.readString() : null;
    Map<String, String> unknownProperties = null;
    while (in.hasNext()) {
      // A known name comes back as its one JsonName, the constant above: compared by identity.
      JsonName next = in.nextKnownName(READ_NAMES);
      if (next == null) {
        unknownProperties = in.readUnknownProperty(unknownProperties);
      } else if (next == START_TIME) {
        startTime = in.readInstant();
      } else if (next == END_TIME) {
        endTime = in.readInstant();
      } else if (next == EXIT_CODE) {
        exitCode = in.readInt();
      } else if (next == CONTAINER_INFO) {
        containerInfo = TaskContainerExecutionInformationJsonAdapter.read(in);
      } else if (next == FAILURE_INFO) {
        failureInfo = TaskFailureInformationJsonAdapter.read(in);
      } else if (next == RETRY_COUNT) {
        retryCount = in.readInt();
      } else if (next == LAST_RETRY_TIME) {
        lastRetryTime = in.readInstant();
      } else if (next == REQUEUE_COUNT) {
        requeueCount = in.readInt();
      } else if (next == LAST_REQUEUE_TIME) {
        lastRequeueTime = in.readInstant();
      } else if (next == RESULT) {
        result = in.readString();
      }
    }
    in.endObject();
    return new TaskExecutionInformation(
        startTime,
        endTime,
        exitCode,
        containerInfo,
        failureInfo,
        retryCount,
        lastRetryTime,
        requeueCount,
        lastRequeueTime,
        result,
        unknownProperties);
  }

  @Override public void toJson(JsonWriter writer, TaskExecutionInformation value)
      throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    if (direct && JsonByteWriter.canStandIn(writer)) {
      JsonByteWriter out = new JsonByteWriter(writer.isLenient());
      write(out, value);
      out.writeTo(writer);
      return;
    }
    writer.beginObject();
    if (value.startTime() != null) {
      writer.name("startTime");
      Json.writeInstant(writer, value.startTime());
    }
    if (value.endTime() != null) {
      writer.name("endTime");
      Json.writeInstant(writer, value.endTime());
    }
    if (value.exitCode() != null) {
      writer.name("exitCode");
      Json.writeInt(writer, value.exitCode());
    }
    if (value.containerInfo() != null) {
      writer.name("containerInfo");
      taskContainerExecutionInformationAdapter.toJson(writer, value.containerInfo());
    }
    if (value.failureInfo() != null) {
      writer.name("failureInfo");
      taskFailureInformationAdapter.toJson(writer, value.failureInfo());
    }
    if (value.retryCount() != null) {
      writer.name("retryCount");
      Json.writeInt(writer, value.retryCount());
    }
    if (value.lastRetryTime() != null) {
      writer.name("lastRetryTime");
      Json.writeInstant(writer, value.lastRetryTime());
    }
    if (value.requeueCount() != null) {
      writer.name("requeueCount");
      Json.writeInt(writer, value.requeueCount());
    }
    if (value.lastRequeueTime() != null) {
      writer.name("lastRequeueTime");
      Json.writeInstant(writer, value.lastRequeueTime());
    }
    if (value.resultValue() != null) {
      writer.name("result");
      Json.writeString(writer, value.resultValue());
    }
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  /** Writes {@code value} compactly; nested models go through their generated adapters. */
  static void write(JsonByteWriter out, TaskExecutionInformation value) {
    out.beginObject();
    if (value.startTime() != null) {
      out.name(START_TIME);
      out.writeInstant(value.startTime());
    }
    if (value.endTime() != null) {
      out.name(END_TIME);
      out.writeInstant(value.endTime());
    }
    if (value.exitCode() != null) {
      out.name(EXIT_CODE);
      out.writeInt(value.exitCode());
    }
    if (value.containerInfo() != null) {
      out.name(CONTAINER_INFO);
      TaskContainerExecutionInformationJsonAdapter.write(out, value.containerInfo());
    }
    if (value.failureInfo() != null) {
      out.name(FAILURE_INFO);
      TaskFailureInformationJsonAdapter.write(out, value.failureInfo());
    }
    if (value.retryCount() != null) {
      out.name(RETRY_COUNT);
      out.writeInt(value.retryCount());
    }
    if (value.lastRetryTime() != null) {
      out.name(LAST_RETRY_TIME);
      out.writeInstant(value.lastRetryTime());
    }
    if (value.requeueCount() != null) {
      out.name(REQUEUE_COUNT);
      out.writeInt(value.requeueCount());
    }
    if (value.lastRequeueTime() != null) {
      out.name(LAST_REQUEUE_TIME);
      out.writeInstant(value.lastRequeueTime());
    }
    if (value.resultValue() != null) {
      out.name(RESULT);
      out.writeString(value.resultValue());
    }
    out.unknownProperties(value.unknownProperties());
    out.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(TaskExecutionInformation)";
  }
}
