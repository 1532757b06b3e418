package org.peyvand.module.network;

import java.util.Locale;

/**
 * A grade of agencies and sales centres an administrator defines ("A: yearly sales above ...").
 *
 * @param criteria what earns the grade, as free text
 */
public record NodeClass(long id, String code, String nameFa, String nameEn, String criteria, long version) {

    public String name(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? nameFa : nameEn;
    }
}
