/**
 * Demo content for the embedded default (gongkai.demo=true): organisations of a county-level city,
 * demo users, and items in every workflow state. Loaded once, into an empty database only; never in
 * production, where no default account or password exists.
 */
package io.gongkai.demo;
