package io.github.batchtask.testing;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hostile server on loopback that answers every request one byte at a time, forever: a status
 * line and headers that never end, or a head followed by a body that never ends. No read ever
 * waits longer than the interval, so only a deadline for the whole call stops a client.
 */
public final class DripServer implements AutoCloseable {
  private final ServerSocket socket;
  private final byte[] head;
  private final byte filler;
  private final long intervalMillis;
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();

  private DripServer(byte[] head, byte filler, long intervalMillis) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
    this.head = head;
    this.filler = filler;
    this.intervalMillis = intervalMillis;
    Thread accept = new Thread(this::accept, "drip-accept");
    accept.setDaemon(true);
    accept.start();
  }

  /** Drips a status line and then a header that never ends. */
  public static DripServer headers(long intervalMillis) throws IOException {
    return new DripServer("HTTP/1.1 200 OK\r\nX-Drip: ".getBytes(US_ASCII), (byte) 'a',
        intervalMillis);
  }

  /** Sends a task's head at once, then drips a body of JSON whitespace that never ends. */
  public static DripServer body(long intervalMillis) throws IOException {
    return new DripServer(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + "Content-Length: 100000000\r\n\r\n{").getBytes(US_ASCII), (byte) ' ', intervalMillis);
  }

  public String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** How many requests were received. */
  public int requests() {
    return requests.get();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connections.add(connection);
        Thread drip = new Thread(() -> drip(connection), "drip");
        drip.setDaemon(true);
        drip.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void drip(Socket connection) {
    try (connection; InputStream in = connection.getInputStream();
        OutputStream out = connection.getOutputStream()) {
      int matched = 0;
      while (matched < 4) { // Read up to the end of the request head.
        int b = in.read();
        if (b < 0) {
          return;
        }
        matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
      }
      requests.incrementAndGet();
      for (int i = 0; ; i++) {
        out.write(i < head.length ? head[i] : filler);
        out.flush();
        Thread.sleep(intervalMillis);
      }
    } catch (IOException e) {
      // The client gave up: that is what is being tested.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override public void close() throws IOException {
    socket.close();
    for (Socket connection : connections) {
      connection.close();
    }
  }
}
