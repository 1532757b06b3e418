package org.peyvand.platform.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A running or finished instance of one process version.
 *
 * @param recordType     the type of the record it is about, if any (such as {@code accounts.account})
 * @param activeElements the ids of the diagram elements its tokens wait at now
 * @param incidents      how many of its jobs failed and wait for an administrator
 */
public record ProcessInstance(long id, String processKey, int version, String processName, InstanceState state, String recordType,
        String recordId, String startedBy, Instant startedAt, Instant endedAt, List<String> activeElements, int incidents) {

    public ProcessInstance {
        activeElements = List.copyOf(activeElements);
    }
}
