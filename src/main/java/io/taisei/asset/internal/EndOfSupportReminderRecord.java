package io.taisei.asset.internal;

import io.taisei.asset.EndOfSupportReminder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A reminder recorded by the daily end-of-support job; never changed once recorded. */
@Entity
@Table(name = "ast_end_of_support_reminder")
public class EndOfSupportReminderRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "hardware_software_id", nullable = false, updatable = false)
    private Long hardwareSoftwareId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private EndOfSupportReminder.Kind kind;
    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;
    @Column(name = "days_before", nullable = false, updatable = false)
    private int daysBefore;
    @Column(name = "recorded_on", nullable = false, updatable = false)
    private LocalDate recordedOn;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected EndOfSupportReminderRecord() {
    }

    EndOfSupportReminderRecord(long hardwareSoftwareId, EndOfSupportReminder.Kind kind, LocalDate dueOn,
                               int daysBefore, LocalDate recordedOn) {
        this.hardwareSoftwareId = hardwareSoftwareId;
        this.kind = kind;
        this.dueOn = dueOn;
        this.daysBefore = daysBefore;
        this.recordedOn = recordedOn;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getHardwareSoftwareId() {
        return hardwareSoftwareId;
    }

    public EndOfSupportReminder.Kind getKind() {
        return kind;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public int getDaysBefore() {
        return daysBefore;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }
}
