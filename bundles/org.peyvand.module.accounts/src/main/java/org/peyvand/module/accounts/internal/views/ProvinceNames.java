package org.peyvand.module.accounts.internal.views;

import org.peyvand.module.accounts.Address;
import org.peyvand.module.accounts.Provinces;
import org.peyvand.ui.api.UiContext;

/** An address's city and province as a list shows it, in the user's language. */
final class ProvinceNames {

    private ProvinceNames() {
    }

    static String cityLine(UiContext context, Address address) {
        String province = address.province() == null ? null
                : Provinces.byCode(address.province()).map(p -> p.name(context.messages().locale())).orElse(address.province());
        if (address.city() == null) {
            return province == null ? "" : province;
        }
        return province == null ? address.city() : address.city() + "، " + province;
    }
}
