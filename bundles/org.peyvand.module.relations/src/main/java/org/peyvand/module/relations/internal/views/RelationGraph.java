package org.peyvand.module.relations.internal.views;

import java.util.function.Consumer;
import java.util.function.Function;

import org.peyvand.module.relations.Graph;

import com.vaadin.annotations.JavaScript;
import com.vaadin.ui.AbstractJavaScriptComponent;

/**
 * A record's neighbourhood drawn by ECharts in the browser (a force-directed graph), served from
 * this bundle next to this class. A click on a record reports its key ({@code account:12}).
 */
@JavaScript({ "echarts.min.js", "relation-graph.js" })
public final class RelationGraph extends AbstractJavaScriptComponent {
    private static final long serialVersionUID = 1L;

    private Consumer<String> openListener = key -> {
    };

    RelationGraph(boolean rightToLeft) {
        getState().rightToLeft = rightToLeft;
        addStyleName("crm-relation-graph");
        addFunction("opened", arguments -> openListener.accept(arguments.getString(0)));
    }

    /** @param label a record's name as shown, for records the user may see and for those they may not */
    void show(Graph graph, Function<Graph.Node, String> label) {
        getState().nodes = graph.nodes().stream()
                .map(node -> new RelationGraphState.Node(node.record().key(), node.record().kind().code(), label.apply(node), node.depth())).toList();
        getState().edges = graph.edges().stream().map(edge -> new RelationGraphState.Edge(edge.from().key(), edge.to().key(), edge.name())).toList();
    }

    /** Hears of the key of the record the user clicked. */
    void onOpen(Consumer<String> listener) {
        this.openListener = listener;
    }

    @Override
    protected RelationGraphState getState() {
        return (RelationGraphState) super.getState();
    }
}
