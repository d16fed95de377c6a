package org.protego.takedown;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails each notice to its recipient's contact once the notice is committed, when an SMTP server is configured
 * ({@code spring.mail.host}); otherwise the notice stays recorded for the analyst to deliver. A failed delivery
 * leaves the event publication incomplete, so it is tried again after a restart.
 */
@Component
class NoticeDelivery {

    private static final Logger log = LoggerFactory.getLogger(NoticeDelivery.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final Takedowns takedowns;
    private final Clock clock;
    private final String from;

    NoticeDelivery(ObjectProvider<JavaMailSender> mail, Takedowns takedowns, Clock clock, TakedownSettings settings) {
        this.mail = mail;
        this.takedowns = takedowns;
        this.clock = clock;
        this.from = settings.noticeFrom();
    }

    @ApplicationModuleListener
    void on(NoticeSent sent) {
        JavaMailSender sender = mail.getIfAvailable();
        var notice = takedowns.notice(sent.noticeId()).orElseThrow();
        if (sender == null || !notice.recipientContact().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(notice.recipientContact());
        message.setSubject(notice.subject());
        message.setText(notice.body());
        sender.send(message);
        takedowns.saveDelivery(notice.emailed(clock.instant()));
        log.info("Notice {} e-mailed to {}", notice.id(), notice.recipientName());
    }
}
