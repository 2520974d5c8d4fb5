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
        return Map.of(
                "systemKind", SystemKind.values(),
                "lifecycle", LifecycleStatus.values(),
                "importance", Importance.values(),
                "rating", Rating.values(),
                "priority", ProtectionPriority.values(),
                "environment", Environment.values(),
                "serviceKind", ServiceKind.values(),
                "hardwareSoftwareKind", HardwareSoftwareKind.values());
    }
}
