package org.peyvand.module.occasions.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** When greetings go out, in {@code etc/org.peyvand.module.occasions.internal.OccasionServiceImpl.cfg}. */
@ObjectClassDefinition(name = "Peyvand occasions", description = "When the greetings of the day are sent")
public @interface OccasionsConfig {
    @AttributeDefinition(description = "The hour of the day (0-23, in the time zone below) from which the day's greetings are sent")
    int runHour() default 9;

    @AttributeDefinition(description = "The time zone whose calendar days the occasions follow")
    String zone() default "Asia/Tehran";
}
