package org.peyvand.module.occasions;

import java.time.LocalDate;
import java.util.List;

/**
 * What a plan would send on a day, stored nowhere. {@code occurs} is false when its occasion does not
 * fall on that day; {@code more} when there are more recipients than were asked for.
 */
public record Preview(long planId, LocalDate date, boolean occurs, boolean channelAvailable, List<PreviewItem> items, boolean more) {
    public Preview {
        items = List.copyOf(items);
    }
}
