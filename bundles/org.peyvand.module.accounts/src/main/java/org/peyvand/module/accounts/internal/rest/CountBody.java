package org.peyvand.module.accounts.internal.rest;

/** {@code {"count": n}}. */
public record CountBody(long count) {
}
