package org.peyvand.module.notes;

/**
 * A list shared with one user or one org unit.
 *
 * @param grantee a username for {@link Grantee#USER}, an org unit's id for {@link Grantee#UNIT}
 * @param granteeName the user's or unit's name, as the kernel's lookups give it
 */
public record ListShare(Grantee kind, String grantee, String granteeName, ShareAccess access) {

    public enum Grantee {
        USER, UNIT
    }
}
