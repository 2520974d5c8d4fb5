package io.taisei.compliance.assessment;

import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The frozen result of a signed-off campaign as JSON. Keys are written in a fixed order, items in guideline order and
 * evidence/actions by id, so the same campaign always gives the same bytes and the same SHA-256.
 */
final class Snapshots {

    static final String FORMAT = "taisei-assessment-snapshot-v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Snapshots() {
    }

    static String write(Campaign campaign, String catalogRevision, String signer, Instant signedAt,
                        List<Assessment> items, List<Evidence> evidence, List<Remediation> actions) {
        Map<Long, List<Evidence>> evidenceByItem = evidence.stream()
                .sorted(Comparator.comparing(Evidence::getId))
                .collect(Collectors.groupingBy(Evidence::getAssessmentId));
        Map<Long, List<Remediation>> actionsByItem = actions.stream()
                .sorted(Comparator.comparing(Remediation::getId))
                .collect(Collectors.groupingBy(Remediation::getAssessmentId));

        Map<String, Object> head = new LinkedHashMap<>();
        head.put("id", campaign.getId());
        head.put("name", campaign.getName());
        head.put("legalEntityId", campaign.getLegalEntityId());
        head.put("catalogId", campaign.getCatalogId());
        head.put("catalogRevision", catalogRevision);
        head.put("periodFrom", campaign.getPeriodFrom().toString());
        head.put("periodTo", campaign.getPeriodTo().toString());
        head.put("assessors", List.copyOf(new java.util.TreeSet<>(campaign.getAssessors())));
        head.put("reviewer", campaign.getReviewer());
        head.put("submittedBy", campaign.getSubmittedBy());
        head.put("submittedAt", text(campaign.getSubmittedAt()));
        head.put("reviewedBy", campaign.getReviewedBy());
        head.put("reviewedAt", text(campaign.getReviewedAt()));
        head.put("reviewComment", campaign.getReviewComment());
        head.put("signedOffBy", signer);
        head.put("signedOffAt", text(signedAt));

        List<Map<String, Object>> rows = new ArrayList<>();
        items.stream().sorted(Comparator.comparingInt(Assessment::getPosition)).forEach(a -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("item", a.getItemKey());
            row.put("section", a.getSectionNumber());
            row.put("kind", a.getKind().name());
            row.put("status", a.getStatus() == null ? null : a.getStatus().name());
            row.put("notApplicableReason", a.getNotApplicableReason());
            row.put("maturityNote", a.getMaturityNote());
            row.put("comment", a.getComment());
            row.put("owner", a.getOwner());
            row.put("answeredBy", a.getAnsweredBy());
            row.put("answeredAt", text(a.getAnsweredAt()));
            List<Map<String, Object>> links = new ArrayList<>();
            for (Evidence e : evidenceByItem.getOrDefault(a.getId(), List.of())) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("kind", e.getKind().name());
                entry.put("label", e.getLabel());
                entry.put("href", e.getHref());
                entry.put("fileName", e.getFileName());
                entry.put("contentType", e.getContentType());
                entry.put("sizeBytes", e.getSizeBytes());
                entry.put("sha256", e.getSha256());
                links.add(entry);
            }
            row.put("evidence", links);
            List<Map<String, Object>> remediation = new ArrayList<>();
            for (Remediation r : actionsByItem.getOrDefault(a.getId(), List.of())) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("text", r.getText());
                entry.put("owner", r.getOwner());
                entry.put("dueOn", r.getDueOn() == null ? null : r.getDueOn().toString());
                entry.put("done", r.isDone());
                remediation.add(entry);
            }
            row.put("remediation", remediation);
            rows.add(row);
        });

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("campaign", head);
        document.put("items", rows);
        return JSON.writeValueAsString(document);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
