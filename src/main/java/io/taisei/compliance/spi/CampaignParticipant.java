package io.taisei.compliance.spi;

import io.taisei.platform.Permissions;

import java.util.Set;

/** A Taisei user who may be named in a self-assessment campaign, with the permissions the user's roles grant. */
public record CampaignParticipant(String username, String displayName, Set<Permissions> permissions) {

    public CampaignParticipant {
        permissions = Set.copyOf(permissions);
    }

    /** How a choice of this user reads: the display name with the username, or the username alone. */
    public String label() {
        return displayName == null || displayName.isBlank() || displayName.equals(username) ? username
                : displayName + " (" + username + ")";
    }
}
