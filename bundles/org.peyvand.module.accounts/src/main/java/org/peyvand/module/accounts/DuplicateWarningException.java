package org.peyvand.module.accounts;

import java.util.List;

import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;

/**
 * Raised on create when stored records share a mobile or email with the input: a warning the user
 * may overrule by creating again with duplicates confirmed. (A shared national code or national
 * ID is a plain {@link ConflictException}: it identifies one person or organisation.)
 */
public class DuplicateWarningException extends ConflictException {
    private static final long serialVersionUID = 1L;

    private final transient List<DuplicateMatch> matches;

    public DuplicateWarningException(List<DuplicateMatch> matches) {
        super("accounts.error.possibleDuplicates",
                matches.stream().map(m -> FieldError.of(m.field(), "accounts.error.duplicateOf", m.name(), m.id())).toList());
        this.matches = List.copyOf(matches);
    }

    public List<DuplicateMatch> matches() {
        return matches;
    }
}
