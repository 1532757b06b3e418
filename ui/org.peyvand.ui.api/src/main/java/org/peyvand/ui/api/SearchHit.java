package org.peyvand.ui.api;

/** One result of the global search: what to show and which screen opens it. */
public record SearchHit(String title, String detail, String icon, String viewId, String parameters) {
}
