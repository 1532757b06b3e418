package org.peyvand.module.relations.internal;

import org.peyvand.module.relations.RecordKey;

/** A link as the graph walk sees it: its id, type and two ends. */
public record Hop(long linkId, long typeId, RecordKey from, RecordKey to) {
}
