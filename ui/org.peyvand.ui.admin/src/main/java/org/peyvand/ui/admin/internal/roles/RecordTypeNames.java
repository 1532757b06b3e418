package org.peyvand.ui.admin.internal.roles;

import org.peyvand.platform.core.i18n.Messages;

/**
 * A record type in words: modules label their types with the type's own key ({@code accounts.contact}
 * is «فرد», "Contact"); the id follows so two modules' types of the same name stay apart.
 */
final class RecordTypeNames {

    private RecordTypeNames() {
    }

    static String of(String type, Messages messages) {
        return messages.find(type).map(name -> name + " (" + type + ")").orElse(type);
    }
}
