package org.peyvand.platform.form;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.security.Caller;

/**
 * What the present modules would remove with a record, so that deleting one with links asks first:
 * the faces show {@link #linksTo}, and the services that delete records refuse through
 * {@link #requireUnlinked} unless the user confirmed.
 */
@ProviderType
public interface RecordLinks {
    /** The field a refusal names; each of its errors is one {@link RecordLinkCount}. */
    String FIELD = "links";

    /**
     * @throws org.peyvand.platform.core.error.NotFoundException when the caller may not see the record
     * @throws org.peyvand.platform.core.error.AccessDeniedException without the permission to look its type up
     */
    List<RecordLinkCount> linksTo(Caller caller, String type, long id);

    /**
     * For a service about to delete a record, once it checked its own permission and the record's
     * visibility: passes when no module keeps links to it.
     *
     * @throws org.peyvand.platform.core.error.ConflictException {@code form.error.linked}, with one
     *         error on {@value #FIELD} per kind of link (its label key, the count as argument)
     */
    void requireUnlinked(String type, long id);
}
