package org.peyvand.module.network.internal.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.vaadin.data.provider.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.data.provider.HierarchicalQuery;

/**
 * The tree grid's rows, read a level at a time: the tops when the grid opens, the children of a
 * row when it is expanded. A level read is kept until the next refresh, as the grid asks for the
 * count and then the rows of the same level.
 */
final class NetworkDataProvider extends AbstractBackEndHierarchicalDataProvider<NetworkRow, Void> {
    private static final long serialVersionUID = 1L;

    /** Reads the rows of a level; an empty list where the read was refused (the screen has said why). */
    interface Levels {
        List<NetworkRow> tops();

        List<NetworkRow> children(NetworkRow parent);
    }

    private final transient Levels levels;
    private final Map<String, List<NetworkRow>> read = new HashMap<>();

    NetworkDataProvider(Levels levels) {
        this.levels = levels;
    }

    @Override
    public int getChildCount(HierarchicalQuery<NetworkRow, Void> query) {
        return level(query).size();
    }

    @Override
    public boolean hasChildren(NetworkRow item) {
        return item.node().hasChildren();
    }

    @Override
    public Object getId(NetworkRow item) {
        return item.path();
    }

    @Override
    protected Stream<NetworkRow> fetchChildrenFromBackEnd(HierarchicalQuery<NetworkRow, Void> query) {
        return level(query).stream().skip(query.getOffset()).limit(query.getLimit());
    }

    @Override
    public void refreshAll() {
        read.clear();
        super.refreshAll();
    }

    private List<NetworkRow> level(HierarchicalQuery<NetworkRow, Void> query) {
        NetworkRow parent = query.getParentOptional().orElse(null);
        Supplier<List<NetworkRow>> load = parent == null ? levels::tops : () -> levels.children(parent);
        return read.computeIfAbsent(parent == null ? "" : parent.path(), key -> load.get());
    }
}
