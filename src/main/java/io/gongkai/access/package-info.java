/**
 * Who may do what: accounts, per-organisation role grants, password login and the signed tokens the
 * editorial API requires.
 *
 * <p>Rights are always checked against the organisation that owns the thing acted on, never against
 * the organisation named in the request body alone. A grant without an organisation holds
 * everywhere; only the installation's first administrator (from configuration) gets one.
 */
package io.gongkai.access;
