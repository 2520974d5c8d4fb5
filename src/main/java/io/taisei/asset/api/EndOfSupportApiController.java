package io.taisei.asset.api;

import io.taisei.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taisei.asset.EndOfSupportFilter;
import io.taisei.asset.EndOfSupportItem;
import io.taisei.asset.EndOfSupportManagement;
import io.taisei.asset.EndOfSupportPlanDraft;
import io.taisei.asset.EndOfSupportPlanSummary;
import io.taisei.asset.EndOfSupportReminder;
import io.taisei.asset.HardwareSoftwareId;
import io.taisei.asset.HardwareSoftwareKind;
import io.taisei.asset.Importance;
import io.taisei.asset.SystemId;
import io.taisei.platform.PageResponse;
import io.taisei.platform.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/v1/end-of-support")
@Tag(name = "End of support", description = "Hardware and software past or near its end of support (2.3.4.1(3))")
class EndOfSupportApiController {

    private final EndOfSupportManagement endOfSupport;

    EndOfSupportApiController(EndOfSupportManagement endOfSupport) {
        this.endOfSupport = endOfSupport;
    }

    record SystemResponse(long id, String code, String name, Importance importance) {
    }

    record PlanResponse(String compensatingMeasures, String migrationPlan, LocalDate migrationDueOn,
                        LocalDate migratedOn, Instant updatedAt, long version) {
        static PlanResponse of(EndOfSupportPlanSummary p) {
            return p == null ? null : new PlanResponse(p.compensatingMeasures(), p.migrationPlan(), p.migrationDueOn(),
                    p.migratedOn(), p.updatedAt(), p.version());
        }
    }

    record ItemResponse(long hardwareSoftwareId, String code, String name, HardwareSoftwareKind kind,
                        LocalDate supportEndsOn, LocalDate effectiveEndsOn, boolean extended, long daysLeft,
                        Importance highestImportance, List<SystemResponse> systems, PlanResponse plan) {
        static ItemResponse of(EndOfSupportItem i) {
            return new ItemResponse(i.id().value(), i.code(), i.name(), i.kind(), i.supportEndsOn(),
                    i.effectiveEndsOn(), i.extended(), i.daysLeft(), i.highestImportance(),
                    i.systems().stream().map(s -> new SystemResponse(s.id().value(), s.code(), s.name(),
                            s.importance())).toList(), PlanResponse.of(i.plan()));
        }
    }

    record ReminderResponse(long id, EndOfSupportReminder.Kind kind, long hardwareSoftwareId, String code, String name,
                            LocalDate dueOn, int daysBefore, LocalDate recordedOn) {
        static ReminderResponse of(EndOfSupportReminder r) {
            return new ReminderResponse(r.id(), r.kind(), r.hardwareSoftwareId().value(), r.code(), r.name(), r.dueOn(),
                    r.daysBefore(), r.recordedOn());
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "List hardware and software past or near its end of support",
            description = "Soonest end first; the extended date counts when support was extended. horizonMonths "
                    + "defaults to taisei.asset.end-of-support.horizon (12 months).")
    PageResponse<ItemResponse> list(@RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size,
                                    @Parameter(description = "only what runs in this system")
                                    @RequestParam(required = false) Long systemId,
                                    @Parameter(description = "only what runs in a system of this importance")
                                    @RequestParam(required = false) Importance importance,
                                    @RequestParam(required = false) @Min(1) @Max(120) Integer horizonMonths) {
        var filter = new EndOfSupportFilter(SystemId.of(systemId), importance,
                horizonMonths == null ? null : Period.ofMonths(horizonMonths));
        return PageResponse.of(endOfSupport.items(filter, Paging.of(page, size, null, Set.of(), Sort.unsorted())),
                ItemResponse::of);
    }

    @GetMapping("/{hardwareSoftwareId}")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "One record's end of support and plan", description = "The ETag carries the plan's version.")
    ResponseEntity<ItemResponse> get(@PathVariable long hardwareSoftwareId) {
        EndOfSupportItem item = endOfSupport.item(new HardwareSoftwareId(hardwareSoftwareId));
        var response = ResponseEntity.ok();
        if (item.plan() != null) {
            response.eTag(ETags.of(item.plan().version()));
        }
        return response.body(ItemResponse.of(item));
    }

    @PutMapping("/{hardwareSoftwareId}/plan")
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Record compensating measures and the migration plan",
            description = "Creates or replaces the plan; a migration plan needs a due date. Send If-Match with the "
                    + "ETag read when replacing.")
    ResponseEntity<PlanResponse> savePlan(@PathVariable long hardwareSoftwareId,
                                          @Valid @RequestBody EndOfSupportPlanDraft draft,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        EndOfSupportPlanSummary saved = endOfSupport.savePlan(new HardwareSoftwareId(hardwareSoftwareId), draft,
                ETags.versionFromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(PlanResponse.of(saved));
    }

    @GetMapping("/reminders")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "Reminders recorded by the daily job", description = "Newest first.")
    PageResponse<ReminderResponse> reminders(@RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        return PageResponse.of(endOfSupport.reminders(Paging.of(page, size, null, Set.of(), Sort.unsorted())),
                ReminderResponse::of);
    }
}
