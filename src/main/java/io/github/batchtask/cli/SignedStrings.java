package io.github.batchtask.cli;

import io.github.batchtask.BatchServiceException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * After {@code AuthenticationFailed}, with {@code --debug}: the string the service says it
 * signed next to the one the client signed, and where they first differ. Neither holds the key
 * or a signature; the service's detail (which quotes the signature sent) is not printed.
 */
final class SignedStrings {
  /** The service's "... string to sign: '...'." and the sandbox's "signed this string: '...'". */
  private static final Pattern QUOTED = Pattern.compile(
      "(?s)(?:string to sign|signed this string|string-to-sign)\\s*:\\s*'(.*)'"
          + "\\s*(?:\\([^()]*\\))?\\.?\\s*$");

  private SignedStrings() {
  }

  /** The string the service signed, as its {@code AuthenticationErrorDetail} quotes it, or null. */
  static String serviceSigned(Map<String, String> values) {
    for (String key : new String[] {"AuthenticationErrorDetail", "authenticationErrorDetail"}) {
      String detail = values.get(key);
      if (detail != null) {
        Matcher quoted = QUOTED.matcher(detail);
        if (quoted.find()) {
          return quoted.group(1);
        }
      }
    }
    return null;
  }

  /** Prints the comparison, if there is something to compare. */
  static void print(BatchServiceException e, PrintWriter err) {
    String service = serviceSigned(e.values());
    String client = e.stringToSign();
    if (client == null) {
      err.println("debug: the request was not signed with Shared Key: no string to compare");
      return;
    }
    if (service == null) {
      err.println("debug: the service did not quote the string it signed; the client signed:");
      lines(client, err);
      return;
    }
    err.println("debug: the service signed:");
    lines(service, err);
    err.println("debug: the client signed:");
    lines(client, err);
    err.println("debug: " + difference(service, client));
  }

  /** Where the two strings first differ, as one line. */
  static String difference(String service, String client) {
    if (service.equals(client)) {
      return "the strings are the same, so the key differs: check --account-key against the "
          + "account's keys";
    }
    String[] a = service.split("\n", -1);
    String[] b = client.split("\n", -1);
    for (int line = 0; line < Math.max(a.length, b.length); line++) {
      String x = line < a.length ? a[line] : null;
      String y = line < b.length ? b[line] : null;
      if (x == null || y == null || !x.equals(y)) {
        int column = 0;
        while (x != null && y != null && column < Math.min(x.length(), y.length())
            && x.charAt(column) == y.charAt(column)) {
          column++;
        }
        return "they first differ at line " + (line + 1) + ", column " + (column + 1)
            + ": the service has " + shown(x) + ", the client " + shown(y);
      }
    }
    return "they differ";
  }

  private static String shown(String line) {
    return line == null ? "no such line" : TerminalText.jsonString(line);
  }

  private static void lines(String text, PrintWriter err) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      err.println(String.format("  %2d | %s", i + 1, TerminalText.of(lines[i])));
    }
  }
}
