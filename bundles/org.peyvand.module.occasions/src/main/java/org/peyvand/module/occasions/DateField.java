package org.peyvand.module.occasions;

/** A custom date field of the contact form, by its name and label; a plan greets on its anniversaries as {@code anniversary:<name>}. */
public record DateField(String name, String labelFa, String labelEn) {
}
