package org.peyvand.platform.form;

import java.util.Optional;

/**
 * What can be done with the records the kernel stores (designed record types and the submissions
 * of stand-alone forms), and the permission each needs: {@code <type>.<action>}. A stand-alone
 * form's records are created by submitting it ({@code <form>.submit}) and are never changed or imported.
 */
public final class RecordActions {
    public static final String READ = "read";
    public static final String CREATE = "create";
    public static final String UPDATE = "update";
    public static final String DELETE = "delete";
    public static final String IMPORT = "import";
    public static final String EXPORT = "export";
    public static final String SUBMIT = "submit";

    private RecordActions() {
    }

    /** The permission {@code action} needs on the records of {@code form}; empty when the form's records do not offer it. */
    public static Optional<String> permission(FormDefinition form, String action) {
        if (form.kind() != FormKind.STANDALONE) {
            return Optional.of(form.key() + "." + action);
        }
        return switch (action) {
            case CREATE -> Optional.of(form.key() + "." + SUBMIT);
            case UPDATE, IMPORT -> Optional.empty();
            default -> Optional.of(form.key() + "." + action);
        };
    }
}
