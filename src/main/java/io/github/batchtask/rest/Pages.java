package io.github.batchtask.rest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import retrofit2.Call;
import retrofit2.HttpException;
import retrofit2.Response;

/**
 * Follows {@code odata.nextLink} through the pages of a list operation. For an operation
 * {@code widgetList} the generated interface also has {@code widgetListNext(String nextLink)}:
 *
 * <pre>{@code
 * for (WidgetListResult page : Pages.of(api.widgetList(null, null, version),
 *     WidgetListResult::odataNextLink, api::widgetListNext)) {
 *   page.value().forEach(...);
 * }
 * }</pre>
 *
 * Each page is read when the iteration reaches it, on the calling thread. An answer that is not
 * a success ends the iteration with Retrofit's {@link HttpException} (its {@code response()}
 * holds the status and headers); a transport failure with an {@link UncheckedIOException}.
 */
public final class Pages<P> implements Iterable<P> {
  private final Call<P> first;
  private final Function<? super P, String> nextLink;
  private final Function<String, Call<P>> next;

  private Pages(Call<P> first, Function<? super P, String> nextLink,
      Function<String, Call<P>> next) {
    this.first = first;
    this.nextLink = nextLink;
    this.next = next;
  }

  /**
   * The pages that start with the answer to {@code first} and go on while a page has a next
   * link ({@code nextLink} returns null or an empty string on the last page).
   */
  public static <P> Pages<P> of(Call<P> first, Function<? super P, String> nextLink,
      Function<String, Call<P>> next) {
    requireNonNull(first, "first == null");
    requireNonNull(nextLink, "nextLink == null");
    requireNonNull(next, "next == null");
    return new Pages<>(first, nextLink, next);
  }

  /** Each iterator reads the pages anew, starting from a clone of the first call. */
  @Override public Iterator<P> iterator() {
    Call<P> start = first.clone();
    return new Iterator<P>() {
      private Call<P> pending = start;

      @Override public boolean hasNext() {
        return pending != null;
      }

      @Override public P next() {
        if (pending == null) {
          throw new NoSuchElementException();
        }
        P page = execute(pending);
        String link = nextLink.apply(page);
        pending = link == null || link.isEmpty() ? null : next.apply(link);
        return page;
      }
    };
  }

  private static <P> P execute(Call<P> call) {
    Response<P> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!response.isSuccessful()) {
      throw new HttpException(response);
    }
    P page = response.body();
    if (page == null) {
      throw new IllegalStateException("a page answered " + response.code() + " without a body");
    }
    return page;
  }
}
