package io.github.batchtask.bench;

import com.microsoft.azure.batch.BatchClient;
import com.microsoft.azure.batch.auth.BatchSharedKeyCredentials;

/** The same job with the retired azure-batch 11.2.0 SDK. */
public final class ColdStartLegacy {
  private ColdStartLegacy() {
  }

  public static void main(String[] args) throws Exception {
    BatchClient client = BatchClient.open(new BatchSharedKeyCredentials(args[0], args[1], args[2]));
    System.out.println(client.taskOperations().getTask("job-0000000001", "mytask1").state());
    System.exit(0);
  }
}
