package org.peyvand.platform.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Record- and field-level access. Object types are named {@code <module>.<object>} like the
 * permissions that guard them (e.g. {@code accounts.contact}). Administrators see everything.
 */
@ProviderType
public interface RecordAccess {

    /** The widest scope the caller's roles give on the type; roles without a setting see all. */
    RecordScope scope(Caller caller, String objectType);

    /** The caller's field rules on the type: a field is hidden or read-only only if every role of the caller says so. */
    FieldAccess fields(Caller caller, String objectType);
}
