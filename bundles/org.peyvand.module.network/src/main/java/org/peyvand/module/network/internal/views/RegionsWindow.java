package org.peyvand.module.network.internal.views;

import java.util.List;

import org.peyvand.module.network.NetworkService;
import org.peyvand.module.network.Region;
import org.peyvand.module.network.RegionInput;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/** The sales regions, for administrators: the cities of a province, a form to add one and delete for cities no node lies in. */
final class RegionsWindow extends Window {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient NetworkService network;
    private final ComboBox<Region> province;
    private final Grid<Region> cities = new Grid<>();
    private final TextField nameFa;
    private final TextField nameEn;
    private final ProblemsLabel problems;

    RegionsWindow(UiContext context, NetworkService network, List<Region> provinces) {
        super(context.messages().get("network.regions"));
        this.context = context;
        this.network = network;
        Messages messages = context.messages();
        setId("network-regions-window");
        setModal(true);
        setWidth("640px");
        addStyleName("crm-dialog");

        province = new ComboBox<>(messages.get("network.field.province"), provinces);
        province.setId("network-regions-province");
        province.setItemCaptionGenerator(r -> r.name(context.caller().locale()));
        province.setEmptySelectionAllowed(false);
        province.addValueChangeListener(e -> refresh());

        cities.setId("network-regions-cities");
        cities.setWidth("100%");
        cities.setHeightByRows(6);
        cities.addColumn(Region::nameFa).setCaption(messages.get("network.field.nameFa"));
        cities.addColumn(Region::nameEn).setCaption(messages.get("network.field.nameEn"));

        nameFa = field("network.field.nameFa", "network-city-name-fa");
        nameEn = field("network.field.nameEn", "network-city-name-en");
        problems = new ProblemsLabel(context, "network-city-problems");
        Button add = new Button(messages.get("network.regions.add"), e -> add());
        add.setId("network-city-add");
        add.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button delete = new Button(messages.get("ui.action.delete"), e -> cities.getSelectedItems().stream().findFirst().ifPresent(this::confirmDelete));
        delete.setId("network-city-delete");
        delete.addStyleName(ValoTheme.BUTTON_DANGER);
        delete.setEnabled(false);
        cities.addSelectionListener(e -> delete.setEnabled(e.getFirstSelectedItem().isPresent()));
        Button close = new Button(messages.get("ui.action.close"), e -> close());
        close.setId("network-regions-close");
        CssLayout buttons = new CssLayout(add, delete, close);
        buttons.addStyleName("crm-row");

        FormLayout form = new FormLayout(nameFa, nameEn);
        form.setWidth("100%");
        VerticalLayout body = new VerticalLayout(province, cities, form, problems, buttons);
        body.setWidth("100%");
        setContent(body);
        provinces.stream().findFirst().ifPresent(province::setValue);
    }

    private TextField field(String labelKey, String id) {
        TextField field = new TextField(context.messages().get(labelKey));
        field.setId(id);
        field.setMaxLength(100);
        field.setWidth("100%");
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    private void refresh() {
        Region picked = province.getValue();
        cities.setItems(picked == null ? List.of() : context.call(() -> network.cities(context.caller(), picked.id())).orElse(List.of()));
    }

    private void add() {
        RegionInput input = new RegionInput(province.getValue() == null ? null : province.getValue().id(), nameFa.getValue(), nameEn.getValue());
        if (problems.attempt(() -> network.createCity(context.caller(), input))) {
            context.showSuccess(context.messages().get("ui.saved"));
            nameFa.clear();
            nameEn.clear();
            refresh();
        }
    }

    private void confirmDelete(Region city) {
        Messages messages = context.messages();
        ConfirmDialog.ask(messages.get("ui.confirm.deleteTitle"), messages.get("network.regions.confirmDelete") + " " + city.name(context.caller().locale()),
                messages.get("ui.action.delete"), messages.get("ui.action.cancel"), true, () -> {
                    if (context.run(() -> network.deleteCity(context.caller(), city.id()))) {
                        context.showSuccess(messages.get("ui.deleted"));
                        refresh();
                    }
                });
    }
}
