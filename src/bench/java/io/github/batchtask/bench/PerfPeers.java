package io.github.batchtask.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a JMH result file ({@code -rf json}, with {@code -prof gc}) as one Markdown table per
 * benchmark class: ops/s, ratio to Jackson and to the best peer, and bytes allocated per
 * operation. Usage: {@code java -cp target/benchmarks.jar io.github.batchtask.bench.PerfPeers
 * result.json}; src/bench/perf-peers.sh runs the benchmarks and this.
 */
public final class PerfPeers {
  /** Our contender; every method not starting with its name is a peer. */
  static final String OURS = "batchTaskClient";
  static final String JACKSON = "jackson";

  private PerfPeers() {
  }

  record Row(String contender, double opsPerSecond, double error, double bytesPerOp) {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: PerfPeers JMH-RESULT.json");
      System.exit(2);
    }
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Map<String, List<Row>> byClass = new LinkedHashMap<>();
    for (JsonNode result : results) {
      String benchmark = result.get("benchmark").asText();
      String[] parts = benchmark.split("\\.");
      String className = parts[parts.length - 2];
      JsonNode primary = result.get("primaryMetric");
      JsonNode secondary = result.path("secondaryMetrics");
      JsonNode gc = secondary.has("gc.alloc.rate.norm") ? secondary.get("gc.alloc.rate.norm")
          : secondary.path("\u00b7gc.alloc.rate.norm"); // the name before JMH 1.37
      byClass.computeIfAbsent(className, k -> new ArrayList<>()).add(new Row(
          parts[parts.length - 1], primary.get("score").asDouble(),
          primary.path("scoreError").asDouble(Double.NaN),
          gc.isMissingNode() ? Double.NaN : gc.get("score").asDouble()));
    }
    for (Map.Entry<String, List<Row>> entry : byClass.entrySet()) {
      System.out.println(table(entry.getKey(), entry.getValue()));
    }
  }

  static String table(String className, List<Row> rows) {
    rows.sort(Comparator.comparingDouble(Row::opsPerSecond).reversed());
    Row jackson = find(rows, JACKSON);
    Row best = rows.stream().filter(r -> !r.contender().startsWith(OURS)).findFirst()
        .orElse(null);
    StringBuilder out = new StringBuilder();
    out.append("### ").append(className).append("\n\n");
    out.append("| contender | ops/s | ± (99.9%) | vs Jackson | vs best peer | B/op "
        + "| B/op vs best peer |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Row row : rows) {
      boolean ours = row.contender().startsWith(OURS);
      String name = ours ? "**" + row.contender() + "**" : row.contender();
      out.append(String.format(Locale.ROOT, "| %s | %,.0f | %s | %s | %s | %s | %s |%n",
          name, row.opsPerSecond(), Double.isNaN(row.error()) ? "n/a"
              : String.format(Locale.ROOT, "%,.0f", row.error()),
          ratio(row.opsPerSecond(), jackson == null ? Double.NaN : jackson.opsPerSecond()),
          ratio(row.opsPerSecond(), best == null ? Double.NaN : best.opsPerSecond()),
          Double.isNaN(row.bytesPerOp()) ? "n/a"
              : String.format(Locale.ROOT, "%,.0f", row.bytesPerOp()),
          ratio(row.bytesPerOp(), best == null ? Double.NaN : best.bytesPerOp())));
    }
    Row ours = find(rows, OURS);
    if (ours != null && best != null) {
      out.append(String.format(Locale.ROOT,
          "%nbatchTaskClient: %s the best peer (%s), %s Jackson; %s of the best peer's B/op.%n",
          ratio(ours.opsPerSecond(), best.opsPerSecond()), best.contender(),
          jackson == null ? "n/a" : ratio(ours.opsPerSecond(), jackson.opsPerSecond()),
          ratio(ours.bytesPerOp(), best.bytesPerOp())));
    }
    return out.toString();
  }

  private static Row find(List<Row> rows, String contender) {
    return rows.stream().filter(r -> r.contender().equals(contender)).findFirst().orElse(null);
  }

  private static String ratio(double value, double base) {
    if (Double.isNaN(value) || Double.isNaN(base) || base == 0) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.2f×", value / base);
  }
}
