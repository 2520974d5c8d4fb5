package io.taisei.compliance.assessment;

import io.taisei.compliance.CatalogId;
import io.taisei.compliance.CatalogItemSummary;
import io.taisei.compliance.CatalogManagement;
import io.taisei.compliance.CatalogSectionSummary;
import io.taisei.compliance.CatalogSummary;
import io.taisei.compliance.ItemKind;
import io.taisei.compliance.internal.CatalogEntity;
import io.taisei.compliance.internal.CatalogRepository;
import io.taisei.compliance.internal.ItemEntity;
import io.taisei.compliance.internal.ItemRepository;
import io.taisei.compliance.spi.CampaignParticipant;
import io.taisei.compliance.spi.ComplianceIndicator;
import io.taisei.compliance.spi.IndicatorStatus;
import io.taisei.organization.LegalEntityId;
import io.taisei.organization.LegalEntitySummary;
import io.taisei.organization.OrganizationManagement;
import io.taisei.platform.Actor;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Self-assessment campaigns and their workflow, enforced here whatever the caller: assessors answer while the campaign
 * is a draft and submit it; the named reviewer accepts it or challenges it back; someone who is neither an assessor
 * nor the reviewer signs it off, which freezes a snapshot whose SHA-256 goes into the audit trail. Callers check the
 * permission (compliance.assess, .review, .signoff, .campaign); this class checks who the actor is for the campaign.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(AssessmentSettings.class)
public class AssessmentManagement {

    public static final Set<String> CAMPAIGN_SORTS = Set.of("name", "createdAt", "periodFrom", "status");
    public static final Sort CAMPAIGN_DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "createdAt");
    public static final Set<String> ITEM_SORTS = Set.of("position", "itemKey", "status");
    public static final Sort ITEM_DEFAULT_SORT = Sort.by("position");

    private final CampaignRepository campaigns;
    private final AssessmentRepository assessments;
    private final EvidenceRepository evidence;
    private final RemediationRepository remediation;
    private final EvidenceStore store;
    private final CatalogManagement catalogs;
    private final ItemRepository catalogItemRows;
    private final CatalogRepository catalogRows;
    private final OrganizationManagement organization;
    private final ComplianceIndicators indicators;
    private final CampaignPeople people;
    private final AssessmentSettings settings;
    private final Clock clock;

    AssessmentManagement(CampaignRepository campaigns, AssessmentRepository assessments, EvidenceRepository evidence,
                         RemediationRepository remediation, EvidenceStore store, CatalogManagement catalogs,
                         ItemRepository catalogItemRows, CatalogRepository catalogRows,
                         OrganizationManagement organization, ComplianceIndicators indicators,
                         CampaignPeople people, AssessmentSettings settings) {
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.evidence = evidence;
        this.remediation = remediation;
        this.store = store;
        this.catalogs = catalogs;
        this.catalogItemRows = catalogItemRows;
        this.catalogRows = catalogRows;
        this.organization = organization;
        this.indicators = indicators;
        this.people = people;
        this.settings = settings;
        this.clock = Clock.systemUTC();
    }

    public long maxEvidenceBytes() {
        return settings.maxBytes();
    }

    // ---------------------------------------------------------------- campaigns

    public Page<CampaignSummary> campaigns(Long legalEntityId, Pageable pageable) {
        Page<Campaign> page = legalEntityId == null ? campaigns.findAll(pageable)
                : campaigns.findByLegalEntityId(legalEntityId, pageable);
        // one query each for names and progress of the whole page, not one per campaign
        List<Long> ids = page.getContent().stream().map(Campaign::getId).toList();
        Map<LegalEntityId, LegalEntitySummary> entities = organization.legalEntitiesById(page.getContent().stream()
                .map(c -> new LegalEntityId(c.getLegalEntityId())).collect(Collectors.toSet()));
        Map<Long, long[]> progress = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : assessments.progress(ids)) {
                progress.put((Long) row[0], new long[]{(Long) row[1], (Long) row[2]});
            }
        }
        return page.map(c -> {
            long[] counts = progress.getOrDefault(c.getId(), new long[2]);
            LegalEntitySummary entity = entities.get(new LegalEntityId(c.getLegalEntityId()));
            return summary(c, entity == null ? null : entity.name(), counts[0], counts[1]);
        });
    }

    public CampaignSummary campaign(long id) {
        return summary(require(id));
    }

    /** Creates the campaign and one unanswered assessment per item of its catalog revision. */
    @Transactional
    public CampaignSummary createCampaign(CampaignDraft draft) {
        Actor actor = Actor.current();
        CatalogSummary catalog = draft.catalogId() == null
                ? catalogs.catalogs().stream().findFirst()
                        .orElseThrow(() -> RuleViolationException.invalid("catalogId", "assessment.campaign.catalog.none"))
                : catalogs.catalog(new CatalogId(draft.catalogId()))
                        .orElseThrow(() -> RuleViolationException.invalid("catalogId", "assessment.campaign.catalog.unknown"));
        People named = checkDescription(draft);
        Campaign campaign = campaigns.save(new Campaign(draft.name().strip(), draft.legalEntityId(), catalog.id().value(),
                draft.periodFrom(), draft.periodTo(), named.reviewer(), named.assessors(), actor.username(),
                clock.instant()));
        List<Assessment> rows = new ArrayList<>();
        for (ItemEntity item : catalogItemRows.findByCatalogIdOrderByPosition(catalog.id().value())) {
            rows.add(new Assessment(campaign.getId(), item.getId(), item.getItemKey(), item.getSection().getNumber(),
                    item.getKind(), item.getPosition()));
        }
        assessments.saveAll(rows);
        return summary(campaign);
    }

    /** Name, scope, period, assessors and reviewer may change while the campaign is a draft. */
    @Transactional
    public CampaignSummary updateCampaign(long id, CampaignDraft draft, Long expectedVersion) {
        Campaign campaign = require(id);
        checkVersion(campaign.getVersion(), expectedVersion);
        requireStatus(campaign, CampaignStatus.DRAFT);
        if (draft.catalogId() != null && !draft.catalogId().equals(campaign.getCatalogId())) {
            throw RuleViolationException.invalid("catalogId", "assessment.campaign.catalog.fixed");
        }
        People named = checkDescription(draft);
        campaign.describe(draft.name().strip(), draft.legalEntityId(), draft.periodFrom(), draft.periodTo(),
                named.reviewer(), named.assessors());
        return summary(campaigns.saveAndFlush(campaign));
    }

    /** The assessors and the reviewer as their accounts spell them. */
    private record People(Set<String> assessors, String reviewer) {
    }

    private People checkDescription(CampaignDraft draft) {
        if (draft.periodFrom().isAfter(draft.periodTo())) {
            throw RuleViolationException.invalid("periodTo", "assessment.campaign.period.invalid");
        }
        LegalEntitySummary entity = organization.findLegalEntity(new LegalEntityId(draft.legalEntityId()))
                .orElseThrow(() -> RuleViolationException.invalid("legalEntityId", "assessment.campaign.legalEntity.unknown"));
        if (!entity.isActive()) {
            throw RuleViolationException.invalid("legalEntityId", "assessment.campaign.legalEntity.retired");
        }
        Set<String> assessors = draft.assessors().stream().map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (assessors.isEmpty()) {
            throw RuleViolationException.invalid("assessors", "assessment.campaign.assessors.required");
        }
        String reviewer = draft.reviewer().strip();
        if (assessors.stream().anyMatch(reviewer::equalsIgnoreCase)) {
            throw RuleViolationException.invalid("reviewer", "assessment.campaign.reviewer.isAssessor");
        }
        return new People(people.assessors(assessors), people.reviewer(reviewer));
    }

    /** Enabled users who may be named as assessors (their roles grant compliance.assess), for the campaign form. */
    public List<CampaignParticipant> assessorCandidates() {
        return people.candidates(CampaignPeople.ASSESS);
    }

    /** Enabled users who may be named as the reviewer (their roles grant compliance.review), for the campaign form. */
    public List<CampaignParticipant> reviewerCandidates() {
        return people.candidates(CampaignPeople.REVIEW);
    }

    // ---------------------------------------------------------------- items

    public Page<AssessmentSummary> items(long campaignId, Pageable pageable) {
        Campaign campaign = require(campaignId);
        Page<Assessment> page = assessments.findByCampaignId(campaignId, pageable);
        Map<String, CatalogItemSummary> catalog = catalogItems(campaign);
        return new PageImpl<>(page.getContent().stream().map(a -> summary(a, catalog)).toList(), pageable,
                page.getTotalElements());
    }

    public List<AssessmentSummary> allItems(long campaignId) {
        Campaign campaign = require(campaignId);
        Map<String, CatalogItemSummary> catalog = catalogItems(campaign);
        return assessments.findByCampaignIdOrderByPosition(campaignId).stream().map(a -> summary(a, catalog)).toList();
    }

    public AssessmentSummary item(long campaignId, String itemKey) {
        Campaign campaign = require(campaignId);
        Assessment assessment = requireItem(campaignId, itemKey);
        return summary(assessment, catalogItems(campaign));
    }

    public List<EvidenceSummary> evidence(long campaignId, String itemKey) {
        require(campaignId);
        return evidence.findByAssessmentIdOrderById(requireItem(campaignId, itemKey).getId()).stream()
                .map(EvidenceSummary::of).toList();
    }

    public List<RemediationSummary> remediation(long campaignId, String itemKey) {
        require(campaignId);
        return remediation.findByAssessmentIdOrderById(requireItem(campaignId, itemKey).getId()).stream()
                .map(RemediationSummary::of).toList();
    }

    /** The live indicators the modules offer for this item. */
    public List<ComplianceIndicator> indicators(String itemKey) {
        return indicators.forItem(itemKey);
    }

    /** Whether the answer claims "met" while an indicator is bad: the screens and the gap report say so. */
    public static boolean contradicted(AssessmentStatus status, List<ComplianceIndicator> indicators) {
        return status == AssessmentStatus.MET
                && indicators.stream().anyMatch(i -> i.status() == IndicatorStatus.BAD);
    }

    @Transactional
    public AssessmentSummary answer(long campaignId, String itemKey, AnswerDraft answer, Long expectedVersion) {
        Campaign campaign = requireAssessorOnDraft(campaignId);
        Assessment assessment = requireItem(campaignId, itemKey);
        checkVersion(assessment.getVersion(), expectedVersion);
        if (answer.status() == AssessmentStatus.NOT_APPLICABLE && answer.notApplicableReason() == null) {
            throw RuleViolationException.invalid("notApplicableReason", "assessment.answer.reason.required");
        }
        assessment.answer(answer, Actor.current().username(), clock.instant());
        return summary(assessments.saveAndFlush(assessment), catalogItems(campaign));
    }

    @Transactional
    public EvidenceSummary addEvidenceLink(long campaignId, String itemKey, EvidenceLinkDraft draft) {
        requireAssessorOnDraft(campaignId);
        Assessment assessment = requireItem(campaignId, itemKey);
        String href = EvidenceLinks.validate(draft.href());
        String label = Text.clean(draft.label());
        if (label == null || label.length() > 300) {
            throw RuleViolationException.invalid("label", "assessment.evidence.label.invalid");
        }
        Evidence saved = evidence.save(Evidence.link(assessment.getId(), label, href, Actor.current().username(),
                clock.instant()));
        return EvidenceSummary.of(saved);
    }

    /** Stores an uploaded file with its SHA-256 and the content type its bytes show. */
    @Transactional
    public EvidenceSummary addEvidenceFile(long campaignId, String itemKey, String label, String fileName,
                                           byte[] content) {
        requireAssessorOnDraft(campaignId);
        Assessment assessment = requireItem(campaignId, itemKey);
        if (content == null || content.length == 0) {
            throw RuleViolationException.invalid("file", "assessment.evidence.file.empty");
        }
        if (content.length > settings.maxBytes()) {
            throw RuleViolationException.invalid("file", "assessment.evidence.file.tooLarge", settings.maxBytes());
        }
        String name = safeFileName(fileName);
        String cleanLabel = Text.clean(label);
        if (cleanLabel != null && cleanLabel.length() > 300) {
            throw RuleViolationException.invalid("label", "assessment.evidence.label.invalid");
        }
        String contentType = EvidenceStore.sniff(content, name);
        Evidence saved = evidence.saveAndFlush(Evidence.file(assessment.getId(), cleanLabel == null ? name : cleanLabel,
                name, contentType, content.length, EvidenceStore.sha256(content), Actor.current().username(),
                clock.instant()));
        store.putContent(saved.getId(), content);
        return EvidenceSummary.of(saved);
    }

    public EvidenceFile evidenceFile(long campaignId, long evidenceId) {
        Evidence e = evidence.findById(evidenceId).filter(found -> found.getKind() == EvidenceKind.FILE)
                .orElseThrow(() -> new RecordNotFoundException("evidence", evidenceId));
        Assessment assessment = assessments.findById(e.getAssessmentId()).orElseThrow();
        if (assessment.getCampaignId() != campaignId) {
            throw new RecordNotFoundException("evidence", evidenceId);
        }
        byte[] content = store.content(evidenceId).orElseThrow(() -> new RecordNotFoundException("evidence", evidenceId));
        return new EvidenceFile(e.getFileName(), e.getContentType(), e.getSha256(), content);
    }

    @Transactional
    public void removeEvidence(long campaignId, long evidenceId) {
        requireAssessorOnDraft(campaignId);
        Evidence e = evidence.findById(evidenceId).orElseThrow(() -> new RecordNotFoundException("evidence", evidenceId));
        Assessment assessment = assessments.findById(e.getAssessmentId()).orElseThrow();
        if (assessment.getCampaignId() != campaignId) {
            throw new RecordNotFoundException("evidence", evidenceId);
        }
        store.deleteContent(evidenceId);
        evidence.delete(e);
    }

    @Transactional
    public RemediationSummary addRemediation(long campaignId, String itemKey, RemediationDraft draft) {
        requireAssessorOnDraft(campaignId);
        Assessment assessment = requireItem(campaignId, itemKey);
        if (draft.text() == null) {
            throw RuleViolationException.invalid("text", "assessment.remediation.text.required");
        }
        return RemediationSummary.of(remediation.saveAndFlush(new Remediation(assessment.getId(), draft)));
    }

    @Transactional
    public RemediationSummary updateRemediation(long campaignId, long remediationId, RemediationDraft draft,
                                                Long expectedVersion) {
        requireAssessorOnDraft(campaignId);
        Remediation action = requireRemediation(campaignId, remediationId);
        checkVersion(action.getVersion(), expectedVersion);
        if (draft.text() == null) {
            throw RuleViolationException.invalid("text", "assessment.remediation.text.required");
        }
        action.change(draft);
        return RemediationSummary.of(remediation.saveAndFlush(action));
    }

    @Transactional
    public void removeRemediation(long campaignId, long remediationId) {
        requireAssessorOnDraft(campaignId);
        remediation.delete(requireRemediation(campaignId, remediationId));
    }

    // ---------------------------------------------------------------- workflow

    /** An assessor hands the answered campaign to the reviewer; every item must have an answer. */
    @Transactional
    public CampaignSummary submit(long campaignId, Long expectedVersion) {
        Campaign campaign = requireAssessorOnDraft(campaignId);
        checkVersion(campaign.getVersion(), expectedVersion);
        long unanswered = assessments.countUnanswered(campaignId);
        if (unanswered > 0) {
            throw RuleViolationException.conflict(null, "assessment.workflow.unanswered", unanswered);
        }
        campaign.submit(Actor.current().username(), clock.instant());
        return summary(campaigns.saveAndFlush(campaign));
    }

    /** The campaign's reviewer accepts the submitted answers. */
    @Transactional
    public CampaignSummary accept(long campaignId, String comment, Long expectedVersion) {
        Campaign campaign = requireReviewerOnSubmitted(campaignId);
        checkVersion(campaign.getVersion(), expectedVersion);
        campaign.accept(Actor.current().username(), clock.instant(), limit(Text.clean(comment), 4000, "comment"));
        return summary(campaigns.saveAndFlush(campaign));
    }

    /**
     * The campaign's reviewer sends it back to the assessors with a comment on the campaign, on items, or both
     * (item key → comment); at least one is required.
     */
    @Transactional
    public CampaignSummary challenge(long campaignId, String comment, Map<String, String> itemComments,
                                     Long expectedVersion) {
        Campaign campaign = requireReviewerOnSubmitted(campaignId);
        checkVersion(campaign.getVersion(), expectedVersion);
        String campaignComment = limit(Text.clean(comment), 4000, "comment");
        Map<String, String> perItem = new LinkedHashMap<>();
        if (itemComments != null) {
            itemComments.forEach((key, text) -> {
                String clean = limit(Text.clean(text), 2000, "itemComments");
                if (clean != null) {
                    perItem.put(key, clean);
                }
            });
        }
        if (campaignComment == null && perItem.isEmpty()) {
            throw RuleViolationException.invalid("comment", "assessment.workflow.challenge.commentRequired");
        }
        perItem.forEach((key, text) -> requireItem(campaignId, key).challenge(text));
        campaign.challenge(Actor.current().username(), clock.instant(), campaignComment);
        return summary(campaigns.saveAndFlush(campaign));
    }

    /**
     * Senior management signs off a reviewed campaign. The signer may be neither an assessor nor the reviewer. The
     * result is frozen as a snapshot; its SHA-256 is stored on the campaign, and so reaches the audit trail.
     */
    @Transactional
    public CampaignSummary signOff(long campaignId, Long expectedVersion) {
        Campaign campaign = require(campaignId);
        checkVersion(campaign.getVersion(), expectedVersion);
        requireStatus(campaign, CampaignStatus.REVIEWED);
        String signer = Actor.current().username();
        if (campaign.getAssessors().contains(signer)) {
            throw RuleViolationException.conflict(null, "assessment.workflow.signOff.assessor");
        }
        if (campaign.getReviewer().equals(signer)) {
            throw RuleViolationException.conflict(null, "assessment.workflow.signOff.reviewer");
        }
        Instant now = clock.instant();
        String json = Snapshots.write(campaign, catalogRevision(campaign), signer, now,
                assessments.findByCampaignIdOrderByPosition(campaignId), evidence.findByCampaign(campaignId),
                remediation.findByCampaign(campaignId));
        String sha256 = EvidenceStore.sha256(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        campaign.signOff(signer, now, sha256);
        Campaign saved = campaigns.saveAndFlush(campaign);
        store.putSnapshot(campaignId, json);
        return summary(saved);
    }

    /** The frozen snapshot of a signed-off campaign, exactly as hashed. */
    public Optional<String> snapshot(long campaignId) {
        require(campaignId);
        return store.snapshot(campaignId);
    }

    // ---------------------------------------------------------------- outputs

    /**
     * Progress over time for the campaign's legal entity: every signed-off campaign of it, oldest period first, and
     * this campaign if it is still in progress — counted in two queries, whatever the number of campaigns.
     */
    public List<ProgressPoint> progress(long campaignId) {
        Campaign current = require(campaignId);
        List<Campaign> series = campaigns.findByLegalEntityIdOrderByPeriodToAscIdAsc(current.getLegalEntityId())
                .stream().filter(c -> c.getStatus() == CampaignStatus.SIGNED_OFF || c.getId().equals(current.getId()))
                .toList();
        Map<Long, long[]> counts = new java.util.HashMap<>();
        for (Object[] row : assessments.statusCounts(series.stream().map(Campaign::getId).toList())) {
            long[] c = counts.computeIfAbsent((Long) row[0], id -> new long[7]);
            AssessmentStatus status = (AssessmentStatus) row[1];
            boolean fundamental = row[2] == io.taisei.compliance.ItemKind.FUNDAMENTAL;
            long n = (Long) row[3];
            c[0] += n;
            if (status != null) {
                c[countIndex(status)] += n;
                if (fundamental && status != AssessmentStatus.NOT_APPLICABLE) {
                    c[5] += n;
                    if (status == AssessmentStatus.MET) {
                        c[6] += n;
                    }
                }
            }
        }
        return series.stream().map(c -> {
            long[] n = counts.getOrDefault(c.getId(), new long[7]);
            return new ProgressPoint(c.getId(), c.getName(), c.getStatus(), c.getPeriodTo(), c.getSignedOffAt(), n[0],
                    n[countIndex(AssessmentStatus.MET)], n[countIndex(AssessmentStatus.PARTIALLY_MET)],
                    n[countIndex(AssessmentStatus.NOT_MET)], n[countIndex(AssessmentStatus.NOT_APPLICABLE)], n[5], n[6]);
        }).toList();
    }

    /** Where {@link #progress} counts each answer: 0 all items, 1–4 by status, 5–6 fundamental applicable / met. */
    private static int countIndex(AssessmentStatus status) {
        return switch (status) {
            case MET -> 1;
            case PARTIALLY_MET -> 2;
            case NOT_MET -> 3;
            case NOT_APPLICABLE -> 4;
        };
    }


    /** The previous signed-off campaign of the same legal entity, compared item by item. */
    public Optional<CampaignComparison> compareWithPrevious(long campaignId) {
        Campaign current = require(campaignId);
        // a campaign still in progress is compared with the latest signed-off one of its scope
        List<Campaign> previous = current.getSignedOffAt() == null
                ? campaigns.signedOffOtherThan(current.getLegalEntityId(), current.getId(), PageRequest.of(0, 1))
                : campaigns.signedOffBefore(current.getLegalEntityId(), current.getSignedOffAt(), current.getId(),
                        PageRequest.of(0, 1));
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        Campaign prior = previous.get(0);
        Map<String, Assessment> then = assessments.findByCampaignIdOrderByPosition(prior.getId()).stream()
                .collect(Collectors.toMap(Assessment::getItemKey, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<CampaignComparison.Row> rows = new ArrayList<>();
        for (Assessment now : assessments.findByCampaignIdOrderByPosition(campaignId)) {
            Assessment old = then.remove(now.getItemKey());
            ItemChange change = old == null ? ItemChange.ADDED : ItemChange.between(old.getStatus(), now.getStatus());
            rows.add(new CampaignComparison.Row(now.getItemKey(), now.getSectionNumber(),
                    old == null ? null : old.getStatus(), now.getStatus(), change));
        }
        then.values().forEach(old -> rows.add(new CampaignComparison.Row(old.getItemKey(), old.getSectionNumber(),
                old.getStatus(), null, ItemChange.REMOVED)));
        Map<ItemChange, Long> counts = new EnumMap<>(ItemChange.class);
        rows.forEach(r -> counts.merge(r.change(), 1L, Long::sum));
        return Optional.of(new CampaignComparison(summary(current), summary(prior), rows, counts));
    }

    public GapReport gapReport(long campaignId) {
        CampaignSummary campaign = campaign(campaignId);
        List<AssessmentSummary> items = allItems(campaignId);
        Map<String, List<ComplianceIndicator>> live = indicators.forItems(
                items.stream().map(AssessmentSummary::itemKey).toList());
        Map<Long, List<RemediationSummary>> actions = remediation.findByCampaign(campaignId).stream()
                .map(RemediationSummary::of)
                .collect(Collectors.groupingBy(RemediationSummary::assessmentId));
        List<GapReport.Gap> gaps = new ArrayList<>();
        for (AssessmentSummary item : items) {
            List<ComplianceIndicator> bad = live.getOrDefault(item.itemKey(), List.of()).stream()
                    .filter(i -> i.status() == IndicatorStatus.BAD).toList();
            GapReport.Category category = item.status() == null ? GapReport.Category.UNANSWERED
                    : switch (item.status()) {
                        case NOT_MET -> GapReport.Category.NOT_MET;
                        case PARTIALLY_MET -> GapReport.Category.PARTIALLY_MET;
                        case MET -> bad.isEmpty() ? null : GapReport.Category.CONTRADICTED;
                        case NOT_APPLICABLE -> null;
                    };
            if (category != null) {
                gaps.add(new GapReport.Gap(item, category, bad, actions.getOrDefault(item.id(), List.of())));
            }
        }
        gaps.sort(Comparator.comparing((GapReport.Gap g) -> g.kind() == ItemKind.FUNDAMENTAL ? 0 : 1)
                .thenComparing(GapReport.Gap::category)
                .thenComparing(g -> g.item().position()));
        return new GapReport(campaign, gaps);
    }

    public HeatMap heatMap(long campaignId) {
        CampaignSummary campaign = campaign(campaignId);
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Assessment a : assessments.findByCampaignIdOrderByPosition(campaignId)) {
            long[] c = counts.computeIfAbsent(a.getSectionNumber(), k -> new long[5]);
            c[a.getStatus() == null ? 4 : a.getStatus().ordinal()]++;
        }
        List<HeatMap.Cell> cells = new ArrayList<>();
        for (CatalogSectionSummary section : catalogs.sections(new CatalogId(campaign.catalogId()))) {
            long[] c = counts.get(section.number());
            if (c == null) {
                continue;
            }
            long items = c[0] + c[1] + c[2] + c[3] + c[4];
            cells.add(new HeatMap.Cell(section.number(), section.titleJa(), section.titleEn(), items, items - c[3],
                    c[AssessmentStatus.MET.ordinal()], c[AssessmentStatus.PARTIALLY_MET.ordinal()],
                    c[AssessmentStatus.NOT_MET.ordinal()], c[AssessmentStatus.NOT_APPLICABLE.ordinal()], c[4]));
        }
        return new HeatMap(campaign, cells);
    }

    /** Everything an export needs, in guideline order. */
    public CampaignExport export(long campaignId) {
        CampaignSummary campaign = campaign(campaignId);
        List<AssessmentSummary> items = allItems(campaignId);
        Map<Long, List<EvidenceSummary>> files = evidence.findByCampaign(campaignId).stream().map(EvidenceSummary::of)
                .collect(Collectors.groupingBy(EvidenceSummary::assessmentId));
        Map<Long, List<RemediationSummary>> actions = remediation.findByCampaign(campaignId).stream()
                .map(RemediationSummary::of).collect(Collectors.groupingBy(RemediationSummary::assessmentId));
        Map<String, List<ComplianceIndicator>> live = indicators.forItems(
                items.stream().map(AssessmentSummary::itemKey).toList());
        List<CampaignExport.Row> rows = items.stream().map(item -> new CampaignExport.Row(item,
                files.getOrDefault(item.id(), List.of()), actions.getOrDefault(item.id(), List.of()),
                contradicted(item.status(), live.getOrDefault(item.itemKey(), List.of())))).toList();
        return new CampaignExport(campaign, rows);
    }

    // ---------------------------------------------------------------- helpers

    /** Whether the current actor is an assessor / the reviewer of the campaign (for showing the right buttons). */
    public boolean isAssessor(CampaignSummary campaign) {
        return campaign.assessors().contains(Actor.current().username());
    }

    public boolean isReviewer(CampaignSummary campaign) {
        return campaign.reviewer().equals(Actor.current().username());
    }

    private Campaign require(long id) {
        return campaigns.findById(id).orElseThrow(() -> new RecordNotFoundException("campaign", id));
    }

    private Assessment requireItem(long campaignId, String itemKey) {
        return assessments.findByCampaignIdAndItemKey(campaignId, itemKey)
                .orElseThrow(() -> new RecordNotFoundException("assessment", campaignId + "/" + itemKey));
    }

    private Remediation requireRemediation(long campaignId, long remediationId) {
        Remediation action = remediation.findById(remediationId)
                .orElseThrow(() -> new RecordNotFoundException("remediation", remediationId));
        Assessment assessment = assessments.findById(action.getAssessmentId()).orElseThrow();
        if (assessment.getCampaignId() != campaignId) {
            throw new RecordNotFoundException("remediation", remediationId);
        }
        return action;
    }

    private Campaign requireAssessorOnDraft(long campaignId) {
        Campaign campaign = require(campaignId);
        requireStatus(campaign, CampaignStatus.DRAFT);
        if (!campaign.getAssessors().contains(Actor.current().username())) {
            throw RuleViolationException.conflict(null, "assessment.workflow.notAssessor");
        }
        return campaign;
    }

    private Campaign requireReviewerOnSubmitted(long campaignId) {
        Campaign campaign = require(campaignId);
        requireStatus(campaign, CampaignStatus.SUBMITTED);
        if (!campaign.getReviewer().equals(Actor.current().username())) {
            throw RuleViolationException.conflict(null, "assessment.workflow.notReviewer");
        }
        return campaign;
    }

    private static void requireStatus(Campaign campaign, CampaignStatus expected) {
        if (campaign.getStatus() != expected) {
            throw RuleViolationException.conflict(null, campaign.getStatus() == CampaignStatus.SIGNED_OFF
                    ? "assessment.workflow.signedOff" : "assessment.workflow.wrongStatus." + expected.name());
        }
    }

    private static void checkVersion(long actual, Long expected) {
        if (expected != null && expected != actual) {
            throw RuleViolationException.conflict("version", "assessment.version.stale");
        }
    }

    private static String limit(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw RuleViolationException.invalid(field, "assessment.text.tooLong", max);
        }
        return value;
    }

    private static String safeFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > 300 ? name.substring(name.length() - 300) : name;
    }

    private String catalogRevision(Campaign campaign) {
        return catalogRows.findById(campaign.getCatalogId()).map(CatalogEntity::getRevision).orElse("?");
    }

    private Map<String, CatalogItemSummary> catalogItems(Campaign campaign) {
        return catalogs.allItems(new CatalogId(campaign.getCatalogId())).stream()
                .collect(Collectors.toMap(CatalogItemSummary::key, Function.identity()));
    }

    private CampaignSummary summary(Campaign c) {
        String entityName = organization.findLegalEntity(new LegalEntityId(c.getLegalEntityId()))
                .map(LegalEntitySummary::name).orElse(null);
        long items = assessments.countByCampaignId(c.getId());
        return summary(c, entityName, items, items - assessments.countUnanswered(c.getId()));
    }

    private CampaignSummary summary(Campaign c, String entityName, long items, long answered) {
        return new CampaignSummary(c.getId(), c.getName(), c.getLegalEntityId(), entityName, c.getCatalogId(),
                catalogRevision(c), c.getPeriodFrom(), c.getPeriodTo(), List.copyOf(c.getAssessors()), c.getReviewer(),
                c.getStatus(), c.getReviewComment(), c.getCreatedBy(), c.getCreatedAt(), c.getSubmittedBy(),
                c.getSubmittedAt(), c.getReviewedBy(), c.getReviewedAt(), c.getSignedOffBy(), c.getSignedOffAt(),
                c.getSnapshotSha256(), items, answered, c.getVersion());
    }

    private static AssessmentSummary summary(Assessment a, Map<String, CatalogItemSummary> catalog) {
        CatalogItemSummary item = catalog.get(a.getItemKey());
        return new AssessmentSummary(a.getId(), a.getCampaignId(), a.getItemKey(), a.getSectionNumber(), a.getKind(),
                a.getPosition(), item == null ? null : item.summaryJa(), item == null ? null : item.summaryEn(),
                a.getStatus(), a.getNotApplicableReason(), a.getMaturityNote(), a.getComment(), a.getOwner(),
                a.getChallenge(), a.getAnsweredBy(), a.getAnsweredAt(), a.getVersion());
    }
}
