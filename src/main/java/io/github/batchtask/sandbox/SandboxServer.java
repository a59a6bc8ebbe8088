package io.github.batchtask.sandbox;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox's HTTP/1.1 connections, on the JDK's {@code com.sun.net.httpserver} API but with
 * limits the JDK server only has as JVM-wide system properties: one thread per connection up to
 * {@code maxConnections} (more are answered 503), a request head that must arrive whole within
 * {@code headerTimeout} however it is dripped (else 408), an answer that must be taken within
 * {@code responseTimeout} (else the connection is cut), and a bounded head (else 414 or 431).
 * Keep-alive as HTTP/1.1 has it; request bodies by Content-Length only.
 */
final class SandboxServer implements AutoCloseable {
  static final int DEFAULT_MAX_CONNECTIONS = 256;
  static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
  /** How long answering a request may take, writing included, before its connection is cut. */
  static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);
  /** How long a kept-alive connection may wait for its next request. */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
  /** The request line: long enough for two 1,024-character ids, percent-encoded. */
  static final int MAX_REQUEST_LINE = 32 * 1024;
  static final int MAX_HEADER_BYTES = 64 * 1024;
  static final int MAX_HEADERS = 100;
  static final int MAX_BODY_BYTES = 64 * 1024;

  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
  private static final Map<Integer, String> REASONS = Map.of(200, "OK", 304, "Not Modified",
      400, "Bad Request", 403, "Forbidden", 404, "Not Found", 405, "Method Not Allowed",
      408, "Request Timeout", 412, "Precondition Failed", 500, "Internal Server Error",
      503, "Service Unavailable");

  private final ServerSocket serverSocket;
  private volatile HttpHandler handler;
  private final long headerTimeoutMillis;
  private final long responseTimeoutMillis;
  private final ThreadPoolExecutor connections;
  /** One thread that closes connections answered 503 or too slow to take their answer. */
  private final java.util.concurrent.ScheduledThreadPoolExecutor refusals;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;

  /** Binds; {@link #start} begins answering. */
  SandboxServer(InetAddress address, int port, int maxConnections, Duration headerTimeout,
      Duration responseTimeout) throws IOException {
    this.serverSocket = new ServerSocket(port, 128, address);
    this.headerTimeoutMillis = Math.max(1, headerTimeout.toMillis());
    this.responseTimeoutMillis = Math.max(1, responseTimeout.toMillis());
    AtomicInteger threads = new AtomicInteger();
    this.connections = new ThreadPoolExecutor(0, maxConnections, 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "batch-sandbox-" + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    this.refusals = new java.util.concurrent.ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = new Thread(runnable, "batch-sandbox-refusals");
      thread.setDaemon(true);
      return thread;
    });
    this.acceptor = new Thread(this::accept, "batch-sandbox-accept");
    acceptor.setDaemon(true);
  }

  void start(HttpHandler handler) {
    this.handler = handler;
    acceptor.start();
  }

  int port() {
    return serverSocket.getLocalPort();
  }

  private void accept() {
    while (!serverSocket.isClosed()) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        return; // Closed.
      }
      try {
        connections.execute(() -> serve(socket));
      } catch (RejectedExecutionException e) {
        refuse(socket);
      }
    }
  }

  /**
   * Every connection thread is taken: says so at once (a few bytes into an empty send buffer,
   * which does not block) and closes a moment later, so that the answer is read before the
   * unread request turns the close into a reset.
   */
  private void refuse(Socket socket) {
    try {
      OutputStream out = socket.getOutputStream();
      out.write(("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\n"
          + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(ISO_8859_1));
      out.flush();
      socket.shutdownOutput();
      refusals.schedule(() -> closeQuietly(socket), 250, TimeUnit.MILLISECONDS);
    } catch (IOException | RejectedExecutionException e) {
      closeQuietly(socket);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing anyway.
    }
  }

  /** A request head refused with {@code status}; the connection is closed after answering. */
  private static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final String reason;

    Refused(int status, String reason) {
      super(reason, null, false, false);
      this.status = status;
      this.reason = reason;
    }
  }

  private void serve(Socket socket) {
    open.add(socket);
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = new BufferedOutputStream(socket.getOutputStream());
      boolean first = true;
      while (!socket.isClosed()) {
        Exchange exchange;
        try {
          exchange = readRequest(socket, in, out, first);
        } catch (Refused refused) {
          out.write(("HTTP/1.1 " + refused.status + " " + refused.reason
              + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(ISO_8859_1));
          out.flush();
          lingerAndClose(socket, 2000);
          return;
        }
        if (exchange == null) {
          return; // Closed, or idle too long, between requests.
        }
        first = false;
        // A client that stops reading would block the write for ever: cut it at the timeout.
        java.util.concurrent.ScheduledFuture<?> cut = refusals.schedule(
            () -> closeQuietly(socket), responseTimeoutMillis, TimeUnit.MILLISECONDS);
        try {
          handler.handle(exchange);
          exchange.close();
        } finally {
          cut.cancel(false);
        }
        if (exchange.closeAfter) {
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      // The connection broke; nothing to answer on it.
    } finally {
      open.remove(socket);
    }
  }

  /**
   * Closes after answering without resetting: a client still sending (a 1 MB header) would
   * otherwise get a reset that can destroy the answer before it is read.
   */
  private static void lingerAndClose(Socket socket, int millis) throws IOException {
    try {
      socket.shutdownOutput();
      socket.setSoTimeout(millis);
      InputStream in = socket.getInputStream();
      byte[] discard = new byte[8192];
      long end = System.nanoTime() + millis * 1_000_000L;
      for (long total = 0; total < (8 << 20) && System.nanoTime() < end; ) {
        int n = in.read(discard);
        if (n < 0) {
          break;
        }
        total += n;
      }
    } catch (IOException ignored) {
      // Done either way.
    } finally {
      socket.close();
    }
  }

  /** The next request, or null at a clean end of the connection. */
  private Exchange readRequest(Socket socket, InputStream in, OutputStream out, boolean first)
      throws IOException, Refused {
    // The first byte of a later request may take the idle time; then the whole head must
    // arrive within the header timeout.
    socket.setSoTimeout((int) (first ? headerTimeoutMillis : IDLE_TIMEOUT.toMillis()));
    int b;
    try {
      b = in.read();
    } catch (SocketTimeoutException e) {
      return null;
    }
    if (b < 0) {
      return null;
    }
    long deadline = System.nanoTime() + headerTimeoutMillis * 1_000_000L;
    HeadReader head = new HeadReader(socket, in, deadline, b);
    String requestLine = head.line(MAX_REQUEST_LINE, 414, "URI Too Long");
    while (requestLine.isEmpty()) { // Tolerate blank lines before a request.
      requestLine = head.line(MAX_REQUEST_LINE, 414, "URI Too Long");
    }
    String[] parts = requestLine.split(" ", -1);
    if (parts.length != 3 || parts[0].isEmpty() || !parts[1].startsWith("/")
        || !(parts[2].equals("HTTP/1.1") || parts[2].equals("HTTP/1.0"))) {
      throw new Refused(400, "Bad Request");
    }
    URI uri;
    try {
      uri = new URI(parts[1]);
    } catch (URISyntaxException e) {
      throw new Refused(400, "Bad Request");
    }
    Headers headers = new Headers();
    int count = 0;
    int headerBytes = 0;
    for (String line; !(line = head.line(MAX_HEADER_BYTES, 431,
        "Request Header Fields Too Large")).isEmpty(); ) {
      headerBytes += line.length() + 2;
      if (++count > MAX_HEADERS || headerBytes > MAX_HEADER_BYTES) {
        throw new Refused(431, "Request Header Fields Too Large");
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || !token(line.substring(0, colon))) {
        throw new Refused(400, "Bad Request"); // Also obsolete line folding.
      }
      headers.add(line.substring(0, colon), line.substring(colon + 1).strip());
    }
    if (headers.containsKey("Transfer-Encoding")) {
      throw new Refused(501, "Not Implemented");
    }
    byte[] body = new byte[0];
    String length = headers.getFirst("Content-Length");
    if (length != null) {
      long n;
      try {
        n = headers.get("Content-Length").size() == 1 ? Long.parseLong(length) : -1;
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n < 0) {
        throw new Refused(400, "Bad Request");
      }
      if (n > MAX_BODY_BYTES) {
        throw new Refused(413, "Content Too Large");
      }
      body = head.bytes((int) n);
    }
    String connection = headers.getFirst("Connection");
    boolean close = parts[2].equals("HTTP/1.0") ? !"keep-alive".equalsIgnoreCase(connection)
        : "close".equalsIgnoreCase(connection);
    return new Exchange(socket, out, parts[0], uri, parts[2], headers, body, close);
  }

  private static boolean token(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= 0x20 || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Reads a request head against a deadline for the whole of it, not per read. */
  private static final class HeadReader {
    private final Socket socket;
    private final InputStream in;
    private final long deadline;
    private int pending;

    HeadReader(Socket socket, InputStream in, long deadline, int firstByte) {
      this.socket = socket;
      this.in = in;
      this.deadline = deadline;
      this.pending = firstByte;
    }

    private int read() throws IOException, Refused {
      if (pending >= 0) {
        int b = pending;
        pending = -1;
        return b;
      }
      long left = (deadline - System.nanoTime()) / 1_000_000L;
      if (left <= 0) {
        throw new Refused(408, "Request Timeout");
      }
      socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
      try {
        int b = in.read();
        if (b < 0) {
          throw new IOException("end of stream inside a request");
        }
        return b;
      } catch (SocketTimeoutException e) {
        throw new Refused(408, "Request Timeout");
      }
    }

    /** A line without its CRLF (or LF), in ISO-8859-1, of at most {@code max} bytes. */
    String line(int max, int status, String reason) throws IOException, Refused {
      StringBuilder line = new StringBuilder();
      for (int b; (b = read()) != '\n'; ) {
        if (line.length() >= max) {
          throw new Refused(status, reason);
        }
        line.append((char) b);
      }
      int end = line.length();
      return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1)
          : line.toString();
    }

    byte[] bytes(int n) throws IOException, Refused {
      byte[] bytes = new byte[n];
      for (int i = 0; i < n; i++) {
        bytes[i] = (byte) read();
      }
      return bytes;
    }
  }

  /** One request and its answer, as the handler sees it. */
  private static final class Exchange extends HttpExchange {
    private final Socket socket;
    private final OutputStream out;
    private final String method;
    private final URI uri;
    private final String protocol;
    private final Headers requestHeaders;
    private final Headers responseHeaders = new Headers();
    private final Map<String, Object> attributes = new HashMap<>();
    private InputStream requestBody;
    private OutputStream responseBody;
    private boolean closeAfter;
    private int responseCode = -1;
    private long bodyLeft;

    Exchange(Socket socket, OutputStream out, String method, URI uri, String protocol,
        Headers requestHeaders, byte[] body, boolean closeAfter) {
      this.socket = socket;
      this.out = out;
      this.method = method;
      this.uri = uri;
      this.protocol = protocol;
      this.requestHeaders = requestHeaders;
      this.requestBody = new ByteArrayInputStream(body);
      this.closeAfter = closeAfter;
    }

    @Override public Headers getRequestHeaders() {
      return requestHeaders;
    }

    @Override public Headers getResponseHeaders() {
      return responseHeaders;
    }

    @Override public URI getRequestURI() {
      return uri;
    }

    @Override public String getRequestMethod() {
      return method;
    }

    @Override public HttpContext getHttpContext() {
      return null;
    }

    @Override public void close() {
      try {
        if (responseCode < 0) {
          sendResponseHeaders(500, -1);
        }
        if (bodyLeft > 0) { // The handler wrote less than it announced: the framing is lost.
          closeAfter = true;
        }
        out.flush();
      } catch (IOException e) {
        closeAfter = true;
      }
    }

    @Override public InputStream getRequestBody() {
      return requestBody;
    }

    @Override public OutputStream getResponseBody() {
      if (responseBody == null) {
        responseBody = new OutputStream() {
          @Override public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override public void write(byte[] bytes, int offset, int length) throws IOException {
            if (responseCode < 0 || length > bodyLeft) {
              throw new IOException("more body than announced, or no headers sent");
            }
            out.write(bytes, offset, length);
            bodyLeft -= length;
          }

          @Override public void flush() throws IOException {
            out.flush();
          }

          @Override public void close() throws IOException {
            out.flush();
          }
        };
      }
      return responseBody;
    }

    /** {@code length}: the body's, or -1 for none; 0 (unknown length) is not supported here. */
    @Override public void sendResponseHeaders(int code, long length) throws IOException {
      if (responseCode >= 0) {
        throw new IOException("headers already sent");
      }
      if (length == 0) {
        throw new IOException("a body of unknown length is not supported");
      }
      responseCode = code;
      boolean noBody = length < 0 || method.equals("HEAD") || code == 304 || code == 204;
      bodyLeft = noBody ? 0 : length;
      StringBuilder head = new StringBuilder("HTTP/1.1 ").append(code).append(' ')
          .append(REASONS.getOrDefault(code, "Status")).append("\r\n");
      head.append("Date: ")
          .append(HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC))).append("\r\n");
      for (Map.Entry<String, java.util.List<String>> header : responseHeaders.entrySet()) {
        for (String value : header.getValue()) {
          head.append(header.getKey()).append(": ").append(value).append("\r\n");
        }
      }
      if (code != 304 && code != 204) {
        head.append("Content-Length: ").append(Math.max(0, length)).append("\r\n");
      }
      if (closeAfter) {
        head.append("Connection: close\r\n");
      }
      out.write(head.append("\r\n").toString().getBytes(ISO_8859_1));
    }

    @Override public InetSocketAddress getRemoteAddress() {
      return (InetSocketAddress) socket.getRemoteSocketAddress();
    }

    @Override public int getResponseCode() {
      return responseCode;
    }

    @Override public InetSocketAddress getLocalAddress() {
      return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    @Override public String getProtocol() {
      return protocol;
    }

    @Override public Object getAttribute(String name) {
      return attributes.get(name);
    }

    @Override public void setAttribute(String name, Object value) {
      attributes.put(name, value);
    }

    @Override public void setStreams(InputStream in, OutputStream out) {
      if (in != null) {
        this.requestBody = in;
      }
      if (out != null) {
        this.responseBody = out;
      }
    }

    @Override public HttpPrincipal getPrincipal() {
      return null;
    }
  }

  /** Stops accepting and cuts every connection. */
  @Override public void close() {
    try {
      serverSocket.close();
    } catch (IOException ignored) {
      // Closing anyway.
    }
    for (Socket socket : open) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closing anyway.
      }
    }
    connections.shutdownNow();
    refusals.shutdownNow();
  }
}
