package io.github.batchtask.json;

import java.util.Map;
import java.util.regex.Pattern;

/** Hides secrets from text meant for people: SAS signatures, keys, tokens. Not public API. */
public final class Redaction {
  /** What a removed secret is replaced with. */
  public static final String REDACTED = "REDACTED";

  /**
   * A {@code sig} parameter and its value, in every encoding met in practice: after {@code ?},
   * {@code &}, {@code &amp;}, {@code ;}, a space or at the start of the text; percent-encoded
   * once or more ({@code %26sig%3D...}, {@code %2526sig%253D...}); JSON-escaped
   * ({@code &} and {@code ?} as JSON unicode escapes). The value is the signature's base64
   * alphabet in the same encodings, after optional spaces (the service's own examples put one
   * after {@code =}); whatever follows it is kept.
   */
  private static final Pattern SAS_SIGNATURE = Pattern.compile(
      "(?:(?<![A-Za-z0-9_])|(?<=%(?:25){0,3}(?:26|3F))|(?<=\\\\u00(?:26|3F)))"
          + "(sig(?:=|%(?:25){0,3}3D|\\\\u003D))"
          + " *(?:[A-Za-z0-9+/=_-]|%(?:25){0,3}(?:2B|2F|3D)|\\\\/|\\\\u00(?:2B|2F|3D))+",
      Pattern.CASE_INSENSITIVE);
  private static final String KEY = "sig";

  private Redaction() {
  }

  /** Replaces the signature of every SAS token in {@code text}; null stays null. */
  public static String sas(String text) {
    if (text == null || !containsIgnoreCase(text, KEY)) {
      return text;
    }
    return SAS_SIGNATURE.matcher(text).replaceAll("$1" + REDACTED);
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
