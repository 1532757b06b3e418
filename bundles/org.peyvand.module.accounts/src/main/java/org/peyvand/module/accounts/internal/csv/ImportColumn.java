package org.peyvand.module.accounts.internal.csv;

/**
 * A column of an import file: its API field name, the i18n key of its label (headers may use
 * either, in English or Persian), and whether every file must have it.
 */
public record ImportColumn(String name, String labelKey, boolean required) {
}
