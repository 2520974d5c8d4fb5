package io.taisei.compliance.web;

import io.taisei.compliance.CatalogManagement;
import io.taisei.compliance.assessment.AnswerDraft;
import io.taisei.compliance.assessment.AssessmentDownloads;
import io.taisei.compliance.assessment.AssessmentManagement;
import io.taisei.compliance.assessment.AssessmentStatus;
import io.taisei.compliance.assessment.AssessmentSummary;
import io.taisei.compliance.assessment.CampaignDraft;
import io.taisei.compliance.assessment.CampaignSummary;
import io.taisei.compliance.assessment.CampaignPdf;
import io.taisei.compliance.assessment.CampaignWorkbook;
import io.taisei.compliance.assessment.EvidenceLinkDraft;
import io.taisei.compliance.assessment.RemediationDraft;
import io.taisei.compliance.spi.CampaignParticipant;
import io.taisei.compliance.spi.ComplianceIndicator;
import io.taisei.organization.OrganizationManagement;
import io.taisei.platform.Paging;
import io.taisei.platform.RuleViolationException;
import io.taisei.platform.web.FormSubmission;
import io.taisei.platform.web.PageSupport;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Self-assessment pages: campaigns, one campaign's items with the workflow buttons, one item (answer, evidence,
 * remediation, live indicators), gap report, heat map, comparison and the xlsx export. Refused changes come back to
 * the page they were made on, with the reason.
 */
@Controller
@RequestMapping("/compliance/assessments")
class AssessmentController {

    private final AssessmentManagement assessments;
    private final CatalogManagement catalogs;
    private final OrganizationManagement organization;
    private final CampaignWorkbook workbook;
    private final CampaignPdf pdf;

    AssessmentController(AssessmentManagement assessments, CatalogManagement catalogs,
                         OrganizationManagement organization, CampaignWorkbook workbook, CampaignPdf pdf) {
        this.pdf = pdf;
        this.assessments = assessments;
        this.catalogs = catalogs;
        this.organization = organization;
        this.workbook = workbook;
    }

    /**
     * The campaign form. Assessors are chosen from a list (several values); a single value may also name several
     * usernames separated by commas, Japanese commas or spaces.
     */
    static final class CampaignForm {
        @NotBlank @Size(max = 200) private String name;
        @NotNull private Long legalEntityId;
        private Long catalogId;
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate periodFrom;
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate periodTo;
        @NotEmpty @Size(max = 50) private List<@Size(max = 2000) String> assessors = new ArrayList<>();
        @NotBlank @Size(max = 100) private String reviewer;

        CampaignDraft draft() {
            return new CampaignDraft(name, legalEntityId, catalogId, periodFrom, periodTo, usernames(assessors), reviewer);
        }

        static List<String> usernames(List<String> values) {
            return values.stream().filter(Objects::nonNull).flatMap(v -> Arrays.stream(v.split("[,、\\s]+")))
                    .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Long getLegalEntityId() { return legalEntityId; }
        public void setLegalEntityId(Long legalEntityId) { this.legalEntityId = legalEntityId; }
        public Long getCatalogId() { return catalogId; }
        public void setCatalogId(Long catalogId) { this.catalogId = catalogId; }
        public LocalDate getPeriodFrom() { return periodFrom; }
        public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
        public LocalDate getPeriodTo() { return periodTo; }
        public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
        public List<String> getAssessors() { return assessors; }
        public void setAssessors(List<String> assessors) { this.assessors = assessors == null ? new ArrayList<>() : assessors; }
        public String getReviewer() { return reviewer; }
        public void setReviewer(String reviewer) { this.reviewer = reviewer; }
    }

    /** A user offered in the form; a name the campaign holds that is no longer eligible is offered, marked, too. */
    record Choice(String username, String label, boolean eligible) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('compliance.read')")
    String list(@RequestParam(required = false) Integer page, Model model) {
        var pageable = Paging.of(page, Paging.DEFAULT_SIZE, null, AssessmentManagement.CAMPAIGN_SORTS,
                AssessmentManagement.CAMPAIGN_DEFAULT_SORT);
        var campaigns = assessments.campaigns(null, pageable);
        model.addAttribute("campaigns", campaigns);
        PageSupport.paging(model, campaigns);
        return "compliance/assessments";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('compliance.campaign')")
    String initCreationForm(Model model) {
        CampaignForm form = new CampaignForm();
        form.setPeriodFrom(LocalDate.now().withDayOfYear(1));
        form.setPeriodTo(LocalDate.now());
        return campaignForm(form, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('compliance.campaign')")
    String processCreationForm(@Valid @ModelAttribute("form") CampaignForm form, BindingResult result, Model model,
                               RedirectAttributes redirect) {
        return FormSubmission.of(result, redirect).create(() -> assessments.createCampaign(form.draft()), null,
                created -> campaignPage(created.id()), () -> campaignForm(form, model));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('compliance.campaign')")
    String initUpdateForm(@PathVariable long id, Model model) {
        CampaignSummary campaign = assessments.campaign(id);
        CampaignForm form = new CampaignForm();
        form.setName(campaign.name());
        form.setLegalEntityId(campaign.legalEntityId());
        form.setCatalogId(campaign.catalogId());
        form.setPeriodFrom(campaign.periodFrom());
        form.setPeriodTo(campaign.periodTo());
        form.setAssessors(new ArrayList<>(campaign.assessors()));
        form.setReviewer(campaign.reviewer());
        model.addAttribute("campaign", campaign);
        return campaignForm(form, model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('compliance.campaign')")
    String processUpdateForm(@PathVariable long id, @RequestParam(required = false) Long version,
                             @Valid @ModelAttribute("form") CampaignForm form, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        CampaignSummary campaign = assessments.campaign(id);
        model.addAttribute("campaign", campaign);
        form.setCatalogId(campaign.catalogId());
        return FormSubmission.of(result, redirect).onStale().save(() -> assessments.updateCampaign(id, form.draft(), version),
                null, campaignPage(id), () -> campaignForm(form, model));
    }

    private String campaignForm(CampaignForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("legalEntities", organization.activeLegalEntities());
        model.addAttribute("catalogs", catalogs.catalogs());
        model.addAttribute("assessorChoices", choices(assessments.assessorCandidates(),
                CampaignForm.usernames(form.getAssessors())));
        model.addAttribute("reviewerChoices", choices(assessments.reviewerCandidates(),
                form.getReviewer() == null || form.getReviewer().isBlank() ? List.of() : List.of(form.getReviewer().strip())));
        return "compliance/assessment-form";
    }

    /** The eligible users, then any chosen name that is not one of them (so that the form shows what is refused). */
    private static List<Choice> choices(List<CampaignParticipant> candidates, List<String> chosen) {
        List<Choice> out = new ArrayList<>();
        candidates.forEach(c -> out.add(new Choice(c.username(), c.label(), true)));
        chosen.stream().filter(name -> candidates.stream().noneMatch(c -> c.username().equalsIgnoreCase(name)))
                .forEach(name -> out.add(new Choice(name, name, false)));
        return out;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('compliance.read')")
    String campaign(@PathVariable long id, @RequestParam(required = false) Integer page, Locale locale, Model model) {
        CampaignSummary campaign = assessments.campaign(id);
        var pageable = Paging.of(page, 50, null, AssessmentManagement.ITEM_SORTS, AssessmentManagement.ITEM_DEFAULT_SORT);
        var items = assessments.items(id, pageable);
        model.addAttribute("campaign", campaign);
        model.addAttribute("items", items);
        model.addAttribute("japanese", japanese(locale));
        model.addAttribute("assessor", assessments.isAssessor(campaign));
        model.addAttribute("reviewer", assessments.isReviewer(campaign));
        PageSupport.paging(model, items);
        return "compliance/assessment";
    }

    @GetMapping("/{id}/items/{itemKey}")
    @PreAuthorize("hasAuthority('compliance.read')")
    String item(@PathVariable long id, @PathVariable String itemKey, Locale locale, Model model) {
        CampaignSummary campaign = assessments.campaign(id);
        AssessmentSummary item = assessments.item(id, itemKey);
        List<ComplianceIndicator> indicators = assessments.indicators(itemKey);
        model.addAttribute("campaign", campaign);
        model.addAttribute("item", item);
        model.addAttribute("evidence", assessments.evidence(id, itemKey));
        model.addAttribute("remediation", assessments.remediation(id, itemKey));
        model.addAttribute("indicators", indicators);
        model.addAttribute("contradicted", AssessmentManagement.contradicted(item.status(), indicators));
        model.addAttribute("statuses", AssessmentStatus.values());
        model.addAttribute("editable", campaign.isDraft() && assessments.isAssessor(campaign));
        model.addAttribute("reviewing", campaign.status() == io.taisei.compliance.assessment.CampaignStatus.SUBMITTED
                && assessments.isReviewer(campaign));
        model.addAttribute("japanese", japanese(locale));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("maxBytes", assessments.maxEvidenceBytes());
        return "compliance/assessment-item";
    }

    @PostMapping("/{id}/items/{itemKey}")
    @PreAuthorize("hasAuthority('compliance.assess')")
    String answer(@PathVariable long id, @PathVariable String itemKey, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String notApplicableReason,
                  @RequestParam(required = false) String maturityNote, @RequestParam(required = false) String comment,
                  @RequestParam(required = false) String owner, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        return attempt(itemPage(id, itemKey), redirect, () -> {
            AssessmentStatus parsed = parseStatus(status);
            assessments.answer(id, itemKey, new AnswerDraft(parsed, limit(notApplicableReason, 2000),
                    limit(maturityNote, 2000), limit(comment, 4000), limit(owner, 200)), version);
            return null;
        });
    }

    @PostMapping("/{id}/items/{itemKey}/evidence-links")
    @PreAuthorize("hasAuthority('compliance.assess')")
    String addLink(@PathVariable long id, @PathVariable String itemKey, @RequestParam(required = false) String label,
                   @RequestParam(required = false) String href, RedirectAttributes redirect) {
        return attempt(itemPage(id, itemKey), redirect, () ->
                assessments.addEvidenceLink(id, itemKey, new EvidenceLinkDraft(label, href)));
    }

    @PostMapping("/{id}/items/{itemKey}/evidence-files")
    @PreAuthorize("hasAuthority('compliance.assess')")
    String addFile(@PathVariable long id, @PathVariable String itemKey, @RequestParam(required = false) String label,
                   @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        return attempt(itemPage(id, itemKey), redirect, () -> {
            if (file == null || file.isEmpty()) {
                throw RuleViolationException.invalid("file", "assessment.evidence.file.empty");
            }
            if (file.getSize() > assessments.maxEvidenceBytes()) {
                throw RuleViolationException.invalid("file", "assessment.evidence.file.tooLarge",
                        assessments.maxEvidenceBytes());
            }
            try {
                return assessments.addEvidenceFile(id, itemKey, label, file.getOriginalFilename(), file.getBytes());
            } catch (IOException e) {
                throw RuleViolationException.invalid("file", "assessment.evidence.file.empty");
            }
        });
    }

    @PostMapping("/{id}/items/{itemKey}/evidence/{evidenceId}/remove")
    @PreAuthorize("hasAuthority('compliance.assess')")
    String removeEvidence(@PathVariable long id, @PathVariable String itemKey, @PathVariable long evidenceId,
                          RedirectAttributes redirect) {
        return attempt(itemPage(id, itemKey), redirect, () -> {
            assessments.removeEvidence(id, evidenceId);
            return null;
        });
    }

    @GetMapping("/{id}/evidence/{evidenceId}/content")
    @PreAuthorize("hasAuthority('compliance.read')")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId) {
        return AssessmentDownloads.of(assessments.evidenceFile(id, evidenceId));
    }

    @PostMapping("/{id}/items/{itemKey}/remediation")
    @PreAuthorize("hasAuthority('compliance.assess')")
    String addRemediation(@PathVariable long id, @PathVariable String itemKey, @RequestParam(required = false) String text,
                          @RequestParam(required = false) String owner,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                          @RequestParam(defaultValue = "false") boolean done, RedirectAttributes redirect) {
        return attempt(itemPage(id, itemKey), redirect, () ->
                assessments.addRemediation(id, itemKey, new RemediationDraft(limit(text, 2000), limit(owner, 200), dueOn, done)));
    }

    @PostMapping("/{id}/items/{itemKey}/remediation/{remediationId}/done")
    @PreAuthorize("hasAuthority('compliance.assess')")
    String completeRemediation(@PathVariable long id, @PathVariable String itemKey, @PathVariable long remediationId,
                               @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return attempt(itemPage(id, itemKey), redirect, () -> {
            var action = assessments.remediation(id, itemKey).stream().filter(r -> r.id() == remediationId).findFirst()
                    .orElseThrow(() -> new io.taisei.platform.RecordNotFoundException("remediation", remediationId));
            return assessments.updateRemediation(id, remediationId,
                    new RemediationDraft(action.text(), action.owner(), action.dueOn(), true), version);
        });
    }

    @PostMapping("/{id}/items/{itemKey}/remediation/{remediationId}/remove")
    @PreAuthorize("hasAuthority('compliance.assess')")
    String removeRemediation(@PathVariable long id, @PathVariable String itemKey, @PathVariable long remediationId,
                             RedirectAttributes redirect) {
        return attempt(itemPage(id, itemKey), redirect, () -> {
            assessments.removeRemediation(id, remediationId);
            return null;
        });
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('compliance.assess')")
    String submit(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return attempt(campaignPage(id), redirect, () -> assessments.submit(id, version));
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasAuthority('compliance.review')")
    String accept(@PathVariable long id, @RequestParam(required = false) String comment,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return attempt(campaignPage(id), redirect, () -> assessments.accept(id, comment, version));
    }

    /** Item challenges arrive as {@code item[2.2.1-1]=text} parameters beside the campaign comment. */
    @PostMapping("/{id}/challenge")
    @PreAuthorize("hasAuthority('compliance.review')")
    String challenge(@PathVariable long id, @RequestParam(required = false) String comment,
                     @RequestParam(required = false) Long version, @RequestParam Map<String, String> parameters,
                     RedirectAttributes redirect) {
        Map<String, String> perItem = new java.util.LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("item[") && name.endsWith("]") && value != null && !value.isBlank()) {
                perItem.put(name.substring(5, name.length() - 1), value);
            }
        });
        return attempt(campaignPage(id), redirect, () -> assessments.challenge(id, comment, perItem, version));
    }

    @PostMapping("/{id}/sign-off")
    @PreAuthorize("hasAuthority('compliance.signoff')")
    String signOff(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return attempt(campaignPage(id), redirect, () -> assessments.signOff(id, version));
    }

    @GetMapping("/{id}/gaps")
    @PreAuthorize("hasAuthority('compliance.read')")
    String gaps(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("report", assessments.gapReport(id));
        model.addAttribute("japanese", japanese(locale));
        return "compliance/assessment-gaps";
    }

    @GetMapping("/{id}/heat-map")
    @PreAuthorize("hasAuthority('compliance.read')")
    String heatMap(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("heatMap", assessments.heatMap(id));
        model.addAttribute("japanese", japanese(locale));
        return "compliance/assessment-heat-map";
    }

    @GetMapping("/{id}/comparison")
    @PreAuthorize("hasAuthority('compliance.read')")
    String comparison(@PathVariable long id, Model model) {
        model.addAttribute("campaign", assessments.campaign(id));
        model.addAttribute("comparison", assessments.compareWithPrevious(id).orElse(null));
        model.addAttribute("progress", assessments.progress(id));
        return "compliance/assessment-comparison";
    }

    @GetMapping("/{id}/export.xlsx")
    @PreAuthorize("hasAuthority('compliance.read')")
    ResponseEntity<byte[]> exportXlsx(@PathVariable long id) throws IOException {
        return AssessmentDownloads.xlsx(workbook, assessments.export(id));
    }

    @GetMapping("/{id}/export.pdf")
    @PreAuthorize("hasAuthority('compliance.read')")
    ResponseEntity<byte[]> exportPdf(@PathVariable long id) {
        return AssessmentDownloads.pdf(pdf, assessments.export(id));
    }

    private static String attempt(String page, RedirectAttributes redirect, Supplier<Object> change) {
        try {
            change.get();
            redirect.addFlashAttribute("message", "assessment.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:" + page;
    }

    private static AssessmentStatus parseStatus(String status) {
        try {
            return AssessmentStatus.valueOf(status == null ? "" : status.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolationException.invalid("status", "assessment.answer.status.required");
        }
    }

    private static String limit(String value, int max) {
        if (value != null && value.length() > max) {
            throw RuleViolationException.invalid(null, "assessment.text.tooLong", max);
        }
        return value;
    }

    private static String campaignPage(long id) {
        return "/compliance/assessments/" + id;
    }

    private static String itemPage(long id, String itemKey) {
        return "/compliance/assessments/" + id + "/items/" + itemKey;
    }

    private static boolean japanese(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }
}
