package io.github.batchtask.model;

import com.squareup.moshi.JsonAdapter;
import io.github.batchtask.json.JsonByteReader;
import io.github.batchtask.testing.JsonTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Random valid tasks, as a newer service might send them, survive {@code toJson(fromJson(x))}
 * value for value: random subsets of properties, unknown properties at every level, enum values
 * in any case or unknown, date-times with 0 to 9 fraction digits, durations up to the .NET
 * maximum. The byte reader of the Retrofit converter reads each as the Moshi adapter does.
 * Each try is one seed; a failure reports it.
 */
class RoundTripProperties {
  private static final JsonAdapter<BatchTask> TASKS =
      BatchTaskJson.moshi().adapter(BatchTask.class);

  @Property(tries = 400)
  void randomTasksRoundTripValueForValue(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed)
      throws IOException {
    String json = new TaskJson(new Random(seed)).task();
    String written = TASKS.toJson(TASKS.fromJson(json));
    if (!JsonTree.same(json, written)) {
      throw new AssertionError("seed " + seed + "\nsent:    " + json + "\nwritten: " + written);
    }
  }

  /** The Retrofit converter's byte reader reads every random task as the Moshi adapter does. */
  @Property(tries = 400)
  void byteReaderReadsWhatTheMoshiAdapterReads(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) throws IOException {
    String json = new TaskJson(new Random(seed)).task();
    BatchTask moshi = TASKS.fromJson(json);
    BatchTask bytes = JsonByteReader.readDocument(json.getBytes(StandardCharsets.UTF_8),
        BatchTaskJsonAdapter::read);
    if (!moshi.equals(bytes)) {
      throw new AssertionError("seed " + seed + "\nsent:  " + json + "\nmoshi: " + moshi
          + "\nbytes: " + bytes);
    }
  }

  @Property(tries = 200)
  void compactWriteIsTheIndentedWriteWithoutWhitespace(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) throws IOException {
    BatchTask task = TASKS.fromJson(new TaskJson(new Random(seed)).task());
    String compact = TASKS.toJson(task);
    String indented = JsonTree.withoutWhitespace(TASKS.indent("  ").toJson(task));
    if (!compact.equals(indented)) {
      throw new AssertionError("seed " + seed + "\ncompact:  " + compact + "\nindented: "
          + indented);
    }
  }

  /** Writes random task JSON with an independent formatter (not the one under test). */
  static final class TaskJson {
    private static final String[] STATES = {"active", "preparing", "running", "completed"};
    private static final long DOTNET_MAX_SECONDS = 922_337_203_685L;
    private final Random random;

    TaskJson(Random random) {
      this.random = random;
    }

    String task() {
      List<String> p = new ArrayList<>();
      maybe(p, "id", this::string);
      maybe(p, "displayName", this::string);
      maybe(p, "url", this::string);
      maybe(p, "eTag", this::string);
      maybe(p, "lastModified", this::dateTime);
      maybe(p, "creationTime", this::dateTime);
      maybe(p, "state", () -> enumValue(STATES));
      maybe(p, "stateTransitionTime", this::dateTime);
      maybe(p, "previousState", () -> enumValue(STATES));
      maybe(p, "previousStateTransitionTime", this::dateTime);
      maybe(p, "commandLine", this::string);
      maybe(p, "resourceFiles", () -> list(this::resourceFile));
      maybe(p, "environmentSettings", () -> list(() -> object(
          prop("name", string()), prop("value", string()))));
      maybe(p, "constraints", () -> object(
          optional("maxWallClockTime", this::duration),
          optional("retentionTime", this::duration),
          optional("maxTaskRetryCount", () -> Integer.toString(random.nextInt()))));
      maybe(p, "userIdentity", () -> object(
          optional("username", this::string),
          optional("autoUser", () -> object(
              optional("scope", () -> enumValue(new String[] {"task", "pool"})),
              optional("elevationLevel", () -> enumValue(new String[] {"nonAdmin", "admin"}))))));
      maybe(p, "executionInfo", () -> object(
          optional("startTime", this::dateTime),
          optional("endTime", this::dateTime),
          optional("exitCode", () -> Integer.toString(random.nextInt())),
          optional("failureInfo", () -> object(
              optional("category", () -> enumValue(new String[] {"userError", "serverError"})),
              optional("code", this::string),
              optional("details", () -> list(() -> object(
                  prop("name", string()), prop("value", string())))))),
          optional("retryCount", () -> Integer.toString(random.nextInt(100))),
          optional("result", () -> enumValue(new String[] {"success", "failure"}))));
      maybe(p, "stats", () -> object(
          optional("userCPUTime", this::duration),
          optional("wallClockTime", this::duration),
          optional("readIOps", () -> Long.toString(random.nextLong())),
          optional("readIOGiB", () -> Double.toString(random.nextDouble() * 1e6))));
      maybe(p, "dependsOn", () -> object(
          optional("taskIds", () -> list(this::string)),
          optional("taskIdRanges", () -> list(() -> object(
              prop("start", Integer.toString(random.nextInt())),
              prop("end", Integer.toString(random.nextInt())))))));
      maybe(p, "exitConditions", () -> object(
          optional("exitCodes", () -> list(() -> object(
              prop("code", Integer.toString(random.nextInt())),
              optional("exitOptions", this::exitOptions)))),
          optional("default", this::exitOptions)));
      maybe(p, "authenticationTokenSettings", () -> object(
          optional("access", () -> list(() -> enumValue(new String[] {"job"})))));
      unknowns(p);
      java.util.Collections.shuffle(p, random);
      return "{" + String.join(",", p) + "}";
    }

    private String resourceFile() {
      return object(optional("blobSource", this::string), optional("filePath", this::string),
          optional("fileMode", this::string));
    }

    private String exitOptions() {
      return object(
          optional("jobAction", () -> enumValue(new String[] {"none", "disable", "terminate"})),
          optional("dependencyAction", () -> enumValue(new String[] {"satisfy", "block"})));
    }

    /** A known value in random case, or now and then one nobody has seen. */
    private String enumValue(String[] known) {
      if (random.nextInt(8) == 0) {
        return quote("reticulating" + random.nextInt(10));
      }
      StringBuilder value = new StringBuilder(known[random.nextInt(known.length)]);
      for (int i = 0; i < value.length(); i++) {
        if (random.nextInt(4) == 0) {
          char c = value.charAt(i);
          value.setCharAt(i, Character.isUpperCase(c)
              ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
      }
      return quote(value.toString());
    }

    /** UTC, 0 to 9 fraction digits, no trailing zero: the form the service writes. */
    private String dateTime() {
      long second = random.nextInt(1 << 30) * 4L; // 1970 to about 2106
      java.time.LocalDateTime time = java.time.LocalDateTime.ofEpochSecond(second, 0,
          java.time.ZoneOffset.UTC);
      StringBuilder text = new StringBuilder(String.format("%04d-%02d-%02dT%02d:%02d:%02d",
          time.getYear(), time.getMonthValue(), time.getDayOfMonth(), time.getHour(),
          time.getMinute(), time.getSecond()));
      int digits = random.nextInt(10);
      if (digits > 0) {
        text.append('.');
        for (int i = 1; i < digits; i++) {
          text.append((char) ('0' + random.nextInt(10)));
        }
        text.append((char) ('1' + random.nextInt(9)));
      }
      return quote(text.append('Z').toString());
    }

    /** From zero to the .NET maximum, in days/hours/minutes/seconds as the service writes it. */
    private String duration() {
      long total = random.nextInt(4) == 0 ? DOTNET_MAX_SECONDS : (long) (random.nextDouble()
          * (random.nextBoolean() ? 86_400 * 3 : DOTNET_MAX_SECONDS));
      int nanos = random.nextBoolean() ? 0 : random.nextInt(10_000_000) * 100;
      if (total == DOTNET_MAX_SECONDS) {
        nanos = 477_580_700;
      }
      long days = total / 86_400;
      long hours = total / 3_600 % 24;
      long minutes = total / 60 % 60;
      long seconds = total % 60;
      StringBuilder text = new StringBuilder("P");
      if (days > 0) {
        text.append(days).append('D');
      }
      if (hours > 0 || minutes > 0 || seconds > 0 || nanos > 0 || days == 0) {
        text.append('T');
        if (hours > 0) {
          text.append(hours).append('H');
        }
        if (minutes > 0) {
          text.append(minutes).append('M');
        }
        if (seconds > 0 || nanos > 0 || (hours == 0 && minutes == 0)) {
          text.append(seconds);
          if (nanos > 0) {
            String fraction = String.format("%09d", nanos).replaceAll("0+$", "");
            text.append('.').append(fraction);
          }
          text.append('S');
        }
      }
      return quote(text.toString());
    }

    private void unknowns(List<String> properties) {
      int count = random.nextInt(3);
      for (int i = 0; i < count; i++) {
        properties.add(prop("x-unknown-" + i + "-" + random.nextInt(1000), anyValue(3)));
      }
    }

    private String anyValue(int depth) {
      switch (random.nextInt(depth > 0 ? 8 : 5)) {
        case 0: return "null";
        case 1: return random.nextBoolean() ? "true" : "false";
        case 2: return new java.math.BigInteger(80, random).toString();
        case 3: return "-" + random.nextInt(1000) + "." + random.nextInt(1000) + "e-" + random.nextInt(30);
        case 4: return string();
        case 5: return "[" + anyValue(depth - 1) + "," + anyValue(depth - 1) + "]";
        default: return "{" + prop("a", anyValue(depth - 1)) + "}";
      }
    }

    private String string() {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        switch (random.nextInt(6)) {
          case 0: text.append("\\\"").append("\\\\"); break;
          case 1: text.append("\\u00e9\\n"); break;
          case 2: text.appendCodePoint(0x1F600); break;
          default: text.append((char) ('a' + random.nextInt(26)));
        }
      }
      return "\"" + text + "\"";
    }

    private String list(java.util.function.Supplier<String> element) {
      List<String> items = new ArrayList<>();
      int count = random.nextInt(4);
      for (int i = 0; i < count; i++) {
        items.add(element.get());
      }
      return "[" + String.join(",", items) + "]";
    }

    private String object(String... properties) {
      List<String> present = new ArrayList<>();
      for (String property : properties) {
        if (property != null) {
          present.add(property);
        }
      }
      unknowns(present);
      java.util.Collections.shuffle(present, random);
      return "{" + String.join(",", present) + "}";
    }

    private String optional(String name, java.util.function.Supplier<String> value) {
      return random.nextBoolean() ? prop(name, value.get()) : null;
    }

    private void maybe(List<String> properties, String name,
        java.util.function.Supplier<String> value) {
      if (random.nextBoolean()) {
        properties.add(prop(name, value.get()));
      }
    }

    private static String prop(String name, String value) {
      return quote(name) + ":" + value;
    }

    private static String quote(String text) {
      return "\"" + text + "\"";
    }
  }
}
