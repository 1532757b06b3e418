package org.peyvand.platform.report.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.report.DateBucket;
import org.peyvand.platform.report.Period;
import org.peyvand.platform.testing.FileMessages;
import org.peyvand.platform.testing.I18nFiles;

/** The period and bucket texts; the rest of the bundle's keys are checked with the code that names them. */
class I18nFilesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(report\\.(?:period|bucket)\\.[a-zA-Z_]+)\"");

    @Test
    void bothLanguagesNameEveryPeriodAndBucketAndHaveEveryKeyTheCodeUses() {
        Properties english = I18nFiles.texts("report.properties");
        assertThat(I18nFiles.texts("report_fa.properties").stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).containsAll(I18nFiles.keysInCode(KEY_IN_CODE, source -> true));
        assertThat(english.stringPropertyNames()).containsAll(Stream.concat(
                Arrays.stream(Period.Kind.values()).map(kind -> "report.period." + kind),
                Arrays.stream(DateBucket.values()).map(bucket -> "report.bucket." + bucket)).toList());
    }

    @Test
    void persianTextsAreInPersianAndEveryPatternFormats() {
        assertThat(I18nFiles.notInPersian(I18nFiles.texts("report_fa.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(I18nFiles.texts("report.properties"))).isEmpty();
        assertThat(I18nFiles.invalidPatterns(I18nFiles.texts("report_fa.properties"))).isEmpty();
    }

    @Test
    void lastDaysAgreeWithTheirNoun() {
        assertThat(FileMessages.english("report").get("report.period.LAST_DAYS", 1)).isEqualTo("Last 1 day");
        assertThat(FileMessages.english("report").get("report.period.LAST_DAYS", 30)).isEqualTo("Last 30 days");
    }
}
