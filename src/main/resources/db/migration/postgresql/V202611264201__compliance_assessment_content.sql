-- Bytes of uploaded evidence and the frozen sign-off snapshot; the audited rows carry their SHA-256.
CREATE TABLE cmp_evidence_content (
    evidence_id BIGINT NOT NULL PRIMARY KEY REFERENCES cmp_evidence (id),
    content     BYTEA  NOT NULL
);

CREATE TABLE cmp_campaign_snapshot (
    campaign_id BIGINT NOT NULL PRIMARY KEY REFERENCES cmp_campaign (id),
    snapshot    TEXT   NOT NULL
);
