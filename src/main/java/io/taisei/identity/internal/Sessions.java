package io.taisei.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

import java.util.Set;

/** Ends every web session of a user, on every node (sessions live in the database through Spring Session JDBC). */
@Service
public class Sessions {

    private static final Logger log = LoggerFactory.getLogger(Sessions.class);

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    Sessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Signs the user out everywhere; API tokens are not touched. Answers how many sessions were ended. */
    public int signOutEverywhere(String username) {
        Set<String> ids = sessions.findByPrincipalName(username).keySet();
        ids.forEach(sessions::deleteById);
        log.info("Ended {} session(s) of {}", ids.size(), username);
        return ids.size();
    }

    /** Ends every session of the user but {@code keepSessionId} (after a password change, other browsers go). */
    public int signOutOthers(String username, String keepSessionId) {
        Set<String> ids = new java.util.HashSet<>(sessions.findByPrincipalName(username).keySet());
        ids.remove(keepSessionId);
        ids.forEach(sessions::deleteById);
        return ids.size();
    }

    public int count(String username) {
        return sessions.findByPrincipalName(username).size();
    }
}
