package org.peyvand.platform.workflow.internal.engine;

import org.peyvand.platform.workflow.internal.model.Node;

/** A service task's executor reported a failure: the job is tried again later. */
public class ServiceFailed extends ProcessFailure {
    private static final long serialVersionUID = 1L;

    public ServiceFailed(Node task, Exception cause) {
        super("workflow.error.serviceFailed", task.id(), cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }
}
