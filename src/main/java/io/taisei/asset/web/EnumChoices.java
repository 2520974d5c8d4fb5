package io.taisei.asset.web;

import io.taisei.asset.Environment;
import io.taisei.asset.HardwareSoftwareKind;
import io.taisei.asset.Importance;
import io.taisei.asset.LifecycleStatus;
import io.taisei.asset.ProtectionPriority;
import io.taisei.asset.Rating;
import io.taisei.asset.ServiceKind;
import io.taisei.asset.SystemKind;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Map;

/**
 * The enum constants the ledger pages offer as choices, as the model attribute {@code choices}: Thymeleaf forbids
 * {@code T(...)} inside fragment parameters, and the lists stay in one place.
 */
@ControllerAdvice(basePackageClasses = EnumChoices.class)
class EnumChoices {

    @ModelAttribute("choices")
    Map<String, Object[]> choices() {
        return Map.ofEntries(
                Map.entry("systemKind", (Object[]) SystemKind.values()),
                Map.entry("lifecycle", (Object[]) LifecycleStatus.values()),
                Map.entry("importance", (Object[]) Importance.values()),
                Map.entry("rating", (Object[]) Rating.values()),
                Map.entry("priority", (Object[]) ProtectionPriority.values()),
                Map.entry("environment", (Object[]) Environment.values()),
                Map.entry("serviceKind", (Object[]) ServiceKind.values()),
                Map.entry("hardwareSoftwareKind", (Object[]) HardwareSoftwareKind.values()),
                Map.entry("dataCategory", (Object[]) io.taisei.asset.DataCategory.values()),
                Map.entry("classification", (Object[]) io.taisei.asset.Classification.values()),
                Map.entry("zoneKind", (Object[]) io.taisei.asset.ZoneKind.values()),
                Map.entry("connectionKind", (Object[]) io.taisei.asset.ConnectionKind.values()),
                Map.entry("direction", (Object[]) io.taisei.asset.Direction.values()),
                Map.entry("unmanagedKind", (Object[]) io.taisei.asset.UnmanagedAssetKind.values()),
                Map.entry("discoveryMethod", (Object[]) io.taisei.asset.DiscoveryMethod.values()),
                Map.entry("unmanagedDecision", (Object[]) io.taisei.asset.UnmanagedAssetDecision.values()),
                Map.entry("unmanagedStatus", (Object[]) io.taisei.asset.UnmanagedAssetStatus.values()));
    }
}
