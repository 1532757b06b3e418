package org.peyvand.platform.module.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * A bundle is ready when it is active and every enabled component that can run has all it
 * needs. Components that wait for an optional configuration ({@code configurationPolicy=require})
 * are switched off on purpose and do not count.
 */
final class ComponentReadiness {
    private final ServiceComponentRuntime scr;

    ComponentReadiness(ServiceComponentRuntime scr) {
        this.scr = scr;
    }

    List<String> problems(Bundle bundle) {
        List<String> problems = new ArrayList<>();
        if (bundle.getState() != Bundle.ACTIVE) {
            problems.add(bundle.getSymbolicName() + " is not active");
            return problems;
        }
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
            if (!scr.isComponentEnabled(description)) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                switch (configuration.state) {
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> problems.add(description.name + " waits for "
                            + Arrays.stream(configuration.unsatisfiedReferences).map(ComponentReadiness::describe).toList());
                    case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> problems.add(description.name + " waits for its configuration");
                    case ComponentConfigurationDTO.FAILED_ACTIVATION -> problems.add(description.name + " failed: " + configuration.failure);
                    default -> {
                        // SATISFIED or ACTIVE
                    }
                }
            }
        }
        return problems;
    }

    private static String describe(UnsatisfiedReferenceDTO reference) {
        return reference.name + (reference.target == null ? "" : " " + reference.target);
    }
}
