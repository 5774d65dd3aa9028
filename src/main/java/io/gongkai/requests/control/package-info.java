/**
 * The register's use cases and its clock. Working days come from {@link
 * io.gongkai.requests.control.HolidayCalendar} only, never from {@code DayOfWeek} checks scattered
 * elsewhere: the make-up working days (调休) would be missed.
 */
package io.gongkai.requests.control;
