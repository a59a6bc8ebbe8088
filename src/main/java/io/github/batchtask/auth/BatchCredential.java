package io.github.batchtask.auth;

/** How requests prove who sends them: a Shared Key or a bearer token. */
public sealed interface BatchCredential permits SharedKeyCredential, TokenCredential {
}
