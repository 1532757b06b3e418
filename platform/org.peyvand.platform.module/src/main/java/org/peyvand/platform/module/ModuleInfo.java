package org.peyvand.platform.module;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A module as its descriptor states it, with its current state and what holds it back. */
public record ModuleInfo(String id, String version, Map<String, String> names, String kernelRange,
        List<String> requires, String category, String icon, String bundle, ModuleState state, List<String> problems) {

    public ModuleInfo {
        names = Map.copyOf(names);
        requires = List.copyOf(requires);
        problems = List.copyOf(problems);
    }

    public String name(Locale locale) {
        return names.getOrDefault(locale.getLanguage(), names.getOrDefault("en", id));
    }

    public ModuleInfo withState(ModuleState newState, List<String> newProblems) {
        return new ModuleInfo(id, version, names, kernelRange, requires, category, icon, bundle, newState, newProblems);
    }
}
