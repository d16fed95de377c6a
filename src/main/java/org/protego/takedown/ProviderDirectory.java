package org.protego.takedown;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.IdentityManagement;
import org.protego.identity.StaffMember;
import org.protego.shared.CountryCode;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of hosting providers and partners that notices go to. Every entry belongs to the organisation that
 * added it: only its analysts change it, every analyst reads it, and an organisation's escalated notices go only to
 * the partners it marked as recipients.
 */
@Service
public class ProviderDirectory {

    static final int MAX_TEXT = 200;

    private final Providers providers;
    private final Partners partners;
    private final IdentityManagement identity;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final String nationalCountry;

    ProviderDirectory(
            Providers providers,
            Partners partners,
            IdentityManagement identity,
            AuditTrail auditTrail,
            Clock clock,
            NationalSettings national) {
        this.providers = providers;
        this.partners = partners;
        this.identity = identity;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.nationalCountry = national.country();
    }

    /** The whole directory's hosting providers, whichever organisation added them. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<Provider> providers() {
        return providers.all();
    }

    /** The whole directory's partners, whichever organisation added them, with the recipients each one marked. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<Partner> partners() {
        return partners.all();
    }

    /** The names of the organisations that added the directory's providers and partners, by id. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public Map<UUID, String> owners() {
        var owners = new HashMap<UUID, String>();
        providers.all().forEach(p -> owners.computeIfAbsent(p.organisationId(), identity::organisationName));
        partners.all().forEach(p -> owners.computeIfAbsent(p.organisationId(), identity::organisationName));
        return owners;
    }

    /** Adds a hosting provider to the directory, owned by the analyst's organisation. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Provider addProvider(String name, String abuseContact, String country, String language, UUID upstreamId) {
        var problems = new ArrayList<FieldProblem>();
        checkText("name", name, problems);
        checkText("abuseContact", abuseContact, problems);
        checkCountry(country, problems);
        checkLanguage(language, problems);
        if (upstreamId != null && providers.provider(upstreamId).isEmpty()) {
            problems.add(new FieldProblem("upstreamId", TakedownError.PROVIDER_UNKNOWN));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        var provider = new Provider(
                UUID.randomUUID(),
                name.strip(),
                abuseContact.strip(),
                CountryCode.parse(country).value(),
                language.strip(),
                upstreamId,
                StaffMember.required().organisationId());
        providers.add(provider, clock.instant());
        auditTrail.record("provider.added", "provider", provider.id().toString(), "name=" + provider.name());
        return provider;
    }

    /**
     * Adds a partner hotline or law enforcement point to the directory, owned by the analyst's organisation; marked
     * as the recipient for its country, it replaces the partner the organisation marked before for that country and
     * kind.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Partner addPartner(
            RecipientKind kind,
            String name,
            String contact,
            String country,
            String language,
            boolean recipientForCountry) {
        var problems = new ArrayList<FieldProblem>();
        if (kind != RecipientKind.PARTNER_HOTLINE && kind != RecipientKind.LAW_ENFORCEMENT) {
            problems.add(new FieldProblem("kind", TakedownError.PARTNER_KIND_INVALID));
        }
        checkText("name", name, problems);
        checkText("contact", contact, problems);
        checkCountry(country, problems);
        checkLanguage(language, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        var partner = new Partner(
                UUID.randomUUID(),
                kind,
                name.strip(),
                contact.strip(),
                CountryCode.parse(country).value(),
                language.strip(),
                StaffMember.required().organisationId(),
                false);
        partners.add(partner, clock.instant());
        auditTrail.record("partner.added", "partner", partner.id().toString(), "name=" + partner.name());
        return recipientForCountry ? markRecipient(partner) : partner;
    }

    /**
     * Makes a partner of the analyst's organisation the recipient of that organisation's escalated notices of its kind
     * for its country; the partner marked before stops being it. Another organisation's partner answers 403.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Partner markRecipient(UUID partnerId) {
        return markRecipient(partnerToChange(partnerId));
    }

    /** Stops sending a partner of the analyst's organisation escalated notices; that rung is then skipped. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Partner unmarkRecipient(UUID partnerId) {
        Partner partner = partnerToChange(partnerId);
        partners.lockRecipientChoice(partner);
        Partner unmarked = partner.unmarkedAsRecipient();
        partners.save(unmarked);
        auditTrail.record(
                "partner.recipient-unmarked",
                "partner",
                partner.id().toString(),
                "country=" + partner.country() + " kind=" + partner.kind());
        return unmarked;
    }

    /**
     * Who a notice of a kind about an item goes to: the chosen provider, the item's provider's upstream, or the partner
     * the item's organisation marked for the hosting country; for law enforcement, failing that, the one it marked for
     * the deployment's own country, its national focal point. Partners are never chosen by age.
     */
    Optional<Recipient> recipientFor(RecipientKind kind, TakedownItem item, UUID providerId) {
        return switch (kind) {
            case PROVIDER -> providers.provider(providerId).map(p -> Recipient.of(kind, p));
            case UPSTREAM ->
                providers
                        .provider(item.providerId())
                        .flatMap(p -> providers.provider(p.upstreamId()))
                        .map(p -> Recipient.of(kind, p));
            case PARTNER_HOTLINE ->
                partners.recipientFor(item.organisationId(), item.hostingCountry(), kind)
                        .map(Recipient::of);
            case LAW_ENFORCEMENT ->
                partners.recipientFor(item.organisationId(), item.hostingCountry(), kind)
                        .or(() -> partners.recipientFor(item.organisationId(), nationalCountry, kind))
                        .map(Recipient::of);
        };
    }

    /** As {@link #recipientFor}, refusing the notice with what to add or mark in the directory when there is none. */
    Recipient requiredRecipientFor(RecipientKind kind, TakedownItem item, UUID providerId) {
        return recipientFor(kind, item, providerId).orElseThrow(() -> noRecipient(kind, item));
    }

    private static InvalidRequestException noRecipient(RecipientKind kind, TakedownItem item) {
        var kindInText = new DefaultMessageSourceResolvable("takedown.kindInText." + kind.name());
        if (kind == RecipientKind.PARTNER_HOTLINE || kind == RecipientKind.LAW_ENFORCEMENT) {
            Object country = item.hostingCountry() == null
                    ? new DefaultMessageSourceResolvable("takedown.theHostingCountry")
                    : item.hostingCountry();
            return new InvalidRequestException(List.of(
                    new FieldProblem("recipientKind", TakedownError.RECIPIENT_NOT_MARKED, kindInText, country)));
        }
        return new InvalidRequestException(List.of(new FieldProblem(
                kind == RecipientKind.PROVIDER ? "providerId" : "recipientKind",
                TakedownError.RECIPIENT_UNKNOWN,
                kindInText)));
    }

    private Partner markRecipient(Partner partner) {
        partners.lockRecipientChoice(partner);
        partners.recipientFor(partner.organisationId(), partner.country(), partner.kind())
                .filter(previous -> !previous.id().equals(partner.id()))
                .ifPresent(previous -> partners.save(previous.unmarkedAsRecipient()));
        Partner marked = partner.markedAsRecipient();
        partners.save(marked);
        auditTrail.record(
                "partner.recipient-marked",
                "partner",
                partner.id().toString(),
                "country=" + partner.country() + " kind=" + partner.kind());
        return marked;
    }

    /** A partner the analyst's organisation added; one of another organisation answers 403, an unknown one 404. */
    private Partner partnerToChange(UUID partnerId) {
        Partner partner = partners.partner(partnerId)
                .orElseThrow(() -> new NotFoundException(TakedownError.PARTNER_UNKNOWN, partnerId));
        if (!partner.belongsTo(StaffMember.required().organisationId())) {
            throw new AccessDeniedException("The partner belongs to another organisation's directory.");
        }
        return partner;
    }

    private static void checkText(String field, String value, List<FieldProblem> problems) {
        if (value == null
                || value.isBlank()
                || value.length() > MAX_TEXT
                || value.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem(field, TakedownError.TEXT_INVALID, MAX_TEXT));
        }
    }

    private static void checkCountry(String country, List<FieldProblem> problems) {
        if (!CountryCode.isValid(country)) {
            problems.add(new FieldProblem("country", TakedownError.COUNTRY_UNKNOWN));
        }
    }

    private static void checkLanguage(String language, List<FieldProblem> problems) {
        if (language == null || !language.strip().matches("[a-z]{2}")) {
            problems.add(new FieldProblem("language", TakedownError.LANGUAGE_INVALID));
        }
    }
}
