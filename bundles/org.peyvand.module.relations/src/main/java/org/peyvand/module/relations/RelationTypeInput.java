package org.peyvand.module.relations;

/**
 * What an administrator enters for a relation type. A change takes the names only: the code, the
 * kinds and the hierarchy flag are fixed once links may use them.
 *
 * @param fromKind {@code null} for either kind
 * @param toKind   {@code null} for either kind
 */
public record RelationTypeInput(String code, String nameFa, String nameEn, String inverseFa, String inverseEn, RecordKind fromKind,
        RecordKind toKind, boolean hierarchical) {
}
