package org.peyvand.platform.security;

import java.util.Locale;
import java.util.Set;

/**
 * A node of the organisation tree: a department, branch or agency; the root is the organisation.
 * Its managers (usernames) receive what is referred to the unit.
 */
public record OrgUnit(long id, String code, String nameFa, String nameEn, Kind kind, Long parentId, String path, Set<String> managers,
        long version) {

    public static final long ROOT_ID = 1;

    public enum Kind {
        ORGANISATION, DEPARTMENT, BRANCH, AGENCY
    }

    public OrgUnit {
        managers = Set.copyOf(managers);
    }

    public String name(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? nameFa : nameEn;
    }

    /** Whether {@code other} is this unit or lies below it. */
    public boolean contains(OrgUnit other) {
        return other.path().startsWith(path);
    }
}
