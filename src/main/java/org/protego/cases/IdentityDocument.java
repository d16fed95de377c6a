package org.protego.cases;

/** An identity document the child holds or held: its type (from the country's option list), number and issuer. */
public record IdentityDocument(String type, String number, String issuingCountry) {}
