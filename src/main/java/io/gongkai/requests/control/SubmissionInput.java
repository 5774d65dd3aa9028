package io.gongkai.requests.control;

/**
 * A disclosure request as the public online form sends it: the applicant type (a column key of
 * table 三), name, identity document number (optional), phone, e-mail and postal address, what is
 * asked for, the carrier ({@code paper}, {@code electronic}, {@code disc}) and the way to receive
 * it ({@code post}, {@code express}, {@code email}, {@code fax}, {@code pickup}, {@code on-site}).
 * {@code homepage} is a trap for robots: the form hides it from people, so it stays empty.
 */
public record SubmissionInput(
    String applicantType,
    String name,
    String identity,
    String phone,
    String email,
    String postalAddress,
    String subject,
    String wantedForm,
    String delivery,
    String homepage) {}
