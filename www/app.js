// This file wires the page together: it restores the saved inputs, builds the article cards,
// handles the buttons (Analyze, Load example, Add article, Clear, Cancel, and Undo after Clear or
// Load example replaced the user's text), runs the analysis in the worker through analyzer.js,
// and shows progress in the status line (start and end) and a progress bar (the analyser's
// stage and article, posted from inside the run), errors in the alert banner and the report in the
// results area (rendered by results.js), with focus on their summary. n and p go through the
// findings (navigator.js); the last results come back after a reload. Errors never touch the
// inputs. How many articles the page takes is the analyser's to say: the worker tells it once
// the analyser has loaded. Copy link, Save to file and Open file… are permalink.js's: inputs
// opened from a link or a file replace the cards' (Undo brings those back) and are analysed.

import { Analyzer, describeProgress } from "./analyzer.js";
import { CardList } from "./cards.js";
import { el } from "./dom.js";
import { exportButtons } from "./downloads.js";
import { EXAMPLE } from "./examples.js";
import { Navigator } from "./navigator.js";
import { fragmentKind, Sharing } from "./permalink.js";
import { renderReport } from "./results.js";
import { createSaver, forgetAnalysed, loadSetting, rememberAnalysed, saveSetting, wasAnalysed } from "./storage.js";
import { sayViolations } from "./violations.js";

/** Where the blind-reading choice is kept ("on" when chosen). */
const BLIND_SETTING = "parallax.blind";

/** How long an analysis runs before the Cancel button and the progress bar show. */
const CANCEL_AFTER_MS = 300;

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const ui = {
  cards: $("cards"),
  analyze: /** @type {HTMLButtonElement} */ ($("analyze")),
  example: /** @type {HTMLButtonElement} */ ($("load-example")),
  add: /** @type {HTMLButtonElement} */ ($("add-article")),
  addNote: $("add-note"),
  clear: /** @type {HTMLButtonElement} */ ($("clear")),
  cancel: /** @type {HTMLButtonElement} */ ($("cancel")),
  progress: $("progress"),
  progressBar: /** @type {HTMLProgressElement} */ ($("progress-bar")),
  progressText: $("progress-text"),
  undo: /** @type {HTMLButtonElement} */ ($("undo")),
  status: $("status"),
  error: $("error"),
  storageNote: $("storage-note"),
  results: $("results"),
  skip: $("skip-to-findings"),
  blind: /** @type {HTMLInputElement} */ ($("blind")),
  forget: $("forget"),
};

sayViolations(document);
const analyzer = new Analyzer(onMaxArticles);
const cards = new CardList(ui.cards, onInputsChanged);
const saver = createSaver(() => cards.values(), onSaved);
const sharing = new Sharing(
  {
    copy: $("copy-link"),
    save: $("save-file"),
    open: $("open-inputs"),
    file: /** @type {HTMLInputElement} */ ($("open-inputs-file")),
    box: $("share-box"),
  },
  { read: () => cards.values(), load: openShared, say: setStatus, fail: showError },
);
/** Counts runs, so that only the newest run's outcome reaches the page. */
let runNumber = 0;
let cancelTimer = null;
/** The inputs that Clear or Load example replaced, while Undo can still bring them back. */
let replaced = null;
/** The findings of the results shown (navigator.js), or null when none are. */
let findings = null;

ui.blind.checked = loadSetting(BLIND_SETTING) === "on";
ui.blind.addEventListener("change", () => {
  saveSetting(BLIND_SETTING, ui.blind.checked ? "on" : null);
  if (findings) analyze({ focus: false });
});

// The cards wait, locked, for the saved inputs (read from IndexedDB, a moment), so that no
// edit is made to cards that the saved inputs then replace.
/** Whether inputs were put in the cards (Load example, a file) before the saved ones were read. */
let replacedWhileRestoring = false;
cards.setValues([]);
cards.locked = true;
analyzer.warmUp();
saver.restored.then((restored) => {
  cards.locked = false;
  if (replacedWhileRestoring) {
    // Load example (or a file) came first: it stays, and Undo brings the saved inputs back.
    saver.save();
    if (restored?.length > 0) {
      replaced = restored;
      ui.undo.hidden = false;
    }
  } else {
    cards.setValues(restored ?? []);
    updateAddButton();
    // A link's inputs replace the saved ones; without one, the results of the last analysis
    // come back with its inputs (analysed again, in the worker).
    const linked = fragmentKind(location.hash) === "link";
    if (!linked && restored?.length > 0 && wasAnalysed(cards.values())) analyze({ focus: false });
  }
  sharing.openFromAddress();
});

ui.analyze.addEventListener("click", () => analyze());
// A file dropped beside a card would otherwise make the browser open it in place of the page.
for (const type of ["dragover", "drop"]) {
  document.addEventListener(type, (event) => {
    if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
  });
}
ui.example.addEventListener("click", () => {
  replaceInputs(EXAMPLE.map((a) => ({ ...a })));
  analyze();
});
ui.add.addEventListener("click", () => {
  cards.add();
  updateAddButton();
});
ui.clear.addEventListener("click", clearAll);
ui.forget.addEventListener("click", forgetEverything);
ui.cancel.addEventListener("click", () => {
  runNumber += 1;
  analyzer.cancel();
  endRun();
  setStatus("Analysis cancelled. Your text is kept.");
  ui.results.classList.remove("is-stale");
});
ui.undo.addEventListener("click", () => {
  if (!replaced) return;
  runNumber += 1;
  if (analyzer.busy) analyzer.cancel();
  endRun();
  cards.setValues(replaced);
  forgetReplaced();
  updateAddButton();
  saver.save();
  hideResults();
  clearError();
  setStatus("Your previous text is back.");
  cards.focusFirstText();
});
ui.cards.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    analyze();
  }
});
// n and p go to the next and previous finding, unless typing or switched off.
document.addEventListener("keydown", (event) => {
  if (!findings || ui.results.hidden || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key !== "n" && event.key !== "p") return;
  if (event.target.closest?.("input, textarea, select, [contenteditable]") || !Navigator.keysOn) return;
  event.preventDefault();
  if (event.key === "n") findings.next();
  else findings.previous();
});

/** Called on every edit, add and remove made by the user. */
function onInputsChanged() {
  forgetReplaced();
  updateAddButton();
  saver.save();
}

/** Opens inputs shared by a link or a file: they replace the cards' (kept for Undo), analysed. */
function openShared(articles) {
  replaceInputs(articles);
  analyze();
}

/** Puts `articles` in the cards, keeping what was there for Undo when it held anything. */
function replaceInputs(articles) {
  if (cards.isLocked) replacedWhileRestoring = true;
  const before = cards.values();
  const hadSomething = before.some((a) => a.text.trim() || a.label.trim() || a.published) || before.length > 2;
  cards.setValues(articles);
  updateAddButton();
  saver.save();
  replaced = hadSomething ? before : null;
  ui.undo.hidden = !hadSomething;
}

function forgetReplaced() {
  replaced = null;
  ui.undo.hidden = true;
}

/**
 * Tells the user, quietly, when the latest inputs could not be kept for the next visit, and
 * what a reload would bring back instead (the save of `savedAt`, never deleted by a failure).
 */
function onSaved(ok, reason, savedAt) {
  if (ok) {
    ui.storageNote.hidden = true;
    ui.storageNote.textContent = "";
    return;
  }
  const kept =
    savedAt === null || savedAt === undefined
      ? "A reload would bring back none of it."
      : `A reload would bring back what was saved at ${new Date(savedAt).toLocaleTimeString()}.`;
  const why = {
    quota: "This browser's storage for this page is full, so your latest changes are not kept across a reload.",
    error: "The browser refused to keep your latest changes across a reload.",
    unavailable: "Your browser does not let this page keep the text across reloads.",
  }[reason];
  ui.storageNote.textContent = `${why} ${reason === "unavailable" ? "" : `${kept} `}Your text stays here while this page is open.`;
  ui.storageNote.hidden = false;
}

/** Forget everything: the cards are cleared (Undo brings them back) and all this page keeps in the browser is deleted. */
async function forgetEverything() {
  clearAll();
  ui.blind.checked = false;
  await saver.forgetAll();
  onSaved(true);
  setStatus(
    "Everything this page kept in this browser is deleted. Undo brings the text back to the page, and so into storage again.",
  );
}

/** Takes the analyser's limit on articles: Add article stops there, and the note says so. */
function onMaxArticles(max) {
  cards.limit = max;
  ui.addNote.textContent = `${max} articles is the most Parallax compares at once: remove one to add another.`;
  updateAddButton();
}

function updateAddButton() {
  ui.add.disabled = cards.full;
  ui.addNote.hidden = !cards.full;
}

/**
 * Analyses the inputs and shows the results; focus moves to their summary unless `focus` is
 * false (when a reload brings the results back).
 */
async function analyze({ focus = true } = {}) {
  const inputs = cards.values();
  if (inputs.every((a) => a.text.trim() === "")) {
    runNumber += 1;
    if (analyzer.busy) analyzer.cancel();
    endRun();
    setStatus("");
    showError(
      "Paste at least one article: every text box is empty.",
      "Paste the text of an article into a box above, then click Analyze.",
    );
    cards.focusFirstText();
    return;
  }
  clearError();
  const run = ++runNumber;
  // Blind reading: the outlets' labels are left out, so the analyser calls them Article A, B...
  const sent = ui.blind.checked ? inputs.map((a) => ({ ...a, label: "" })) : inputs;
  const input = { articles: sent };
  const count = inputs.length;
  ui.results.classList.add("is-stale");
  ui.results.setAttribute("aria-busy", "true");
  setStatus(`Analysing ${plural(count, "article")}…`);
  clearTimeout(cancelTimer);
  cancelTimer = setTimeout(() => {
    if (run !== runNumber) return;
    ui.cancel.hidden = false;
    ui.progress.hidden = false;
  }, CANCEL_AFTER_MS);

  let outcome;
  try {
    outcome = await analyzer.analyze(input, (stage, message) => {
      if (run !== runNumber) return;
      // The analyser's steps move the bar only: the status line (a live region) would
      // announce every one of them.
      const step = describeProgress(message);
      if (step) showProgress(step);
      else if (stage === "retrying") setStatus(`${message.reason} Trying once more…`);
      else setStatus(stage === "loading" ? "Loading the analyser…" : `Analysing ${plural(count, "article")}…`);
    });
  } catch (err) {
    if (run !== runNumber) return;
    endRun();
    if (err.cancelled) return;
    hideResults();
    setStatus("The analysis did not finish.");
    if (err.fatal) {
      showError("The analyser stopped unexpectedly. Your text is kept; try again, or reload the page.", err.message);
    } else {
      showError(
        `The articles could not be analysed: ${err.message}`,
        "Your text is kept. Change the input and try again.",
      );
    }
    return;
  }
  if (run !== runNumber) return;
  endRun();
  // Say so before the (synchronous) rendering, which takes a moment for very long texts.
  setStatus(`Analysed ${plural(count, "article")} in ${formatMs(outcome.elapsed_ms)}; showing the results…`);
  await nextFrame();
  if (run !== runNumber) return;
  try {
    findings = renderReport(ui.results, outcome.report, sent, setStatus, exportButtons(outcome.report, sent));
    cards.showDatesFound(outcome.report);
  } catch (err) {
    hideResults();
    setStatus("The analysis finished, but its results could not be shown.");
    showError(
      "The results could not be shown. Your text is kept; try again, or reload the page.",
      String(err?.message ?? err),
    );
    return;
  }
  ui.results.hidden = false;
  ui.skip.hidden = false;
  rememberAnalysed(inputs);
  if (focus) findings.focusSummary();
  // Long texts are still being put in the page, a slice per task (texts.js).
  const shown = findings;
  await shown.ready;
  if (run !== runNumber || findings !== shown) return;
  setStatus(`Analysed ${plural(count, "article")} in ${formatMs(outcome.elapsed_ms)}.`);
}

/** Puts the page back in its idle state after a run ends, whatever the outcome. */
function endRun() {
  clearTimeout(cancelTimer);
  cancelTimer = null;
  ui.cancel.hidden = true;
  ui.progress.hidden = true;
  ui.progressBar.removeAttribute("value");
  ui.progressText.textContent = "";
  ui.results.classList.remove("is-stale");
  ui.results.removeAttribute("aria-busy");
}

/** Moves the progress bar to `step` (describeProgress): its share done and its words. */
function showProgress(step) {
  ui.progressBar.value = step.fraction;
  ui.progressText.textContent = step.text;
}

function clearAll() {
  runNumber += 1;
  if (analyzer.busy) analyzer.cancel();
  endRun();
  replaceInputs([]);
  hideResults();
  clearError();
  setStatus("Cleared.");
  cards.focusFirstText();
}

function hideResults() {
  ui.results.hidden = true;
  ui.results.replaceChildren();
  ui.skip.hidden = true;
  findings = null;
  forgetAnalysed();
}

function setStatus(text) {
  ui.status.textContent = text;
}

/** Shows the alert banner: what happened, then what to do (both plain text). */
function showError(what, detail) {
  ui.error.replaceChildren(
    el("p", { class: "error-message", text: what }),
    el("p", { class: "error-detail", text: detail }),
    el("button", { type: "button", class: "button-quiet error-dismiss", text: "Dismiss", on: { click: clearError } }),
  );
}

function clearError() {
  ui.error.replaceChildren();
}

/** Resolves after the browser has had a chance to paint (or after 100 ms in a hidden tab). */
function nextFrame() {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(done, 100);
    requestAnimationFrame(() => setTimeout(done, 0));
  });
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function formatMs(ms) {
  if (!(ms >= 1)) return "under 1 ms";
  if (ms < 10000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}
