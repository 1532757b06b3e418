package org.peyvand.platform.workflow.internal.engine;

import java.util.List;

import org.peyvand.platform.core.error.ConflictException;

/**
 * A process that cannot move on as drawn: no flow of a gateway matches, an expression fails, a
 * called process is missing. Its message key names the element. A person's action that meets it is
 * refused (409) with nothing changed; a job that meets it is retried and then becomes an incident.
 */
public class ProcessFailure extends ConflictException {
    private static final long serialVersionUID = 1L;

    public ProcessFailure(String messageKey, Object... args) {
        super(messageKey, List.of(), args);
    }

    /** The reason in plain words, for incidents: the key and its arguments. */
    public String reason() {
        return messageKey() + " " + java.util.Arrays.asList(args());
    }
}
