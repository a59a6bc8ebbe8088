/**
 * A client for the Azure Batch "Get information about a task" operation: the facade
 * ({@code io.github.batchtask}), credentials ({@code .auth}), the generated models
 * ({@code .model}) and Retrofit interface ({@code .api}). Every other package is
 * implementation and is not exported.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // Moshi, Retrofit, OkHttp
module io.github.batchtask {
  requires transitive com.squareup.moshi; // the models' JSON adapters are Moshi adapters
  requires transitive okhttp3;            // BatchTaskClient.Builder.okHttpClient
  requires transitive retrofit2;          // TaskApi returns retrofit2.Call
  requires retrofit2.converter.moshi;
  requires okio;
  // Not used here, but OkHttp and Retrofit (automatic modules, so they cannot say so) need it.
  requires kotlin.stdlib;
  // Compiled here, shipped elsewhere: the command line (target/batch-task.jar) and the sandbox
  // (the sandbox classifier jar); neither is in the library jar.
  requires static info.picocli;
  requires static com.google.gson;     // the command line's --query and YAML output
  requires static jmespath.core;
  requires static jmespath.gson;
  requires static org.yaml.snakeyaml;
  requires static jdk.httpserver;

  exports io.github.batchtask;
  exports io.github.batchtask.api;
  exports io.github.batchtask.auth;
  exports io.github.batchtask.model;
}
