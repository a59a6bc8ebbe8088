package io.github.batchtask.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A Batch account name and key, for Shared Key authentication. The key never appears in
 * {@link #toString()} or in any exception.
 */
public final class SharedKeyCredential implements BatchCredential {
  private final String accountName;
  private final SecretKeySpec key;

  private SharedKeyCredential(String accountName, SecretKeySpec key) {
    this.accountName = accountName;
    this.key = key;
  }

  /**
   * @param accountName the Batch account's name, such as {@code myaccount}.
   * @param base64Key one of the account's access keys, as the portal shows it (base64).
   */
  public static SharedKeyCredential of(String accountName, String base64Key) {
    requireNonNull(accountName, "accountName == null");
    requireNonNull(base64Key, "base64Key == null");
    if (accountName.isBlank()) {
      throw new IllegalArgumentException("accountName is blank");
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(base64Key.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the account key is not valid base64");
    }
    if (decoded.length == 0) {
      throw new IllegalArgumentException("the account key is empty");
    }
    return new SharedKeyCredential(accountName, new SecretKeySpec(decoded, "HmacSHA256"));
  }

  public String accountName() {
    return accountName;
  }

  /** The base64 HMAC-SHA256 of {@code stringToSign} under the account key. */
  public String sign(String stringToSign) {
    requireNonNull(stringToSign, "stringToSign == null");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  @Override public String toString() {
    return "SharedKeyCredential{accountName=" + accountName + ", key=REDACTED}";
  }
}
