package org.peyvand.platform.report;

import java.math.BigDecimal;

/**
 * A report's one figure now and in the period before.
 *
 * @param previous the figure over the previous period; {@code null} when the report filters by no period
 * @param change the change against {@code previous} in percent, one decimal; {@code null} without one or when it was zero
 */
public record KpiFigure(ResultColumn column, BigDecimal value, BigDecimal previous, BigDecimal change) {
}
