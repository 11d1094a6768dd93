/*
 * Suggestions while typing in the search field (progressive enhancement: without this
 * script the form simply submits). ARIA 1.2 combobox with a listbox popup: arrow keys move
 * through the suggestions, Enter opens the chosen page, Escape closes the list, and a
 * polite live region says how many suggestions there are.
 */
(function () {
    "use strict";

    var form = document.querySelector("form[data-suggestions-url]");
    var input = form && form.querySelector("input[name=q]");
    if (!input || !window.fetch) {
        return;
    }

    var url = form.getAttribute("data-suggestions-url");
    var wrapper = document.createElement("div");
    var listbox = document.createElement("ul");
    var status = document.createElement("p");
    var suggestions = [];
    var active = -1;
    var timer = null;
    var controller = null;

    wrapper.className = "search-suggestions";
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);

    listbox.id = "search-suggestions";
    listbox.className = "search-suggestions__list";
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-label", "Forslag");
    listbox.hidden = true;
    wrapper.appendChild(listbox);

    status.className = "visually-hidden";
    status.setAttribute("aria-live", "polite");
    form.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);

    function close() {
        listbox.hidden = true;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
        active = -1;
    }

    function choose(index) {
        var options = listbox.children;
        for (var i = 0; i < options.length; i++) {
            options[i].setAttribute("aria-selected", i === index ? "true" : "false");
        }
        active = index;
        if (index >= 0) {
            input.setAttribute("aria-activedescendant", options[index].id);
        } else {
            input.removeAttribute("aria-activedescendant");
        }
    }

    function render(items) {
        suggestions = items;
        listbox.textContent = "";
        items.forEach(function (item, index) {
            var option = document.createElement("li");
            var title = document.createElement("span");
            var type = document.createElement("span");
            option.id = "search-suggestion-" + index;
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            title.textContent = item.title;
            type.className = "search-suggestions__type";
            type.textContent = item.type;
            option.appendChild(title);
            option.appendChild(document.createTextNode(" "));
            option.appendChild(type);
            option.addEventListener("click", function () {
                window.location.href = item.url;
            });
            listbox.appendChild(option);
        });
        active = -1;
        if (items.length) {
            listbox.hidden = false;
            input.setAttribute("aria-expanded", "true");
            status.textContent = items.length + " forslag" +
                ". Bruk pil opp og ned for å velge, Enter for å åpne.";
        } else {
            close();
            status.textContent = "";
        }
    }

    function fetchSuggestions() {
        var text = input.value.trim();
        if (text.length < 2) {
            render([]);
            return;
        }
        if (controller) {
            controller.abort();
        }
        controller = window.AbortController ? new AbortController() : null;
        fetch(url + "?q=" + encodeURIComponent(text), {
            headers: { Accept: "application/json" },
            signal: controller ? controller.signal : undefined
        })
            .then(function (response) {
                return response.ok ? response.json() : { suggestions: [] };
            })
            .then(function (data) {
                render(data.suggestions || []);
            })
            .catch(function () {
                /* Aborted or offline: the form still works without suggestions. */
            });
    }

    input.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(fetchSuggestions, 200);
    });

    input.addEventListener("keydown", function (event) {
        var open = !listbox.hidden;
        if (event.key === "ArrowDown" && suggestions.length) {
            event.preventDefault();
            if (!open) {
                listbox.hidden = false;
                input.setAttribute("aria-expanded", "true");
            }
            choose((active + 1) % suggestions.length);
        } else if (event.key === "ArrowUp" && open) {
            event.preventDefault();
            choose(active <= 0 ? suggestions.length - 1 : active - 1);
        } else if (event.key === "Enter" && open && active >= 0) {
            event.preventDefault();
            window.location.href = suggestions[active].url;
        } else if (event.key === "Escape" && open) {
            event.preventDefault();
            close();
        }
    });

    // Clicking an option must not blur the field first and close the list.
    listbox.addEventListener("mousedown", function (event) {
        event.preventDefault();
    });
    input.addEventListener("blur", close);
}());
