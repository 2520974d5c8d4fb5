package io.taisei.asset;

import io.taisei.asset.internal.LedgerReviewReminder;
import io.taisei.identity.Role;
import io.taisei.identity.internal.UserAccount;
import io.taisei.identity.internal.UserAccountRepository;
import io.taisei.notification.NotificationUsers;
import io.taisei.organization.OrganizationManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static io.taisei.asset.AssetFixtures.org;
import static org.assertj.core.api.Assertions.assertThat;

/** A ledger review coming due reminds its owner; once overdue it goes to every CISO too, once per review date. */
@SpringBootTest(properties = "taisei.test.isolated-database=ledger-review-reminder")
class LedgerReviewReminderTest {

    @Autowired
    LedgerKeepingManagement ledgers;
    @Autowired
    LedgerReviewReminder reminder;
    @Autowired
    OrganizationManagement organization;
    @Autowired
    UserAccountRepository users;
    @Autowired
    JdbcTemplate jdbc;

    private long notices(String kind, String email) {
        return jdbc.queryForObject("select count(*) from ntf_notification where kind = ? and lower(email) = lower(?)",
                Long.class, kind, email);
    }

    @Test
    void theOwnerIsRemindedBeforeTheReviewDateAndTheCisoOnceItIsOverdue() {
        var owner = org(organization);
        UserAccount ciso = NotificationUsers.user(users, "ja", Role.CISO);
        LocalDate today = LocalDate.of(2027, 4, 1);
        ledgers.keep(Ledger.HARDWARE_SOFTWARE, new LedgerStewardshipDraft(owner.person().id().value(), 12,
                today.plusDays(10)), null);

        reminder.remind(today);
        reminder.remind(today.plusDays(1));
        assertThat(notices("asset.ledger.review.due", owner.person().email())).isEqualTo(1);
        assertThat(notices("asset.ledger.review.due", ciso.getEmail())).isZero();

        reminder.remind(today.plusDays(11));
        reminder.remind(today.plusDays(12));
        assertThat(notices("asset.ledger.review.overdue", owner.person().email())).isEqualTo(1);
        assertThat(notices("asset.ledger.review.overdue", ciso.getEmail())).isEqualTo(1);
    }
}
