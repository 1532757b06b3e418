package org.peyvand.module.relations.internal.views;

import java.io.Serializable;
import java.util.List;

import com.vaadin.shared.ui.JavaScriptComponentState;

/** What the browser side of {@link RelationGraph} draws. */
public class RelationGraphState extends JavaScriptComponentState {
    private static final long serialVersionUID = 1L;

    public List<Node> nodes = List.of();

    public List<Edge> edges = List.of();

    /** Labels read from the right. */
    public boolean rightToLeft;

    /** A record: its key ({@code account:12}), kind, name as shown and links from the start. */
    public static final class Node implements Serializable {
        private static final long serialVersionUID = 1L;
        public String key;
        public String kind;
        public String label;
        public int depth;

        public Node() {
        }

        Node(String key, String kind, String label, int depth) {
            this.key = key;
            this.kind = kind;
            this.label = label;
            this.depth = depth;
        }
    }

    /** A link from one record's key to another's, labelled with its type's name. */
    public static final class Edge implements Serializable {
        private static final long serialVersionUID = 1L;
        public String from;
        public String to;
        public String label;

        public Edge() {
        }

        Edge(String from, String to, String label) {
            this.from = from;
            this.to = to;
            this.label = label;
        }
    }
}
