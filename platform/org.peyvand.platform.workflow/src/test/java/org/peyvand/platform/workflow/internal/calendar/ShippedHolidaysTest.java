package org.peyvand.platform.workflow.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestGuard;
import org.peyvand.platform.workflow.Holiday;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The holidays the changelog ships against their definitions: solar ones on their Jalali dates, lunar
 * ones within a day of their date in ICU's Umm al-Qura calendar (Iran's moon sighting may put them a
 * day later), and no row without an occasion.
 */
class ShippedHolidaysTest {
    private static final Caller ADMIN = new Caller("admin", 1, Set.of("administrator"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final int[] YEARS = {1405, 1406};
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;
    /** Jalali month, day and the name the row carries. */
    private static final Object[][] SOLAR = {{1, 1, "نوروز"}, {1, 2, "نوروز"}, {1, 3, "نوروز"}, {1, 4, "نوروز"},
        {1, 12, "جمهوری اسلامی"}, {1, 13, "طبیعت"}, {3, 14, "امام خمینی"}, {3, 15, "۱۵ خرداد"}, {11, 22, "انقلاب اسلامی"},
        {12, 29, "صنعت نفت"}};
    /** Hijri month, day (0: the month's last) and the name the row carries. */
    private static final Object[][] LUNAR = {{1, 9, "تاسوعا"}, {1, 10, "عاشورا"}, {2, 20, "اربعین"}, {2, 28, "رحلت رسول اکرم"},
        {2, 0, "امام رضا"}, {3, 8, "امام حسن عسکری"}, {3, 17, "میلاد رسول اکرم"}, {6, 3, "فاطمه"}, {7, 13, "ولادت امام علی"},
        {7, 27, "مبعث"}, {8, 15, "حضرت قائم"}, {9, 21, "شهادت امام علی"}, {10, 1, "عید فطر"}, {10, 2, "تعطیل به مناسبت عید فطر"},
        {10, 25, "شهادت امام جعفر صادق"}, {12, 10, "قربان"}, {12, 18, "غدیر"}};

    private final TestDatabase db = new TestDatabase("crm.workflow");

    @AfterEach
    void stop() {
        db.close();
    }

    private record Occasion(LocalDate date, String name, boolean lunar) {
    }

    @Test
    void everyOccasionOf1405And1406ShipsAndEveryShippedRowIsOne() {
        BusinessCalendarServiceImpl calendar = BusinessCalendarServiceImpl.wiredWith(db.transactions(), new TestGuard(), new RecordingAudit(),
                Mockito.mock(OrgUnitService.class), new Announcements(), java.time.Clock.systemUTC());
        List<Holiday> shipped = new ArrayList<>();
        for (int year : YEARS) {
            shipped.addAll(calendar.holidays(ADMIN, year));
        }
        List<Occasion> occasions = occasions();
        // a lunar year is eleven days shorter, so an occasion may fall twice in two Jalali years
        assertThat(occasions).hasSizeGreaterThanOrEqualTo(2 * (SOLAR.length + LUNAR.length));
        for (Occasion occasion : occasions) {
            long tolerance = occasion.lunar() ? 1 : 0;
            assertThat(shipped).as(occasion.toString()).anySatisfy(h -> {
                assertThat(Math.abs(ChronoUnit.DAYS.between(occasion.date(), h.date()))).isLessThanOrEqualTo(tolerance);
                assertThat(h.nameFa()).contains(occasion.name());
            });
        }
        for (Holiday holiday : shipped) {
            assertThat(holiday.nameEn()).isNotBlank();
            assertThat(occasions).as(holiday.toString()).anySatisfy(o -> {
                assertThat(holiday.nameFa()).contains(o.name());
                assertThat(Math.abs(ChronoUnit.DAYS.between(o.date(), holiday.date()))).isLessThanOrEqualTo(o.lunar() ? 1 : 0);
                if (holiday.lunar()) {
                    assertThat(o.lunar()).isTrue();
                }
            });
        }
    }

    /** The occasions falling in the shipped years. */
    private static List<Occasion> occasions() {
        LocalDate from = JalaliDate.of(YEARS[0], 1, 1).toLocalDate();
        LocalDate until = JalaliDate.of(YEARS[YEARS.length - 1] + 1, 1, 1).toLocalDate();
        List<Occasion> occasions = new ArrayList<>();
        for (int year : YEARS) {
            for (Object[] solar : SOLAR) {
                occasions.add(new Occasion(JalaliDate.of(year, (int) solar[0], (int) solar[1]).toLocalDate(), (String) solar[2], false));
            }
        }
        for (int hijriYear = 1446; hijriYear <= 1449; hijriYear++) {
            for (Object[] lunar : LUNAR) {
                int month = (int) lunar[0];
                int day = (int) lunar[1];
                LocalDate date = day == 0 ? hijri(hijriYear, month + 1, 1).minusDays(1) : hijri(hijriYear, month, day);
                if (!date.isBefore(from) && date.isBefore(until)) {
                    occasions.add(new Occasion(date, (String) lunar[2], true));
                }
            }
        }
        return occasions;
    }

    private static LocalDate hijri(int year, int month, int day) {
        IslamicCalendar calendar = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        calendar.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.DAY_OF_MONTH, day);
        return LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
    }
}
