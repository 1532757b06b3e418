package org.peyvand.platform.security;

import java.util.Locale;

/** A node of the organisation tree: a department, branch or agency; the root is the organisation. */
public record OrgUnit(long id, String code, String nameFa, String nameEn, Kind kind, Long parentId, String path, long version) {

    public static final long ROOT_ID = 1;

    public enum Kind {
        ORGANISATION, DEPARTMENT, BRANCH, AGENCY
    }

    public String name(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? nameFa : nameEn;
    }

    /** Whether {@code other} is this unit or lies below it. */
    public boolean contains(OrgUnit other) {
        return other.path().startsWith(path);
    }
}
