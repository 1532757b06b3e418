package org.peyvand.ui.admin.internal.forms;

import java.util.List;
import java.util.function.Consumer;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormVersion;
import org.peyvand.ui.admin.internal.AdminGrids;
import org.peyvand.ui.admin.internal.Tehran;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;

/**
 * The published versions of a form, newest first, with who published them, when (in the user's
 * calendar) and why; a designer rolls the form back to one, which publishes it again as the newest.
 */
final class VersionsDialog extends Window {
    private static final long serialVersionUID = 1L;
    private static final String ROLLBACK = "rollback:";
    private static final String IMPORT = "import";

    VersionsDialog(UiContext context, FormAdministration services, String key, boolean design, Consumer<FormDefinition> rolledBack) {
        super(context.messages().get("admin.form.versions"));
        Messages messages = context.messages();
        setId("versions-dialog");
        setModal(true);
        setWidth("720px");
        setHeight("70%");
        addStyleName("crm-dialog");
        Grid<FormVersion> grid = new Grid<>();
        grid.setId("versions-grid");
        grid.setSizeFull();
        grid.addColumn(v -> context.format().number(v.version())).setId("version").setCaption(messages.get("admin.form.version"))
                .setWidth(90);
        grid.addColumn(FormVersion::publishedBy).setId("publishedBy").setCaption(messages.get("admin.form.publishedBy"))
                .setStyleGenerator(v -> "crm-ltr");
        grid.addColumn(v -> v.publishedAt() == null ? "" : context.format().dateTime(v.publishedAt(), Tehran.ZONE)).setId("publishedAt")
                .setCaption(messages.get("admin.form.publishedAt"));
        grid.addColumn(v -> v.version() == 0 ? messages.get("admin.form.shippedVersion") : comment(v.comment(), context)).setId("comment").setCaption(messages.get("admin.form.comment"));
        AdminGrids.columnsAdded(grid, context.rightToLeft());
        grid.getColumn("comment").setExpandRatio(3);
        List<FormVersion> versions;
        try {
            versions = services.forms().versions(context.caller(), key);
        } catch (RuntimeException e) {
            context.showError(e);
            versions = List.of();
        }
        grid.setItems(versions);
        VerticalLayout content = new VerticalLayout(grid);
        content.setSizeFull();
        content.setExpandRatio(grid, 1);
        if (design) {
            Button rollback = new Button(messages.get("admin.form.rollback"), VaadinIcons.ARROW_BACKWARD);
            rollback.setId("versions-rollback");
            rollback.setEnabled(false);
            grid.addSelectionListener(e -> rollback.setEnabled(e.getFirstSelectedItem().isPresent()));
            rollback.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(version -> ConfirmDialog.ask(
                    messages.get("admin.form.rollback"),
                    messages.get("admin.form.rollbackQuestion", context.format().number(version.version())),
                    messages.get("admin.form.rollback"), messages.get("ui.action.cancel"), false, () -> {
                        try {
                            FormDefinition restored = services.forms().rollback(context.caller(), key, version.version());
                            context.showSuccess(messages.get("admin.form.published", context.format().number(restored.version())));
                            close();
                            rolledBack.accept(restored);
                        } catch (RuntimeException failure) {
                            context.showError(failure);
                        }
                    })));
            CssLayout buttons = new CssLayout(rollback);
            buttons.addStyleName("crm-row");
            content.addComponent(buttons);
        }
        setContent(content);
    }

    /** The service notes a rollback as {@code rollback:<version>} and an import as {@code import}; they read as words here. */
    private static String comment(String comment, UiContext context) {
        if (comment == null) {
            return "";
        }
        if (comment.startsWith(ROLLBACK)) {
            return context.messages().get("admin.form.rolledBackTo", context.format().digits(comment.substring(ROLLBACK.length())));
        }
        return IMPORT.equals(comment) ? context.messages().get("admin.form.importedVersion") : comment;
    }
}
