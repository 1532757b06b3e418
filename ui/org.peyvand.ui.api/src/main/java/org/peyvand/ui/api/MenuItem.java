package org.peyvand.ui.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** The menu entry of a {@link CrmView}, as typed service properties {@code crm.menu.*}. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MenuItem {
    String PREFIX_ = "crm.menu.";
    /**
     * Prefix of a title given per language ({@code crm.menu.title.fa}, {@code crm.menu.title.en}),
     * which wins over the i18n key of {@link #title()}: for screens registered at run time for
     * things users name, such as the record types administrators design.
     */
    String TITLE_IN = "crm.menu.title.";

    /** Navigation state in the address bar ({@code /crm/#!contacts}); unique across modules. */
    String id();

    /** i18n key of the menu title and page heading. */
    String title();

    /** A {@code com.vaadin.icons.VaadinIcons} constant name. */
    String icon() default "PUZZLE_PIECE";

    /** Menu group: crm, sales, service, admin ... */
    String section() default "crm";

    /** Position within the section, ascending. */
    int order() default 100;

    /** Permission needed to see and open the screen. */
    String permission();

    /**
     * Record types whose records the screen opens from their id in the address
     * ({@code /crm/#!accounts/42}), so that other screens can link to them: the cartable, search, a
     * record's referrals.
     */
    String[] records() default {};
}
