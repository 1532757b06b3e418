package org.peyvand.ui.admin.internal.roles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.PermissionDefinition;
import org.peyvand.platform.security.Role;
import org.peyvand.platform.security.Roles;
import org.peyvand.ui.admin.internal.FirstColumnInSight;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Grids;

import com.vaadin.data.TreeData;
import com.vaadin.data.provider.TreeDataProvider;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.TreeGrid;

/**
 * Permissions by role: one row per permission, grouped by the module that declares it, and one
 * column of check boxes per role. Ticking grants at once, clearing revokes. The administrator
 * holds every permission, and nobody grants what they do not hold themselves.
 */
final class PermissionMatrix extends TreeGrid<PermissionMatrix.Row> {
    private static final long serialVersionUID = 1L;
    private static final int ROLE_COLUMN_WIDTH = 112;

    /** A module heading ({@code permission == null}) or one permission under it. */
    record Row(String module, String moduleName, PermissionDefinition permission) {
    }

    private final transient UiContext context;
    private final transient RoleAdministration services;
    private final transient Map<String, Role> roles;
    private final boolean manage;

    PermissionMatrix(UiContext context, RoleAdministration services, Map<String, Role> roles, List<PermissionDefinition> permissions,
            boolean manage) {
        this.context = context;
        this.services = services;
        this.roles = roles;
        this.manage = manage;
        setId("roles-matrix");
        setSizeFull();
        Messages messages = context.messages();

        addColumn(r -> r.permission() == null ? r.moduleName() : r.permission().label(messages.locale())).setId("permission")
                .setCaption(messages.get("admin.roles.permission")).setMinimumWidth(240).setExpandRatio(2);
        addColumn(r -> r.permission() == null ? "" : r.permission().id()).setId("id").setCaption(messages.get("admin.roles.permissionId"))
                .setStyleGenerator(r -> "crm-ltr").setMinimumWidth(180).setExpandRatio(1);
        for (Role role : roles.values()) {
            addComponentColumn(r -> r.permission() == null ? null : checkBox(role.name(), r.permission()))
                    .setId("role-" + role.name()).setCaption(role.label(messages.locale())).setWidth(ROLE_COLUMN_WIDTH)
                    .setStyleGenerator(r -> "v-align-center");
        }
        setHierarchyColumn("permission");
        getColumns().forEach(c -> c.setSortable(false));
        Grids.orderColumns(this, context.rightToLeft());
        setDataProvider(new TreeDataProvider<>(tree(permissions)));
        expandRecursively(getTreeData().getRootItems(), 1);
        // custom roles add columns: with many of them the matrix scrolls sideways
        FirstColumnInSight.keep(this, context.rightToLeft());
    }

    private TreeData<Row> tree(List<PermissionDefinition> permissions) {
        Messages messages = context.messages();
        Map<String, Row> modules = new LinkedHashMap<>();
        TreeData<Row> data = new TreeData<>();
        for (PermissionDefinition permission : permissions) {
            Row module = modules.computeIfAbsent(permission.module(), m -> {
                Row heading = new Row(m, services.moduleName(m, messages), null);
                data.addItem(null, heading);
                return heading;
            });
            data.addItem(module, new Row(module.module(), module.moduleName(), permission));
        }
        return data;
    }

    private CheckBox checkBox(String roleName, PermissionDefinition permission) {
        boolean administrator = Roles.ADMINISTRATOR.equals(roleName);
        CheckBox box = new CheckBox(null, administrator || roles.get(roleName).permissions().contains(permission.id()));
        box.setId("grant-" + roleName + "-" + permission.id());
        // the administrator role is fixed; other grants only by those who hold the permission themselves
        box.setEnabled(manage && !administrator && services.guard().allows(context.caller(), permission.id()));
        box.addValueChangeListener(e -> {
            if (!e.isUserOriginated()) {
                return;
            }
            try {
                Role changed = e.getValue()
                        ? services.roles().grant(context.caller(), roleName, permission.id())
                        : services.roles().revoke(context.caller(), roleName, permission.id());
                roles.put(roleName, changed);
            } catch (RuntimeException failure) {
                box.setValue(!e.getValue());
                context.showError(failure);
            }
        });
        return box;
    }
}
