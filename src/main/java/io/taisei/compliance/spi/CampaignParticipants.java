package io.taisei.compliance.spi;

import io.taisei.platform.Permissions;

import java.util.List;
import java.util.Optional;

/**
 * Who may be named as an assessor or reviewer of a self-assessment campaign, answered by the module that keeps the
 * users. It is declared here and implemented there (rather than compliance calling that module) because that module
 * already provides compliance indicators, and a call back would make the two modules depend on each other.
 */
public interface CampaignParticipants {

    /** The enabled users whose roles grant {@code permission}, by username. */
    List<CampaignParticipant> enabledUsersWith(Permissions permission);

    /** The enabled user with this username (ignoring case), whatever the user's roles. */
    Optional<CampaignParticipant> enabledUser(String username);
}
