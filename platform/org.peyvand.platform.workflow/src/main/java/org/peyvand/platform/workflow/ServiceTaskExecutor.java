package org.peyvand.platform.workflow;

import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a service task does, offered by a module under an id with the service property
 * {@value #PROPERTY} (for example {@code sms.send}). A diagram names it as the task's external topic
 * ({@code camunda:type="external" camunda:topic="sms.send"}). It runs in the transaction that moves
 * the process on, so the records it writes commit or roll back with the process; a failure is
 * retried with back-off and then shown as an incident. The properties {@value #LABEL_FA} and
 * {@value #LABEL_EN} name it for people, as the process designer offers it.
 */
@ConsumerType
public interface ServiceTaskExecutor {
    String PROPERTY = "crm.workflow.executor";
    String LABEL_FA = "crm.workflow.executor.label.fa";
    String LABEL_EN = "crm.workflow.executor.label.en";

    /**
     * @return variables to set on the instance (may be empty)
     * @throws Exception when the work failed and should be tried again later
     */
    Map<String, Object> execute(ServiceTaskContext context) throws Exception;
}
