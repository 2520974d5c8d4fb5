package io.taisei.asset.transfer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Enum values as they appear in files: the Japanese label on export; on import the Japanese or English label or the
 * constant's name, so that a file typed by hand or exported by the API both read.
 */
@Component
class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    String label(String prefix, Enum<?> value) {
        return value == null ? "" : messages.getMessage(prefix + value.name(), null, value.name(), Locale.JAPANESE);
    }

    <E extends Enum<E>> Map<String, E> parser(String prefix, Class<E> type) {
        Map<String, E> byText = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            byText.put(constant.name().toLowerCase(Locale.ROOT), constant);
            byText.put(messages.getMessage(prefix + constant.name(), null, constant.name(), Locale.JAPANESE)
                    .toLowerCase(Locale.ROOT), constant);
            byText.put(messages.getMessage(prefix + constant.name(), null, constant.name(), Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT), constant);
        }
        return byText;
    }

    String message(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
