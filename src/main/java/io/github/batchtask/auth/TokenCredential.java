package io.github.batchtask.auth;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/**
 * Microsoft Entra ID bearer tokens from a source you supply, asked for a token on every request
 * (cache and refresh in the source). Request tokens for {@link #BATCH_SCOPE}; for example with
 * azure-identity: {@code () -> credential.getTokenSync(new TokenRequestContext()
 * .addScopes(TokenCredential.BATCH_SCOPE)).getToken()}. No identity library is needed here.
 */
public final class TokenCredential implements BatchCredential {
  /** The OAuth 2 scope of the Batch service; the double slash is intended. */
  public static final String BATCH_SCOPE = "https://batch.core.windows.net//.default";

  private final Supplier<String> tokenSource;

  private TokenCredential(Supplier<String> tokenSource) {
    this.tokenSource = tokenSource;
  }

  public static TokenCredential of(Supplier<String> tokenSource) {
    return new TokenCredential(requireNonNull(tokenSource, "tokenSource == null"));
  }

  /** A token from the source; fails if it gives none. */
  public String token() {
    String token = tokenSource.get();
    if (token == null || token.isBlank()) {
      throw new IllegalStateException("the token source returned no token");
    }
    return token;
  }

  @Override public String toString() {
    return "TokenCredential{token=REDACTED}";
  }
}
