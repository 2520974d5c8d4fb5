package io.taisei.compliance.assessment;

import jakarta.persistence.*;

import java.time.LocalDate;

/** An action that closes (part of) a gap: what, who, by when, and whether it is done. */
@Entity
@Table(name = "cmp_remediation")
public class Remediation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Column(name = "action_text", nullable = false, length = 2000)
    private String text;

    @Column(length = 200)
    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(nullable = false)
    private boolean done;

    @Version
    private long version;

    protected Remediation() {
    }

    Remediation(Long assessmentId, RemediationDraft draft) {
        this.assessmentId = assessmentId;
        change(draft);
    }

    void change(RemediationDraft draft) {
        this.text = draft.text();
        this.owner = draft.owner();
        this.dueOn = draft.dueOn();
        this.done = draft.done();
    }

    public Long getId() { return id; }
    public Long getAssessmentId() { return assessmentId; }
    public String getText() { return text; }
    public String getOwner() { return owner; }
    public LocalDate getDueOn() { return dueOn; }
    public boolean isDone() { return done; }
    public long getVersion() { return version; }
}
