package org.peyvand.module.occasions;

import java.time.LocalDate;

/** A greeting to send: the template rendered in each language the plan has ({@code null} for a missing one). */
public record GreetingMessage(long planId, GreetingRecipient recipient, LocalDate occasionDate, String occasionNameFa, String occasionNameEn,
        String textFa, String textEn) {
}
