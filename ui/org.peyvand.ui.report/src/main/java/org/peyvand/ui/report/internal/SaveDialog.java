package org.peyvand.ui.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportShare;
import org.peyvand.platform.report.SavedReport;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Grids;
import org.peyvand.ui.kit.LookupBox;
import org.peyvand.ui.kit.Option;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.UserError;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Saves a report under its title in Persian and English, shared with colleagues, roles or units
 * (a unit's people and those of the units under it); the library checks the report runs.
 */
final class SaveDialog extends Window {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient ReportServices services;
    private final transient Messages messages;
    private final TextField titleFa;
    private final TextField titleEn;
    private final Label refusals = new Label();
    private final List<ReportShare> shares;
    /** How each share is shown: a colleague's or a unit's name, a role's label. */
    private final Map<ReportShare, String> names = new HashMap<>();
    private final Grid<ReportShare> shareGrid = new Grid<>();

    private SaveDialog(UiContext context, ReportServices services, ReportDefinition definition, List<ReportShare> shares,
            Consumer<SavedReport> saved) {
        super(context.messages().get("report.ui.save"));
        this.context = context;
        this.services = services;
        this.messages = context.messages();
        this.shares = new ArrayList<>(shares);
        setId("report-save-dialog");
        setModal(true);
        setWidth("640px");
        addStyleName("crm-dialog");
        LocalizedText title = definition.title();
        titleFa = new TextField(messages.get("report.ui.titleFa"), title == null || title.fa() == null ? "" : title.fa());
        titleFa.setId("report-save-title-fa");
        titleFa.setWidth("100%");
        titleEn = new TextField(messages.get("report.ui.titleEn"), title == null || title.en() == null ? "" : title.en());
        titleEn.setId("report-save-title-en");
        titleEn.setWidth("100%");
        titleEn.addStyleName("crm-ltr");
        refusals.addStyleName("crm-report-errors");
        refusals.setId("report-save-refusals");
        refusals.setVisible(false);
        nameShares();

        Button save = new Button(messages.get("report.ui.save"), VaadinIcons.CHECK);
        save.setId("report-save-confirm");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        save.addClickListener(e -> save(definition, saved));
        Button cancel = new Button(messages.get("report.ui.cancel"), e -> close());
        cancel.setId("report-save-cancel");
        CssLayout buttons = new CssLayout(save, cancel);
        buttons.addStyleName("crm-row");
        VerticalLayout content = new VerticalLayout(titleFa, titleEn, shareEditor(), refusals, buttons);
        setContent(content);
    }

    static void open(UiContext context, ReportServices services, ReportDefinition definition, List<ReportShare> shares,
            Consumer<SavedReport> saved) {
        UI.getCurrent().addWindow(new SaveDialog(context, services, definition, shares, saved));
    }

    private CssLayout shareEditor() {
        Label heading = new Label(messages.get("report.ui.shares"));
        heading.addStyleName("crm-report-section-title");
        RadioButtonGroup<ReportShare.Kind> kind = new RadioButtonGroup<>(null, List.of(ReportShare.Kind.values()));
        kind.setId("report-share-kind");
        kind.addStyleName(ValoTheme.OPTIONGROUP_HORIZONTAL);
        kind.setItemCaptionGenerator(k -> messages.get("report.ui.share." + k.name()));
        ComboBox<Option> user = LookupBox.of(null, services.users(context), false);
        user.setId("report-share-user");
        ComboBox<Option> role = new ComboBox<>(null, services.roles(context));
        role.setId("report-share-role");
        role.setItemCaptionGenerator(Option::label);
        ComboBox<Option> unit = LookupBox.of(null, services.units(context), false);
        unit.setId("report-share-unit");
        Map<ReportShare.Kind, ComboBox<Option>> pickers = Map.of(ReportShare.Kind.USER, user, ReportShare.Kind.ROLE, role,
                ReportShare.Kind.UNIT, unit);
        kind.addValueChangeListener(e -> pickers.forEach((k, picker) -> picker.setVisible(k == e.getValue())));
        kind.setValue(ReportShare.Kind.USER);
        Button add = new Button(messages.get("report.ui.share.add"), VaadinIcons.PLUS);
        add.setId("report-share-add");
        add.addClickListener(e -> pickers.get(kind.getValue()).getOptionalValue().ifPresent(option -> {
            ReportShare share = new ReportShare(kind.getValue(), String.valueOf(option.value()));
            if (!shares.contains(share)) {
                shares.add(share);
                names.put(share, option.label());
                shareGrid.setItems(shares);
            }
            pickers.get(kind.getValue()).clear();
        }));
        CssLayout picking = new CssLayout(user, role, unit, add);
        picking.addStyleName("crm-report-row");

        shareGrid.setId("report-shares");
        shareGrid.setWidth("100%");
        shareGrid.setHeightByRows(4);
        shareGrid.addColumn(s -> messages.get("report.ui.share." + s.kind().name())).setCaption(messages.get("report.ui.share.kind"));
        shareGrid.addColumn(s -> names.getOrDefault(s, s.id())).setCaption(messages.get("report.ui.share.who"));
        Grids.orderColumns(shareGrid, context.rightToLeft());
        shareGrid.setItems(shares);
        Button remove = new Button(messages.get("report.ui.remove"), VaadinIcons.CLOSE_SMALL);
        remove.setId("report-share-remove");
        remove.addClickListener(e -> shareGrid.getSelectedItems().stream().findFirst().ifPresent(s -> {
            shares.remove(s);
            shareGrid.setItems(shares);
        }));
        CssLayout editor = new CssLayout(heading, kind, picking, shareGrid, remove);
        editor.addStyleName("crm-report-section");
        editor.setWidth("100%");
        return editor;
    }

    /** Names the shares the report already has: colleagues and units by the lookups, roles by their labels. */
    private void nameShares() {
        Map<String, String> users = services.names(context, RecordLookups.USERS, ids(ReportShare.Kind.USER));
        Map<String, String> units = services.names(context, RecordLookups.ORG_UNITS, ids(ReportShare.Kind.UNIT));
        Map<String, String> roles = new HashMap<>();
        services.roles(context).forEach(o -> roles.put(String.valueOf(o.value()), o.label()));
        for (ReportShare share : shares) {
            Map<String, String> known = switch (share.kind()) {
                case USER -> users;
                case UNIT -> units;
                case ROLE -> roles;
            };
            names.put(share, known.getOrDefault(share.id(), share.id()));
        }
    }

    private List<String> ids(ReportShare.Kind kind) {
        return shares.stream().filter(s -> s.kind() == kind).map(ReportShare::id).toList();
    }

    private void save(ReportDefinition definition, Consumer<SavedReport> saved) {
        titleFa.setComponentError(null);
        titleEn.setComponentError(null);
        refusals.setVisible(false);
        ReportDefinition titled = new ReportDefinition(definition.key(), LocalizedText.of(titleFa.getValue().strip(), titleEn.getValue().strip()),
                definition.recordType(), definition.groups(), definition.columns(), definition.filters(), definition.sorts(), definition.chart());
        try {
            SavedReport report = services.library().save(context.caller(), titled, List.copyOf(shares));
            close();
            saved.accept(report);
        } catch (ValidationException refused) {
            List<String> reasons = new ArrayList<>();
            for (FieldError error : refused.fieldErrors()) {
                String reason = messages.get(error.messageKey(), error.args().toArray());
                if (error.field().startsWith("title")) {
                    (error.field().endsWith("en") ? titleEn : titleFa).setComponentError(new UserError(reason));
                }
                reasons.add(reason);
            }
            refusals.setValue(String.join("\n", reasons));
            refusals.setVisible(true);
        } catch (RuntimeException failed) {
            context.showError(failed);
        }
    }
}
