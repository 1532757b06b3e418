package org.peyvand.ui.report.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the part of a screen a service's field error names. */
final class FieldPaths {

    private FieldPaths() {
    }

    /**
     * The longest of {@code parts} that is {@code path} or holds it: {@code widgets[0]} holds
     * {@code widgets[0].kind}, {@code widgets} holds {@code widgets[3]}, {@code title} holds {@code title.fa}.
     */
    static Optional<String> closest(Collection<String> parts, String path) {
        return parts.stream().filter(p -> path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "["))
                .max(Comparator.comparingInt(String::length));
    }
}
