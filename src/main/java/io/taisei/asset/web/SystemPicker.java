package io.taisei.asset.web;

import io.taisei.asset.AssetManagement;
import io.taisei.asset.SystemId;
import io.taisei.asset.SystemSummary;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The system fields of the ledger forms (fragments {@code systemField} and {@code systemsField}): a system is named by
 * its code, typed or chosen from suggestions the server makes while typing, so that every system can be reached
 * however many there are (a select of every system was cut off at 2,000). A multiple field also sends the ids of the
 * systems ticked so far. Codes that name no system are refused beside the field, naming them; ids are checked by the
 * services. The API takes ids and is not concerned.
 */
@Component
class SystemPicker {

    /** At most this many codes in one field, as a record may name at most 500 systems. */
    static final int MAX_CODES = 500;

    private final AssetManagement assets;
    private final SpringValidatorAdapter validator;

    SystemPicker(AssetManagement assets, Validator validator) {
        this.assets = assets;
        this.validator = new SpringValidatorAdapter(validator);
    }

    /**
     * What was picked in one field: the ids of the systems, and the codes typed that name none (shown again in the
     * field with the error).
     */
    record Picked(Set<Long> ids, String unknown) {

        Long id() {
            return ids.isEmpty() ? null : ids.iterator().next();
        }
    }

    /** The system named in a single field ({@code <field>Code}); nothing when it is blank. */
    Picked one(String typed, String field, BindingResult result) {
        return many(List.of(), typed == null ? null : typed.strip(), field, result, true);
    }

    /**
     * The systems of a multiple field: those ticked ({@code ticked}, ids) and those whose codes were typed into its
     * text field ({@code <field>Codes}; several separated by spaces, commas or 、).
     */
    Picked many(Collection<Long> ticked, String typed, String field, BindingResult result) {
        return many(ticked, typed, field, result, false);
    }

    private Picked many(Collection<Long> ticked, String typed, String field, BindingResult result, boolean single) {
        Set<Long> ids = new LinkedHashSet<>(ticked == null ? List.of() : ticked);
        List<String> codes = single ? (typed == null || typed.isEmpty() ? List.of() : List.of(typed)) : codes(typed);
        if (codes.size() > MAX_CODES) {
            reject(result, field, typed, "assetlists.system.tooMany", MAX_CODES);
            return new Picked(ids, typed);
        }
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            assets.systemByCode(code).ifPresentOrElse(found -> ids.add(found.id().value()), () -> unknown.add(code));
        }
        if (!unknown.isEmpty()) {
            reject(result, field, String.join(" ", unknown), "assetlists.system.unknown", String.join(", ", unknown));
        }
        return new Picked(ids, String.join(" ", unknown));
    }

    private static List<String> codes(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(new LinkedHashSet<>(List.of(typed.strip().split("[\\s,、，]+"))));
    }

    /**
     * A code that names no system is a binding failure of the field (the text could not be turned into a system):
     * bean validation then adds nothing more there, such as "required".
     */
    private static void reject(BindingResult result, String field, String rejected, String code, Object argument) {
        result.addError(new FieldError(result.getObjectName(), field, rejected, true,
                result.resolveMessageCodes(code, field), new Object[]{argument}, null));
    }

    /**
     * Bean validation of the draft with its systems resolved, into the form's result: the form is bound without
     * {@code @Valid} because a required system is only known once its code is looked up.
     */
    void validate(Object draft, BindingResult result) {
        validator.validate(draft, result);
    }

    /** The systems of these ids, by code, for the ticked list of a multiple field. */
    List<SystemSummary> chosen(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return assets.systemsById(ids.stream().map(SystemId::new).toList()).stream()
                .sorted(Comparator.comparing(SystemSummary::code)).toList();
    }

    /** What a single field shows for a system id: its code, or nothing. */
    String codeOf(Long id) {
        return id == null ? "" : assets.systemsById(List.of(new SystemId(id))).stream().map(SystemSummary::code)
                .findFirst().orElse("");
    }
}
