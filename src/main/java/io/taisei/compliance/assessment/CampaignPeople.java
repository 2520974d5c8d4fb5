package io.taisei.compliance.assessment;

import io.taisei.compliance.spi.CampaignParticipant;
import io.taisei.compliance.spi.CampaignParticipants;
import io.taisei.platform.Permissions;
import io.taisei.platform.RuleViolationException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who a campaign may name, following the workflow of the guideline's three lines: assessors answer the items, so each
 * must be an enabled user whose roles grant {@code compliance.assess} (first line, CISO, administrator); the reviewer
 * accepts or challenges, so must be an enabled user whose roles grant {@code compliance.review} (risk management,
 * CISO — never an administrator alone). A name typed in another case is stored as the account spells it, since the
 * workflow compares it with the signed-in username.
 */
@Component
class CampaignPeople {

    static final Permissions ASSESS = Permissions.COMPLIANCE_ASSESS;
    static final Permissions REVIEW = Permissions.COMPLIANCE_REVIEW;

    private final CampaignParticipants directory;

    CampaignPeople(CampaignParticipants directory) {
        this.directory = directory;
    }

    List<CampaignParticipant> candidates(Permissions permission) {
        return directory.enabledUsersWith(permission);
    }

    /** The assessors as their accounts spell them, or a refusal naming every unknown, disabled or ineligible one. */
    Set<String> assessors(Collection<String> names) {
        List<String> unknown = new ArrayList<>();
        List<String> ineligible = new ArrayList<>();
        Set<String> accounts = new LinkedHashSet<>();
        for (String name : names) {
            directory.enabledUser(name).ifPresentOrElse(user -> {
                if (user.permissions().contains(ASSESS)) {
                    accounts.add(user.username());
                } else {
                    ineligible.add(name);
                }
            }, () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            throw RuleViolationException.invalid("assessors", "assessment.campaign.assessors.unknown",
                    String.join(", ", unknown));
        }
        if (!ineligible.isEmpty()) {
            throw RuleViolationException.invalid("assessors", "assessment.campaign.assessors.ineligible",
                    String.join(", ", ineligible));
        }
        return accounts;
    }

    /** The reviewer as the account spells it, or a refusal naming the unknown, disabled or ineligible user. */
    String reviewer(String name) {
        CampaignParticipant user = directory.enabledUser(name).orElseThrow(() ->
                RuleViolationException.invalid("reviewer", "assessment.campaign.reviewer.unknown", name));
        if (!user.permissions().contains(REVIEW)) {
            throw RuleViolationException.invalid("reviewer", "assessment.campaign.reviewer.ineligible", name);
        }
        return user.username();
    }
}
