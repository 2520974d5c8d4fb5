package io.taisei.compliance.spi;

import java.util.List;
import java.util.Set;

/**
 * A module that can measure, from its own records, how well some guideline items are met. Item keys are the
 * guideline's numbering as the catalog holds it ({@code 2.3.1-5}, {@code 2.2.1.2-1}). Implementations compute on
 * demand (pages and reports ask when they are shown), so they should answer with a few aggregate queries.
 */
public interface ComplianceIndicatorProvider {

    /** The item keys this provider speaks to; compliance asks only about these. */
    Set<String> itemKeys();

    /** Indicators, computed now, for those of {@code itemKeys} this provider speaks to. */
    List<ComplianceIndicator> indicators(Set<String> itemKeys);
}
