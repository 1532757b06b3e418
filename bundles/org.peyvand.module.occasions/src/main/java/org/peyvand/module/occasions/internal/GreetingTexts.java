package org.peyvand.module.occasions.internal;

import java.time.LocalDate;
import java.util.Map;

import org.peyvand.module.occasions.GreetingMessage;
import org.peyvand.module.occasions.GreetingRecipient;
import org.peyvand.module.occasions.internal.jpa.PlanEntity;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.text.PersianText;

/** A plan's templates rendered for a recipient: the Persian one with the Jalali date in Persian digits, the English one with the ISO date. */
record GreetingTexts(PlanEntity plan, Catalog.Named occasion, LocalDate date) {

    String fa(GreetingRecipient recipient) {
        return Templates.render(plan.templateFa(), Map.of("name", recipient.name(), "occasion", occasion.nameFa(), "date",
                PersianText.toPersianDigits(JalaliDate.from(date).toString()), "years",
                recipient.years() == null ? "" : PersianText.toPersianDigits(recipient.years().toString())));
    }

    String en(GreetingRecipient recipient) {
        return Templates.render(plan.templateEn(), Map.of("name", recipient.name(), "occasion", occasion.nameEn(), "date", date.toString(),
                "years", recipient.years() == null ? "" : recipient.years().toString()));
    }

    GreetingMessage message(GreetingRecipient recipient) {
        return new GreetingMessage(plan.id(), recipient, date, occasion.nameFa(), occasion.nameEn(), fa(recipient), en(recipient));
    }
}
