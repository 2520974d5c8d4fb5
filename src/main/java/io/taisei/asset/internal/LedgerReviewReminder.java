package io.taisei.asset.internal;

import io.taisei.asset.Ledger;
import io.taisei.identity.Role;
import io.taisei.notification.Notice;
import io.taisei.notification.Notifications;
import io.taisei.notification.Recipient;
import io.taisei.organization.OrganizationManagement;
import io.taisei.organization.PersonId;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reminds each ledger's owner that its review is due (within {@link #NOTICE_DAYS} days), and the owner and every CISO
 * once it is overdue — each notice once per review date. A ledger without an owner is the CISO's to chase.
 */
@Component
public class LedgerReviewReminder {

    static final int NOTICE_DAYS = 30;
    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private final LedgerStewardshipRepository stewardships;
    private final OrganizationManagement organization;
    private final Notifications notifications;

    LedgerReviewReminder(LedgerStewardshipRepository stewardships, OrganizationManagement organization,
                         Notifications notifications) {
        this.stewardships = stewardships;
        this.organization = organization;
        this.notifications = notifications;
    }

    @Scheduled(cron = "${taisei.asset.ledger-review-reminder-cron:0 15 8 * * *}", zone = "Asia/Tokyo")
    @Transactional
    public int remind() {
        return remind(LocalDate.now(ZONE));
    }

    /** @return how many notifications were sent */
    @Transactional
    public int remind(LocalDate today) {
        int sent = 0;
        for (LedgerStewardship stewardship : stewardships.findAll()) {
            LocalDate due = stewardship.getNextReviewOn();
            if (due == null || due.isAfter(today.plusDays(NOTICE_DAYS))) {
                continue;
            }
            boolean overdue = due.isBefore(today);
            Set<Recipient> to = new HashSet<>();
            if (stewardship.getOwnerId() != null) {
                organization.findPerson(new PersonId(stewardship.getOwnerId()))
                        .filter(person -> person.email() != null)
                        .ifPresent(person -> to.add(Recipient.email(person.email())));
            }
            if (overdue || to.isEmpty()) {
                to.add(Recipient.role(Role.CISO));
            }
            Ledger ledger = stewardship.getLedger();
            String kind = overdue ? "overdue" : "due";
            sent += notifications.send(new Notice("asset.ledger.review." + kind,
                    "asset.notice.review." + kind + "." + ledger.name(), List.of(due.toString()), "/assets",
                    "ledger-review-" + kind + ":" + ledger.name() + ":" + due, to));
        }
        return sent;
    }
}
