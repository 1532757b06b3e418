package org.peyvand.ui.admin.internal.forms;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.FormSummary;
import org.peyvand.ui.admin.internal.AdminGrids;
import org.peyvand.ui.admin.internal.Buttons;
import org.peyvand.ui.admin.internal.Lists;
import org.peyvand.ui.admin.internal.Tehran;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.server.FileDownloader;
import com.vaadin.server.StreamResource;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The forms: the record types modules ship with their custom fields, the record types and
 * stand-alone forms administrators designed, each opening in the designer. Designers also start
 * new ones, and export and import them as JSON.
 */
final class FormsScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient FormAdministration services;
    private final boolean design;

    FormsScreen(UiContext context, FormAdministration services) {
        this.context = context;
        this.services = services;
        this.design = services.mayDesign(context);
        setId("view-forms");
        showList();
    }

    @Override
    public void enter(ViewChangeEvent event) {
        String key = event.getParameters();
        if (key != null && !key.isBlank()) {
            try {
                FormDefinition form = services.forms().get(context.caller(), key);
                open(DesignerModel.of(form, services.both("admin.form.details")));
            } catch (RuntimeException e) {
                context.showError(e);
            }
        }
    }

    private void showList() {
        removeAllComponents();
        addStyleName("crm-page");
        setSizeFull();
        Messages messages = context.messages();
        Label title = new Label(messages.get("admin.menu.forms"));
        title.addStyleName("crm-page-title");
        CssLayout toolbar = new CssLayout(title);
        toolbar.addStyleName("crm-row");
        Label imported = new Label();
        imported.setId("forms-imported");
        imported.addStyleName("crm-ok");
        imported.setVisible(false);
        Grid<FormSummary> grid = grid(messages);
        if (design) {
            Button recordType = Buttons.of(messages.get("admin.form.newRecordType"), VaadinIcons.PLUS,
                    e -> open(DesignerModel.blank(FormKind.RECORD_TYPE, services.both("admin.form.untitled"),
                            services.both("admin.form.details"))));
            recordType.setId("forms-new-record-type");
            recordType.addStyleName(ValoTheme.BUTTON_PRIMARY);
            Button standalone = Buttons.of(messages.get("admin.form.newStandalone"), VaadinIcons.PLUS,
                    e -> open(DesignerModel.blank(FormKind.STANDALONE, services.both("admin.form.untitled"),
                            services.both("admin.form.details"))));
            standalone.setId("forms-new-standalone");
            Button export = new Button(messages.get("admin.form.exportAll"), VaadinIcons.DOWNLOAD);
            export.setId("forms-export");
            new FileDownloader(json(() -> services.forms().exportJson(context.caller(), List.of()), "forms.json")).extend(export);
            FormImport upload = new FormImport(context, services.forms(), keys -> {
                imported.setValue(messages.get("admin.form.imported", Lists.join(messages.locale(), keys)));
                imported.setVisible(true);
                reload(grid);
            });
            toolbar.addComponents(recordType, standalone, export, upload);
        }
        addComponents(toolbar, imported, grid);
        reload(grid);
    }

    private Grid<FormSummary> grid(Messages messages) {
        Grid<FormSummary> grid = new Grid<>();
        grid.setId("forms-grid");
        grid.setSizeFull();
        grid.addStyleName("crm-fill");
        String language = messages.locale().getLanguage();
        grid.addColumn(f -> f.label().in(language)).setId("name").setCaption(messages.get("admin.form.name"));
        grid.addColumn(FormSummary::key).setId("key").setCaption(messages.get("admin.form.key")).setStyleGenerator(f -> "crm-ltr")
                .setMinimumWidth(200);
        grid.addColumn(f -> messages.get("admin.form.kind." + f.kind().name())).setId("kind").setCaption(messages.get("admin.form.kind"));
        grid.addColumn(f -> f.module() == null ? messages.get("admin.form.designed") : f.module()).setId("module")
                .setCaption(messages.get("admin.form.module"));
        grid.addColumn(f -> context.format().number(f.version())).setId("version").setCaption(messages.get("admin.form.version"));
        grid.addColumn(f -> context.format().number(f.customFields())).setId("customFields")
                .setCaption(messages.get("admin.form.customFields"));
        grid.addColumn(f -> f.publishedAt() == null ? "" : context.format().dateTime(f.publishedAt(), Tehran.ZONE)).setId("publishedAt")
                .setCaption(messages.get("admin.form.publishedAt"));
        AdminGrids.columnsAdded(grid, context.rightToLeft());
        grid.addItemClickListener(e -> context.navigate(FormsView.ID, e.getItem().key()));
        return grid;
    }

    private void reload(Grid<FormSummary> grid) {
        try {
            grid.setItems(services.forms().list(context.caller()));
        } catch (RuntimeException e) {
            context.showError(e);
        }
    }

    private void open(DesignerModel model) {
        removeAllComponents();
        // the designer is taller than the screen: it grows and the workspace scrolls it
        removeStyleName("crm-page");
        setWidth("100%");
        setHeightUndefined();
        FormDesigner designer = new FormDesigner(context, services, model, () -> context.navigate(FormsView.ID, null));
        addComponent(designer);
    }

    /** A JSON download written when the browser asks for it. */
    static StreamResource json(java.util.function.Supplier<String> document, String fileName) {
        StreamResource resource = new StreamResource(() -> new ByteArrayInputStream(document.get().getBytes(StandardCharsets.UTF_8)),
                fileName);
        resource.setMIMEType("application/json; charset=UTF-8");
        resource.setCacheTime(0);
        return resource;
    }
}
