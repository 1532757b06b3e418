package org.peyvand.platform.form.internal.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.internal.registry.FormRegistry;
import org.peyvand.platform.security.PermissionDefinition;
import org.peyvand.platform.security.PermissionSource;

/**
 * The permissions of every designed record type, {@code <type>.<action>}, present while the type
 * is: roles grant them like any module's, and new ones go to the default roles once.
 */
@Component(service = PermissionSource.class)
public class RecordPermissions implements PermissionSource {
    static final String READ = "read";
    static final String CREATE = "create";
    static final String UPDATE = "update";
    static final String DELETE = "delete";
    static final String IMPORT = "import";
    static final String EXPORT = "export";

    private record Action(String id, String fa, String en, Set<String> roles) {
    }

    private static final List<Action> ACTIONS = List.of(
            new Action(READ, "مشاهده", "View", Set.of("manager", "staff", "auditor")),
            new Action(CREATE, "ایجاد", "Create", Set.of("manager", "staff")),
            new Action(UPDATE, "ویرایش", "Change", Set.of("manager", "staff")),
            new Action(DELETE, "حذف", "Delete", Set.of("manager")),
            new Action(IMPORT, "ورود از پرونده", "Import", Set.of("manager")),
            new Action(EXPORT, "خروجی", "Export", Set.of("manager")));

    private final FormRegistry registry;

    @Activate
    public RecordPermissions(@Reference FormRegistry registry) {
        this.registry = registry;
    }

    /** A designed record type: a record type no module ships. */
    static boolean designed(FormDefinition form) {
        return form.kind() == FormKind.RECORD_TYPE && form.module() == null;
    }

    static String of(String type, String action) {
        return type + "." + action;
    }

    @Override
    public List<PermissionDefinition> permissions() {
        List<PermissionDefinition> permissions = new ArrayList<>();
        for (FormDefinition form : registry.all().values()) {
            if (designed(form)) {
                for (Action action : ACTIONS) {
                    permissions.add(new PermissionDefinition(of(form.key(), action.id()), "platform",
                            Map.of("fa", action.fa() + " " + form.label().in("fa"), "en", action.en() + " " + form.label().in("en")),
                            action.roles()));
                }
            }
        }
        return permissions;
    }

    @Override
    public long revision() {
        return permissions().hashCode();
    }
}
