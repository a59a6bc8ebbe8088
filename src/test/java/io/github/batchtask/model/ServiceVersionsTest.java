package io.github.batchtask.model;

import static io.github.batchtask.model.PageExamplesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import io.github.batchtask.testing.JsonTree;
import io.github.batchtask.testing.ModelListing;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Task bodies of the service's versions, written by hand from the published definitions: each
 * reads into the models and writes back value for value, in both write paths.
 */
class ServiceVersionsTest {
  private static final JsonAdapter<BatchTask> TASKS =
      BatchTaskJson.moshi().adapter(BatchTask.class);
  private static final String PAYLOADS = "src/test/resources/payloads/";
  private static final String SANDBOX_TASKS =
      "src/main/resources/io/github/batchtask/sandbox/tasks/";

  @ParameterizedTest
  @ValueSource(strings = {PAYLOADS + "task-2025-every-property.json",
      PAYLOADS + "task-newer-than-2025-06-01.json", PAYLOADS + "task-2024-07-01.20.0.json",
      PAYLOADS + "task-2018-08-01.7.0.json", PAYLOADS + "service-style-task.json",
      SANDBOX_TASKS + "container-task.json", SANDBOX_TASKS + "active-task.json",
      SANDBOX_TASKS + "failed-task.json", "spec/examples/completed-task.json",
      "spec/examples/multi-instance-task.json"})
  void readsAndWritesBackValueForValue(String path) throws IOException {
    String json = read(path);
    BatchTask task = TASKS.fromJson(json);
    String compact = TASKS.toJson(task);
    assertTrue(JsonTree.same(json, compact), () -> "expected\n" + json + "\nbut wrote\n" + compact);
    String indented = TASKS.indent("  ").toJson(task);
    assertTrue(JsonTree.same(json, indented), () -> "indented:\n" + indented);
    assertEquals(task, TASKS.fromJson(compact));
  }

  @Test void everyPropertyOfApiVersion20250601IsModelled() throws IOException {
    BatchTask task = TASKS.fromJson(read(PAYLOADS + "task-2025-every-property.json"));
    List<String> unknown = ModelListing.render(task).lines()
        .filter(line -> line.contains("{")).collect(Collectors.toList());
    assertEquals(List.of("{odata.metadata} = raw "
        + "\"https://myaccount.westus.batch.azure.com/$metadata#tasks/@Element\""), unknown);
  }

  @Test void newPropertiesAreReadIntoTheirTypes() throws IOException {
    BatchTask task = TASKS.fromJson(read(PAYLOADS + "task-2025-every-property.json"));
    assertEquals(4, task.requiredSlots());
    TaskContainerSettings container = task.containerSettings();
    assertEquals("myregistry.azurecr.io/tools/worker:2025.7", container.imageName());
    assertEquals(ContainerWorkingDirectory.CONTAINER_IMAGE_DEFAULT, container.workingDirectory());
    assertEquals(ContainerHostDataPath.JOB_PREP,
        container.containerHostBatchBindMounts().get(4).source());
    assertEquals(Boolean.TRUE, container.containerHostBatchBindMounts().get(4).isReadOnly());
    assertTrue(container.registry().identityReference().resourceId().endsWith("/puller"));
    ResourceFile file = task.multiInstanceSettings().commonResourceFiles().get(0);
    assertEquals("https://acct.blob.core.windows.net/common/mpi.zip", file.httpUrl());
    assertEquals("mpi/", file.blobPrefix());
    assertNull(file.blobSource());
    HttpHeader header = task.outputFiles().get(0).destination().container().uploadHeaders().get(1);
    assertEquals("x-ms-meta-empty", header.name());
    assertEquals("", header.value());
    assertEquals("OCI runtime exec failed: exit status 139",
        task.executionInfo().containerInfo().error());
    assertEquals(ErrorCategory.SERVER_ERROR, task.executionInfo().failureInfo().category());
    assertEquals(Long.MAX_VALUE, task.stats().readIOps());
    assertEquals(0L, task.stats().writeIOps());
  }

  @Test void aPasswordNeverShowsInToString() throws IOException {
    BatchTask task = TASKS.fromJson(read(PAYLOADS + "task-2025-every-property.json"));
    assertTrue(TASKS.toJson(task).contains("not-a-real-password"));
    assertTrue(!task.toString().contains("not-a-real-password"), task.toString());
    assertTrue(task.containerSettings().registry().toString().contains("password=REDACTED"),
        task.containerSettings().registry().toString());
  }

  @Test void blobSourceOfEarlierVersionsStillReads() throws IOException {
    BatchTask task = TASKS.fromJson(read(PAYLOADS + "task-2018-08-01.7.0.json"));
    assertTrue(task.resourceFiles().get(0).blobSource().startsWith("https://acct.blob"));
    assertNull(task.resourceFiles().get(0).httpUrl());
    assertEquals(12L, task.stats().readIOps());
  }
}
