package org.peyvand.ui.workflow.internal;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.FileService;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.platform.security.RoleService;
import org.peyvand.platform.workflow.CartableService;
import org.peyvand.platform.workflow.ProcessService;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.FileUploads;
import org.peyvand.ui.kit.FormRenderer;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.kit.OptionLookup;
import org.peyvand.ui.kit.RecordLookupOptions;

/** The services the workflow screens call, and the choices the designer offers from them. */
@Component(service = WorkflowServices.class)
public class WorkflowServices {
    private final ProcessService processes;
    private final CartableService cartable;
    private final CustomFields forms;
    private final RecordLookups lookups;
    private final FileService files;
    private final AccessGuard guard;
    private final RoleService roles;

    @Activate
    public WorkflowServices(@Reference ProcessService processes, @Reference CartableService cartable, @Reference CustomFields forms,
            @Reference RecordLookups lookups, @Reference FileService files, @Reference AccessGuard guard, @Reference RoleService roles) {
        this.processes = processes;
        this.cartable = cartable;
        this.forms = forms;
        this.lookups = lookups;
        this.files = files;
        this.guard = guard;
        this.roles = roles;
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

    /** The service-task executors offered now, by id, labelled in the user's language. */
    public List<Option> executors(UiContext context) {
        Locale locale = context.messages().locale();
        return processes.executors(context.caller()).stream()
                .map(e -> new Option(e.id(), e.label(locale).equals(e.id()) ? e.id() : e.label(locale) + " (" + e.id() + ")")).toList();
    }

    /** The defined roles, labelled in the user's language; none when the user may not read roles. */
    public List<Option> roles(UiContext context) {
        if (!guard.allows(context.caller(), KernelPermissions.ROLE_READ)) {
            return List.of();
        }
        Locale locale = context.messages().locale();
        return roles.list(context.caller()).stream().map(r -> new Option(r.name(), r.label(locale) + " (" + r.name() + ")")).toList();
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
