package io.taisei.asset.transfer;

import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The cells of one data row, read by column as text, enum label, yes/no, whole number, date or code; a cell that
 * does not read is reported (with its column header) and read as null.
 */
final class RowValues {

    /** Several codes or labels in one cell: separated by commas, the Japanese comma, semicolons or line breaks. */
    static final Pattern LIST_SEPARATOR = Pattern.compile("[,、;；\\n]+");

    private static final DateTimeFormatter[] DATE_FORMATS = {
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT)};

    /** Excel stores a date typed into a cell as a serial day number; these bound any plausible ledger date. */
    private static final Pattern SERIAL_DAY = Pattern.compile("\\d{4,6}(\\.0+)?");

    interface Problems {
        void add(String column, String messageKey, Object... arguments);
    }

    private final List<String> cells;
    private final Map<Column, Integer> positions;
    private final Problems problems;

    RowValues(List<String> cells, Map<Column, Integer> positions, Problems problems) {
        this.cells = cells;
        this.positions = positions;
        this.problems = problems;
    }

    String text(Column column) {
        Integer position = positions.get(column);
        if (position == null || position >= cells.size() || cells.get(position) == null) {
            return null;
        }
        String value = cells.get(position).strip();
        return value.isEmpty() ? null : value;
    }

    <E> E choice(Column column, Map<String, E> byText) {
        String text = text(column);
        return text == null ? null : lookUp(column, text, byText);
    }

    <E> Set<E> choices(Column column, Map<String, E> byText) {
        Set<E> values = new LinkedHashSet<>();
        for (String text : list(column)) {
            E value = lookUp(column, text, byText);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private <E> E lookUp(Column column, String text, Map<String, E> byText) {
        E value = byText.get(text.toLowerCase(Locale.ROOT));
        if (value == null) {
            problems.add(column.header(), "asset.import.unknownValue", text);
        }
        return value;
    }

    boolean bool(Column column) {
        String text = text(column);
        if (text == null) {
            return false;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "はい", "true", "yes", "1", "○", "あり" -> true;
            case "いいえ", "false", "no", "0", "×", "なし" -> false;
            default -> {
                problems.add(column.header(), "asset.import.notBoolean", text);
                yield false;
            }
        };
    }

    Integer integer(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text).intValueExact();
        } catch (NumberFormatException | ArithmeticException notAWholeNumber) {
            problems.add(column.header(), "asset.import.notInteger", text);
            return null;
        }
    }

    /** yyyy-MM-dd, yyyy/M/d, or an Excel date cell (a serial day number); 2027/13/45 is refused, not rolled over. */
    LocalDate date(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException tryNext) {
                // the next format, or the serial number below
            }
        }
        if (SERIAL_DAY.matcher(text).matches()) {
            double serial = Double.parseDouble(text);
            if (DateUtil.isValidExcelDate(serial)) {
                return DateUtil.getLocalDateTime(serial).toLocalDate();
            }
        }
        problems.add(column.header(), "asset.import.notDate", text);
        return null;
    }

    Long reference(Column column, Function<String, Optional<Long>> lookup) {
        String code = text(column);
        return code == null ? null : resolve(column, code, lookup);
    }

    Set<Long> references(Column column, Function<String, Optional<Long>> lookup) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String code : list(column)) {
            Long id = resolve(column, code, lookup);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private Long resolve(Column column, String code, Function<String, Optional<Long>> lookup) {
        Optional<Long> id = lookup.apply(code);
        if (id.isEmpty()) {
            problems.add(column.header(), "asset.import.unknownCode", code);
        }
        return id.orElse(null);
    }

    private List<String> list(Column column) {
        String text = text(column);
        if (text == null) {
            return List.of();
        }
        return LIST_SEPARATOR.splitAsStream(text).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
