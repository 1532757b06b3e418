package org.peyvand.module.network;

/**
 * What an administrator enters for a city; the service validates it.
 *
 * @param provinceId the province the city lies in; only taken when the city is added
 */
public record RegionInput(Long provinceId, String nameFa, String nameEn) {
}
