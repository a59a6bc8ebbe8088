package io.github.batchtask.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.net.URLDecoder;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the Batch flavour of Shared Key authentication on the sandbox side. Written apart from
 * the client's signer so that each can catch the other's mistakes. Never reveals the key.
 */
final class SharedKey {
  /** RFC 1123 as the service writes it: always a two-digit day. */
  static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.US)
          .withResolverStyle(ResolverStyle.STRICT)
          .withZone(ZoneOffset.UTC);

  /** How far a request's date may be from the sandbox clock. */
  static final Duration MAX_SKEW = Duration.ofMinutes(15);

  /** The standard headers signed, in order, after the verb. */
  private static final List<String> SIGNED_HEADERS = List.of(
      "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type",
      "Date", "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range");

  private static final String ALGORITHM = "HmacSHA256";

  private final String account;
  private final SecretKeySpec key;

  SharedKey(String account, String base64Key) {
    this.account = requireNonNull(account, "account == null");
    requireNonNull(base64Key, "base64Key == null");
    if (account.isEmpty()) {
      throw new IllegalArgumentException("account is empty");
    }
    byte[] keyBytes;
    try {
      keyBytes = Base64.getDecoder().decode(base64Key.trim());
    } catch (IllegalArgumentException e) {
      // The message of the cause could quote the key: do not chain it.
      throw new IllegalArgumentException("base64Key is not valid Base64");
    }
    if (keyBytes.length == 0) {
      throw new IllegalArgumentException("base64Key is empty");
    }
    this.key = new SecretKeySpec(keyBytes, ALGORITHM);
  }

  /**
   * Returns null when the request is authentic, else the text for {@code AuthenticationErrorDetail}.
   * Header names in {@code headers} may have any case.
   */
  String verify(String verb, Map<String, List<String>> headers, String rawPath, String rawQuery,
      Instant now) {
    Map<String, String> byName = headerValues(headers);
    String stringToSign;
    try {
      stringToSign = stringToSign(account, verb, byName, rawPath, rawQuery);
    } catch (IllegalArgumentException e) {
      return "The query string is not correctly percent-encoded, so it cannot be signed.";
    }
    String signed = " The sandbox signed this string: '" + stringToSign + "'.";

    String authorization = byName.get("authorization");
    if (authorization == null) {
      return "The request has no Authorization header." + signed;
    }
    String prefix = "SharedKey ";
    int colon = authorization.lastIndexOf(':');
    if (!authorization.regionMatches(true, 0, prefix, 0, prefix.length())
        || colon < prefix.length()) {
      return "The Authorization header is not of the form 'SharedKey {account}:{signature}'."
          + signed;
    }
    String requestAccount = authorization.substring(prefix.length(), colon).trim();
    if (!requestAccount.equalsIgnoreCase(account)) {
      return "The Authorization header names account '" + requestAccount
          + "', not the sandbox account '" + account + "'." + signed;
    }

    String dateProblem = dateProblem(byName, now);
    if (dateProblem != null) {
      return dateProblem;
    }

    String signature = authorization.substring(colon + 1).trim();
    boolean valid = constantTimeEquals(signature, sign(stringToSign));
    if ("0".equals(byName.get("content-length"))) {
      // Clients differ on a zero Content-Length: some sign it as sent, some as empty. Take both.
      String asSent = stringToSign(account, verb, byName, rawPath, rawQuery, false);
      valid |= constantTimeEquals(signature, sign(asSent));
      signed = signed.substring(0, signed.length() - 1)
          + " (or the same with the Content-Length line '0').";
    }
    if (!valid) {
      return "The signature '" + signature + "' is not the one the sandbox computed." + signed;
    }
    return null;
  }

  /** Base64 of the HMAC-SHA256 of {@code stringToSign} under the account key. */
  String sign(String stringToSign) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  /**
   * The string the service signs. {@code headers} maps lower-case names to values; a
   * Content-Length of 0 is signed as empty, like no body. Throws IllegalArgumentException when the
   * query's percent-encoding is broken.
   */
  static String stringToSign(String account, String verb, Map<String, String> headers,
      String rawPath, String rawQuery) {
    return stringToSign(account, verb, headers, rawPath, rawQuery, true);
  }

  private static String stringToSign(String account, String verb, Map<String, String> headers,
      String rawPath, String rawQuery, boolean zeroLengthAsEmpty) {
    StringBuilder out = new StringBuilder(verb.toUpperCase(Locale.ROOT)).append('\n');
    boolean ocpDate = headers.containsKey("ocp-date");
    for (String name : SIGNED_HEADERS) {
      String value = headers.get(name.toLowerCase(Locale.ROOT));
      if (value == null || (ocpDate && name.equals("Date"))
          || (zeroLengthAsEmpty && name.equals("Content-Length") && value.equals("0"))) {
        value = "";
      }
      out.append(value).append('\n');
    }
    // headers is sorted by name: its ocp-* entries come out in order.
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey().startsWith("ocp-")) {
        String value = header.getValue().replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        out.append(header.getKey()).append(':').append(value.trim()).append('\n');
      }
    }
    out.append('/').append(account.toLowerCase(Locale.ROOT)).append(rawPath);
    List<String[]> parameters = new ArrayList<>(decodeQuery(rawQuery));
    parameters.sort(Comparator.comparing(p -> p[0].toLowerCase(Locale.ROOT)));
    for (String[] parameter : parameters) {
      out.append('\n').append(parameter[0].toLowerCase(Locale.ROOT)).append(':').append(parameter[1]);
    }
    return out.toString();
  }

  /**
   * Splits a raw query into name and value pairs, each decoded exactly once ({@code +} is a
   * space). Throws IllegalArgumentException on a broken percent-encoding.
   */
  static List<String[]> decodeQuery(String rawQuery) {
    List<String[]> parameters = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      parameters.add(new String[] {URLDecoder.decode(name, UTF_8), URLDecoder.decode(value, UTF_8)});
    }
    return parameters;
  }

  /** Decodes one path segment once; unlike a query, {@code +} stays a plus. */
  static String decodePathSegment(String rawSegment) {
    return URLDecoder.decode(rawSegment.replace("+", "%2B"), UTF_8);
  }

  /** Lower-case header names, sorted, to their values (repeated headers joined by commas). */
  static Map<String, String> headerValues(Map<String, List<String>> headers) {
    Map<String, String> byName = new TreeMap<>();
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      byName.merge(header.getKey().toLowerCase(Locale.ROOT), String.join(",", header.getValue()),
          (a, b) -> a + "," + b);
    }
    return byName;
  }

  /** Parses an RFC 1123 date as the service writes it; null when it is not one. */
  static Instant parseHttpDate(String text) {
    try {
      return LocalDateTime.parse(text.trim(), HTTP_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String dateProblem(Map<String, String> headers, Instant now) {
    String name = headers.containsKey("ocp-date") ? "ocp-date" : "Date";
    String text = headers.get(name.toLowerCase(Locale.ROOT));
    if (text == null) {
      return "The request has neither an ocp-date nor a Date header.";
    }
    Instant date = parseHttpDate(text);
    if (date == null) {
      return "The " + name + " header '" + text + "' is not an RFC 1123 date such as '"
          + HTTP_DATE.format(Instant.EPOCH) + "' (two-digit day, GMT).";
    }
    if (Duration.between(date, now).abs().compareTo(MAX_SKEW) > 0) {
      return "The " + name + " header '" + text + "' is more than 15 minutes away from the"
          + " sandbox time '" + HTTP_DATE.format(now) + "'.";
    }
    return null;
  }

  private static boolean constantTimeEquals(String given, String expected) {
    byte[] expectedBytes = Base64.getDecoder().decode(expected);
    byte[] givenBytes;
    try {
      givenBytes = Base64.getDecoder().decode(given);
    } catch (IllegalArgumentException e) {
      givenBytes = new byte[0];
    }
    return MessageDigest.isEqual(givenBytes, expectedBytes);
  }
}
