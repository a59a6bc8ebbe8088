package io.github.batchtask.cli;

import com.google.gson.JsonElement;
import io.github.batchtask.model.BatchTask;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code -o} and {@code --query}, as az has them; shared by the commands that print a task. */
final class OutputOptions {
  @Option(names = {"-o", "--output"}, order = 30, paramLabel = "FORMAT", defaultValue = "table",
      converter = OutputFormat.Converter.class, completionCandidates = OutputFormat.Names.class,
      description = OutputFormat.NAMES + " (default: table).")
  OutputFormat format;

  @Option(names = "--query", order = 31, paramLabel = "JMESPATH",
      description = "JMESPath applied to the task's JSON, e.g. state.")
  String queryText;

  private Query query;

  /**
   * Compiles the query, before anything is sent: a malformed one is a usage error. Call it
   * before {@link #print}.
   */
  void check() {
    if (queryText != null) {
      query = Query.compile(queryText);
    }
  }

  /** Prints {@code task} as asked; {@code etag} is the answer's, for the table. */
  void print(BatchTask task, String etag, PrintWriter out) {
    if (format == OutputFormat.NONE) {
      return;
    }
    if (format == OutputFormat.TABLE && query == null) {
      out.print(TaskTable.render(task, etag));
    } else {
      JsonElement document = Query.document(task);
      JsonElement value = query == null ? document : query.apply(document);
      out.print(format.render(value,
          OutputFormat.colours(System.console() != null, System.getenv())));
    }
    out.flush();
  }
}
