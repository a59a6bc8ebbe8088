package io.github.batchtask.bench;

import io.github.batchtask.BatchTaskClient;
import io.github.batchtask.auth.SharedKeyCredential;

/**
 * One cold task read with this client, for timing whole JVM runs:
 * {@code java -cp target/benchmarks.jar io.github.batchtask.bench.ColdStart URL ACCOUNT KEY}.
 */
public final class ColdStart {
  private ColdStart() {
  }

  public static void main(String[] args) {
    BatchTaskClient client = BatchTaskClient.builder()
        .endpoint(args[0])
        .credential(SharedKeyCredential.of(args[1], args[2]))
        .build();
    System.out.println(client.getTask("job-0000000001", "mytask1").task().stateValue());
    System.exit(0);
  }
}
