package io.taisei.asset.web;

import io.taisei.asset.Ledger;
import io.taisei.asset.LedgerKeepingManagement;
import io.taisei.asset.LedgerOverview;
import io.taisei.asset.LedgerReviewDraft;
import io.taisei.asset.LedgerStewardshipDraft;
import io.taisei.organization.PersonId;
import io.taisei.organization.PersonSummary;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.web.FormSubmission;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The ledgers overview ({@code /assets}): completeness and review state per ledger; each ledger's owner and reviews. */
@Controller
class LedgerKeepingController {

    private static final String LEDGER = "asset/ledger-keeping";

    private final LedgerKeepingManagement keeping;
    private final OrganizationChoices choices;

    LedgerKeepingController(LedgerKeepingManagement keeping, OrganizationChoices choices) {
        this.keeping = keeping;
        this.choices = choices;
    }

    @GetMapping("/assets")
    @PreAuthorize("hasAuthority('asset.read')")
    String overview(Model model) {
        var overview = keeping.overview();
        Map<Long, PersonSummary> owners = new HashMap<>();
        overview.stream().filter(o -> o.ownerId() != null).forEach(o -> choices.organization()
                .findPerson(o.ownerId()).ifPresent(p -> owners.put(o.ownerId().value(), p)));
        model.addAttribute("ledgers", overview);
        model.addAttribute("owners", owners);
        return "asset/ledgers";
    }

    @GetMapping("/assets/ledgers/{slug}")
    @PreAuthorize("hasAuthority('asset.read')")
    String ledger(@PathVariable String slug, Model model) {
        return page(model, keeping.overview(ledger(slug)));
    }

    @PostMapping("/assets/ledgers/{slug}/stewardship")
    @PreAuthorize("hasAuthority('asset.write')")
    String keep(@PathVariable String slug, @RequestParam(required = false) Long version,
                @Valid @ModelAttribute("stewardship") LedgerStewardshipDraft stewardship, BindingResult result,
                Model model, RedirectAttributes redirect) {
        Ledger ledger = ledger(slug);
        return FormSubmission.of(result, redirect).onStale()
                .save(() -> keeping.keep(ledger, stewardship, version), "asset.saved",
                        "/assets/ledgers/" + ledger.slug(), () -> page(model, keeping.overview(ledger)));
    }

    @PostMapping("/assets/ledgers/{slug}/reviews")
    @PreAuthorize("hasAuthority('asset.write')")
    String review(@PathVariable String slug, @Valid @ModelAttribute("review") LedgerReviewDraft review,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        Ledger ledger = ledger(slug);
        return FormSubmission.of(result, redirect).save(() -> keeping.recordReview(ledger, review),
                "asset.keeping.reviewed", "/assets/ledgers/" + ledger.slug(),
                () -> page(model, keeping.overview(ledger)));
    }

    /**
     * The ledger's page with its two forms: the stewardship as the ledger has it now and an empty review, except the
     * form just posted, which is shown again as the user filled it in.
     */
    private String page(Model model, LedgerOverview overview) {
        if (!model.containsAttribute("stewardship")) {
            model.addAttribute("stewardship", new LedgerStewardshipDraft(
                    overview.ownerId() == null ? null : overview.ownerId().value(), overview.reviewIntervalMonths(),
                    overview.nextReviewOn()));
        }
        if (!model.containsAttribute("review")) {
            model.addAttribute("review", new LedgerReviewDraft(null, LocalDate.now(), null));
        }
        model.addAttribute("ledger", overview);
        model.addAttribute("personChoices", choices.people());
        var reviews = keeping.reviews(overview.ledger(), PageRequest.of(0, 50)).getContent();
        Map<Long, PersonSummary> reviewers = new HashMap<>();
        reviews.forEach(r -> reviewers.computeIfAbsent(r.reviewedById().value(), id -> choices.organization()
                .findPerson(new PersonId(id)).orElse(null)));
        model.addAttribute("reviews", reviews);
        model.addAttribute("reviewers", reviewers);
        return LEDGER;
    }

    static Ledger ledger(String slug) {
        for (Ledger ledger : Ledger.values()) {
            if (ledger.slug().equals(slug) || ledger.name().equals(slug.toUpperCase(Locale.ROOT))) {
                return ledger;
            }
        }
        throw new RecordNotFoundException("ledger", slug);
    }
}
