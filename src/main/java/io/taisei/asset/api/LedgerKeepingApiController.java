package io.taisei.asset.api;

import io.taisei.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taisei.asset.Ledger;
import io.taisei.asset.LedgerKeepingManagement;
import io.taisei.asset.LedgerOverview;
import io.taisei.asset.LedgerReview;
import io.taisei.asset.LedgerReviewDraft;
import io.taisei.asset.LedgerStewardshipDraft;
import io.taisei.asset.ReviewState;
import io.taisei.platform.PageResponse;
import io.taisei.platform.Paging;
import io.taisei.platform.RecordNotFoundException;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@RestController
@RequestMapping("/api/v1/ledgers")
@Tag(name = "Ledgers", description = "Completeness, owner and reviews of each ledger")
class LedgerKeepingApiController {

    private final LedgerKeepingManagement keeping;

    LedgerKeepingApiController(LedgerKeepingManagement keeping) {
        this.keeping = keeping;
    }

    record LedgerResponse(Ledger ledger, String slug, long records, long complete, double completeness, Long ownerId,
                          int reviewIntervalMonths, LocalDate lastReviewedOn, LocalDate nextReviewOn,
                          ReviewState reviewState) {
        static LedgerResponse of(LedgerOverview o) {
            return new LedgerResponse(o.ledger(), o.ledger().slug(), o.records(), o.complete(), o.completeness(),
                    o.ownerId() == null ? null : o.ownerId().value(), o.reviewIntervalMonths(), o.lastReviewedOn(),
                    o.nextReviewOn(), o.reviewState());
        }
    }

    record ReviewResponse(long id, Ledger ledger, long reviewedById, LocalDate reviewedOn, String note) {
        static ReviewResponse of(LedgerReview r) {
            return new ReviewResponse(r.id(), r.ledger(), r.reviewedById().value(), r.reviewedOn(), r.note());
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "Every ledger's completeness score, owner and review state",
            description = "completeness: percentage of records with the fields the guideline requires.")
    List<LedgerResponse> list() {
        return keeping.overview().stream().map(LedgerResponse::of).toList();
    }

    @GetMapping("/{ledger}")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "One ledger's completeness, owner and review state", description = "The ETag carries the "
            + "version of its owner and review settings (\"-1\" before any were set).")
    ResponseEntity<LedgerResponse> get(@Parameter(description = "systems, hardware-software, data, network-zones, "
            + "connections") @PathVariable String ledger) {
        LedgerOverview overview = keeping.overview(ledger(ledger));
        return ResponseEntity.ok().eTag(ETags.of(overview.version())).body(LedgerResponse.of(overview));
    }

    @PutMapping("/{ledger}/stewardship")
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Set a ledger's owner, review interval and next review date",
            description = "Send If-Match with the ETag read.")
    ResponseEntity<LedgerResponse> keep(@PathVariable String ledger, @Valid @RequestBody LedgerStewardshipDraft draft,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Ledger chosen = ledger(ledger);
        keeping.keep(chosen, draft, ETags.versionFromIfMatch(ifMatch));
        LedgerOverview overview = keeping.overview(chosen);
        return ResponseEntity.ok().eTag(ETags.of(overview.version())).body(LedgerResponse.of(overview));
    }

    @PostMapping("/{ledger}/reviews")
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Record a review of a ledger", description = "The next review date moves one interval on.")
    ResponseEntity<ReviewResponse> review(@PathVariable String ledger, @Valid @RequestBody LedgerReviewDraft draft) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ReviewResponse.of(keeping.recordReview(ledger(ledger), draft)));
    }

    @GetMapping("/{ledger}/reviews")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "The reviews of a ledger", description = "Newest first.")
    PageResponse<ReviewResponse> reviews(@PathVariable String ledger, @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return PageResponse.of(keeping.reviews(ledger(ledger), Paging.of(page, size, null, Set.of(), Sort.unsorted())),
                ReviewResponse::of);
    }

    private static Ledger ledger(String name) {
        for (Ledger ledger : Ledger.values()) {
            if (ledger.slug().equals(name) || ledger.name().equals(name.toUpperCase(Locale.ROOT))) {
                return ledger;
            }
        }
        throw new RecordNotFoundException("ledger", name);
    }
}
