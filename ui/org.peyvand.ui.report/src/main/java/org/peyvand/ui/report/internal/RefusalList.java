package org.peyvand.ui.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;

import com.vaadin.server.UserError;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Label;

/**
 * Why a service refused what a dialog sent: each reason marked on the part its field names, or the
 * closest part holding that field (see {@link FieldPaths}), and every reason listed here too, since
 * a mark shows its reason only while the pointer rests on it.
 */
final class RefusalList extends Label {
    private static final long serialVersionUID = 1L;

    RefusalList(String id) {
        setId(id);
        addStyleName("crm-report-errors");
        setWidth("100%");
        setVisible(false);
    }

    /** How a component shows a reason, and clears it for {@code null}. */
    static Consumer<String> markOn(AbstractComponent part) {
        return reason -> part.setComponentError(reason == null ? null : new UserError(reason));
    }

    /** Clears the marks and the list before the dialog sends again. */
    void clear(Map<String, Consumer<String>> marks) {
        marks.values().forEach(mark -> mark.accept(null));
        setVisible(false);
    }

    void show(ValidationException refused, Map<String, Consumer<String>> marks, Function<FieldError, String> reason) {
        List<String> reasons = new ArrayList<>();
        for (FieldError error : refused.fieldErrors()) {
            String text = reason.apply(error);
            FieldPaths.closest(marks.keySet(), error.field()).ifPresent(part -> marks.get(part).accept(text));
            reasons.add(text);
        }
        setValue(String.join("\n", reasons));
        setVisible(true);
    }
}
