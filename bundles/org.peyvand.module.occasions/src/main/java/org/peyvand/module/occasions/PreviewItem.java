package org.peyvand.module.occasions;

/** One greeting a plan would send: to whom, with which texts, and whether its channel reaches them. */
public record PreviewItem(long contactId, String contactName, String textFa, String textEn, boolean reachable) {
}
