package org.peyvand.platform.form;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.security.Caller;

/**
 * Every record type lookup fields may point at, with the kernel's own: colleagues ({@value #USERS},
 * keyed by username) and org units ({@value #ORG_UNITS}). The type's lookup permission is checked
 * first; a type nobody provides is not found.
 */
@ProviderType
public interface RecordLookups {
    String USERS = "platform.user";
    String ORG_UNITS = "platform.unit";

    Set<String> types();

    List<LookupHit> find(Caller caller, String type, String text, int limit);

    /** The names of the records among {@code keys} that exist and the caller may see. */
    Map<String, String> names(Caller caller, String type, Collection<String> keys);

    /** The username of the record's owner; empty when it has none, is gone or is out of the caller's scope. */
    Optional<String> owner(Caller caller, String type, String key);
}
