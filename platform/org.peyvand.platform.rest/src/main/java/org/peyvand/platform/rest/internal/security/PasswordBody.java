package org.peyvand.platform.rest.internal.security;

/** A new password, and for one's own the current one. */
public record PasswordBody(String currentPassword, String password) {
}
