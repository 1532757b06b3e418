package org.peyvand.module.network;

import java.util.Locale;

/**
 * A sales region: one of Iran's provinces, shipped with the module, or a city an administrator
 * added under one.
 *
 * @param provinceId   the province of a city; {@code null} for a province
 * @param provinceCode a province's code, the one addresses of the accounts module store; {@code null} for a city
 */
public record Region(long id, Long provinceId, String provinceCode, String nameFa, String nameEn, long version) {

    public boolean province() {
        return provinceId == null;
    }

    public String name(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? nameFa : nameEn;
    }
}
