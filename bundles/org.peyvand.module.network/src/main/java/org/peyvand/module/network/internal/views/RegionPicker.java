package org.peyvand.module.network.internal.views;

import java.util.List;

import org.peyvand.module.network.NetworkService;
import org.peyvand.module.network.Region;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;

/** A province and, optionally, one of its cities: the region is the city when one is picked. */
final class RegionPicker extends CssLayout {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient NetworkService network;
    private final List<Region> provinces;
    private final ComboBox<Region> province;
    private final ComboBox<Region> city;

    RegionPicker(UiContext context, NetworkService network, String idPrefix, List<Region> provinces) {
        this.context = context;
        this.network = network;
        this.provinces = provinces;
        addStyleName("crm-row");
        province = box("network.field.province", idPrefix + "-province");
        province.setItems(provinces);
        city = box("network.field.city", idPrefix + "-city");
        city.setEnabled(false);
        province.addValueChangeListener(e -> showCities(e.getValue()));
        addComponents(province, city);
    }

    private ComboBox<Region> box(String labelKey, String id) {
        ComboBox<Region> box = new ComboBox<>(context.messages().get(labelKey));
        box.setId(id);
        box.setItemCaptionGenerator(r -> r.name(context.caller().locale()));
        box.setWidth("13em");
        return box;
    }

    private void showCities(Region picked) {
        city.clear();
        city.setEnabled(picked != null);
        city.setItems(picked == null ? List.of() : context.call(() -> network.cities(context.caller(), picked.id())).orElse(List.of()));
    }

    /** @return the city picked, else the province; {@code null} for neither */
    Region value() {
        return city.getValue() != null ? city.getValue() : province.getValue();
    }

    void setValue(Region region) {
        if (region == null) {
            province.clear();
            return;
        }
        Long provinceId = region.province() ? region.id() : region.provinceId();
        provinces.stream().filter(p -> provinceId.equals(p.id())).findFirst().ifPresent(province::setValue);
        if (!region.province()) {
            city.setValue(region);
        }
    }

    void addValueChangeListener(Runnable listener) {
        province.addValueChangeListener(e -> listener.run());
        city.addValueChangeListener(e -> listener.run());
    }
}
