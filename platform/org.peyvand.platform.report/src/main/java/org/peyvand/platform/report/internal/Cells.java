package org.peyvand.platform.report.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.List;

import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.report.Aggregate;
import org.peyvand.platform.report.ResultColumn;
import org.peyvand.platform.report.internal.query.QueryField;
import org.peyvand.platform.report.internal.query.ReportQuery;
import org.peyvand.platform.report.internal.query.Storage;

/** A row's cells as the API gives them: days as LocalDate, times as Instant, whole numbers as Long. */
public final class Cells {

    private Cells() {
    }

    /** @param row a row as a native query gives it: an array, or the value itself for one column */
    public static Object[] read(Object row, ReportQuery.Built built) {
        Object[] cells = row instanceof Object[] many ? many : new Object[] {row};
        List<ResultColumn> columns = built.columns();
        List<QueryField> fields = built.read();
        Object[] values = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            values[i] = value(cells[i], columns.get(i), fields.get(i));
        }
        return values;
    }

    private static Object value(Object cell, ResultColumn column, QueryField field) {
        if (cell == null) {
            return null;
        }
        if (cell instanceof java.sql.Date day) {
            return day.toLocalDate();
        }
        if (cell instanceof Timestamp time) {
            Storage storage = field == null ? Storage.SERVER_TIME : field.storage();
            return switch (storage) {
                case UTC_TIME -> time.toLocalDateTime().toInstant(ZoneOffset.UTC);
                case DAY -> time.toLocalDateTime().toLocalDate();
                default -> time.toInstant();
            };
        }
        if (cell instanceof Number number) {
            if (column.type() == FieldType.BOOLEAN) {
                return number.intValue() != 0;
            }
            boolean whole = column.aggregate() == Aggregate.COUNT || column.aggregate() == Aggregate.COUNT_DISTINCT
                    || column.type() == FieldType.INTEGER || column.type() == FieldType.MONEY || column.type() == FieldType.LOOKUP
                    || column.type() == FieldType.ORG_UNIT;
            BigDecimal decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
            return whole ? (Object) decimal.longValue() : decimal.stripTrailingZeros();
        }
        return cell;
    }
}
