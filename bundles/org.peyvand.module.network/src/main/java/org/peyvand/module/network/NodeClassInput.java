package org.peyvand.module.network;

/** What an administrator enters for a class; the service validates it. */
public record NodeClassInput(String code, String nameFa, String nameEn, String criteria) {
}
