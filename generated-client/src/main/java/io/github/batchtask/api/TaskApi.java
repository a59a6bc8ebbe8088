// Generated from spec/batch-task.yaml by the templates in templates/. Do not edit.

package io.github.batchtask.api;

import io.github.batchtask.model.BatchError;
import io.github.batchtask.model.BatchTask;
import java.util.UUID;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The {@code Task} operations as a Retrofit interface. It knows nothing of authentication,
 * retries or error bodies: use it through {@code BatchTaskClient}.
 */
public interface TaskApi {
  /** The api-version that the spec, and so the models, describe: the client's default. */
  String API_VERSION = "2025-06-01";

  /**
   * Gets information about the specified task. For multi-instance tasks, information such as
   * affinityId, executionInfo and nodeInfo refer to the primary task.
   *
   * @param jobId The id of the job that contains the task.
   * @param taskId The id of the task to get information about.
   * @param select An OData $select clause, a comma-separated list of property names.
   * @param expand An OData $expand clause; `stats` is the only expansion of a task.
   * @param timeout The maximum time that the server can spend processing the request, in
   *     seconds. Values above 30 are treated as 30. (The 2025-06-01 definitions spell it timeOut.)
   * @param apiVersion The API version: a date (2025-06-01) from 2025 on, a date with the service
   *     version (2024-07-01.20.0) before. Pin an earlier version to get the task as that version
   *     describes it.
   * @param clientRequestId The caller-generated request identity, a GUID with no decoration such
   *     as curly braces.
   * @param returnClientRequestId Whether the server should return the client-request-id in the
   *     response.
   * @param ocpDate The time the request was issued, in RFC 1123 format with a two-digit day
   *     (Fri, 17 Feb 2017 00:00:00 GMT). Used by Shared Key authentication.
   * @param ifMatch An ETag value; the operation is performed only if the task's current ETag
   *     exactly matches it.
   * @param ifNoneMatch An ETag value; the operation is performed only if the task's current ETag
   *     does not match it.
   * @param ifModifiedSince An RFC 1123 timestamp; the operation is performed only if the task
   *     has been modified since then.
   * @param ifUnmodifiedSince An RFC 1123 timestamp; the operation is performed only if the task
   *     has not been modified since then.
   * @return the call; its response also carries the headers ({@code ETag}, {@code request-id}).
   */
  @GET("jobs/{jobId}/tasks/{taskId}")
  Call<BatchTask> getTask(
      @Path("jobId") String jobId,
      @Path("taskId") String taskId,
      @Query("$select") String select,
      @Query("$expand") String expand,
      @Query("timeout") Integer timeout,
      @Query("api-version") String apiVersion,
      @Header("client-request-id") UUID clientRequestId,
      @Header("return-client-request-id") Boolean returnClientRequestId,
      @Header("ocp-date") String ocpDate,
      @Header("If-Match") String ifMatch,
      @Header("If-None-Match") String ifNoneMatch,
      @Header("If-Modified-Since") String ifModifiedSince,
      @Header("If-Unmodified-Since") String ifUnmodifiedSince
  );
}
