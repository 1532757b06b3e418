package org.peyvand.ui.workflow.internal.cartable;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.workflow.internal.WorkflowServices;

/** Org units' names for one screen, each looked up once; a unit gone since shows its number. */
final class UnitNames implements LongFunction<String> {
    private final UiContext context;
    private final WorkflowServices services;
    private final Map<Long, String> names = new HashMap<>();

    UnitNames(UiContext context, WorkflowServices services) {
        this.context = context;
        this.services = services;
    }

    @Override
    public String apply(long id) {
        return names.computeIfAbsent(id, unit -> services.units(context).byValue(unit).map(Option::label)
                .orElse(context.format().digits("#" + unit)));
    }
}
