package io.taisei.audit.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.taisei.audit.AuditCheckpoint;
import io.taisei.audit.AuditEntry;
import io.taisei.audit.AuditFilter;
import io.taisei.audit.AuditManagement;
import io.taisei.audit.AuditVerification;
import io.taisei.audit.AuditVerificationRun;
import io.taisei.platform.PageResponse;
import io.taisei.platform.Paging;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** The audit trail over REST: list, verify (optionally against an exported checkpoint) and checkpoints. */
@RestController
@RequestMapping("/api/v1/audit")
@Validated
class AuditApiController {

    private static final Set<String> SORTABLE = Set.of("id", "seq");

    private final AuditManagement audit;

    AuditApiController(AuditManagement audit) {
        this.audit = audit;
    }

    @GetMapping("/entries")
    @PreAuthorize("hasAuthority('audit.read')")
    PageResponse<EntryResponse> entries(@RequestParam(required = false) @Size(max = 200) String recordType,
                                        @RequestParam(required = false) @Size(max = 200) String recordId,
                                        @RequestParam(required = false) @Size(max = 200) String actor,
                                        @RequestParam(required = false) @Size(max = 40) String action,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size,
                                        @RequestParam(required = false) String sort) {
        AuditFilter filter = new AuditFilter(recordType, recordId, actor, action, from, to);
        return PageResponse.of(audit.entries(filter, Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "id"))),
                EntryResponse::of);
    }

    @GetMapping("/verify")
    @PreAuthorize("hasAuthority('audit.read')")
    AuditVerification verify() {
        return audit.verifyAndRecord(AuditVerificationRun.Trigger.API);
    }

    /** Verifies the chain and an exported checkpoint (the JSON downloaded from the page or this API). */
    @PostMapping("/verify")
    @PreAuthorize("hasAuthority('audit.read')")
    AuditVerification verify(@RequestBody AuditCheckpoint checkpoint) {
        return audit.verifyAndRecord(checkpoint, AuditVerificationRun.Trigger.API);
    }

    /** The stored verifications (by the page, the API, the command line and the schedule), newest first. */
    @GetMapping("/verifications")
    @PreAuthorize("hasAuthority('audit.read')")
    PageResponse<AuditVerificationRun> verifications(@RequestParam(required = false) Integer page,
                                                     @RequestParam(required = false) Integer size) {
        return PageResponse.of(audit.verifications(Paging.of(page, size, null, Set.of("id"),
                Sort.by(Sort.Direction.DESC, "id"))), v -> v);
    }

    @GetMapping("/checkpoints")
    @PreAuthorize("hasAuthority('audit.read')")
    PageResponse<AuditCheckpoint> checkpoints(@RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size) {
        return PageResponse.of(audit.checkpoints(Paging.of(page, size, null, Set.of("id"), Sort.by(Sort.Direction.DESC, "id"))),
                c -> c);
    }

    @PostMapping("/checkpoints")
    @PreAuthorize("hasAuthority('audit.checkpoint')")
    ResponseEntity<AuditCheckpoint> createCheckpoint() {
        AuditCheckpoint checkpoint = audit.createCheckpoint();
        return ResponseEntity.created(URI.create("/api/v1/audit/checkpoints/" + checkpoint.id())).body(checkpoint);
    }

    @GetMapping("/checkpoints/{id}")
    @PreAuthorize("hasAuthority('audit.read')")
    ResponseEntity<AuditCheckpoint> checkpoint(@PathVariable long id) {
        return ResponseEntity.of(audit.checkpoint(id));
    }

    @ExceptionHandler(AuditManagement.InvalidCheckpointException.class)
    ProblemDetail invalidCheckpoint(AuditManagement.InvalidCheckpointException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid checkpoint");
        return problem;
    }

    @ExceptionHandler(AuditManagement.AuditTrailEmptyException.class)
    ProblemDetail emptyTrail(AuditManagement.AuditTrailEmptyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Empty audit trail");
        return problem;
    }

    @ExceptionHandler(Paging.InvalidPagingException.class)
    ProblemDetail invalidPaging(Paging.InvalidPagingException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "invalid " + e.field() + " (" + e.messageKey() + ")");
        problem.setTitle("Invalid paging");
        return problem;
    }

    /**
     * An entry with before and after as JSON objects, not strings; seq, prevHash and hash are null while the entry
     * waits to be sealed into the chain.
     */
    record EntryResponse(long id, Long seq, Instant occurredAt, String actor, String actorKind, String action,
                         String recordType, String recordId, @JsonRawValue String before, @JsonRawValue String after,
                         String contentHash, String prevHash, String hash) {
        static EntryResponse of(AuditEntry e) {
            return new EntryResponse(e.id(), e.seq(), e.occurredAt(), e.actor(), e.actorKind(), e.action(),
                    e.recordType(), e.recordId(), e.beforeJson(), e.afterJson(), e.contentHash(), e.prevHash(), e.hash());
        }
    }
}
