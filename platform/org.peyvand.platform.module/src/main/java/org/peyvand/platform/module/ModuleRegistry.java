package org.peyvand.platform.module;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Modules announce themselves with {@code CRM-INF/module.json}; the registry tracks them as their
 * bundles come and go and posts {@code crm/module/<id>/registered|started|failed|unregistered}.
 */
@ProviderType
public interface ModuleRegistry {

    List<ModuleInfo> modules();

    Optional<ModuleInfo> find(String id);

    PlatformStatus status();
}
