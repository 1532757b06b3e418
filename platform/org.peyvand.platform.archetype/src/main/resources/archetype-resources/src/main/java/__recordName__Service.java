package ${package};

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;

/**
 * The ${recordName.toLowerCase()} records. Every method checks the caller's permission first, sees only the
 * records the caller's scope allows, validates naming each field, and writes the audit trail.
 */
@ProviderType
public interface ${recordName}Service {
    String SORT_NAME = "name";
    String SORT_CREATED = "createdAt";

    /** @param query words the name must start with; {@code null} for all */
    Page<${recordName}> list(Caller caller, String query, PageRequest page);

    long count(Caller caller, String query);

    ${recordName} get(Caller caller, long id);

    ${recordName} create(Caller caller, ${recordName}Input input);

    /** @param expectedVersion the version the caller read; another one means someone changed it since */
    ${recordName} update(Caller caller, long id, ${recordName}Input input, long expectedVersion);

    void delete(Caller caller, long id);
}
