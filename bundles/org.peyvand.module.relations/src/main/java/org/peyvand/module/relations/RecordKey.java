package org.peyvand.module.relations;

/** One account or contact, as a link's end or a graph's node. */
public record RecordKey(RecordKind kind, long id) {

    public RecordKey {
        java.util.Objects.requireNonNull(kind, "kind");
    }

    /** {@code account:12}: how graphs and screens tell nodes apart. */
    public String key() {
        return kind.code() + ":" + id;
    }
}
