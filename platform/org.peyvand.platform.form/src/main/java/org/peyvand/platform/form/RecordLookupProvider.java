package org.peyvand.platform.form;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;
import org.peyvand.platform.security.Caller;

/**
 * Where lookup fields find the records of one type, registered by the module that owns the type
 * with the service property {@value #RECORD_TYPE}. Both methods answer only with records the
 * caller may see.
 */
@ConsumerType
public interface RecordLookupProvider {
    String RECORD_TYPE = "crm.record.type";

    /** The permission a caller needs to look records of this type up. */
    String permission();

    /** Up to {@code limit} records whose name matches {@code text}, best first. */
    List<LookupHit> find(Caller caller, String text, int limit);

    /** The names of the records among {@code keys} that exist; a stored value's name, a few at a time. */
    Map<String, String> names(Caller caller, Collection<String> keys);

    /**
     * The username of the record's owner, for processes that give a task to whoever owns their
     * record; empty for a record that is gone or out of the caller's scope, and for types whose
     * records have no owner.
     */
    default Optional<String> owner(Caller caller, String key) {
        return Optional.empty();
    }
}
