package org.peyvand.platform.workflow;

import java.util.Map;

/**
 * What a service task's executor is given.
 *
 * @param inputs    the task's input parameters, their expressions evaluated
 * @param variables the instance's variables, read-only
 */
public record ServiceTaskContext(long instanceId, String processKey, String elementId, String recordType, String recordId,
        Map<String, Object> inputs, Map<String, Object> variables) {
}
