// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.batchtask.internal.Json;
import java.io.IOException;

/**
 * Streams {@link TaskExecutionInformation} to and from JSON without reflection, keeping the properties it
 * does not know.
 */
public final class TaskExecutionInformationJsonAdapter extends JsonAdapter<TaskExecutionInformation> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "startTime",
      "endTime",
      "exitCode",
      "failureInfo",
      "retryCount",
      "lastRetryTime",
      "requeueCount",
      "lastRequeueTime",
      "result"
  );
  private final JsonAdapter<TaskFailureInformation> taskFailureInformationAdapter;

  public TaskExecutionInformationJsonAdapter(Moshi moshi) {
    this.taskFailureInformationAdapter = moshi.adapter(TaskFailureInformation.class);
  }

  @Override public TaskExecutionInformation fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    TaskExecutionInformation.Builder builder = TaskExecutionInformation.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          builder.startTime(Json.readInstant(reader));
          break;
        case 1:
          builder.endTime(Json.readInstant(reader));
          break;
        case 2:
          builder.exitCode(Json.readInt(reader));
          break;
        case 3:
          builder.failureInfo(taskFailureInformationAdapter.fromJson(reader));
          break;
        case 4:
          builder.retryCount(Json.readInt(reader));
          break;
        case 5:
          builder.lastRetryTime(Json.readInstant(reader));
          break;
        case 6:
          builder.requeueCount(Json.readInt(reader));
          break;
        case 7:
          builder.lastRequeueTime(Json.readInstant(reader));
          break;
        case 8:
          builder.resultValue(Json.readString(reader));
          break;
        default:
          builder.putReadUnknownProperty(reader.nextName(), Json.readRaw(reader));
      }
    }
    reader.endObject();
    return builder.build();
  }

  @Override public void toJson(JsonWriter writer, TaskExecutionInformation value) throws IOException {
    if (value == null) {
      writer.nullValue();
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
      Json.writeNumber(writer, value.exitCode());
    }
    if (value.failureInfo() != null) {
      writer.name("failureInfo");
      taskFailureInformationAdapter.toJson(writer, value.failureInfo());
    }
    if (value.retryCount() != null) {
      writer.name("retryCount");
      Json.writeNumber(writer, value.retryCount());
    }
    if (value.lastRetryTime() != null) {
      writer.name("lastRetryTime");
      Json.writeInstant(writer, value.lastRetryTime());
    }
    if (value.requeueCount() != null) {
      writer.name("requeueCount");
      Json.writeNumber(writer, value.requeueCount());
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

  @Override public String toString() {
    return "GeneratedJsonAdapter(TaskExecutionInformation)";
  }
}
