package org.peyvand.platform.workflow;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;

/** Process definitions, their instances, and the incidents of their jobs. */
@ProviderType
public interface ProcessService {

    List<ProcessSummary> list(Caller caller);

    /** Newest first. */
    List<ProcessVersion> versions(Caller caller, String key);

    /** The BPMN 2.0 XML of one version. */
    String xml(Caller caller, String key, int version);

    /**
     * Deploys the processes of a BPMN document, each as its next version; a document identical to
     * the newest version of its process deploys nothing.
     *
     * @throws org.peyvand.platform.core.error.ValidationException naming the element when the XML is
     *         invalid or uses an element or attribute the engine does not run
     */
    List<ProcessSummary> deploy(Caller caller, String bpmnXml, String comment);

    /** The service-task executors started modules offer now, by id. */
    List<ExecutorSummary> executors(Caller caller);

    /** Starts the newest version of a process that has a plain start event. */
    ProcessInstance start(Caller caller, String key, String recordType, String recordId, Map<String, Object> variables);

    /** Newest first; keyset paged. */
    Page<ProcessInstance> instances(Caller caller, InstanceQuery query, PageRequest page);

    /** How many instances {@link #instances} lists for the same query. */
    long count(Caller caller, InstanceQuery query);

    /**
     * An instance with its variables, history and incidents: for monitors any instance, for others
     * who may read processes the instances they started; any other is not found.
     */
    InstanceDetail instance(Caller caller, long id);

    /** Stops its timers and tasks from moving until resumed. */
    ProcessInstance suspend(Caller caller, long id, String reason);

    ProcessInstance resume(Caller caller, long id);

    /** Ends it where it stands: its tasks are cancelled and its jobs removed. */
    ProcessInstance cancel(Caller caller, long id, String reason);

    /**
     * Moves it to another version of its process; refused, naming the elements, when one of its
     * tokens waits at an element the target version lacks or has of another kind.
     */
    ProcessInstance migrate(Caller caller, long id, int toVersion);

    List<Incident> incidents(Caller caller);

    /** Runs the failed job again now, with fresh attempts. */
    void retry(Caller caller, long incidentId);
}
