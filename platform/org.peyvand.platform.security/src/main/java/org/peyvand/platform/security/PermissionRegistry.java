package org.peyvand.platform.security;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The permissions of the modules present now; a module leaving takes its permissions along. */
@ProviderType
public interface PermissionRegistry {

    List<PermissionDefinition> permissions();

    Optional<PermissionDefinition> find(String id);

    /** Moves on whenever a module's permissions arrive or leave. */
    long revision();
}
