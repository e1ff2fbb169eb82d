// This file keeps the article inputs (labels, dates, texts, addresses, number of cards) in this
// browser, so that they survive a reload, a crash or a closed tab. Nothing is sent anywhere.
//
// The inputs live in IndexedDB (database "parallax", one record per card and one for the count),
// whose quota is counted in bytes and is a share of the disk, not localStorage's few megabytes
// of UTF-16. Every edit is written at once (only the cards that changed), and committed at
// once: no pause in which a crash loses it. While one write is under way the next edits wait
// for it and are written together. A write that fails (the storage is full, or refused) changes
// nothing that was saved before (an IndexedDB transaction is all or nothing): the caller is
// told, with when the inputs a reload would bring back were saved, and the inputs on the page
// are never touched. Inputs saved by earlier versions in localStorage are moved over once.
//
// It also keeps, in localStorage, small things: a fingerprint of the inputs last analysed
// (when a reload brings those back, the page analyses them again, so that the results survive
// the reload; the report itself is not stored) and settings such as blind reading. forgetAll
// deletes all of it. Anything served from this site's origin could read it (on GitHub Pages,
// every project site of the same user): the page says so beside its "Forget everything" button.

/** What earlier versions saved in localStorage, read once and moved to IndexedDB. */
const LEGACY_KEY = "parallax.inputs.v1";
/** The fingerprint of the inputs last analysed, so that a reload shows their results again. */
const ANALYSED_KEY = "parallax.analysed.v1";
/** Every localStorage key of this page starts so (settings too: app.js names them). */
const KEY_PREFIX = "parallax.";
const DB_NAME = "parallax";
const DB_VERSION = 1;
const STORE = "inputs";
/** The record with the number of cards and when they were saved; the cards are records 0, 1, ... */
const META = "meta";

/** @typedef {{ label: string, published: string, text: string, url: string }} Article */

/** The browser's localStorage, or null when it is unavailable (e.g. blocked by settings). */
function store() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** `article` with every field a string (what a record or an old save may lack). */
function article(a) {
  return {
    label: typeof a?.label === "string" ? a.label : "",
    published: typeof a?.published === "string" ? a.published : "",
    text: typeof a?.text === "string" ? a.text : "",
    url: typeof a?.url === "string" ? a.url : "",
  };
}

/** True when two articles are the same inputs. */
function same(a, b) {
  return a !== undefined && a.label === b.label && a.published === b.published && a.text === b.text && a.url === b.url;
}

/** What an earlier version saved in localStorage, or null. */
function legacyInputs() {
  try {
    const data = JSON.parse(store()?.getItem(LEGACY_KEY) ?? "null");
    if (data?.version !== 1 || !Array.isArray(data.articles)) return null;
    return data.articles.map(article);
  } catch {
    return null;
  }
}

/** An IDBRequest or IDBOpenDBRequest as a promise. */
function done(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Opens (creating it on first use) the database; rejects when the browser refuses. */
function openDatabase() {
  const request = indexedDB.open(DB_NAME, DB_VERSION);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  return done(request);
}

/** The saved inputs and when they were saved, or null when there are none. */
async function readSaved(db) {
  const tx = db.transaction(STORE, "readonly");
  const inputs = tx.objectStore(STORE);
  const meta = await done(inputs.get(META));
  if (!meta || !(meta.count >= 0)) return null;
  const records = await done(inputs.getAll(IDBKeyRange.bound(0, meta.count - 1)));
  return { articles: records.map(article), savedAt: meta.savedAt ?? null };
}

/** Why a write failed, as the caller's reason: "quota" or "error". */
function reasonOf(error) {
  return error?.name === "QuotaExceededError" ? "quota" : "error";
}

/**
 * Keeps the inputs in IndexedDB.
 *
 * @param {() => Article[]} read returns the current inputs when a write starts
 * @param {(ok: boolean, reason?: "quota" | "error" | "unavailable", savedAt?: number | null) => void} onResult
 *   told after each write: `savedAt` is when what a reload would bring back was saved (null:
 *   nothing is saved)
 * @returns {{ restored: Promise<Article[] | null>, save: () => void, forgetAll: () => Promise<void> }}
 *   `restored` resolves, once, to the inputs saved (or moved over from an earlier version),
 *   null when there are none; save() writes the inputs now (call it after every edit);
 *   forgetAll() deletes everything this page keeps in the browser.
 */
export function createSaver(read, onResult) {
  /** @type {IDBDatabase | null} */
  let db = null;
  /** What the last write that succeeded holds, card by card. */
  let saved = [];
  let savedAt = null;
  let writing = false;
  let again = false;

  /**
   * Writes `articles` where they differ from `saved`, and the count; committed at once.
   * Resolves to whether it succeeded (onResult is told either way).
   */
  function write(articles) {
    if (db === null) return Promise.resolve(false);
    const used = db;
    const at = Date.now();
    let tx;
    try {
      tx = db.transaction(STORE, "readwrite");
      const inputs = tx.objectStore(STORE);
      articles.forEach((a, i) => {
        if (!same(saved[i], a)) inputs.put(a, i);
      });
      if (saved.length > articles.length) inputs.delete(IDBKeyRange.bound(articles.length, saved.length - 1));
      inputs.put({ count: articles.length, savedAt: at }, META);
    } catch (err) {
      // Nothing of a write that could not be made in full is kept.
      try {
        tx?.abort();
      } catch {
        // it had not begun
      }
      onResult(false, reasonOf(err), savedAt);
      return Promise.resolve(false);
    }
    writing = true;
    return new Promise((resolve) => {
      const finish = (ok, error) => {
        writing = false;
        if (ok) {
          // A write that ends after forgetAll was to a database that is gone.
          if (db === used) {
            saved = articles;
            savedAt = at;
          }
          onResult(true);
        } else {
          onResult(false, reasonOf(error), savedAt);
        }
        resolve(ok);
        if (again) {
          again = false;
          write(read());
        }
      };
      tx.oncomplete = () => finish(true);
      tx.onabort = () => finish(false, tx.error);
      tx.commit?.();
    });
  }

  function save() {
    if (db === null) return;
    if (writing) again = true;
    else write(read());
  }

  /** Opens the database, reads what it holds (or moves an earlier version's save into it). */
  async function restore() {
    try {
      db = await openDatabase();
    } catch {
      onResult(false, "unavailable", null);
      return legacyInputs();
    }
    db.onversionchange = () => db?.close();
    let found = null;
    try {
      found = await readSaved(db);
    } catch {
      // an unreadable save: the next edit writes a new one
    }
    if (found !== null) {
      saved = found.articles;
      savedAt = found.savedAt;
      return found.articles;
    }
    // Moved over, then taken out of localStorage once the move is committed.
    const legacy = legacyInputs();
    if (legacy !== null && (await write(legacy))) store()?.removeItem(LEGACY_KEY);
    return legacy;
  }

  /** Deletes the database and this page's localStorage keys, then opens an empty database for later edits. */
  async function forgetAll() {
    const open = db;
    db = null;
    again = false;
    saved = [];
    savedAt = null;
    open?.close();
    await done(indexedDB.deleteDatabase(DB_NAME)).catch(() => {});
    const ls = store();
    try {
      for (const key of Object.keys(ls ?? {})) if (key.startsWith(KEY_PREFIX)) ls.removeItem(key);
    } catch {
      // nothing more is kept there
    }
    db = await openDatabase().catch(() => null);
  }

  return { restored: restore(), save, forgetAll };
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
