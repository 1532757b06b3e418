package org.peyvand.module.relations.internal;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Predicate;

import org.peyvand.module.relations.LinkInput;
import org.peyvand.module.relations.RecordKey;
import org.peyvand.module.relations.RecordKind;
import org.peyvand.module.relations.RelationType;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;

/** The rules of a link's own fields; the notes' size mirrors its column in {@code rel_link}. */
final class LinkValidator {
    static final int NOTES_MAX = 2000;

    private LinkValidator() {
    }

    /**
     * @param types   the type with an id, if there is one
     * @param visible whether a record exists and the user may see it
     * @return the input with the notes stripped and blank notes as {@code null}
     * @throws ValidationException naming every invalid field at once
     */
    static LinkInput validate(LinkInput input, LongFunction<Optional<RelationType>> types, Predicate<RecordKey> visible) {
        Validator validator = new Validator();
        RelationType type = null;
        if (input.typeId() == null) {
            validator.reject("typeId", "core.error.required");
        } else {
            type = types.apply(input.typeId()).orElse(null);
            validator.check(type != null, "typeId", "relations.error.unknownType");
        }
        RecordKey from = end(validator, "from", input.fromKind(), input.fromId(), type == null || type.allowsFrom(input.fromKind()), visible);
        RecordKey to = end(validator, "to", input.toKind(), input.toId(), type == null || type.allowsTo(input.toKind()), visible);
        if (from != null && from.equals(to)) {
            validator.reject("toId", "relations.error.selfLink");
        }
        if (input.startDate() != null && input.endDate() != null) {
            validator.check(!input.endDate().isBefore(input.startDate()), "endDate", "relations.error.dateOrder");
        }
        String notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().strip();
        validator.maxLength(notes, NOTES_MAX, "notes");
        validator.throwIfInvalid();
        return new LinkInput(input.typeId(), input.fromKind(), input.fromId(), input.toKind(), input.toId(), input.startDate(), input.endDate(),
                notes);
    }

    /** One end's kind and id; the end when both are valid. */
    private static RecordKey end(Validator validator, String end, RecordKind kind, Long id, boolean kindAllowed, Predicate<RecordKey> visible) {
        if (kind == null) {
            validator.reject(end + "Kind", "core.error.required");
        } else if (!kindAllowed) {
            validator.reject(end + "Kind", "relations.error.kindNotAllowed");
        }
        if (id == null) {
            validator.reject(end + "Id", "core.error.required");
            return null;
        }
        if (kind == null) {
            return null;
        }
        RecordKey record = new RecordKey(kind, id);
        if (!visible.test(record)) {
            validator.reject(end + "Id", "relations.error.unknownRecord");
            return null;
        }
        return record;
    }
}
