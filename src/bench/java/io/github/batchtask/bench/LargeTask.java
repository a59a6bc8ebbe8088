package io.github.batchtask.bench;

import java.nio.charset.StandardCharsets;

/**
 * A large task of the shape api-version 2025-06-01 sends, compact as the service writes it: 100
 * resource files (HTTP URLs with SAS, storage containers with prefixes, auto-storage, managed
 * identities), 100 environment settings, 50 output files with upload headers, container
 * settings and required slots; about 57 KiB. A few strings carry escapes, as Windows paths and
 * quoted command lines do.
 */
final class LargeTask {
  private LargeTask() {
  }

  static final int RESOURCE_FILES = 100;
  static final int ENVIRONMENT_SETTINGS = 100;
  static final int OUTPUT_FILES = 50;

  private static final String ACCOUNT = "https://myaccount.westeurope.batch.azure.com";
  private static final String STORAGE = "https://mystorage.blob.core.windows.net";
  private static final String SAS = "?sv=2024-11-04&st=2025-06-01T08%3A00%3A00Z"
      + "&se=2025-06-02T08%3A00%3A00Z&sr=c&sp=r&sig=c2lnbmF0dXJlLW5vdC1hLXJlYWwtb25l%3D";
  private static final String IDENTITY = "/subscriptions/00000000-0000-0000-0000-000000000000"
      + "/resourceGroups/batch-rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
      + "task-reader";

  static byte[] json() {
    StringBuilder b = new StringBuilder(48 * 1024);
    b.append("{\"odata.metadata\":\"").append(ACCOUNT).append("/$metadata#tasks/@Element\"");
    b.append(",\"id\":\"render-frame-0042\"");
    b.append(",\"url\":\"").append(ACCOUNT).append("/jobs/render-job-7/tasks/render-frame-0042\"");
    b.append(",\"eTag\":\"0x8DD9F3B2C4A1E57\"");
    b.append(",\"creationTime\":\"2025-06-03T09:12:44.1234567Z\"");
    b.append(",\"lastModified\":\"2025-06-03T09:12:44.1234567Z\"");
    b.append(",\"state\":\"completed\"");
    b.append(",\"stateTransitionTime\":\"2025-06-03T09:48:02.9876543Z\"");
    b.append(",\"previousState\":\"running\"");
    b.append(",\"previousStateTransitionTime\":\"2025-06-03T09:13:05.5Z\"");
    b.append(",\"commandLine\":\"cmd /c \\\"render.exe --scene D:\\\\scenes\\\\city.blend")
        .append(" --frame 42 --out \\\"%AZ_BATCH_TASK_WORKING_DIR%\\\\out\\\"\\\"\"");
    b.append(",\"containerSettings\":{\"containerRunOptions\":\"--rm --gpus all\"")
        .append(",\"imageName\":\"myregistry.azurecr.io/render/blender:4.4\"")
        .append(",\"registry\":{\"registryServer\":\"myregistry.azurecr.io\"")
        .append(",\"identityReference\":{\"resourceId\":\"").append(IDENTITY).append("\"}}")
        .append(",\"workingDirectory\":\"taskWorkingDirectory\"}");
    b.append(",\"resourceFiles\":[");
    for (int i = 0; i < RESOURCE_FILES; i++) {
      b.append(i == 0 ? "{" : ",{");
      switch (i % 3) {
        case 0:
          b.append("\"httpUrl\":\"").append(STORAGE).append("/assets/textures/tex-")
              .append(i).append(".png").append(SAS).append('"');
          break;
        case 1:
          b.append("\"storageContainerUrl\":\"").append(STORAGE).append("/models\"")
              .append(",\"blobPrefix\":\"city/block-").append(i).append("/\"")
              .append(",\"identityReference\":{\"resourceId\":\"").append(IDENTITY).append("\"}");
          break;
        default:
          b.append("\"autoStorageContainerName\":\"scripts-").append(i).append('"');
      }
      b.append(",\"filePath\":\"inputs/part-").append(i).append("/file-").append(i)
          .append(".dat\"");
      if (i % 4 == 0) {
        b.append(",\"fileMode\":\"0755\"");
      }
      b.append('}');
    }
    b.append(']');
    b.append(",\"outputFiles\":[");
    for (int i = 0; i < OUTPUT_FILES; i++) {
      b.append(i == 0 ? "{" : ",{");
      b.append("\"filePattern\":\"out\\\\frame-").append(i).append("\\\\*.exr\"")
          .append(",\"destination\":{\"container\":{\"path\":\"render-job-7/frame-0042/")
          .append(i).append('"')
          .append(",\"containerUrl\":\"").append(STORAGE).append("/results").append(SAS)
          .append('"');
      if (i % 2 == 0) {
        b.append(",\"identityReference\":{\"resourceId\":\"").append(IDENTITY).append("\"}");
      }
      b.append(",\"uploadHeaders\":[{\"name\":\"x-ms-blob-content-type\"")
          .append(",\"value\":\"image/x-exr\"},{\"name\":\"x-ms-meta-frame\",\"value\":\"")
          .append(i).append("\"}]}}")
          .append(",\"uploadOptions\":{\"uploadCondition\":\"")
          .append(i % 3 == 0 ? "taskcompletion" : i % 3 == 1 ? "tasksuccess" : "taskfailure")
          .append("\"}}");
    }
    b.append(']');
    b.append(",\"environmentSettings\":[");
    for (int i = 0; i < ENVIRONMENT_SETTINGS; i++) {
      b.append(i == 0 ? "{" : ",{");
      b.append("\"name\":\"RENDER_SETTING_").append(i).append("\",\"value\":\"");
      if (i % 10 == 0) {
        b.append("D:\\\\cache\\\\layer-").append(i).append("\\\\tiles");
      } else {
        b.append("value-").append(i).append("-quality=high;samples=").append(128 + i);
      }
      b.append("\"}");
    }
    b.append(']');
    b.append(",\"affinityInfo\":{\"affinityId\":\"TVM:tvm-1869532125_3-20250603t085512z\"}");
    b.append(",\"constraints\":{\"maxWallClockTime\":\"P10675199DT2H48M5.4775807S\"")
        .append(",\"retentionTime\":\"P7D\",\"maxTaskRetryCount\":3}");
    b.append(",\"requiredSlots\":2");
    b.append(",\"userIdentity\":{\"autoUser\":{\"scope\":\"pool\",\"elevationLevel\":\"admin\"}}");
    b.append(",\"executionInfo\":{\"startTime\":\"2025-06-03T09:13:05.5Z\"")
        .append(",\"endTime\":\"2025-06-03T09:48:02.9876543Z\",\"exitCode\":0")
        .append(",\"retryCount\":1,\"requeueCount\":0}");
    b.append(",\"nodeInfo\":{\"affinityId\":\"TVM:tvm-1869532125_3-20250603t085512z\"")
        .append(",\"nodeUrl\":\"").append(ACCOUNT)
        .append("/pools/render-pool/nodes/tvm-1869532125_3-20250603t085512z\"")
        .append(",\"poolId\":\"render-pool\",\"nodeId\":\"tvm-1869532125_3-20250603t085512z\"")
        .append(",\"taskRootDirectory\":")
        .append("\"workitems\\\\render-job-7\\\\job-1\\\\render-frame-0042\"")
        .append(",\"taskRootDirectoryUrl\":\"").append(ACCOUNT)
        .append("/pools/render-pool/nodes/tvm-1869532125_3-20250603t085512z/files/workitems")
        .append("/render-job-7/job-1/render-frame-0042\"}");
    b.append('}');
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }
}
