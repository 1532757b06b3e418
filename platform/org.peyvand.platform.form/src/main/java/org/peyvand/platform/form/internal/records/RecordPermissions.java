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
import org.peyvand.platform.form.RecordActions;
import org.peyvand.platform.form.internal.registry.FormRegistry;
import org.peyvand.platform.security.PermissionDefinition;
import org.peyvand.platform.security.PermissionSource;

/**
 * The permissions of every designed record type, {@code <type>.<action>}, and of every stand-alone
 * form ({@code <form>.submit}, and reading, deleting and exporting its submissions), present while
 * the form is: roles grant them like any module's, and new ones go to the default roles once.
 * Granting a form's {@code submit} to the customer role publishes it on the customer portal.
 */
@Component(service = PermissionSource.class)
public class RecordPermissions implements PermissionSource {

    private record Action(String id, String fa, String en, Set<String> roles) {
    }

    private static final List<Action> ACTIONS = List.of(
            new Action(RecordActions.READ, "مشاهده", "View", Set.of("manager", "staff", "auditor")),
            new Action(RecordActions.CREATE, "ایجاد", "Create", Set.of("manager", "staff")),
            new Action(RecordActions.UPDATE, "ویرایش", "Change", Set.of("manager", "staff")),
            new Action(RecordActions.DELETE, "حذف", "Delete", Set.of("manager")),
            new Action(RecordActions.IMPORT, "ورود از پرونده", "Import", Set.of("manager")),
            new Action(RecordActions.EXPORT, "خروجی", "Export", Set.of("manager")));

    private static final List<Action> FORM_ACTIONS = List.of(
            new Action(RecordActions.SUBMIT, "ارسال فرم", "Submit", Set.of("manager", "staff")),
            new Action(RecordActions.READ, "مشاهدهٔ پاسخ‌های", "View submissions of", Set.of("manager")),
            new Action(RecordActions.DELETE, "حذف پاسخ‌های", "Delete submissions of", Set.of("manager")),
            new Action(RecordActions.EXPORT, "خروجی پاسخ‌های", "Export submissions of", Set.of("manager")));

    private final FormRegistry registry;

    @Activate
    public RecordPermissions(@Reference FormRegistry registry) {
        this.registry = registry;
    }

    /** A designed record type: a record type no module ships. */
    static boolean designed(FormDefinition form) {
        return form.kind() == FormKind.RECORD_TYPE && form.module() == null;
    }

    /** A form the kernel stores records of: a designed record type, or a stand-alone form (its submissions). */
    static boolean stored(FormDefinition form) {
        return designed(form) || form.kind() == FormKind.STANDALONE;
    }

    private static String of(String type, String action) {
        return type + "." + action;
    }


    @Override
    public List<PermissionDefinition> permissions() {
        List<PermissionDefinition> permissions = new ArrayList<>();
        for (FormDefinition form : registry.all().values()) {
            if (stored(form)) {
                for (Action action : form.kind() == FormKind.STANDALONE ? FORM_ACTIONS : ACTIONS) {
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
        return registry.revision();
    }
}
