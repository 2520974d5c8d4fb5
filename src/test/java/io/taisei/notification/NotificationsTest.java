package io.taisei.notification;

import io.taisei.identity.Role;
import io.taisei.identity.internal.UserAccount;
import io.taisei.identity.internal.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.taisei.notification.NotificationUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Notices reach the right users once, each sees only their own, in their language, and reading is recorded. */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationsTest {

    @Autowired
    Notifications notifications;

    @Autowired
    UserAccountRepository users;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    static Notice notice(String dedup, Set<Recipient> to) {
        // notification.filter.unread takes one argument: a real key, so the rendered subject can be checked.
        return new Notice("test.reminder", "notification.filter.unread", List.of("7"), "/assets/systems", dedup, to);
    }

    private List<String> recipientKeysOf(String kind) {
        return jdbc.queryForList("select recipient_key from ntf_notification where kind = ? order by id", String.class,
                kind);
    }

    @Test
    void aNoticeToARoleAndAnAddressReachesEachEnabledUserOnceAndAnOutsideAddressByMailOnly() {
        UserAccount ciso = user(users, "ja", Role.CISO);
        UserAccount cisoAndOwner = user(users, "en", Role.CISO, Role.FIRST_LINE);
        UserAccount disabledCiso = user(users, "ja", Role.CISO);
        disabledCiso.setEnabled(false);
        users.save(disabledCiso);
        String kind = "test.role-and-address-" + ciso.getUsername();

        int stored = notifications.send(new Notice(kind, "notification.title", List.of(), null, null,
                Set.of(Recipient.role(Role.CISO), Recipient.email(cisoAndOwner.getEmail().toUpperCase(Locale.ROOT)),
                        Recipient.email("vendor-contact@example.com"))));

        assertThat(recipientKeysOf(kind))
                .contains("user:" + ciso.getId(), "user:" + cisoAndOwner.getId(), "mail:vendor-contact@example.com")
                .doesNotContain("user:" + disabledCiso.getId())
                .doesNotHaveDuplicates()
                .hasSize(stored);
        assertThat(jdbc.queryForList("select distinct mail_status from ntf_notification where kind = ? and"
                + " recipient_key in (?, ?, ?)", String.class, kind, "user:" + ciso.getId(), "user:" + cisoAndOwner.getId(),
                "mail:vendor-contact@example.com")).containsExactly("NOT_CONFIGURED");
    }

    @Test
    void aNoticeWithADeduplicationKeyReachesEachRecipientOnlyOnce() {
        UserAccount owner = user(users, "ja", Role.FIRST_LINE);
        String key = "review-due:" + owner.getUsername();

        assertThat(notifications.send(notice(key, Set.of(Recipient.username(owner.getUsername()))))).isEqualTo(1);
        assertThat(notifications.send(notice(key, Set.of(Recipient.username(owner.getUsername()))))).isZero();
        assertThat(notifications.unreadCount(owner.getUsername())).isEqualTo(1);
    }

    @Test
    void aNoticeLinksOnlyToAPageInsideTaisei() {
        assertThatThrownBy(() -> new Notice("k", "s", List.of(), "https://phish.example/login", null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notice("k", "s", List.of(), "//phish.example/login", null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachUserSeesOnlyTheirOwnNotificationsAndCannotMarkAnotherUsersRead() throws Exception {
        UserAccount alice = user(users, "ja", Role.FIRST_LINE);
        UserAccount bob = user(users, "ja", Role.FIRST_LINE);
        notifications.send(notice(null, Set.of(Recipient.username(alice.getUsername()))));
        notifications.send(notice(null, Set.of(Recipient.username(bob.getUsername()))));
        long bobs = notifications.of(bob.getUsername(), false, Pageable.ofSize(10), Locale.JAPANESE)
                .getContent().get(0).id();

        mvc.perform(get("/api/v1/notifications").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(alice.getUsername())).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].subject").value("Unread (7)"))
                .andExpect(jsonPath("$.content[0].link").value("/assets/systems"));
        mvc.perform(post("/api/v1/notifications/{id}/read", bobs).with(csrf()).with(org.springframework.security.test
                        .web.servlet.request.SecurityMockMvcRequestPostProcessors.user(alice.getUsername())))
                .andExpect(status().isNotFound());
        assertThat(notifications.unreadCount(bob.getUsername())).isEqualTo(1);
    }

    @Test
    void theInboxShowsUnreadNoticesInTheReadersLanguageAndOpeningOneMarksItReadAndGoesToItsPage() throws Exception {
        UserAccount carol = user(users, "ja", Role.FIRST_LINE);
        var asCarol = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(carol.getUsername());
        notifications.send(notice(null, Set.of(Recipient.username(carol.getUsername()))));
        long id = notifications.of(carol.getUsername(), true, Pageable.ofSize(10), Locale.JAPANESE)
                .getContent().get(0).id();

        mvc.perform(get("/notifications").with(asCarol).locale(Locale.JAPANESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未読 (7)")))
                .andExpect(content().string(containsString("badge rounded-pill")));
        mvc.perform(post("/notifications/{id}/open", id).with(asCarol).with(csrf()))
                .andExpect(redirectedUrl("/assets/systems"));
        assertThat(notifications.unreadCount(carol.getUsername())).isZero();
        mvc.perform(get("/notifications").with(asCarol))
                .andExpect(content().string(not(containsString("badge rounded-pill"))));
    }

    @Test
    void markingAllReadEmptiesTheUnreadList() throws Exception {
        UserAccount dave = user(users, "en", Role.FIRST_LINE);
        var asDave = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(dave.getUsername());
        notifications.send(notice(null, Set.of(Recipient.username(dave.getUsername()))));
        notifications.send(notice(null, Set.of(Recipient.username(dave.getUsername()))));

        mvc.perform(get("/api/v1/notifications/unread-count").with(asDave)).andExpect(jsonPath("$.unread").value(2));
        mvc.perform(post("/api/v1/notifications/read-all").with(asDave).with(csrf()))
                .andExpect(jsonPath("$.marked").value(2));
        mvc.perform(get("/api/v1/notifications").with(asDave).param("unreadOnly", "true"))
                .andExpect(jsonPath("$.totalElements").value(0));
    }
}
