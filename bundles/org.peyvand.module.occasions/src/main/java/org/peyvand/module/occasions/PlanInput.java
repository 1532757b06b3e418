package org.peyvand.module.occasions;

/**
 * A new or changed plan. {@code occasion} is {@value OccasionService#BIRTHDAY}, {@code official:<code>}
 * or {@code company:<id>}; at least one template is needed, with placeholders among
 * {@link OccasionService#PLACEHOLDERS}.
 */
public record PlanInput(String occasion, String templateFa, String templateEn, String channel, boolean enabled) {
}
