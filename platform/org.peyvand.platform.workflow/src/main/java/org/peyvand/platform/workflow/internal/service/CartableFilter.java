package org.peyvand.platform.workflow.internal.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.peyvand.platform.security.Caller;
import org.peyvand.platform.workflow.CartableBox;

/**
 * Which items of {@code ItemEntity i} make up one box of a caller's cartable: the condition the
 * page query and the count share, each served by one of the item indexes.
 */
record CartableFilter(String where, Map<String, Object> parameters) {

    static CartableFilter of(Caller caller, CartableBox box) {
        Map<String, Object> parameters = new HashMap<>();
        String where = switch (box == null ? CartableBox.MINE : box) {
            case MINE -> {
                parameters.put("me", caller.username());
                yield "i.assignee = :me and i.state = 'OPEN'";
            }
            case TO_CLAIM -> {
                parameters.put("unit", caller.unitId());
                parameters.put("roles", caller.roles().isEmpty() ? Set.of("-") : caller.roles());
                yield "i.assignee is null and i.state = 'OPEN' and (i.candidateUnit = :unit or i.candidateRole in :roles)";
            }
            case SENT -> {
                parameters.put("me", caller.username());
                yield "i.referredBy = :me and i.state = 'OPEN'";
            }
            case DONE -> {
                parameters.put("me", caller.username());
                yield "i.completedBy = :me and i.state <> 'OPEN'";
            }
        };
        return new CartableFilter(where, parameters);
    }
}
