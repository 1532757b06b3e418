package org.peyvand.ui.admin.internal.forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.FormSummary;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.ui.admin.internal.Buttons;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.FileDownloader;
import com.vaadin.server.StreamResource;
import com.vaadin.server.UserError;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Notification;
import com.vaadin.ui.TextField;
import com.vaadin.ui.dnd.DragSourceExtension;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Designs one form: a palette of field types, the layout as a canvas of tabs, sections and fields,
 * the selected field's properties and a live preview; publishes it as the next version with the
 * service's objections shown where they belong, rolls it back, and exports it.
 */
final class FormDesigner extends CssLayout implements DesignerCanvas.Actions, FieldProperties.Actions {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient FormAdministration services;
    private final boolean design;
    private final transient Map<String, String> recordTypes;
    private final Label title = new Label();
    private final Label version = new Label();
    private final TextField key;
    private final TextField labelFa;
    private final TextField labelEn;
    private final ListSettings listSettings;
    private final CssLayout problems = new CssLayout();
    private final CssLayout removed = new CssLayout();
    private final DesignerCanvas canvas;
    private final CssLayout properties = new CssLayout();
    private final FormPreview preview;
    private final Button export;
    private final StreamResource download;
    private transient DesignerModel model;
    private transient List<DefinitionErrors.Placed> errors = List.of();
    private String selected;

    /** @param back returns to the list of forms */
    FormDesigner(UiContext context, FormAdministration services, DesignerModel model, Runnable back) {
        this.context = context;
        this.services = services;
        this.model = model;
        this.design = services.mayDesign(context);
        this.recordTypes = recordTypes(context, services);
        Messages messages = context.messages();
        setId("form-designer");
        addStyleName("crm-designer-page");
        setWidth("100%");

        Button backButton = new Button(messages.get("admin.form.back"), context.rightToLeft() ? VaadinIcons.ARROW_RIGHT
                : VaadinIcons.ARROW_LEFT);
        backButton.setId("designer-back");
        backButton.addClickListener(e -> back.run());
        backButton.addStyleName(ValoTheme.BUTTON_BORDERLESS);
        title.addStyleName("crm-page-title");
        title.setId("designer-title");
        version.setId("designer-version");
        version.addStyleName("crm-muted");
        Button versions = Buttons.of(messages.get("admin.form.versions"), VaadinIcons.CLOCK, e -> showVersions());
        versions.setId("designer-versions");
        export = new Button(messages.get("admin.form.export"), VaadinIcons.DOWNLOAD);
        export.setId("designer-export");
        download = FormsScreen.json(() -> services.forms().exportJson(context.caller(), List.of(this.model.key())), "form.json");
        new FileDownloader(download).extend(export);
        Button check = Buttons.of(messages.get("admin.form.check"), VaadinIcons.CLIPBOARD_CHECK, e -> check());
        check.setId("designer-check");
        Button publish = Buttons.of(messages.get("admin.form.publish"), VaadinIcons.CHECK, e -> askToPublish());
        publish.setId("designer-publish");
        publish.addStyleName(ValoTheme.BUTTON_PRIMARY);
        CssLayout header = new CssLayout(backButton, title, version, versions);
        header.addStyleName("crm-row");
        header.setWidth("100%");
        if (design) {
            header.addComponents(export, check, publish);
        }

        key = setting("designer-key", "admin.form.key", true);
        key.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                this.model.key(e.getValue());
            }
        });
        labelFa = setting("designer-label-fa", "admin.form.labelFa", false);
        labelEn = setting("designer-label-en", "admin.form.labelEn", true);
        labelFa.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                labelChanged();
            }
        });
        labelEn.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                labelChanged();
            }
        });
        CssLayout settings = new CssLayout(captionAbove(key), captionAbove(labelFa), captionAbove(labelEn));
        settings.addStyleName("crm-row");

        problems.setId("designer-problems");
        problems.setWidth("100%");
        problems.setVisible(false);

        canvas = new DesignerCanvas(context, design, this);
        properties.setId("designer-properties");
        properties.addStyleName("crm-designer-properties");
        CssLayout body = new CssLayout();
        body.addStyleName("crm-designer");
        body.setWidth("100%");
        if (design) {
            body.addComponent(palette());
        }
        body.addComponents(canvas, properties);
        preview = new FormPreview(context, services, List.copyOf(recordTypes.keySet()));
        listSettings = new ListSettings(context, design, () -> preview.show(this.model.definition()));
        addComponents(header, settings, listSettings, problems, body, preview);
        showModel();
    }

    @Override
    public void select(String field) {
        selected = field;
        canvas.markSelected(field);
        showProperties();
    }

    @Override
    public void add(FieldType type, int tab, int section) {
        selected = model.addField(type, services.both("admin.form.type." + type.name()), tab, section);
        changedLayout();
    }

    @Override
    public void place(String field, int tab, int section, int position) {
        model.place(field, tab, section, position);
        changedLayout();
    }

    @Override
    public void addTab() {
        model.addTab(services.both("admin.form.newTab"), services.both("admin.form.details"));
        changedLayout();
    }

    @Override
    public void removeTab(int tab) {
        model.removeTab(tab);
        changedLayout();
    }

    @Override
    public void addSection(int tab) {
        model.addSection(tab, services.both("admin.form.newSection"));
        changedLayout();
    }

    @Override
    public void removeSection(int tab, int section) {
        model.removeSection(tab, section);
        changedLayout();
    }

    @Override
    public void layoutChanged() {
        preview.show(model.definition());
    }

    @Override
    public void changed() {
        renamed(selected, selected);
    }

    @Override
    public void renamed(String from, String to) {
        selected = to;
        // a field changed since the service objected to it: its marks go until the next publish
        errors = errors.stream().filter(e -> e.field() == null || !e.field().equals(from)).toList();
        model.field(to).ifPresent(field -> canvas.refresh(field, from, false));
        listSettings.show(model);
        preview.show(model.definition());
    }

    @Override
    public void shift(String field, int delta) {
        model.shift(field, delta);
        showCanvas();
        preview.show(model.definition());
    }

    @Override
    public void moveTo(String field, int tab, int section) {
        model.place(field, tab, section, Integer.MAX_VALUE);
        showCanvas();
        preview.show(model.definition());
    }

    @Override
    public void remove(String field) {
        if (model.remove(field)) {
            selected = null;
            changedLayout();
        }
    }

    private void askToPublish() {
        getUI().addWindow(new PublishDialog(context.messages(), name(), this::publish));
    }

    private void publish(String comment) {
        Messages messages = context.messages();
        refusedOrDone(() -> {
            FormDefinition published = services.forms().publish(context.caller(), model.definition(), comment);
            context.showSuccess(messages.get("admin.form.published", context.format().number(published.version())));
            reload(published);
        });
    }

    /** Asks the service whether the design would publish, and marks what it would refuse, publishing nothing. */
    private void check() {
        refusedOrDone(() -> {
            services.forms().check(context.caller(), model.definition());
            showErrors(List.of(), List.of());
            context.showSuccess(context.messages().get("admin.form.checked"));
        });
    }

    private void refusedOrDone(Runnable call) {
        Messages messages = context.messages();
        try {
            call.run();
        } catch (ValidationException invalid) {
            showErrors(DefinitionErrors.place(invalid.fieldErrors(), model), List.of());
        } catch (ConflictException conflict) {
            showErrors(DefinitionErrors.place(conflict.fieldErrors(), model), List.of(messages.describe(conflict)));
        } catch (RuntimeException failure) {
            context.showError(failure);
        }
    }

    private void showVersions() {
        if (!model.keyFixed()) {
            Notification.show(context.messages().get("admin.form.notPublishedYet"), Notification.Type.WARNING_MESSAGE);
            return;
        }
        getUI().addWindow(new VersionsDialog(context, services, model.key(), design, this::reload));
    }

    /** Starts over from the form as the service now holds it. */
    private void reload(FormDefinition form) {
        model = DesignerModel.of(form, services.both("admin.form.details"));
        selected = null;
        errors = List.of();
        showModel();
    }

    /** Marks the fields, properties and sections the service refused, and lists every reason in words. */
    private void showErrors(List<DefinitionErrors.Placed> placed, List<String> headlines) {
        errors = placed;
        Messages messages = context.messages();
        key.setComponentError(null);
        labelFa.setComponentError(null);
        List<String> lines = new ArrayList<>(headlines);
        for (DefinitionErrors.Placed error : placed) {
            String reason = messages.get(error.error().messageKey(), error.error().args().toArray());
            lines.add(where(error) + ": " + reason);
            if ("key".equals(error.formPart())) {
                key.setComponentError(new UserError(reason));
            } else if ("label".equals(error.formPart())) {
                labelFa.setComponentError(new UserError(reason));
            }
        }
        problems.removeAllComponents();
        lines.forEach(line -> {
            Label text = new Label(line);
            text.addStyleName("crm-field-error");
            text.setWidth("100%");
            problems.addComponent(text);
        });
        problems.setVisible(!lines.isEmpty());
        showCanvas();
        placed.stream().filter(p -> p.field() != null).findFirst().ifPresent(p -> select(p.field()));
    }

    private String where(DefinitionErrors.Placed error) {
        Messages messages = context.messages();
        if (error.field() != null) {
            String field = model.field(error.field()).map(f -> f.label().in(messages.locale().getLanguage()) + " (" + f.name() + ")")
                    .orElse(error.field());
            return error.property() == null ? field
                    : field + " / " + messages.find("admin.form.prop." + error.property()).orElse(error.property());
        }
        if (error.section() != null) {
            return messages.get("admin.form.sectionNumber", context.format().number(error.section().tab() + 1),
                    context.format().number(error.section().section() + 1));
        }
        return messages.find("admin.form.part." + error.formPart()).orElse(error.formPart());
    }

    private void showModel() {
        key.setValue(model.key());
        key.setEnabled(design && !model.keyFixed());
        labelFa.setValue(model.label() == null || model.label().fa() == null ? "" : model.label().fa());
        labelEn.setValue(model.label() == null || model.label().en() == null ? "" : model.label().en());
        version.setValue(model.keyFixed() ? context.messages().get("admin.form.versionOf", context.format().number(model.version()))
                : context.messages().get("admin.form.notPublishedYet"));
        export.setEnabled(model.keyFixed());
        title.setValue(name().isBlank() ? model.key() : name());
        problems.setVisible(false);
        key.setComponentError(null);
        labelFa.setComponentError(null);
        listSettings.show(model);
        showCanvas();
        showProperties();
        download.setFilename(model.key() + ".json");
        preview.show(model.definition());
    }

    private void changedLayout() {
        listSettings.show(model);
        showCanvas();
        showProperties();
        preview.show(model.definition());
    }

    private void showCanvas() {
        Set<String> faultyFields = new HashSet<>();
        Set<DesignerModel.Location> faultySections = new HashSet<>();
        for (DefinitionErrors.Placed error : errors) {
            if (error.field() != null) {
                faultyFields.add(error.field());
            }
            if (error.section() != null) {
                faultySections.add(error.section());
            }
        }
        canvas.show(model, selected, faultyFields, faultySections);
        showRemoved();
    }

    private void showProperties() {
        properties.removeAllComponents();
        if (selected == null || model.field(selected).isEmpty()) {
            Label hint = new Label(context.messages().get(design ? "admin.form.selectHint" : "admin.form.selectHintReadOnly"));
            hint.addStyleName("crm-muted");
            hint.setWidth("100%");
            properties.addComponent(hint);
            return;
        }
        FieldProperties shown = new FieldProperties(context, model, selected, design, recordTypes, this);
        shown.showErrors(errors);
        properties.addComponent(shown);
    }

    /**
     * The field types, to drag onto a section; a click adds one to the section of the selected
     * field (or the first section). The sections' "add field" menus do the same from the keyboard.
     */
    private CssLayout palette() {
        Messages messages = context.messages();
        CssLayout column = new CssLayout();
        column.setId("designer-palette");
        column.addStyleName("crm-designer-palette");
        Label heading = new Label(messages.get("admin.form.palette"));
        heading.addStyleName(ValoTheme.LABEL_BOLD);
        Label hint = new Label(messages.get("admin.form.paletteHint"));
        hint.addStyleNames("crm-muted", ValoTheme.LABEL_SMALL);
        hint.setWidth("100%");
        column.addComponents(heading, hint);
        for (FieldType type : FieldType.values()) {
            Label icon = new Label(FieldTypeIcons.of(type).getHtml(), ContentMode.HTML);
            icon.setWidthUndefined();
            Label name = new Label(messages.get("admin.form.type." + type.name()));
            name.setWidthUndefined();
            // a layout rather than a button: buttons keep the mouse to themselves and never start a drag
            CssLayout item = new CssLayout(icon, name);
            item.setId("designer-palette-" + type.name());
            item.addStyleName("crm-palette-item");
            item.setWidth("100%");
            item.addLayoutClickListener(e -> {
                DesignerModel.Location at = selected == null ? null : model.location(selected).orElse(null);
                add(type, at == null ? 0 : at.tab(), at == null ? 0 : at.section());
            });
            new DragSourceExtension<>(item).setDragData(type);
            column.addComponent(item);
        }
        removed.setWidth("100%");
        column.addComponent(removed);
        return column;
    }

    /** Fields taken off the form keep their values; each can be brought back. */
    private void showRemoved() {
        removed.removeAllComponents();
        List<FieldDefinition> gone = model.removedFields();
        if (!design || gone.isEmpty()) {
            return;
        }
        Label heading = new Label(context.messages().get("admin.form.removedFields"));
        heading.addStyleName(ValoTheme.LABEL_BOLD);
        removed.addComponent(heading);
        String language = context.messages().locale().getLanguage();
        for (FieldDefinition field : gone) {
            Button restore = Buttons.of(field.label().in(language), VaadinIcons.ROTATE_LEFT, e -> {
                model.restore(field.name());
                selected = field.name();
                changedLayout();
            });
            restore.setId("designer-restore-" + field.name());
            restore.setDescription(context.messages().get("admin.form.restore"));
            restore.setWidth("100%");
            restore.addStyleName(ValoTheme.BUTTON_SMALL);
            removed.addComponent(restore);
        }
    }

    private TextField setting(String id, String captionKey, boolean leftToRight) {
        TextField field = new TextField(context.messages().get(captionKey));
        field.setId(id);
        field.setMaxLength(200);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setEnabled(design);
        if (leftToRight) {
            field.addStyleName("crm-ltr");
        }
        return field;
    }

    /** In a row of inputs a caption goes above its input. */
    private static CssLayout captionAbove(TextField field) {
        CssLayout cell = new CssLayout(field);
        cell.addStyleName("crm-form-cell");
        return cell;
    }

    private void labelChanged() {
        model.label(LocalizedText.of(blankToNull(labelFa.getValue()), blankToNull(labelEn.getValue())));
        title.setValue(name().isBlank() ? model.key() : name());
        preview.show(model.definition());
    }

    private String name() {
        return model.label() == null ? "" : model.label().in(context.messages().locale().getLanguage());
    }

    /** The record types lookups may pick, with their names in the user's language. */
    private static Map<String, String> recordTypes(UiContext context, FormAdministration services) {
        Map<String, String> types = new LinkedHashMap<>();
        String language = context.messages().locale().getLanguage();
        try {
            for (FormSummary form : services.forms().list(context.caller())) {
                if (form.kind() == FormKind.RECORD_TYPE) {
                    types.put(form.key(), form.label().in(language) + " (" + form.key() + ")");
                }
            }
        } catch (RuntimeException e) {
            context.showError(e);
        }
        return types;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
