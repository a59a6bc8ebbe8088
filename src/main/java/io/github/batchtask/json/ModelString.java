package io.github.batchtask.json;

import java.util.Map;

/** Builds the {@code toString()} of a generated model: non-null properties only, secrets hidden. */
public final class ModelString {
  private final StringBuilder out;
  private String separator = "";

  public ModelString(String type) {
    out = new StringBuilder(type).append('{');
  }

  public ModelString add(String name, Object value) {
    if (value != null) {
      out.append(separator).append(name).append('=').append(value);
      separator = ", ";
    }
    return this;
  }

  /** Adds a URL whose SAS signature, if any, is replaced. */
  public ModelString addSasUrl(String name, String url) {
    return add(name, Redaction.sas(url));
  }

  /** Adds a secret ({@code x-ms-secret} in the spec) as {@code REDACTED} when it is set. */
  public ModelString addSecret(String name, Object secret) {
    return add(name, secret == null ? null : "REDACTED");
  }

  /** Adds unknown properties, with any SAS signatures in their raw JSON replaced. */
  public ModelString addUnknown(Map<String, String> unknownProperties) {
    if (!unknownProperties.isEmpty()) {
      add("unknownProperties", Redaction.sas(unknownProperties));
    }
    return this;
  }

  @Override public String toString() {
    return out + "}";
  }
}
