package io.taisei.compliance.framework;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A library object's texts in one other language, as a CISO Assistant library carries them under {@code translations}
 * (keyed by language code). Only what the object has is set: a framework has a name and description, a requirement node
 * also an annotation and typical evidence.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Translation(String name, String description, String annotation, String typicalEvidence) {

    public boolean isEmpty() {
        return name == null && description == null && annotation == null && typicalEvidence == null;
    }

    /**
     * The text to show a reader of {@code locale}: the translation into the reader's language when the library has one
     * for that field, else the original. A translation keyed by the language alone ({@code ja}) is preferred to one
     * for a region ({@code ja-JP}).
     */
    public static String pick(Map<String, Translation> translations, Locale locale, Function<Translation, String> field,
                              String original) {
        if (translations == null || translations.isEmpty() || locale == null) {
            return original;
        }
        String language = locale.getLanguage().toLowerCase(Locale.ROOT);
        Translation exact = translations.get(language);
        String text = exact == null ? null : field.apply(exact);
        if (text != null) {
            return text;
        }
        for (Map.Entry<String, Translation> entry : translations.entrySet()) {
            String key = entry.getKey().toLowerCase(Locale.ROOT);
            if (key.startsWith(language + "-") || key.startsWith(language + "_")) {
                String regional = field.apply(entry.getValue());
                if (regional != null) {
                    return regional;
                }
            }
        }
        return original;
    }
}
