/**
 * Annual reports as plain text, rendered from the official layout ({@code reports/control/layout})
 * beside the HTML and Word renderers: what a report's web page reads as when copied as text, for
 * search snippets, e-mail and the importer's round trip.
 */
package io.gongkai.reports.control.text;
