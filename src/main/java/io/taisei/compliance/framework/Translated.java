package io.taisei.compliance.framework;

import java.util.Locale;
import java.util.Map;

/**
 * A library object whose name and description are kept as the library wrote them, with their {@code translations} by
 * language code: {@code name(Locale)} and {@code description(Locale)} pick what a reader of that language sees.
 */
public interface Translated {

    String name();

    String description();

    Map<String, Translation> translations();

    default String name(Locale reader) {
        return Translation.pick(translations(), reader, Translation::name, name());
    }

    default String description(Locale reader) {
        return Translation.pick(translations(), reader, Translation::description, description());
    }
}
