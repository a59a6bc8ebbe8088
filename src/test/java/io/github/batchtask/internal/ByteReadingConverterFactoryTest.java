package io.github.batchtask.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.github.batchtask.model.BatchError;
import io.github.batchtask.model.BatchTask;
import io.github.batchtask.model.BatchTaskJson;
import io.github.batchtask.model.BatchTaskJsonAdapter;
import java.io.EOFException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import retrofit2.Converter;
import retrofit2.Retrofit;

class ByteReadingConverterFactoryTest {
  private static final ByteReadingConverterFactory FACTORY =
      ByteReadingConverterFactory.of(BatchTask.class, BatchTaskJsonAdapter::read);
  private static final Retrofit RETROFIT =
      new Retrofit.Builder().baseUrl("http://127.0.0.1/").build();

  @SuppressWarnings("unchecked")
  private static BatchTask read(byte[] body) throws IOException {
    Converter<ResponseBody, ?> converter =
        FACTORY.responseBodyConverter(BatchTask.class, new Annotation[0], RETROFIT);
    assertNotNull(converter);
    return (BatchTask) converter.convert(
        ResponseBody.create(body, MediaType.get("application/json")));
  }

  @Test
  void readsTasksAsTheMoshiAdapterDoes() throws IOException {
    byte[] page = Files.readAllBytes(Path.of("spec/examples/completed-task.json"));
    BatchTask expected = BatchTaskJson.moshi().adapter(BatchTask.class)
        .fromJson(new String(page, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(expected, read(page));
    byte[] withBom = new byte[page.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(page, 0, withBom, 3, page.length);
    assertEquals(expected, read(withBom), "a UTF-8 byte order mark is skipped, as Retrofit does");
  }

  @Test
  void leavesOtherTypesToTheNextConverter() {
    assertNull(FACTORY.responseBodyConverter(BatchError.class, new Annotation[0], RETROFIT));
    assertNull(FACTORY.responseBodyConverter(String.class, new Annotation[0], RETROFIT));
  }

  @Test
  void badBodiesFailAsWithMoshiNamingThePath() {
    JsonDataException wrongType = assertThrows(JsonDataException.class,
        () -> read("{\"executionInfo\": {\"exitCode\": \"zero\"}}".getBytes()));
    assertEquals("Expected an int but was zero at path $.executionInfo.exitCode",
        wrongType.getMessage());
    assertThrows(JsonEncodingException.class, () -> read("{\"id\": \"a\"} trailing".getBytes()));
    assertThrows(EOFException.class, () -> read("{\"id\": \"a\"".getBytes()));
    assertThrows(EOFException.class, () -> read(new byte[0]));
  }
}
