package org.peyvand.platform.workflow.internal.engine;

/** Who starts an instance and the org unit whose calendar its timers count on. */
public record Starter(String username, long unitId) {
    public static final String SYSTEM = "system";
}
