package org.peyvand.platform.shell.internal.workflow;

import java.util.Optional;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;
import org.peyvand.platform.shell.internal.ServerFile;
import org.peyvand.platform.workflow.ProcessService;
import org.peyvand.platform.workflow.ProcessSummary;
import org.peyvand.platform.workflow.WorkflowPermissions;

@Command(scope = "crm", name = "process-deploy", description = "Deploys the processes of a BPMN 2.0 file on the server as their next versions")
@Service
public class ProcessDeployCommand extends CrmAction {
    static final int MAX_BYTES = 4 * 1024 * 1024;

    @Reference(optional = true)
    AccessGuard guard;

    @Reference(optional = true)
    ProcessService processes;

    @Argument(index = 0, name = "file", required = true, description = "The .bpmn file")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "-c", aliases = "--comment", description = "Why, kept with the version")
    String comment;

    @Override
    protected void run(Caller caller, Messages messages) {
        // before the file is touched, so the server's files are no one's business but the permitted
        guard.require(caller, WorkflowPermissions.PROCESS_DEPLOY);
        Optional<String> xml = ServerFile.read(file, MAX_BYTES, messages);
        if (xml.isEmpty()) {
            return;
        }
        var deployed = processes.deploy(caller, xml.get(), comment);
        if (deployed.isEmpty()) {
            System.out.println(messages.get("workflow.shell.unchanged"));
        }
        for (ProcessSummary process : deployed) {
            System.out.println(messages.get("workflow.shell.deployed", process.key(), process.version()));
        }
    }
}
