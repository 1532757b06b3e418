package org.peyvand.platform.report;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.security.Caller;

/**
 * Saved reports exported on a schedule, each as its owner with their rights at the time of the run,
 * into their exports (see {@link ReportExports#jobs}). Every method needs
 * {@link ReportPermissions#EXPORT}; each caller sees and removes only their own schedules.
 */
@ProviderType
public interface ReportSchedules {

    /** The caller's schedules, the next to run first. */
    List<ReportSchedule> list(Caller caller);

    /**
     * @throws org.peyvand.platform.core.error.ValidationException naming {@code report}, {@code format},
     *         {@code frequency}, {@code day} or {@code hour}
     */
    ReportSchedule create(Caller caller, ReportSchedule schedule);

    /** @throws org.peyvand.platform.core.error.NotFoundException for a schedule that is not the caller's */
    void delete(Caller caller, long id);
}
