package io.taisei.asset.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taisei.asset.Importance;
import io.taisei.asset.diagram.DiagramRequests;
import io.taisei.asset.diagram.DiagramService;
import io.taisei.asset.diagram.DiagramType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

@RestController
@RequestMapping("/api/v1/diagrams")
@Tag(name = "Diagrams", description = "Data-flow and network diagrams drawn from the ledgers (データフロー図・ネットワーク構成図, 2.2.1.4)")
class DiagramApiController {

    private final DiagramService diagrams;

    DiagramApiController(DiagramService diagrams) {
        this.diagrams = diagrams;
    }

    @GetMapping("/data-flow")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "Data-flow diagram",
            description = "Systems, external services and outside parties as nodes, connections as arrows in the "
                    + "direction data flows, labelled with the data categories. SVG (default) or PNG, texts in the "
                    + "request's language. 400 when the filters leave more than 600 nodes.")
    ResponseEntity<byte[]> dataFlow(@Parameter(description = "legal entity whose systems are shown") @RequestParam(required = false) Long legalEntityId,
                                    @Parameter(description = "only systems at least this important") @RequestParam(required = false) Importance minImportance,
                                    @Parameter(description = "only connections running through this zone") @RequestParam(required = false) Long zoneId,
                                    @Parameter(description = "only this system and its direct connections") @RequestParam(required = false) Long systemId,
                                    @Parameter(description = "svg or png") @RequestParam(defaultValue = "svg") String format,
                                    Locale locale) {
        return draw(DiagramType.DATA_FLOW, legalEntityId, minImportance, zoneId, systemId, format, locale);
    }

    @GetMapping("/network")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "Network diagram",
            description = "Network zones as containers with the systems placed in them (each system in the zone most "
                    + "of its connections to other systems run through), connections labelled with their protocol. "
                    + "Same filters and formats as the data-flow diagram.")
    ResponseEntity<byte[]> network(@RequestParam(required = false) Long legalEntityId,
                                   @RequestParam(required = false) Importance minImportance,
                                   @RequestParam(required = false) Long zoneId,
                                   @RequestParam(required = false) Long systemId,
                                   @Parameter(description = "svg or png") @RequestParam(defaultValue = "svg") String format,
                                   Locale locale) {
        return draw(DiagramType.NETWORK, legalEntityId, minImportance, zoneId, systemId, format, locale);
    }

    private ResponseEntity<byte[]> draw(DiagramType type, Long legalEntityId, Importance minImportance, Long zoneId,
                                        Long systemId, String format, Locale locale) {
        boolean png = DiagramRequests.png(format);
        DiagramService.Drawing drawing = diagrams.draw(type,
                DiagramRequests.filter(legalEntityId, minImportance, zoneId, systemId), locale);
        return DiagramRequests.file(diagrams, drawing, png, false);
    }
}
