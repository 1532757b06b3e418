package org.peyvand.module.relations;

import java.util.Locale;

/**
 * A kind of link, read from its source to its target ("subsidiary of") and back (its inverse name,
 * "parent company of").
 *
 * @param fromKind     what a link's source may be; {@code null} for either kind
 * @param toKind       what a link's target may be; {@code null} for either kind
 * @param hierarchical links of this type form a hierarchy, so a link closing a cycle is refused
 * @param builtIn      shipped with the module: it cannot be deleted
 */
public record RelationType(long id, String code, String nameFa, String nameEn, String inverseFa, String inverseEn, RecordKind fromKind,
        RecordKind toKind, boolean hierarchical, boolean builtIn, long version) {

    /** The name as read from one end: the inverse name when seen from the target. */
    public String name(Locale locale, boolean fromTarget) {
        boolean persian = "fa".equals(locale.getLanguage());
        if (fromTarget) {
            return persian ? inverseFa : inverseEn;
        }
        return persian ? nameFa : nameEn;
    }

    public boolean allowsFrom(RecordKind kind) {
        return fromKind == null || fromKind == kind;
    }

    public boolean allowsTo(RecordKind kind) {
        return toKind == null || toKind == kind;
    }
}
