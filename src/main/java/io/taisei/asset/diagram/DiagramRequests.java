package io.taisei.asset.diagram;

import io.taisei.asset.Importance;
import io.taisei.asset.NetworkZoneId;
import io.taisei.asset.SystemId;
import io.taisei.organization.LegalEntityId;
import io.taisei.platform.RuleViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** What the page controller and the API share: reading the request parameters, answering with the file. */
public final class DiagramRequests {

    public static final MediaType IMAGE_SVG = MediaType.valueOf("image/svg+xml");

    private DiagramRequests() {
    }

    /** @throws RuleViolationException (field {@code type}) for a type that is neither data-flow nor network */
    public static DiagramType type(String slug) {
        return DiagramType.ofSlug(slug).orElseThrow(() -> RuleViolationException.invalid("type", "diagram.rule.type"));
    }

    public static DiagramFilter filter(Long legalEntityId, Importance minImportance, Long zoneId, Long systemId) {
        return new DiagramFilter(legalEntityId == null ? null : new LegalEntityId(legalEntityId), minImportance,
                NetworkZoneId.of(zoneId), SystemId.of(systemId));
    }

    /**
     * Whether the format asks for PNG rather than SVG; checked before drawing, which is the expensive part.
     *
     * @throws RuleViolationException (field {@code format}) for a format that is neither svg nor png
     */
    public static boolean png(String format) {
        return switch (format) {
            case "svg" -> false;
            case "png" -> true;
            default -> throw RuleViolationException.invalid("format", "diagram.rule.format");
        };
    }

    /** The drawing as SVG or PNG, named after the diagram and the day. */
    public static ResponseEntity<byte[]> file(DiagramService diagrams, DiagramService.Drawing drawing, boolean png,
                                              boolean attachment) {
        byte[] body = png ? diagrams.png(drawing) : diagrams.svg(drawing).getBytes(StandardCharsets.UTF_8);
        String name = drawing.type().slug() + "-" + LocalDate.now() + (png ? ".png" : ".svg");
        ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(name).build();
        return ResponseEntity.ok()
                .contentType(png ? MediaType.IMAGE_PNG : IMAGE_SVG)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
