package org.peyvand.platform.report.internal.export;

import java.io.IOException;

/** Writes a report's rows into a file of one format as they are read, keeping no more than it must. */
interface TableWriter extends AutoCloseable {

    void row(Object[] values) throws IOException;

    /** Completes the file; a writer closed without it leaves an unfinished file, to be removed. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
