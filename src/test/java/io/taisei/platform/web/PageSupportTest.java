package io.taisei.platform.web;

import io.taisei.platform.Paging;
import io.taisei.platform.RuleViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What list pages share: the results or their htmx fragment, and a refused filter shown instead of an error page. */
class PageSupportTest {

    private final ExtendedModelMap model = new ExtendedModelMap();

    @BeforeEach
    void aListRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/things");
        request.setQueryString("q=tomcat&page=1");
        request.addParameter("q", "tomcat");
        request.addParameter("page", "1");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void htmxGetsOnlyTheResultsOfAListUnlessItRestoresHistory() {
        MockHttpServletRequest browser = new MockHttpServletRequest();
        MockHttpServletRequest htmx = new MockHttpServletRequest();
        htmx.addHeader("HX-Request", "true");
        MockHttpServletRequest restore = new MockHttpServletRequest();
        restore.addHeader("HX-Request", "true");
        restore.addHeader("HX-History-Restore-Request", "true");

        assertThat(PageSupport.listView(browser, "things/list")).isEqualTo("things/list");
        assertThat(PageSupport.listView(htmx, "things/list")).isEqualTo("things/list :: results");
        assertThat(PageSupport.listView(restore, "things/list")).isEqualTo("things/list");
    }

    @Test
    void theResultsOfAListGoIntoTheModelWithLinksToTheNeighbouringPages() {
        Page<String> second = new PageImpl<>(List.of("c", "d"), PageRequest.of(1, 2), 6);

        PageSupport.results(model, () -> second);

        assertThat(model.get("page")).isSameAs(second);
        assertThat(model.get("previousUrl")).isEqualTo("/things?q=tomcat&page=0");
        assertThat(model.get("nextUrl")).isEqualTo("/things?q=tomcat&page=2");
        assertThat(model.containsAttribute("filterErrorKey")).isFalse();
    }

    @Test
    void aFilterTheQueryRefusesIsShownWithTheValueGivenInsteadOfResults() {
        PageSupport.results(model, () -> {
            throw RuleViolationException.invalid("severity", "x.filter.unknown", "URGENT");
        });

        assertThat(model.get("filterErrorKey")).isEqualTo("x.filter.unknown");
        assertThat((Object[]) model.get("filterErrorArgs")).containsExactly("URGENT");
        assertThat(model.containsAttribute("page")).isFalse();
    }

    @Test
    void aPagingParameterOutOfRangeIsShownInsteadOfResults() {
        PageSupport.results(model, () -> {
            throw new Paging.InvalidPagingException("page", "page.negative");
        });

        assertThat(model.get("filterErrorKey")).isEqualTo("page.negative");
        assertThat(model.containsAttribute("filterErrorArgs")).isFalse();
        assertThat(model.containsAttribute("page")).isFalse();
    }

    @Test
    void anyOtherFailureOfTheQueryIsNotTakenForABadFilter() {
        assertThatThrownBy(() -> PageSupport.results(model, () -> {
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(model.containsAttribute("filterErrorKey")).isFalse();
    }
}
