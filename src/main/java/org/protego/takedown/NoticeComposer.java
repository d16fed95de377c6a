package org.protego.takedown;

import java.time.Instant;
import java.util.Locale;
import org.protego.identity.IdentityManagement;
import org.protego.triage.TriageManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a notice in its recipient's language: the first asks for removal, later ones are numbered reminders. Each
 * names the report's reference, the address and the sending hotline, and never carries an image.
 */
@Component
class NoticeComposer {

    private final TriageManagement triage;
    private final IdentityManagement identity;
    private final MessageSource messages;

    NoticeComposer(TriageManagement triage, IdentityManagement identity, MessageSource messages) {
        this.triage = triage;
        this.identity = identity;
        this.messages = messages;
    }

    Notice compose(TakedownItem item, int step, Recipient recipient, String sender, Instant sentAt) {
        Locale locale = Locale.forLanguageTag(recipient.language());
        Object[] arguments = {
            triage.firstReportReferenceOf(item.urlItemId()),
            item.canonicalUrl(),
            item.hostingCountry() == null ? "-" : item.hostingCountry(),
            identity.organisationName(item.organisationId()),
            step + 1
        };
        return Notice.recorded(
                item.urlItemId(),
                step,
                recipient,
                locale.getLanguage(),
                messages.getMessage("notice.subject", arguments, locale),
                messages.getMessage(step == 0 ? "notice.body" : "notice.reminder", arguments, locale),
                sender,
                sentAt);
    }
}
