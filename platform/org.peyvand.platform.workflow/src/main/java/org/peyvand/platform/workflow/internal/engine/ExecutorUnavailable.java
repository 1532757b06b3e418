package org.peyvand.platform.workflow.internal.engine;

/** A service task whose executor no started module offers: its job waits as an incident until the executor comes back. */
public class ExecutorUnavailable extends ProcessFailure {
    private static final long serialVersionUID = 1L;

    private final String executor;

    public ExecutorUnavailable(String executor, String elementId) {
        super("workflow.error.executorUnavailable", executor, elementId);
        this.executor = executor;
    }

    public String executor() {
        return executor;
    }
}
