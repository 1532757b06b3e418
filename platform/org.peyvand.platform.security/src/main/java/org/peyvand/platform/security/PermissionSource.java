package org.peyvand.platform.security;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Permissions that come and go at runtime rather than with a bundle's descriptor, such as those of
 * the record types administrators design. The permission registry lists them with the modules'.
 */
@ConsumerType
public interface PermissionSource {

    List<PermissionDefinition> permissions();

    /** Moves on whenever the list changes. */
    long revision();
}
