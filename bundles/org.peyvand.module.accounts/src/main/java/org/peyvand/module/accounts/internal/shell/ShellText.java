package org.peyvand.module.accounts.internal.shell;

/** Table cells: a missing value prints as nothing. */
final class ShellText {

    private ShellText() {
    }

    static String of(Object value) {
        return value == null ? "" : value.toString();
    }
}
