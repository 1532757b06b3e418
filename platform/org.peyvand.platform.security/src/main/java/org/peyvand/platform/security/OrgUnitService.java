package org.peyvand.platform.security;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/** The organisation tree. Reading needs {@code platform.unit.read}, changes {@code platform.unit.manage}. */
@ProviderType
public interface OrgUnitService {

    /** Every unit, parents before their children. */
    List<OrgUnit> tree(Caller caller);

    OrgUnit get(Caller caller, long id);

    /**
     * The unit's id followed by those of its ancestors up to the organisation; empty for an unknown
     * unit. Needs no permission: it names no one, and services resolving settings inherited down the
     * tree (such as working hours) act for no particular user.
     */
    List<Long> lineage(long unitId);

    OrgUnit create(Caller caller, OrgUnitInput input);

    /** Changes names, kind or parent; a unit cannot move below itself. */
    OrgUnit update(Caller caller, long id, OrgUnitInput input, long expectedVersion);

    /** Replaces the users who manage the unit. */
    OrgUnit setManagers(Caller caller, long id, Set<String> usernames);

    /** Removes a unit that has no sub-units and no members. */
    void delete(Caller caller, long id);
}
