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
    Json.writeProperty(writer, "startTime", value.startTime(),
        Json::writeInstant);
    Json.writeProperty(writer, "endTime", value.endTime(),
        Json::writeInstant);
    Json.writeProperty(writer, "exitCode", value.exitCode(),
        Json::writeNumber);
    Json.writeProperty(writer, "failureInfo", value.failureInfo(),
        taskFailureInformationAdapter::toJson);
    Json.writeProperty(writer, "retryCount", value.retryCount(),
        Json::writeNumber);
    Json.writeProperty(writer, "lastRetryTime", value.lastRetryTime(),
        Json::writeInstant);
    Json.writeProperty(writer, "requeueCount", value.requeueCount(),
        Json::writeNumber);
    Json.writeProperty(writer, "lastRequeueTime", value.lastRequeueTime(),
        Json::writeInstant);
    Json.writeProperty(writer, "result", value.resultValue(),
        Json::writeString);
    Json.writeRaw(writer, value.unknownProperties());
    writer.endObject();
  }

  @Override public String toString() {
    return "GeneratedJsonAdapter(TaskExecutionInformation)";
  }
}
