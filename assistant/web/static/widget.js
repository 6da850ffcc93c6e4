/* Balance-assistenten chat widget: one script tag adds a launcher and a chat panel (Shadow DOM).
 *
 * Embed: <script src="https://ASSISTANT/widget.js" defer></script>
 * Options (data- attributes on that tag): data-title, data-color (#rgb or #rrggbb), data-greeting,
 * data-position ("right" or "left"), data-suggestions ("question 1|question 2|…"), data-api (base URL).
 * Everything from a question or the corpus is set as text (textContent), never parsed as HTML.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || !script.src) {
    return;
  }
  var MAX_QUESTION_CHARS = 500;
  /* Earlier questions sent along with a new one: the API accepts at most this many. */
  var MAX_HISTORY = 5;
  var MAX_STORED_MESSAGES = 40;
  var REQUEST_TIMEOUT_MS = 15000;
  var DEFAULT_COLOR = "#1f5f4a";
  /* The server fills this in from ASSISTANT_SUGGESTIONS, keeping the questions its index answers. */
  var SUGGESTIONS = [];
  /* The panel fills the screen (and is modal) below this width; the CSS uses the same query. */
  var PHONE_QUERY = "(max-width:640px)";
  var TEXT = {
    title: "Spørg Balance Danmark",
    launcher: "Spørg os",
    greeting: "Hej! Jeg svarer ud fra Balance Danmarks eget materiale og viser altid kilderne. " +
      "Hvad vil du vide?",
    suggestions: "Forslag til spørgsmål",
    placeholder: "Skriv dit spørgsmål …",
    inputLabel: "Dit spørgsmål",
    send: "Send",
    close: "Luk chatten",
    clear: "Ny samtale",
    you: "Du skrev:",
    bot: "Assistenten svarede:",
    typing: "Assistenten skriver",
    sources: "Kilder",
    source: "Kilde",
    helpfulQuestion: "Hjalp svaret dig?",
    helpful: "Ja, svaret hjalp",
    unhelpful: "Nej, svaret hjalp ikke",
    thanks: "Tak for din tilbagemelding.",
    feedbackFailed: "Din tilbagemelding kunne ikke gemmes. Prøv igen.",
    unreachable: "Assistenten kan ikke nås lige nu. Tjek din forbindelse, og prøv igen.",
    serverError: "Der skete en fejl hos assistenten. Prøv igen om lidt.",
    interrupted: "Svaret nåede ikke frem, før du skiftede side.",
    retry: "Prøv igen",
    note: "Svarene bygger på Balance Danmarks eget materiale. Widgetten sætter ingen cookies.",
    tooLong: "Spørgsmålet er for langt: højst " + MAX_QUESTION_CHARS + " tegn."
  };

  var data = script.dataset;
  var apiBase = data.api || new URL(".", script.src).href;
  if (apiBase.charAt(apiBase.length - 1) !== "/") {
    apiBase += "/";
  }
  var options = {
    title: data.title || TEXT.title,
    greeting: data.greeting || TEXT.greeting,
    color: /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(data.color || "") ? data.color : DEFAULT_COLOR,
    position: data.position === "left" ? "left" : "right",
    suggestions: data.suggestions ?
      data.suggestions.split("|").map(function (s) { return s.trim(); }).filter(Boolean).slice(0, 4) :
      SUGGESTIONS
  };
  var storageKey = "balance-assistent:v1:" + apiBase;

  var CSS = [
    ":host{all:initial}",
    ".root{--accent:" + DEFAULT_COLOR + ";--on-accent:#fff;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1a1a;letter-spacing:normal;text-align:left}",
    /* :where() keeps the reset at zero specificity, so every rule below wins over it. */
    ":where(.root *){box-sizing:border-box;font:inherit;color:inherit;margin:0;padding:0}",
    "svg{width:18px;height:18px;fill:currentColor;vertical-align:middle}",
    "[hidden]{display:none!important}",
    ".vh{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
    "button{cursor:pointer;border:0;background:none}",
    "a{color:#0a4d8c;text-decoration:underline}",
    ":focus-visible{outline:3px solid #ffbf47;outline-offset:2px;box-shadow:0 0 0 5px #1a1a1a}",
    ".launcher{position:fixed;bottom:20px;z-index:2147483000;display:flex;align-items:center;gap:8px;padding:12px 18px;border-radius:28px;background:var(--accent);color:var(--on-accent);font-weight:600;box-shadow:0 4px 14px rgba(0,0,0,.25)}",
    ".right .launcher{right:20px}.left .launcher{left:20px}",
    ".panel{position:fixed;bottom:84px;z-index:2147483001;width:380px;max-width:calc(100vw - 40px);height:560px;max-height:calc(100vh - 110px);display:flex;flex-direction:column;background:#fff;border-radius:14px;box-shadow:0 8px 32px rgba(0,0,0,.28);overflow:hidden}",
    ".right .panel{right:20px}.left .panel{left:20px}",
    "header{display:flex;align-items:center;gap:8px;padding:12px 14px;background:var(--accent);color:var(--on-accent)}",
    "h2{flex:1;font-size:17px;font-weight:700}",
    "header button{color:var(--on-accent);padding:6px 8px;border-radius:6px;font-size:14px}",
    "header .close{font-size:22px;line-height:1}",
    ".scroll{position:relative;flex:1;overflow-y:auto;padding:14px;display:flex;flex-direction:column;gap:12px}",
    ".greeting{background:#f1f4f3;border-radius:10px;padding:10px 12px}",
    ".suggestions{list-style:none;display:flex;flex-direction:column;gap:6px}",
    ".suggestions button{width:100%;text-align:left;padding:8px 12px;border:2px solid var(--accent);border-radius:18px;color:#1a1a1a;background:#fff}",
    ".log{list-style:none;display:flex;flex-direction:column;gap:12px}",
    ".msg{max-width:92%;border-radius:12px;padding:10px 12px;word-wrap:break-word;overflow-wrap:anywhere;white-space:pre-wrap}",
    ".user{align-self:flex-end;background:var(--accent);color:var(--on-accent)}",
    ".bot{align-self:flex-start;background:#f1f4f3}",
    ".error{align-self:flex-start;background:#fdecea;color:#7a1010;border:1px solid #e0a4a0}",
    ".error button{margin-top:8px;padding:6px 12px;border-radius:6px;background:#7a1010;color:#fff;font-weight:600}",
    ".sources{margin-top:8px;padding-left:20px;font-size:13.5px;white-space:normal}",
    ".sources li{margin-top:4px}",
    ".snippet{color:#3d3d3d;font-size:13px}",
    ".cite{font-weight:600;text-decoration:none;padding:0 1px}",
    ".feedback{display:flex;align-items:center;gap:6px;margin-top:8px;font-size:13px;white-space:normal}",
    /* Stuck to the bottom of the view while the rest of a long answer is scrolled past. */
    ".bot .feedback{position:sticky;bottom:0;padding:4px 0;background:#f1f4f3}",
    ".feedback button{display:inline-flex;padding:4px 8px;border:1px solid #767676;border-radius:6px;background:#fff;color:#1a1a1a}",
    ".feedback button[aria-pressed=true]{background:var(--accent);color:var(--on-accent);border-color:var(--accent)}",
    ".feedback button:disabled{cursor:default}",
    ".typing{align-self:flex-start;color:#3d3d3d;font-style:italic}",
    ".composer{display:flex;gap:8px;padding:10px;border-top:1px solid #d6d6d6}",
    ".composer input{flex:1;min-width:0;padding:10px 12px;border:2px solid #767676;border-radius:8px;background:#fff}",
    ".composer button{padding:10px 14px;border-radius:8px;background:var(--accent);color:var(--on-accent);font-weight:600}",
    ".composer button:disabled{opacity:.6;cursor:default}",
    ".note{padding:0 12px 10px;font-size:12px;color:#555}",
    /* .root raises the rule above ".left .panel" and ".right .panel", so no corner offset remains. */
    "@media " + PHONE_QUERY + "{.root .panel{inset:0;bottom:0;width:100vw;max-width:none;height:100%;max-height:none;border-radius:0}.open .launcher{display:none}}",
    "@media (prefers-reduced-motion:no-preference){.dots{animation:blink 1.2s infinite}}",
    "@keyframes blink{50%{opacity:.2}}"
  ].join("\n");

  /* Relative luminance (WCAG), to put white or black text on the chosen colour. */
  function luminance(hex) {
    var h = hex.slice(1);
    if (h.length === 3) {
      h = h.replace(/./g, function (c) { return c + c; });
    }
    return [0, 2, 4].map(function (i) {
      var c = parseInt(h.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }).reduce(function (sum, c, i) { return sum + c * [0.2126, 0.7152, 0.0722][i]; }, 0);
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, attrs[name]);
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  /* Icons as SVG paths (no emoji font needed). Thumb: Material Design icons, Apache License 2.0. */
  var ICONS = {
    chat: "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z",
    thumb: "M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06" +
      "L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22" +
      "l3.02-7.05c.09-.23.14-.47.14-.73v-2z"
  };

  function icon(name, upsideDown) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", ICONS[name]);
    if (upsideDown) {
      path.setAttribute("transform", "rotate(180 12 12)");
    }
    svg.appendChild(path);
    return svg;
  }

  function safeUrl(url) {
    try {
      var parsed = new URL(url, location.href);
      return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  /* Session storage can be blocked (privacy settings, sandboxed frames): then memory only. */
  function loadState() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(storageKey) || "null");
      if (saved && Array.isArray(saved.messages)) {
        return {open: !!saved.open, messages: saved.messages};
      }
    } catch (e) { /* fall through to a fresh conversation */ }
    return {open: false, messages: []};
  }

  function start() {
    if (document.querySelector("balance-assistent")) {
      return;
    }
    var state = loadState();
    var pending = false;
    var host = el("balance-assistent");
    var shadow = host.attachShadow({mode: "open"});
    if (shadow.adoptedStyleSheets !== undefined && window.CSSStyleSheet) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      shadow.adoptedStyleSheets = [sheet];
    } else {
      shadow.appendChild(el("style", {}, CSS));
    }

    var root = el("div", {"class": "root " + options.position});
    root.style.setProperty("--accent", options.color);
    var dark = luminance(options.color);
    root.style.setProperty("--on-accent", (1.05 / (dark + 0.05)) >= ((dark + 0.05) / 0.05) ? "#fff" : "#111");

    var launcher = el("button", {"class": "launcher", type: "button", "aria-expanded": "false",
      "aria-controls": "ba-panel", "aria-label": options.title});
    launcher.appendChild(icon("chat"));
    launcher.appendChild(el("span", {"aria-hidden": "true"}, TEXT.launcher));

    var panel = el("section", {"class": "panel", id: "ba-panel", role: "dialog",
      "aria-labelledby": "ba-title"});
    panel.hidden = true;
    var header = el("header");
    header.appendChild(el("h2", {id: "ba-title"}, options.title));
    var clearButton = el("button", {type: "button", "class": "clear"}, TEXT.clear);
    var closeButton = el("button", {type: "button", "class": "close", "aria-label": TEXT.close}, "×");
    header.appendChild(clearButton);
    header.appendChild(closeButton);

    var scroll = el("div", {"class": "scroll"});
    scroll.appendChild(el("p", {"class": "greeting"}, options.greeting));
    var suggestions = el("ul", {"class": "suggestions", "aria-label": TEXT.suggestions});
    options.suggestions.forEach(function (question) {
      var item = el("li");
      var button = el("button", {type: "button"}, question);
      button.addEventListener("click", function () { send(question); });
      item.appendChild(button);
      suggestions.appendChild(item);
    });
    if (options.suggestions.length) {
      scroll.appendChild(suggestions);
    }
    var log = el("ol", {"class": "log", "aria-label": options.title});
    scroll.appendChild(log);
    var typing = el("p", {"class": "typing"}, TEXT.typing);
    typing.appendChild(el("span", {"class": "dots", "aria-hidden": "true"}, " …"));
    typing.hidden = true;
    scroll.appendChild(typing);

    var form = el("form", {"class": "composer"});
    var label = el("label", {"for": "ba-input", "class": "vh"}, TEXT.inputLabel);
    var input = el("input", {id: "ba-input", type: "text", autocomplete: "off",
      maxlength: String(MAX_QUESTION_CHARS), placeholder: TEXT.placeholder});
    var sendButton = el("button", {type: "submit"}, TEXT.send);
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(sendButton);

    panel.appendChild(header);
    panel.appendChild(scroll);
    panel.appendChild(form);
    panel.appendChild(el("p", {"class": "note"}, TEXT.note));
    /* Outside the log, so that restoring the conversation on a new page announces nothing. */
    var live = el("div", {"class": "vh live", role: "status", "aria-live": "polite"});
    root.appendChild(launcher);
    root.appendChild(panel);
    root.appendChild(live);
    shadow.appendChild(root);
    document.body.appendChild(host);

    function save() {
      state.messages = state.messages.slice(-MAX_STORED_MESSAGES);
      try {
        window.sessionStorage.setItem(storageKey, JSON.stringify(state));
      } catch (e) { /* storage full or blocked: the conversation lives on this page only */ }
    }

    function announce(text) {
      live.textContent = "";
      window.setTimeout(function () { live.textContent = text; }, 50);
    }

    var phone = window.matchMedia(PHONE_QUERY);

    /* On a phone the panel covers the page: Tab and Shift+Tab go round inside it. */
    function trapFocus(event) {
      if (!phone.matches) {
        return;
      }
      var items = Array.prototype.filter.call(panel.querySelectorAll("button, input, a[href]"),
        function (e) { return !e.disabled && e.getClientRects().length > 0; });
      var first = items[0];
      var last = items[items.length - 1];
      var active = shadow.activeElement;
      if (event.shiftKey ? active === first || !panel.contains(active) : active === last) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
      }
    }

    function setOpen(open, moveFocus) {
      state.open = open;
      panel.hidden = !open;
      panel.setAttribute("aria-modal", String(phone.matches));
      root.classList.toggle("open", open);
      launcher.setAttribute("aria-expanded", String(open));
      save();
      if (moveFocus) {
        (open ? input : launcher).focus();
      }
      if (open) {
        scroll.scrollTop = scroll.scrollHeight;
      }
    }

    /* Answer text with its [n] markers turned into links to the cited sections. */
    function answerParagraph(message) {
      var p = el("p", {"class": "answer"});
      var byNumber = {};
      (message.citations || []).forEach(function (c) { byNumber[c.n] = c; });
      /* Markers and plain web addresses become links; a sentence's full stop stays text. */
      String(message.text).split(/(\[\d+\]|https?:\/\/[^\s\])]*[^\s\]).,;:!?])/).forEach(function (part) {
        var marker = /^\[(\d+)\]$/.exec(part);
        var citation = marker && byNumber[marker[1]];
        var url = citation ? safeUrl(citation.link || citation.url) : /^https?:\/\//.test(part) ? safeUrl(part) : null;
        if (url) {
          var link = el("a", {href: url, target: "_blank", rel: "noopener noreferrer"}, part);
          if (citation) {
            link.className = "cite";
            link.setAttribute("aria-label", TEXT.source + " " + citation.n + ": " + citation.title);
          }
          p.appendChild(link);
        } else if (part) {
          p.appendChild(document.createTextNode(part));
        }
      });
      return p;
    }

    function sourcesList(citations) {
      var list = el("ol", {"class": "sources", "aria-label": TEXT.sources});
      citations.forEach(function (c) {
        var item = el("li", {value: String(c.n)});
        var name = c.heading && c.heading !== c.title ? c.title + " – " + c.heading : c.title;
        var url = safeUrl(c.link || c.url);
        item.appendChild(url ? el("a", {href: url, target: "_blank", rel: "noopener noreferrer"}, name) :
          el("span", {}, name));
        if (c.snippet) {
          item.appendChild(el("p", {"class": "snippet"}, c.snippet));
        }
        list.appendChild(item);
      });
      return list;
    }

    function feedbackButtons(message) {
      var group = el("div", {"class": "feedback", role: "group", "aria-label": TEXT.helpfulQuestion});
      group.appendChild(el("span", {"aria-hidden": "true"}, TEXT.helpfulQuestion));
      var status = el("span", {"class": "thanks"});
      [[true, TEXT.helpful], [false, TEXT.unhelpful]].forEach(function (spec) {
        var chosen = message.feedback === (spec[0] ? "up" : "down");
        var button = el("button", {type: "button", "aria-label": spec[1],
          "aria-pressed": String(chosen), "data-helpful": String(spec[0])});
        button.appendChild(icon("thumb", !spec[0]));
        button.disabled = !!message.feedback;
        button.addEventListener("click", function () { giveFeedback(message, spec[0], group, status); });
        group.appendChild(button);
      });
      if (message.feedback) {
        status.textContent = TEXT.thanks;
      }
      group.appendChild(status);
      return group;
    }

    function giveFeedback(message, helpful, group, status) {
      var buttons = group.querySelectorAll("button");
      buttons.forEach(function (b) { b.disabled = true; });
      post("api/feedback", {id: message.id, helpful: helpful, channel: "widget"}).then(function () {
        message.feedback = helpful ? "up" : "down";
        save();
        buttons.forEach(function (b) {
          b.setAttribute("aria-pressed", String(b.getAttribute("data-helpful") === String(helpful)));
        });
        status.textContent = TEXT.thanks;
      }, function () {
        buttons.forEach(function (b) { b.disabled = false; });
        status.textContent = TEXT.feedbackFailed;
      });
    }

    function render(message) {
      var item;
      if (message.role === "user") {
        item = el("li", {"class": "msg user"});
        item.appendChild(el("span", {"class": "vh"}, TEXT.you + " "));
        item.appendChild(el("span", {"class": "text"}, message.text));
      } else if (message.role === "assistant") {
        item = el("li", {"class": "msg bot"});
        item.appendChild(el("span", {"class": "vh"}, TEXT.bot + " "));
        item.appendChild(answerParagraph(message));
        if (message.citations && message.citations.length) {
          item.appendChild(sourcesList(message.citations));
        }
        if (message.id) {
          item.appendChild(feedbackButtons(message));
        }
      } else {
        item = el("li", {"class": "msg error"});
        item.appendChild(el("p", {}, message.text));
        if (message.retry) {
          var retry = el("button", {type: "button", "class": "retry"}, TEXT.retry);
          retry.addEventListener("click", function () {
            state.messages.splice(state.messages.indexOf(message), 1);
            log.removeChild(item);
            ask(message.retry);
          });
          item.appendChild(retry);
        }
      }
      log.appendChild(item);
      suggestions.hidden = state.messages.length > 0;
      scroll.scrollTop = scroll.scrollHeight;
      return item;
    }

    function add(message) {
      state.messages.push(message);
      save();
      return render(message);
    }

    function post(path, body) {
      var controller = new AbortController();
      var timer = window.setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS);
      return fetch(apiBase + path, {
        method: "POST",
        headers: {"Content-Type": "application/json"},
        body: JSON.stringify(body),
        credentials: "omit",
        signal: controller.signal
      }).then(function (response) {
        window.clearTimeout(timer);
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (!response.ok) {
            var failure = new Error(typeof json.error === "string" ? json.error : TEXT.serverError);
            failure.retryable = response.status >= 500 || response.status === 429;
            throw failure;
          }
          return json;
        });
      }, function () {
        window.clearTimeout(timer);
        var failure = new Error(TEXT.unreachable);
        failure.retryable = true;
        throw failure;
      });
    }

    function setPending(value) {
      pending = value;
      typing.hidden = !value;
      sendButton.disabled = value;
      log.setAttribute("aria-busy", String(value));
      scroll.scrollTop = scroll.scrollHeight;
    }

    /* The conversation's earlier questions, newest last, so the service reads a follow-up
       ("og hvornår var det?") in their context. The question being asked is the last one shown. */
    function history() {
      var asked = state.messages.filter(function (m) { return m.role === "user"; })
        .map(function (m) { return String(m.text); });
      return asked.slice(0, -1).slice(-MAX_HISTORY);
    }

    /* Ask the service about a question already shown in the log. */
    function ask(question) {
      setPending(true);
      post("api/ask", {question: question, channel: "widget", history: history()}).then(function (answer) {
        setPending(false);
        var item = add({role: "assistant", text: String(answer.answer || ""), id: answer.id,
          answered: !!answer.answered, citations: Array.isArray(answer.citations) ? answer.citations : []});
        /* Show the question and the start of its answer, not the end of a long source list. */
        scroll.scrollTop = (item.previousElementSibling || item).offsetTop - 8;
        announce(TEXT.bot + " " + String(answer.answer || ""));
      }, function (failure) {
        setPending(false);
        add({role: "error", text: failure.message, retry: failure.retryable ? question : null});
        announce(failure.message);
      });
    }

    function send(text) {
      var question = String(text).replace(/\s+/g, " ").trim();
      if (!question || pending) {
        return;
      }
      if (question.length > MAX_QUESTION_CHARS) {
        add({role: "error", text: TEXT.tooLong, retry: null});
        announce(TEXT.tooLong);
        return;
      }
      add({role: "user", text: question});
      input.value = "";
      ask(question);
    }

    launcher.addEventListener("click", function () { setOpen(panel.hidden, true); });
    closeButton.addEventListener("click", function () { setOpen(false, true); });
    clearButton.addEventListener("click", function () {
      state.messages = [];
      save();
      log.textContent = "";
      suggestions.hidden = false;
      input.focus();
    });
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        event.preventDefault();
        setOpen(false, true);
      } else if (event.key === "Tab") {
        trapFocus(event);
      }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      send(input.value);
    });

    state.messages.forEach(render);
    var last = state.messages[state.messages.length - 1];
    if (last && last.role === "user") {
      add({role: "error", text: TEXT.interrupted, retry: last.text});
    }
    /* Reopen on a new page as the visitor left it, without stealing focus from the page. */
    setOpen(state.open, false);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
