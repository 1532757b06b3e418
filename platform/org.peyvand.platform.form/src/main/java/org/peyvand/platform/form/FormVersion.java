package org.peyvand.platform.form;

import java.time.Instant;

/** One published version of a form; version 0 is a module's form as the module ships it (by the module, at no time). */
public record FormVersion(int version, String publishedBy, Instant publishedAt, String comment) {
}
