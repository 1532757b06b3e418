package org.peyvand.platform.shell.internal.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;
import org.peyvand.platform.workflow.ProcessService;
import org.peyvand.platform.workflow.ProcessSummary;

@Command(scope = "crm", name = "process-deploy", description = "Deploys the processes of a BPMN 2.0 file on the server as their next versions")
@Service
public class ProcessDeployCommand extends CrmAction {
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    @Reference
    ProcessService processes;

    @Argument(index = 0, name = "file", required = true, description = "Path of the .bpmn file")
    String file;

    @Option(name = "-c", aliases = "--comment", description = "Why, kept with the version")
    String comment;

    @Override
    protected void run(Caller caller, Messages messages) throws IOException {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw ValidationException.of("file", "workflow.error.noFile", file);
        }
        if (Files.size(path) > MAX_BYTES) {
            throw ValidationException.of("file", "workflow.error.bpmn.tooLarge", MAX_BYTES);
        }
        var deployed = processes.deploy(caller, Files.readString(path, StandardCharsets.UTF_8), comment);
        if (deployed.isEmpty()) {
            System.out.println(messages.get("workflow.shell.unchanged"));
        }
        for (ProcessSummary process : deployed) {
            System.out.println(messages.get("workflow.shell.deployed", process.key(), process.version()));
        }
    }
}
