package org.peyvand.module.notes;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;

/**
 * Marketing lists of records of any type. A caller sees the lists within their record scope and
 * those shared with them or their unit; members of a dynamic list are what its filters find when
 * read, through the report builder (so reading them needs the report permission and the type's
 * read permission too). Permissions {@code notes.list.read|create|update|delete}.
 */
@ProviderType
public interface ListService {
    /** Lists are listed by id; members by record id. */
    String SORT_ID = "id";
    /** Record ids accepted in one add or remove. */
    int MAX_BATCH = 1000;

    Page<MarketingList> lists(Caller caller, String recordType, PageRequest page);

    MarketingList get(Caller caller, long id);

    MarketingList create(Caller caller, ListInput input);

    MarketingList update(Caller caller, long id, ListInput input, long expectedVersion);

    void delete(Caller caller, long id);

    Page<ListMember> members(Caller caller, long id, PageRequest page);

    long count(Caller caller, long id);

    /**
     * Adds records to a static list, in one call however many (up to {@value #MAX_BATCH}); those
     * already in it are left as they are. Every record must exist and be visible to the caller.
     *
     * @return how many were added
     */
    int addMembers(Caller caller, long id, Collection<Long> recordIds);

    /** @return how many were removed */
    int removeMembers(Caller caller, long id, Collection<Long> recordIds);

    List<ListShare> shares(Caller caller, long id);

    /** Replaces the list's shares; only who may manage the list may. */
    List<ListShare> share(Caller caller, long id, List<ListShare> shares);

    /**
     * Hands every member of the list to {@code batch}, a page at a time in record id order: how a
     * campaign reads its audience without holding it all.
     */
    void forEachMember(Caller caller, long id, Consumer<List<ListMember>> batch);
}
