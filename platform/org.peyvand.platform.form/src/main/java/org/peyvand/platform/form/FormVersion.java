package org.peyvand.platform.form;

import java.time.Instant;

/** One published version of a form. */
public record FormVersion(int version, String publishedBy, Instant publishedAt, String comment) {
}
