package org.peyvand.platform.marketplace.internal.catalog;

/** Index entries as publishers write them. */
public final class Indexes {

    private Indexes() {
    }

    public static String entry(String id, String version, String kernel, String artifact, String sha256) {
        return """
                {"id": "%s", "version": "%s", "name": {"fa": "بازدید از مشتری", "en": "Customer visits"},
                 "description": {"fa": "ثبت بازدیدها", "en": "Record visits"}, "vendor": "Peyvand", "category": "sales",
                 "maturity": "beta", "kernel": "%s", "requires": ["accounts"],
                 "permissions": [{"id": "visits.visit.read", "label": {"fa": "دیدن بازدیدها", "en": "See visits"}}],
                 "contentType": "module", "artifact": "%s", "sha256": "%s"}
                """.formatted(id, version, kernel, artifact, sha256);
    }

    public static String of(String... entries) {
        return "{\"entries\": [" + String.join(",", entries) + "]}";
    }
}
