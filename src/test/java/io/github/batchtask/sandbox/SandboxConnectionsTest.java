package io.github.batchtask.sandbox;

import static io.github.batchtask.sandbox.SandboxClient.API_VERSION;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the sandbox does with connections that misbehave: raw sockets, one fault per test. */
class SandboxConnectionsTest {
  private static final String REQUEST_LINE =
      "GET /jobs/job-0000000001/tasks/mytask1?" + API_VERSION + " HTTP/1.1\r\n";

  /** The answer on {@code socket} up to end of stream, or what came within 5 s. */
  private static String answer(Socket socket) throws IOException {
    socket.setSoTimeout(5000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) != -1; ) {
        out.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("no end of the answer within 5 s; got: " + out.toString(UTF_8));
    } catch (IOException e) {
      // A reset after what was read: keep what came.
      if (out.size() == 0) {
        throw new AssertionError("reset with no HTTP answer: " + e);
      }
    }
    return out.toString(UTF_8);
  }

  private static Socket connect(BatchSandbox sandbox) throws IOException {
    return new Socket("127.0.0.1", sandbox.port());
  }

  @Test void aHalfSentRequestIsAnswered408AndClosedAfterTheHeaderTimeout() throws Exception {
    try (BatchSandbox sandbox = BatchSandbox.builder().headerTimeout(Duration.ofMillis(500))
        .start(); Socket socket = connect(sandbox)) {
      OutputStream out = socket.getOutputStream();
      out.write((REQUEST_LINE + "Host: x\r\nX-Half: ").getBytes(US_ASCII));
      out.flush();
      long start = System.nanoTime();
      String answer = answer(socket);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
      assertTrue(millis >= 400 && millis < 3000, millis + " ms");
    }
  }

  @Test void aDripFeedingTheHeadersIsCutAtTheHeaderTimeout() throws Exception {
    try (BatchSandbox sandbox = BatchSandbox.builder().headerTimeout(Duration.ofMillis(800))
        .start(); Socket socket = connect(sandbox)) {
      OutputStream out = socket.getOutputStream();
      long start = System.nanoTime();
      Thread drip = new Thread(() -> {
        try {
          for (byte b : (REQUEST_LINE + "X-Drip: " + "a".repeat(100)).getBytes(US_ASCII)) {
            out.write(b);
            out.flush();
            Thread.sleep(50);
          }
        } catch (IOException | InterruptedException e) {
          // Closed by the sandbox: expected.
        }
      });
      drip.setDaemon(true);
      drip.start();
      String answer = answer(socket);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
      assertTrue(millis < 3000, millis + " ms: a read timeout per byte would never fire");
    }
  }

  @Test void threadsStayBoundedUnderManyStalledConnections() throws Exception {
    try (BatchSandbox sandbox = BatchSandbox.builder().maxConnections(8)
        .headerTimeout(Duration.ofSeconds(30)).start()) {
      int before = sandboxThreads();
      List<Socket> stalled = new ArrayList<>();
      try {
        for (int i = 0; i < 100; i++) {
          Socket socket = connect(sandbox);
          socket.getOutputStream().write(REQUEST_LINE.getBytes(US_ASCII));
          stalled.add(socket);
        }
        Thread.sleep(500);
        // 8 connection threads, the acceptor and the one that answers 503.
        assertTrue(sandboxThreads() - before <= 8 + 2,
            "sandbox threads grew from " + before + " to " + sandboxThreads());
        // Over the limit, a connection is told at once rather than left waiting.
        try (Socket extra = connect(sandbox)) {
          String answer = answer(extra);
          assertTrue(answer.startsWith("HTTP/1.1 503 "), answer);
        }
      } finally {
        for (Socket socket : stalled) {
          socket.close();
        }
      }
      // Once they are gone, the sandbox serves again.
      Thread.sleep(300);
      assertEquals(200, new SandboxClient(sandbox.url())
          .get("/jobs/job-0000000001/tasks/mytask1?" + API_VERSION).statusCode());
    }
  }

  private static int sandboxThreads() {
    return (int) Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("batch-sandbox")).count();
  }

  @Test void aOneMegabyteHeaderGets431() throws Exception {
    assertOversizedHeadGets431("X-Big: " + "a".repeat(1 << 20) + "\r\n");
  }

  @Test void fiveThousandHeadersGet431() throws Exception {
    StringBuilder headers = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      headers.append("X-H").append(i).append(": v\r\n");
    }
    assertOversizedHeadGets431(headers.toString());
  }

  private static void assertOversizedHeadGets431(String headers) throws Exception {
    try (BatchSandbox sandbox = BatchSandbox.builder().start(); Socket socket = connect(sandbox)) {
      byte[] request = (REQUEST_LINE + "Host: x\r\n" + headers + "\r\n").getBytes(US_ASCII);
      Thread writer = new Thread(() -> {
        try {
          socket.getOutputStream().write(request);
        } catch (IOException e) {
          // The sandbox stopped reading: expected.
        }
      });
      writer.setDaemon(true);
      writer.start();
      String answer = answer(socket);
      assertTrue(answer.startsWith("HTTP/1.1 431 "), answer.substring(0,
          Math.min(200, answer.length())));
    }
  }

  @Test void anOversizedRequestLineGets414() throws Exception {
    try (BatchSandbox sandbox = BatchSandbox.builder().start(); Socket socket = connect(sandbox)) {
      socket.getOutputStream().write(("GET /jobs/" + "j".repeat(100_000) + "/tasks/t?"
          + API_VERSION + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(US_ASCII));
      String answer = answer(socket);
      assertTrue(answer.startsWith("HTTP/1.1 414 "), answer);
    }
  }

  @Test void aClientThatStopsReadingIsCutAtTheResponseTimeout(@TempDir Path dir)
      throws Exception {
    int size = 16 << 20;
    Files.createDirectories(dir.resolve("job-a"));
    Files.writeString(dir.resolve("job-a/big.json"), "{\"id\":\"" + "x".repeat(size) + "\"}");
    try (BatchSandbox sandbox = BatchSandbox.builder().tasksDirectory(dir)
        .responseTimeout(Duration.ofMillis(500)).start(); Socket socket = connect(sandbox)) {
      socket.getOutputStream().write(("GET /jobs/job-a/tasks/big?" + API_VERSION
          + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(US_ASCII));
      Thread.sleep(2000); // Not reading: the sandbox's write blocks, then is cut.
      socket.setSoTimeout(5000);
      long read = 0;
      byte[] buffer = new byte[65536];
      try {
        for (int n; (n = socket.getInputStream().read(buffer)) != -1; ) {
          read += n;
        }
      } catch (SocketTimeoutException e) {
        throw new AssertionError("the connection was left open after " + read + " bytes");
      } catch (IOException e) {
        // Reset: cut, as expected.
      }
      assertTrue(read < size, "the whole answer came: " + read);
    }
  }

  @Test void keepAliveStillServesManyRequestsOnOneConnection() throws Exception {
    try (BatchSandbox sandbox = BatchSandbox.builder().start(); Socket socket = connect(sandbox)) {
      OutputStream out = socket.getOutputStream();
      for (int i = 0; i < 3; i++) {
        out.write((REQUEST_LINE + "Host: x\r\n\r\n").getBytes(US_ASCII));
      }
      out.write((REQUEST_LINE + "Host: x\r\nConnection: close\r\n\r\n").getBytes(US_ASCII));
      out.flush();
      String answers = answer(socket);
      assertEquals(4, answers.split("HTTP/1.1 200 OK\r\n", -1).length - 1, answers);
    }
  }

  @Test void noAnswerShowsALocalPath(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("job-a"));
    Files.writeString(dir.resolve("job-a/broken.json"), "{\"lastModified\": 5}");
    Files.writeString(dir.resolve("job-a/notjson.json"), "not json");
    try (BatchSandbox sandbox = BatchSandbox.builder().tasksDirectory(dir).start()) {
      SandboxClient client = new SandboxClient(sandbox.url());
      for (String task : new String[] {"broken", "notjson"}) {
        HttpResponse<byte[]> response =
            client.get("/jobs/job-a/tasks/" + task + "?" + API_VERSION);
        String body = new String(response.body(), UTF_8);
        assertEquals(500, response.statusCode(), body);
        assertFalse(body.contains(dir.toString()), body);
        assertFalse(body.contains(dir.getFileName().toString()), body);
        assertTrue(body.contains("job-a/" + task + ".json"), body);
      }
    }
  }
}
