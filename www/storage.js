// This file keeps the article inputs (labels, dates, texts, number of cards) in the browser's
// localStorage, so that they survive a reload. Nothing is sent anywhere. Saving is debounced
// (300 ms after the last change) and flushed when the page is hidden. When saving fails (the
// browser's storage quota is a few megabytes, so a huge paste does not fit), the caller is told
// so it can show a quiet notice; the inputs on the page are never touched. It also keeps a
// fingerprint of the inputs last analysed: when the inputs a reload brings back are those, the
// page analyses them again, so that the results survive the reload (the report itself, much
// larger than the texts, is not stored).

const KEY = "parallax.inputs.v1";
/** The fingerprint of the inputs last analysed, so that a reload shows their results again. */
const ANALYSED_KEY = "parallax.analysed.v1";
const DELAY_MS = 300;

/** The browser's localStorage, or null when it is unavailable (e.g. blocked by settings). */
function store() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Reads the saved inputs: an array of { label, published, text, url } (strings), or null when
 * nothing usable is saved.
 */
export function loadInputs() {
  const ls = store();
  if (!ls) return null;
  let raw;
  try {
    raw = ls.getItem(KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const data = JSON.parse(raw);
    if (data?.version !== 1 || !Array.isArray(data.articles)) return null;
    return data.articles.map((a) => ({
      label: typeof a?.label === "string" ? a.label : "",
      published: typeof a?.published === "string" ? a.published : "",
      text: typeof a?.text === "string" ? a.text : "",
      url: typeof a?.url === "string" ? a.url : "",
    }));
  } catch {
    return null;
  }
}

/**
 * When everything does not fit, saves the cards with the longest texts left out (longest
 * first), so that a reload brings back the labels, dates and every text that fits rather than an
 * older state. Removes the entry if even that fails.
 */
function keepWhatFits(ls, articles) {
  const kept = articles.map((a) => ({ ...a }));
  const byLength = kept.map((_, i) => i).sort((x, y) => kept[y].text.length - kept[x].text.length);
  for (const i of byLength) {
    if (kept[i].text.length === 0) break;
    kept[i].text = "";
    try {
      ls.setItem(KEY, JSON.stringify({ version: 1, articles: kept }));
      return;
    } catch {
      // still too large: drop the next longest text
    }
  }
  try {
    ls.removeItem(KEY);
  } catch {
    // nothing more can be done; the page itself keeps the inputs
  }
}

/**
 * Saves inputs after a pause in typing.
 *
 * @param {() => Array<{label: string, published: string, text: string, url: string}>} read returns the
 *   current inputs when the save actually happens
 * @param {(ok: boolean, reason?: string) => void} onResult told after each save attempt
 */
export function createSaver(read, onResult) {
  let timer = null;

  function saveNow() {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    const ls = store();
    if (!ls) {
      onResult(false, "unavailable");
      return;
    }
    const articles = read();
    try {
      ls.setItem(KEY, JSON.stringify({ version: 1, articles }));
      onResult(true);
    } catch (err) {
      const quota = err && (err.name === "QuotaExceededError" || err.code === 22);
      if (quota) keepWhatFits(ls, articles);
      onResult(false, quota ? "quota" : "error");
    }
  }

  function schedule() {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(saveNow, DELAY_MS);
  }

  function flush() {
    if (timer !== null) saveNow();
  }

  // A reload or closing the tab right after typing still keeps the last keystrokes.
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });

  return { schedule, flush, saveNow };
}

/** A short fingerprint of `inputs` (FNV-1a over their JSON): equal inputs, equal prints. */
function fingerprint(inputs) {
  const json = JSON.stringify(inputs.map((a) => [a.label, a.published, a.url ?? "", a.text]));
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i += 1) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${json.length}:${hash.toString(16)}`;
}

/** Remembers that `inputs` were analysed (their results are on the page). */
export function rememberAnalysed(inputs) {
  try {
    store()?.setItem(ANALYSED_KEY, fingerprint(inputs));
  } catch {
    // a reload will show the inputs without their results
  }
}

/** Forgets which inputs were analysed (the results are gone from the page). */
export function forgetAnalysed() {
  try {
    store()?.removeItem(ANALYSED_KEY);
  } catch {
    // nothing to forget
  }
}

/** True when `inputs` are those last analysed, so a reload should show their results again. */
export function wasAnalysed(inputs) {
  try {
    return store()?.getItem(ANALYSED_KEY) === fingerprint(inputs);
  } catch {
    return false;
  }
}

/** A small setting kept in this browser (`name` -> a string), or null when none is kept. */
export function loadSetting(name) {
  try {
    return store()?.getItem(name) ?? null;
  } catch {
    return null;
  }
}

/** Keeps setting `name` as `value`, or forgets it when `value` is null. */
export function saveSetting(name, value) {
  try {
    if (value === null) store()?.removeItem(name);
    else store()?.setItem(name, value);
  } catch {
    // the setting lasts only while the page is open
  }
}
