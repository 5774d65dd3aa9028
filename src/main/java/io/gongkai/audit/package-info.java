/**
 * The audit log: one row per editorial action (who, what, when, from which address), written in the
 * same transaction as the change it records so the two can never disagree.
 */
package io.gongkai.audit;
