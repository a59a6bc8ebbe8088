package io.github.batchtask.json;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hides secrets from text meant for people: SAS signatures, keys, tokens. Not public API. */
public final class Redaction {
  /** What a removed secret is replaced with. */
  public static final String REDACTED = "REDACTED";

  /**
   * The value of a {@code sig} query parameter: everything after {@code sig=} up to the next
   * {@code &}, {@code #}, quote or end. The service's own examples put a space inside it.
   */
  private static final Pattern SAS_SIGNATURE =
      Pattern.compile("((?:[?&]|%26|\\\\u0026)sig=)[^&#\"]*", Pattern.CASE_INSENSITIVE);

  private Redaction() {
  }

  /** Replaces the signature of every SAS token in {@code text}; null stays null. */
  public static String sas(String text) {
    if (text == null || !containsIgnoreCase(text, "sig=")) {
      return text;
    }
    Matcher matcher = SAS_SIGNATURE.matcher(text);
    return matcher.replaceAll("$1" + REDACTED);
  }

  /** Renders raw JSON properties with any SAS signatures in them replaced. */
  public static String sas(Map<String, String> rawProperties) {
    StringBuilder out = new StringBuilder("{");
    String separator = "";
    for (Map.Entry<String, String> entry : rawProperties.entrySet()) {
      out.append(separator).append(entry.getKey()).append('=').append(sas(entry.getValue()));
      separator = ", ";
    }
    return out.append('}').toString();
  }

  /** Headers one per line, with Authorization's value replaced and SAS signatures removed. */
  public static String headers(okhttp3.Headers headers) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String value = name.equalsIgnoreCase("Authorization") ? REDACTED : sas(headers.value(i));
      out.append(name).append(": ").append(value).append('\n');
    }
    return out.toString();
  }

  private static boolean containsIgnoreCase(String text, String part) {
    for (int i = 0, last = text.length() - part.length(); i <= last; i++) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }
}
