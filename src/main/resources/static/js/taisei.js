// Sends the CSRF token with every htmx request, read from the page's meta tags (no inline script: CSP).
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
    }
});

// System fields of the asset forms (fragments systemField / systemsField): while the user types, a few matching
// systems are fetched as the field's datalist options; in a multiple field, a suggestion chosen (or a code that
// matches one, on Enter) joins the ticked list and the text field empties. Without JavaScript the typed codes are
// sent and the server looks them up.
(function () {
    var timers = new WeakMap();

    function suggestions(input) {
        return document.getElementById(input.getAttribute('list'));
    }

    function fetchSuggestions(input) {
        var text = input.value.trim();
        var list = suggestions(input);
        if (!list || text.length === 0) {
            return;
        }
        fetch(input.dataset.systemSuggest + '?system=' + encodeURIComponent(text), {credentials: 'same-origin'})
            // a signed-out session is redirected to the sign-in page: nothing to suggest then
            .then(function (response) { return response.ok && !response.redirected ? response.text() : ''; })
            .then(function (html) {
                if (input.value.trim() === text) { // a later keystroke may have asked for others already
                    var parsed = new DOMParser().parseFromString('<datalist>' + html + '</datalist>', 'text/html');
                    list.replaceChildren.apply(list, Array.from(parsed.querySelectorAll('option')));
                }
            });
    }

    // the suggestion whose code is the field's text, if it has been fetched
    function chosenSuggestion(input) {
        var code = input.value.trim().toUpperCase();
        var list = suggestions(input);
        return list && Array.from(list.options).find(function (o) { return o.value.toUpperCase() === code; });
    }

    function tick(input, option) {
        var chosen = document.getElementById(input.dataset.systemAdd);
        var id = option.dataset.id;
        var listed = chosen.querySelector('input[value="' + id + '"]');
        if (listed) { // listed already, perhaps unticked: tick it again
            listed.checked = true;
        } else {
            var item = document.createElement('li');
            item.className = 'form-check';
            var box = document.createElement('input');
            box.className = 'form-check-input';
            box.type = 'checkbox';
            box.checked = true;
            box.name = input.dataset.field;
            box.value = id;
            box.id = input.dataset.field + '-' + id;
            var label = document.createElement('label');
            label.className = 'form-check-label';
            label.htmlFor = box.id;
            label.textContent = option.value + ' ' + option.textContent;
            item.append(box, label);
            chosen.append(item);
        }
        input.value = '';
        suggestions(input).replaceChildren(); // nothing left to suggest until the next keystroke
    }

    document.addEventListener('input', function (event) {
        var input = event.target;
        if (!(input instanceof HTMLInputElement) || !input.dataset.systemSuggest) {
            return;
        }
        var option = input.dataset.systemAdd && event.inputType === 'insertReplacementText' && chosenSuggestion(input);
        if (option) { // picked from the suggestions
            tick(input, option);
            return;
        }
        clearTimeout(timers.get(input));
        timers.set(input, setTimeout(function () { fetchSuggestions(input); }, 200));
    });

    document.addEventListener('keydown', function (event) {
        var input = event.target;
        if (event.key !== 'Enter' || !(input instanceof HTMLInputElement) || !input.dataset.systemAdd) {
            return;
        }
        event.preventDefault(); // Enter adds the system rather than sending the form
        var option = chosenSuggestion(input);
        if (option) {
            tick(input, option);
        }
    });
})();
