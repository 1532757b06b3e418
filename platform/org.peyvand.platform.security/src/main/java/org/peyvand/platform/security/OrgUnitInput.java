package org.peyvand.platform.security;

/** What a caller gives to create or change an org unit. */
public record OrgUnitInput(String code, String nameFa, String nameEn, OrgUnit.Kind kind, Long parentId) {
}
