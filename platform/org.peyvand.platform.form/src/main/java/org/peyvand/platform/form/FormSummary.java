package org.peyvand.platform.form;

import java.time.Instant;

/** A form in the list of forms: what it is, who ships it, its published version. */
public record FormSummary(String key, FormKind kind, String module, LocalizedText label, int version, int customFields,
        Instant publishedAt) {
}
