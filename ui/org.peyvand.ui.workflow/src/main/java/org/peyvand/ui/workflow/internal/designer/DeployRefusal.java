package org.peyvand.ui.workflow.internal.designer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;

/**
 * Why the engine refused to deploy a diagram, as sentences naming the elements at fault by their
 * names, and those elements' ids, to select and mark them in the diagram.
 *
 * @param lines    one sentence per reason
 * @param elements the ids of the diagram's elements the reasons are about, in order
 */
record DeployRefusal(List<String> lines, List<String> elements) {
    private static final String ELEMENT_FIELD = "bpmn.";

    static DeployRefusal of(CrmException refused, Map<String, String> names, Messages messages) {
        if (!(refused instanceof ValidationException invalid)) {
            return new DeployRefusal(List.of(messages.describe(refused)), List.of());
        }
        List<String> lines = new ArrayList<>();
        Set<String> elements = new LinkedHashSet<>();
        for (FieldError error : invalid.fieldErrors()) {
            String reason = messages.get(error.messageKey(), error.args().toArray());
            Optional<String> element = element(error, names);
            element.ifPresent(elements::add);
            lines.add(element.map(id -> messages.get("workflow.ui.deploy.elementError", label(id, names), reason)).orElse(reason));
        }
        return new DeployRefusal(lines, List.copyOf(elements));
    }

    /** The element a reason is about: the engine names it in the field, as {@code bpmn.<element id>}. */
    private static Optional<String> element(FieldError error, Map<String, String> names) {
        return Optional.of(error.field()).filter(field -> field.startsWith(ELEMENT_FIELD)).map(field -> field.substring(ELEMENT_FIELD.length()))
                .filter(names::containsKey);
    }

    private static String label(String id, Map<String, String> names) {
        String name = names.get(id);
        return name == null || name.isEmpty() ? id : "«" + name + "» (" + id + ")";
    }
}
