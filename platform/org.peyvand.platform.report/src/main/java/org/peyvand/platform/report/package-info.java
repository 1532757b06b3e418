/**
 * Reports over every record type modules register ({@link ReportSource}) and those administrators
 * design, custom fields included: grouped by fields, users, units and Jalali or Gregorian periods,
 * aggregated in one database query, within the caller's record scope and field rules.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.peyvand.platform.report;
