package org.peyvand.ui.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.report.ReportShare;
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
import com.vaadin.ui.themes.ValoTheme;

/**
 * Whom a report or a dashboard is shared with: colleagues, roles, or units (a unit's people and
 * those of the units under it), each listed by name and at most once.
 */
final class SharesField extends CssLayout {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient ReportServices services;
    private final transient Messages messages;
    private final List<ReportShare> shares;
    /** How each share is shown: a colleague's or a unit's name, a role's label. */
    private final Map<ReportShare, String> names = new HashMap<>();
    private final Grid<ReportShare> shareGrid = new Grid<>();

    SharesField(UiContext context, ReportServices services, List<ReportShare> shares) {
        this.context = context;
        this.services = services;
        this.messages = context.messages();
        this.shares = new ArrayList<>(shares);
        nameShares();
        Label heading = new Label(messages.get("report.ui.shares"));
        heading.addStyleName("crm-report-section-title");
        shareGrid.setId("report-shares");
        shareGrid.setWidth("100%");
        shareGrid.setHeightByRows(4);
        shareGrid.addColumn(s -> messages.get("report.ui.share." + s.kind().name())).setCaption(messages.get("report.ui.share.kind"));
        shareGrid.addColumn(s -> names.getOrDefault(s, s.id())).setCaption(messages.get("report.ui.share.who"));
        Grids.orderColumns(shareGrid, context.rightToLeft());
        shareGrid.setItems(this.shares);
        Button remove = new Button(messages.get("report.ui.remove"), VaadinIcons.CLOSE_SMALL);
        remove.setId("report-share-remove");
        remove.addClickListener(e -> shareGrid.getSelectedItems().stream().findFirst().ifPresent(s -> {
            this.shares.remove(s);
            shareGrid.setItems(this.shares);
        }));
        RadioButtonGroup<ReportShare.Kind> kind = new RadioButtonGroup<>(null, List.of(ReportShare.Kind.values()));
        kind.setId("report-share-kind");
        kind.addStyleName(ValoTheme.OPTIONGROUP_HORIZONTAL);
        kind.setItemCaptionGenerator(k -> messages.get("report.ui.share." + k.name()));
        addComponents(heading, kind, picking(kind), shareGrid, remove);
        addStyleName("crm-report-section");
        setWidth("100%");
    }

    /** The shares as listed. */
    List<ReportShare> value() {
        return List.copyOf(shares);
    }

    /** Marks the list with why the service refused a share of it, or clears the mark. */
    void refuse(String reason) {
        shareGrid.setComponentError(reason == null ? null : new UserError(reason));
    }

    /** A picker per kind, the one of the kind chosen showing, and the button adding whom it holds. */
    private CssLayout picking(RadioButtonGroup<ReportShare.Kind> kind) {
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
        return picking;
    }

    /** Names the shares given: colleagues and units by the lookups, roles by their labels. */
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
}
