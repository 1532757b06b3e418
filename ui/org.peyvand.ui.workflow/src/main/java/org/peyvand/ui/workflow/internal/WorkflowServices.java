package org.peyvand.ui.workflow.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.FileService;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.workflow.CartableService;
import org.peyvand.platform.workflow.ProcessService;
import org.peyvand.platform.workflow.ServiceTaskExecutor;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.FileUploads;
import org.peyvand.ui.kit.FormRenderer;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.kit.OptionLookup;
import org.peyvand.ui.kit.RecordLookupOptions;

/**
 * The services the workflow screens call, and the ids of the service-task executors started
 * modules offer now, which the designer suggests.
 */
@Component(service = WorkflowServices.class)
public class WorkflowServices {
    private final ProcessService processes;
    private final CartableService cartable;
    private final CustomFields forms;
    private final RecordLookups lookups;
    private final FileService files;
    private final AccessGuard guard;
    private final Map<ServiceTaskExecutor, String> executors = new ConcurrentHashMap<>();

    @Activate
    public WorkflowServices(@Reference ProcessService processes, @Reference CartableService cartable, @Reference CustomFields forms,
            @Reference RecordLookups lookups, @Reference FileService files, @Reference AccessGuard guard) {
        this.processes = processes;
        this.cartable = cartable;
        this.forms = forms;
        this.lookups = lookups;
        this.files = files;
        this.guard = guard;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addExecutor(ServiceTaskExecutor executor, Map<String, Object> properties) {
        Object id = properties.get(ServiceTaskExecutor.PROPERTY);
        if (id != null) {
            executors.put(executor, id.toString());
        }
    }

    void removeExecutor(ServiceTaskExecutor executor) {
        executors.remove(executor);
    }

    public ProcessService processes() {
        return processes;
    }

    public CartableService cartable() {
        return cartable;
    }

    public CustomFields forms() {
        return forms;
    }

    public boolean allows(UiContext context, String permission) {
        return guard.allows(context.caller(), permission);
    }

    /** The ids of the executors offered now, sorted. */
    public List<String> executors() {
        return executors.values().stream().distinct().sorted().toList();
    }

    /** Colleagues found by name, stored by username. */
    public OptionLookup users(UiContext context) {
        return new RecordLookupOptions(context.caller(), lookups, RecordLookups.USERS);
    }

    /** Org units found by name, stored by id. */
    public OptionLookup units(UiContext context) {
        return new RecordLookupOptions(context.caller(), lookups, RecordLookups.ORG_UNITS);
    }

    /** The stand-alone forms a user task may be completed with, labelled in the user's language. */
    public List<Option> taskForms(UiContext context) {
        String language = context.messages().locale().getLanguage();
        return forms.standAloneForms().stream().map(f -> new Option(f.key(), f.label().in(language) + " (" + f.key() + ")")).toList();
    }

    /** A renderer for a task's form that finds lookup records and keeps uploads as the user. */
    public FormRenderer renderer(UiContext context, FormDefinition form) {
        return new FormRenderer(context.messages(), context.format()).lookups(RecordLookupOptions.forForm(context.caller(), lookups, form))
                .files(new FileUploads(context.caller(), files));
    }
}
