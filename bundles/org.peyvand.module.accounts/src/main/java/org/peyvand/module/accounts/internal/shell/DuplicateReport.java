package org.peyvand.module.accounts.internal.shell;

import org.peyvand.module.accounts.DuplicateWarningException;
import org.peyvand.platform.core.i18n.Messages;

/** The records a new one may duplicate, and how to create it anyway. */
final class DuplicateReport {

    private DuplicateReport() {
    }

    static void print(DuplicateWarningException e, Messages messages) {
        System.out.println(messages.describe(e));
        e.matches().forEach(match -> System.out.println("  " + match.field() + ": "
                + messages.get("accounts.error.duplicateOf", match.name(), match.id())));
        System.out.println(messages.get("accounts.shell.duplicateHint"));
    }
}
