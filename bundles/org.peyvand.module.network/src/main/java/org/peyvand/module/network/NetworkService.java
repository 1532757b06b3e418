package org.peyvand.module.network;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;

/**
 * The subsidiaries and sales network. Its tree is the hierarchy of the relationships module's
 * {@code subsidiary-of} links, read through that module as the caller may see them; the network keeps
 * only what those links lack: each organisation's role, class and sales region, and the sales
 * regions and classes themselves. Every method checks the caller's permission first, validates
 * naming each field and writes the audit trail.
 */
@ProviderType
public interface NetworkService {
    /** The relationship type whose links make the tree: the source is the subsidiary, the target its parent. */
    String TREE_TYPE = "subsidiary-of";
    /** The deepest tree one read returns. */
    int MAX_DEPTH = 5;
    /** How many levels beneath a node its figures follow; deeper ones are marked truncated. */
    int ROLL_UP_LEVELS = 30;

    /**
     * The tree from one organisation, or from the tops of the network (organisations no subsidiary
     * link leaves, keyset-paged by account id, {@code page} applying), each node with its figures.
     *
     * @param rootId the organisation; {@code null} for the tops
     * @param depth  the levels shown beneath each top, 0 to {@link #MAX_DEPTH}
     */
    Page<NetworkTree> tree(Caller caller, Long rootId, int depth, PageRequest page);

    /** One organisation with its figures, whether or not the network has facts about it. */
    NetworkNode node(Caller caller, long accountId);

    /** The organisations right beneath one, each with its figures. */
    List<NetworkNode> children(Caller caller, long accountId);

    /** The organisations the network has facts about that match the filter, by account id, keyset-paged. */
    Page<NetworkNode> find(Caller caller, NodeQuery query, PageRequest page);

    /**
     * Sets an organisation's role, class and region.
     *
     * @param expectedVersion the version the caller read; {@code null} skips the check
     */
    NetworkNode assign(Caller caller, long accountId, NodeInput input, Long expectedVersion);

    /** Every province, by name. */
    List<Region> provinces(Caller caller);

    /** The cities of a province, by name. */
    List<Region> cities(Caller caller, long provinceId);

    Region region(Caller caller, long id);

    /** Adds a city under a province. */
    Region createCity(Caller caller, RegionInput input);

    /** Renames a province or a city; @param expectedVersion the version the caller read */
    Region renameRegion(Caller caller, long id, RegionInput input, long expectedVersion);

    /** Refused for provinces and for cities nodes still lie in. */
    void deleteCity(Caller caller, long id);

    /** The classes, by code. */
    List<NodeClass> classes(Caller caller);

    NodeClass nodeClass(Caller caller, long id);

    NodeClass createClass(Caller caller, NodeClassInput input);

    /** Changes names and criteria; the code stays. @param expectedVersion the version the caller read */
    NodeClass updateClass(Caller caller, long id, NodeClassInput input, long expectedVersion);

    /** Refused while nodes hold the class. */
    void deleteClass(Caller caller, long id);
}
