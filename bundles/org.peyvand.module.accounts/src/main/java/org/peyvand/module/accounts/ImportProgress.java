package org.peyvand.module.accounts;

/** Reported to while an import runs; answering {@code cancelled()} true stops it after the current batch. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
    };

    default void progress(int done, int total) {
    }

    default boolean cancelled() {
        return false;
    }
}
