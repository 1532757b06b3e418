package org.peyvand.module.relations;

import java.util.Collection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;

/**
 * Typed, directed links between accounts and contacts. Every method checks the caller's permission
 * first, sees only the links the caller's scope allows, validates naming each field, and writes the
 * audit trail. Records are checked through the kernel's lookups, so a link never names a record its
 * author may not see.
 */
@ProviderType
public interface RelationService {
    /** The deepest neighbourhood {@link #neighbours} walks. */
    int MAX_DEPTH = 4;
    /** The most records one neighbourhood holds. */
    int MAX_NODES = 200;

    List<RelationType> types(Caller caller);

    RelationType type(Caller caller, long id);

    RelationType createType(Caller caller, RelationTypeInput input);

    /** Changes the names; @param expectedVersion the version the caller read */
    RelationType updateType(Caller caller, long id, RelationTypeInput input, long expectedVersion);

    /** Refused for built-in types and for types links still use. */
    void deleteType(Caller caller, long id);

    /**
     * The links of a record in both directions, oldest first.
     *
     * @param kind and {@code id} name the record; both required (a missing one is a field error)
     */
    Page<RelatedLink> linksOf(Caller caller, RecordKind kind, Long id, PageRequest page);

    Link get(Caller caller, long id);

    Link create(Caller caller, LinkInput input);

    /** @param expectedVersion the version the caller read; another one means someone changed it since */
    Link update(Caller caller, long id, LinkInput input, long expectedVersion);

    void delete(Caller caller, long id);

    /**
     * The records within {@code depth} links of a record (1 to {@link #MAX_DEPTH}), at most {@link #MAX_NODES}.
     *
     * @param kind and {@code id} name the record; both required (a missing one is a field error)
     */
    Graph neighbours(Caller caller, RecordKind kind, Long id, int depth);

    /**
     * The links of a type between the records and the records below them: with {@code intoRecords}
     * the links pointing at the records (in a hierarchy, their children), otherwise the links leaving
     * them (their parents). One query for all of them, so a tree is walked a level at a time; only the
     * links the caller's scope allows.
     *
     * @param typeCode the type's code, such as {@code subsidiary-of}; an unknown one is a field error
     */
    List<Link> linksOf(Caller caller, String typeCode, RecordKind kind, Collection<Long> ids, boolean intoRecords);

    /**
     * The tops of a type's hierarchy: records some of its links point at that are no link's source,
     * by id, keyset-paged by {@code afterId}, in the caller's scope.
     */
    List<RecordKey> tops(Caller caller, String typeCode, RecordKind kind, Long afterId, int limit);
}
