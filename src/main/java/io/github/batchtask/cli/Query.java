package io.github.batchtask.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.gson.GsonRuntime;
import io.burt.jmespath.parser.ParseError;
import io.burt.jmespath.parser.ParseException;
import io.github.batchtask.model.BatchTask;
import io.github.batchtask.model.BatchTaskJson;

/**
 * A {@code --query}: a JMESPath expression (jmespath-java over Gson) applied to the task's JSON
 * as the service sent it, unknown properties included.
 */
final class Query {
  private static final GsonRuntime RUNTIME = new GsonRuntime();

  private final String text;
  private final Expression<JsonElement> expression;

  private Query(String text, Expression<JsonElement> expression) {
    this.text = text;
    this.expression = expression;
  }

  /**
   * Compiles {@code text}.
   *
   * @throws IllegalArgumentException with one line naming the position of the first error.
   */
  static Query compile(String text) {
    try {
      return new Query(text, RUNTIME.compile(text));
    } catch (ParseException e) {
      for (ParseError error : e) {
        throw invalid(text, error.message() + " (position " + error.position() + ")");
      }
      throw invalid(text, e.getMessage());
    } catch (JmesPathException e) {
      throw invalid(text, e.getMessage());
    }
  }

  private static IllegalArgumentException invalid(String text, String why) {
    return new IllegalArgumentException("--query " + TerminalText.jsonString(text)
        + " is not valid JMESPath: " + TerminalText.of(why));
  }

  /**
   * The task's JSON as the service sent it: the model written back by its adapters, which keep
   * unknown properties as raw JSON and write them back, so the document is the same value for
   * value. Gson keeps each number's text.
   */
  static JsonElement document(BatchTask task) {
    return JsonParser.parseString(BatchTaskJson.moshi().adapter(BatchTask.class).toJson(task));
  }

  /**
   * Applies the query.
   *
   * @throws IllegalArgumentException if a function is given arguments of the wrong type.
   */
  JsonElement apply(JsonElement document) {
    try {
      return expression.search(document);
    } catch (JmesPathException e) {
      throw new IllegalArgumentException("--query " + TerminalText.jsonString(text) + ": "
          + TerminalText.of(e.getMessage()));
    }
  }

  @Override public String toString() {
    return text;
  }
}
