package org.peyvand.platform.core.work;

/**
 * How long work (an import, an export, a report) tells how far it got and learns that the person
 * waiting for it gave up. The work stops at its next safe point and keeps what it finished.
 */
public interface Progress {
    Progress NONE = new Progress() {
    };

    default void progress(int done, int total) {
    }

    default boolean cancelled() {
        return false;
    }
}
