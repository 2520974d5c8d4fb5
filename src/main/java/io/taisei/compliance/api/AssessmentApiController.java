package io.taisei.compliance.api;

import io.taisei.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taisei.compliance.assessment.AnswerDraft;
import io.taisei.compliance.assessment.AssessmentManagement;
import io.taisei.compliance.assessment.AssessmentSummary;
import io.taisei.compliance.assessment.CampaignComparison;
import io.taisei.compliance.assessment.CampaignDraft;
import io.taisei.compliance.assessment.CampaignSummary;
import io.taisei.compliance.assessment.AssessmentDownloads;
import io.taisei.compliance.assessment.CampaignPdf;
import io.taisei.compliance.assessment.CampaignWorkbook;
import io.taisei.compliance.assessment.EvidenceFile;
import io.taisei.compliance.assessment.EvidenceLinkDraft;
import io.taisei.compliance.assessment.EvidenceSummary;
import io.taisei.compliance.assessment.GapReport;
import io.taisei.compliance.assessment.HeatMap;
import io.taisei.compliance.assessment.RemediationDraft;
import io.taisei.compliance.assessment.RemediationSummary;
import io.taisei.compliance.spi.ComplianceIndicator;
import io.taisei.compliance.spi.IndicatorStatus;
import io.taisei.compliance.spi.IndicatorUnit;
import io.taisei.platform.PageResponse;
import io.taisei.platform.Paging;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Self-assessments", description = "Campaigns against the guideline catalog (自己評価): answers, evidence, "
        + "remediation, review, sign-off, comparison, gap report, heat map, xlsx export")
class AssessmentApiController {

    private final AssessmentManagement assessments;
    private final CampaignWorkbook workbook;
    private final CampaignPdf pdf;

    private final MessageSource messages;

    AssessmentApiController(AssessmentManagement assessments, CampaignWorkbook workbook, CampaignPdf pdf,
                            MessageSource messages) {
        this.assessments = assessments;
        this.workbook = workbook;
        this.pdf = pdf;
        this.messages = messages;
    }

    record ItemResponse(AssessmentSummary item, List<EvidenceSummary> evidence, List<RemediationSummary> remediation,
                        List<IndicatorJson> indicators, boolean contradictedByIndicator) {
    }

    /**
     * A live indicator as the API returns it: its data, and its label, rule and links in the caller's language
     * (Accept-Language) beside their message keys.
     */
    record IndicatorJson(String id, Set<String> itemKeys, String labelKey, String label, Double value, IndicatorUnit unit,
                         Long displayValue, Long numerator, Long denominator, String ruleKey, List<Object> ruleArguments,
                         String rule, IndicatorStatus status, List<LinkJson> links) {
    }

    record LinkJson(String labelKey, String label, String href) {
    }

    private IndicatorJson json(ComplianceIndicator i, Locale locale) {
        return new IndicatorJson(i.id(), i.itemKeys(), i.labelKey(), text(i.labelKey(), List.of(), locale), i.value(),
                i.unit(), i.displayValue(), i.numerator(), i.denominator(), i.ruleKey(), i.ruleArguments(),
                text(i.ruleKey(), i.ruleArguments(), locale), i.status(), i.links().stream()
                .map(l -> new LinkJson(l.labelKey(), text(l.labelKey(), List.of(), locale), l.href())).toList());
    }

    /** A provider's message, or its key when the provider's bundle lacks it (never a 500 for a missing text). */
    private String text(String key, List<Object> arguments, Locale locale) {
        return messages.getMessage(key, arguments.toArray(), key, locale);
    }

    record ReviewRequest(@Size(max = 4000) String comment, Map<String, @Size(max = 2000) String> itemComments) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "List campaigns", description = "Paginated; sort by name, createdAt, periodFrom or status.")
    PageResponse<CampaignSummary> list(@RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size,
                                       @RequestParam(required = false) String sort,
                                       @RequestParam(required = false) Long legalEntityId) {
        var pageable = Paging.of(page, size, sort, AssessmentManagement.CAMPAIGN_SORTS,
                AssessmentManagement.CAMPAIGN_DEFAULT_SORT);
        return PageResponse.of(assessments.campaigns(legalEntityId, pageable), c -> c);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('compliance.campaign')")
    @Operation(summary = "Create a campaign", description = "Creates one unanswered item per catalog item. "
            + "catalogId defaults to the newest loaded revision; assessors and reviewer are usernames.")
    ResponseEntity<CampaignSummary> create(@Valid @RequestBody CampaignDraft draft) {
        CampaignSummary created = assessments.createCampaign(draft);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(created.id()).toUri()).eTag(ETags.of(created.version())).body(created);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Get a campaign", description = "The ETag carries the version.")
    ResponseEntity<CampaignSummary> get(@PathVariable long id) {
        CampaignSummary campaign = assessments.campaign(id);
        return ResponseEntity.ok().eTag(ETags.of(campaign.version())).body(campaign);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('compliance.campaign')")
    @Operation(summary = "Change a draft campaign", description = "Send If-Match with the ETag read.")
    ResponseEntity<CampaignSummary> update(@PathVariable long id, @Valid @RequestBody CampaignDraft draft,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        CampaignSummary updated = assessments.updateCampaign(id, draft, ETags.versionFromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
    }

    @GetMapping("/{id}/items")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "List a campaign's items", description = "Paginated; sort by position, itemKey or status.")
    PageResponse<AssessmentSummary> items(@PathVariable long id, @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size,
                                          @RequestParam(required = false) String sort) {
        var pageable = Paging.of(page, size, sort, AssessmentManagement.ITEM_SORTS, AssessmentManagement.ITEM_DEFAULT_SORT);
        return PageResponse.of(assessments.items(id, pageable), a -> a);
    }

    @GetMapping("/{id}/items/{itemKey}")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Get one item", description = "With evidence, remediation actions and live indicators (value, "
            + "rule and links, their texts in the caller's language); contradictedByIndicator is true when the answer "
            + "is MET and an indicator is BAD.")
    ResponseEntity<ItemResponse> item(@PathVariable long id, @PathVariable String itemKey, Locale locale) {
        AssessmentSummary item = assessments.item(id, itemKey);
        List<ComplianceIndicator> indicators = assessments.indicators(itemKey);
        return ResponseEntity.ok().eTag(ETags.of(item.version())).body(new ItemResponse(item,
                assessments.evidence(id, itemKey), assessments.remediation(id, itemKey),
                indicators.stream().map(i -> json(i, locale)).toList(),
                AssessmentManagement.contradicted(item.status(), indicators)));
    }

    @PutMapping("/{id}/items/{itemKey}")
    @PreAuthorize("hasAuthority('compliance.assess')")
    @Operation(summary = "Answer an item", description = "Assessors of a draft campaign only; NOT_APPLICABLE needs "
            + "notApplicableReason. Send If-Match with the item's ETag.")
    ResponseEntity<AssessmentSummary> answer(@PathVariable long id, @PathVariable String itemKey,
                                             @Valid @RequestBody AnswerDraft answer,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AssessmentSummary item = assessments.answer(id, itemKey, answer, ETags.versionFromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(item.version())).body(item);
    }

    @PostMapping("/{id}/items/{itemKey}/evidence-links")
    @PreAuthorize("hasAuthority('compliance.assess')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Link evidence", description = "href is a relative Taisei path under /assets, "
            + "/vulnerabilities, /audit, /organization or /compliance.")
    EvidenceSummary addLink(@PathVariable long id, @PathVariable String itemKey,
                            @Valid @RequestBody EvidenceLinkDraft draft) {
        return assessments.addEvidenceLink(id, itemKey, draft);
    }

    @PostMapping("/{id}/items/{itemKey}/evidence-files")
    @PreAuthorize("hasAuthority('compliance.assess')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload an evidence file", description = "multipart/form-data with 'file' and optional "
            + "'label'; stored with its SHA-256, limited by taisei.compliance.evidence.max-bytes.")
    EvidenceSummary addFile(@PathVariable long id, @PathVariable String itemKey,
                            @RequestPart(name = "file", required = false) MultipartFile file,
                            @RequestParam(required = false) String label) throws IOException {
        if (file == null) {
            throw RuleViolationException.invalid("file", "assessment.evidence.file.empty");
        }
        if (file.getSize() > assessments.maxEvidenceBytes()) {
            throw RuleViolationException.invalid("file", "assessment.evidence.file.tooLarge",
                    assessments.maxEvidenceBytes());
        }
        return assessments.addEvidenceFile(id, itemKey, label, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/{id}/evidence/{evidenceId}/content")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Download an evidence file", description = "Always as an attachment; the Digest header "
            + "carries the stored SHA-256.")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId) {
        return AssessmentDownloads.of(assessments.evidenceFile(id, evidenceId));
    }

    @DeleteMapping("/{id}/evidence/{evidenceId}")
    @PreAuthorize("hasAuthority('compliance.assess')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove evidence from a draft campaign")
    void removeEvidence(@PathVariable long id, @PathVariable long evidenceId) {
        assessments.removeEvidence(id, evidenceId);
    }

    @PostMapping("/{id}/items/{itemKey}/remediation")
    @PreAuthorize("hasAuthority('compliance.assess')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a remediation action")
    RemediationSummary addRemediation(@PathVariable long id, @PathVariable String itemKey,
                                      @Valid @RequestBody RemediationDraft draft) {
        return assessments.addRemediation(id, itemKey, draft);
    }

    @PutMapping("/{id}/remediation/{remediationId}")
    @PreAuthorize("hasAuthority('compliance.assess')")
    @Operation(summary = "Change a remediation action", description = "Send If-Match with the action's version.")
    RemediationSummary updateRemediation(@PathVariable long id, @PathVariable long remediationId,
                                         @Valid @RequestBody RemediationDraft draft,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return assessments.updateRemediation(id, remediationId, draft, ETags.versionFromIfMatch(ifMatch));
    }

    @DeleteMapping("/{id}/remediation/{remediationId}")
    @PreAuthorize("hasAuthority('compliance.assess')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a remediation action")
    void removeRemediation(@PathVariable long id, @PathVariable long remediationId) {
        assessments.removeRemediation(id, remediationId);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('compliance.assess')")
    @Operation(summary = "Submit for review", description = "An assessor; every item must be answered.")
    ResponseEntity<CampaignSummary> submit(@PathVariable long id,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withEtag(assessments.submit(id, ETags.versionFromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasAuthority('compliance.review')")
    @Operation(summary = "Accept a submitted campaign", description = "The campaign's reviewer only.")
    ResponseEntity<CampaignSummary> accept(@PathVariable long id, @Valid @RequestBody(required = false) ReviewRequest review,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withEtag(assessments.accept(id, review == null ? null : review.comment(), ETags.versionFromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/challenge")
    @PreAuthorize("hasAuthority('compliance.review')")
    @Operation(summary = "Challenge a submitted campaign back to the assessors", description = "The campaign's "
            + "reviewer only; a comment on the campaign and/or itemComments (item key → comment) is required.")
    ResponseEntity<CampaignSummary> challenge(@PathVariable long id, @Valid @RequestBody ReviewRequest review,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withEtag(assessments.challenge(id, review.comment(), review.itemComments(), ETags.versionFromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/sign-off")
    @PreAuthorize("hasAuthority('compliance.signoff')")
    @Operation(summary = "Sign off a reviewed campaign", description = "Never by an assessor or the reviewer of the "
            + "campaign. Freezes a snapshot whose SHA-256 is returned and recorded in the audit trail.")
    ResponseEntity<CampaignSummary> signOff(@PathVariable long id,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withEtag(assessments.signOff(id, ETags.versionFromIfMatch(ifMatch)));
    }

    @GetMapping("/{id}/snapshot")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "The frozen snapshot of a signed-off campaign", description = "Exactly the bytes hashed.")
    ResponseEntity<byte[]> snapshot(@PathVariable long id) {
        String json = assessments.snapshot(id).orElseThrow(() -> new RecordNotFoundException("snapshot", id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/{id}/comparison")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Compare with the previous signed-off campaign of the same legal entity")
    CampaignComparison comparison(@PathVariable long id) {
        return assessments.compareWithPrevious(id).orElseThrow(() -> new RecordNotFoundException("previous campaign", id));
    }

    @GetMapping("/{id}/gaps")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Gap report", description = "Fundamental items first; not met, partially met, met but "
            + "contradicted by an indicator, unanswered.")
    GapReport gaps(@PathVariable long id) {
        return assessments.gapReport(id);
    }

    @GetMapping("/{id}/progress")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Progress over time", description = "Every signed-off campaign of the campaign's legal entity, "
            + "oldest period first, and this one if still in progress: items met, partially met, not met, not applicable.")
    java.util.List<io.taisei.compliance.assessment.ProgressPoint> progress(@PathVariable long id) {
        return assessments.progress(id);
    }

    @GetMapping("/{id}/heat-map")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Share of items met per subsection")
    HeatMap heatMap(@PathVariable long id) {
        return assessments.heatMap(id);
    }

    @GetMapping("/{id}/export.xlsx")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Export a campaign as xlsx", description = "Japanese headers, one row per item.")
    ResponseEntity<byte[]> exportXlsx(@PathVariable long id) throws IOException {
        return AssessmentDownloads.xlsx(workbook, assessments.export(id));
    }

    @GetMapping("/{id}/export.pdf")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Export a campaign as PDF", description = "Japanese, one table row per item; the "
            + "Japanese font (IPAexGothic) is embedded.")
    ResponseEntity<byte[]> exportPdf(@PathVariable long id) {
        return AssessmentDownloads.pdf(pdf, assessments.export(id));
    }

    private ResponseEntity<CampaignSummary> withEtag(CampaignSummary campaign) {
        return ResponseEntity.ok().eTag(ETags.of(campaign.version())).body(campaign);
    }
}
