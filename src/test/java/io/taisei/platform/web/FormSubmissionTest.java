package io.taisei.platform.web;

import io.taisei.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The post-redirect-get of a form page, as every module's page controllers use it. */
class FormSubmissionTest {

    record Form(String code, String newPassword) {
    }

    private final BindingResult result = new BeanPropertyBindingResult(new Form("A-1", "secret"), "form");
    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
    private final AtomicInteger changes = new AtomicInteger();

    @Test
    void aChangeThatGoesThroughRedirectsWithTheFlashMessage() {
        String view = FormSubmission.of(result, redirect)
                .save(changes::incrementAndGet, "x.saved", "/things", () -> "things/form");

        assertThat(view).isEqualTo("redirect:/things");
        assertThat(changes).hasValue(1);
        assertThat(redirect.getFlashAttributes().get("message")).isEqualTo("x.saved");
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void theRedirectCanNameTheRecordTheChangeCreated() {
        String view = FormSubmission.of(result, redirect)
                .create(() -> 42L, "x.saved", id -> "/things/" + id, () -> "things/form");

        assertThat(view).isEqualTo("redirect:/things/42");
    }

    @Test
    void withoutAMessageNothingIsFlashed() {
        String view = FormSubmission.of(result, redirect)
                .save(changes::incrementAndGet, null, "/things", () -> "things/form");

        assertThat(view).isEqualTo("redirect:/things");
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aFormWithBindingErrorsIsRenderedAgainAndNothingIsChanged() {
        result.rejectValue("code", "x.code.invalid");

        String view = FormSubmission.of(result, redirect)
                .save(changes::incrementAndGet, "x.saved", "/things", () -> "things/form");

        assertThat(view).isEqualTo("things/form");
        assertThat(changes).hasValue(0);
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aRuleViolationIsShownBesideTheFieldItNamesAndTheFormIsRenderedAgain() {
        String view = FormSubmission.of(result, redirect).save(() -> {
            throw RuleViolationException.conflict("code", "x.code.taken", "A-1");
        }, "x.saved", "/things", () -> "things/form");

        assertThat(view).isEqualTo("things/form");
        assertThat(result.getFieldError("code")).isNotNull();
        assertThat(result.getFieldError("code").getCode()).isEqualTo("x.code.taken");
        assertThat(result.getFieldError("code").getArguments()).containsExactly("A-1");
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aRuleViolationOnNoFieldOrOnAFieldTheFormLacksIsShownAboveTheForm() {
        BindingResult other = new BeanPropertyBindingResult(new Form("A-1", "secret"), "form");

        FormSubmission.of(result, redirect).save(() -> {
            throw RuleViolationException.invalid(null, "x.whole");
        }, "x.saved", "/things", () -> "things/form");
        FormSubmission.of(other, redirect).save(() -> {
            throw RuleViolationException.invalid("parentId", "x.parent.cycle");
        }, "x.saved", "/things", () -> "things/form");

        assertThat(result.getFieldErrors()).isEmpty();
        assertThat(result.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("x.whole");
        assertThat(other.getFieldErrors()).isEmpty();
        assertThat(other.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("x.parent.cycle");
    }

    @Test
    void aViolationOfAFieldTheFormNamesOtherwiseIsShownBesideTheFormsField() {
        String view = FormSubmission.of(result, redirect).field("password", "newPassword").save(() -> {
            throw RuleViolationException.invalid("password", "password.tooShort");
        }, "x.saved", "/things", () -> "things/form");

        assertThat(view).isEqualTo("things/form");
        assertThat(result.getFieldError("newPassword").getCode()).isEqualTo("password.tooShort");
    }

    @Test
    void aLostUpdateGoesToTheErrorPageUnlessTheFormShowsIt() {
        assertThatThrownBy(() -> FormSubmission.of(result, redirect).save(() -> {
            throw new OptimisticLockingFailureException("changed");
        }, "x.saved", "/things", () -> "things/form")).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(result.hasErrors()).isFalse();

        BindingResult other = new BeanPropertyBindingResult(new Form("A-1", "secret"), "form");
        String platform = FormSubmission.of(result, redirect).onStale().save(() -> {
            throw new OptimisticLockingFailureException("changed");
        }, "x.saved", "/things", () -> "things/form");
        String own = FormSubmission.of(other, redirect).onStale("x.stale").save(() -> {
            throw new OptimisticLockingFailureException("changed");
        }, "x.saved", "/things", () -> "things/form");

        assertThat(platform).isEqualTo("things/form");
        assertThat(own).isEqualTo("things/form");
        assertThat(result.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly(FormSubmission.STALE);
        assertThat(other.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("x.stale");
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }
}
