// This file is the page's side of the analysis worker (worker.js; the message protocol is
// documented there). It owns the one Worker, runs one analysis at a time, and implements
// cancelling the only way a synchronous wasm call can be stopped: by terminating the worker and
// starting a fresh one. A new analysis while one is running cancels the old one (newest wins).
// After a fatal error (the wasm module failed to load or crashed) the worker is thrown away and a
// new one is started for the next run. Each worker says, once it has loaded the analyser, how
// many articles the analyser compares at once; the Analyzer passes that on to the page. While
// a run goes on, the analyser reports its stage and article from inside the call; STAGES and
// describeProgress turn that into words and a share of the run for the page's progress bar.

import { assemble } from "./parts.js";

/**
 * The stages the analyser reports (src/progress.rs, `Stage`; a Rust test checks this table
 * names exactly those codes): the words the page shows for each, and the share of a run's
 * time it takes (measured on 20 articles), so the bar moves at about an even pace.
 */
export const STAGES = {
  text: { words: "Reading the text", share: 0.1 },
  extract: { words: "Finding names, dates and numbers", share: 0.4 },
  link: { words: "Linking the names", share: 0.05 },
  compare: { words: "Comparing", share: 0.45 },
};

/**
 * What a progress message from the analyser means for the page: `{ text, fraction }`, e.g.
 * "Comparing… article 7 of 20" and how much of the run (0 to 1) is done; null for the
 * worker's own stages ("loading", "analysing"), which carry no article.
 * @param {{ stage: string, article?: number, of?: number }} message
 * @returns {{ text: string, fraction: number } | null}
 */
export function describeProgress({ stage, article, of }) {
  if (!Object.hasOwn(STAGES, stage) || !(article >= 1 && of >= article)) return null;
  const names = Object.keys(STAGES);
  const before = names.slice(0, names.indexOf(stage)).reduce((sum, name) => sum + STAGES[name].share, 0);
  const { words, share } = STAGES[stage];
  return { text: `${words}… article ${article} of ${of}`, fraction: before + (share * (article - 1)) / of };
}

/** Why a run ended without a report. */
export class AnalysisError extends Error {
  /**
   * @param {string} message readable text for the error banner
   * @param {{ fatal?: boolean, cancelled?: boolean }} [flags]
   */
  constructor(message, { fatal = false, cancelled = false } = {}) {
    super(message);
    this.name = "AnalysisError";
    this.fatal = fatal;
    this.cancelled = cancelled;
  }
}

/** Starts a new analysis worker: worker.js, beside this file, as a module worker. */
let startWorker = () => new Worker(new URL("./worker.js", import.meta.url), { type: "module" });

/**
 * Tells the page where its worker comes from: `start` returns a new Worker each time it is
 * called. Only the offline page (dist/parallax.html, made by scripts/offline.mjs) calls this,
 * before app.js runs, to start its inlined worker from a Blob URL.
 * @param {() => Worker} start
 */
export function setWorkerStarter(start) {
  startWorker = start;
}

export class Analyzer {
  /** @param {(maxArticles: number) => void} onReady told, when a worker has loaded the analyser, the most articles it compares */
  constructor(onReady) {
    this.onReady = onReady;
    /** @type {Worker | null} */
    this.worker = null;
    /** @type {{ id: number, resolve: Function, reject: Function, onProgress: Function, parts: Array<object> } | null} */
    this.current = null;
    this.nextId = 1;
  }

  /** Starts the worker now (so the wasm module loads while the user is still pasting). */
  warmUp() {
    this.ensureWorker();
  }

  /** True while an analysis is running. */
  get busy() {
    return this.current !== null;
  }

  /**
   * Analyses `input` ({ articles: [...] }) in the worker.
   * @param {object} input
   * @param {(stage: string, message: object) => void} [onProgress] called with each progress
   *   message's stage ("loading", "analysing", then the analyser's STAGES) and the message
   * @returns {Promise<{ report: object, elapsed_ms: number }>} rejects with an AnalysisError
   */
  analyze(input, onProgress = () => {}) {
    if (this.current) this.cancel();
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.current = { id, resolve, reject, onProgress, parts: [] };
      try {
        worker.postMessage({ type: "analyze", id, input });
      } catch (err) {
        this.finish(id);
        reject(
          new AnalysisError(`The text could not be handed to the analyser: ${err?.message ?? err}`, { fatal: false }),
        );
      }
    });
  }

  /** Stops the running analysis, if any: the worker is terminated and replaced. */
  cancel() {
    const run = this.current;
    this.current = null;
    this.discardWorker();
    this.ensureWorker();
    if (run) run.reject(new AnalysisError("Analysis cancelled.", { cancelled: true }));
  }

  /**
   * Returns the live worker, starting one if there is none. The first is the one boot.js
   * started as the page loaded, if it did: its earlier events are handled now, in order, and
   * every later worker is started by boot.js too (it posts them the module it compiled).
   */
  ensureWorker() {
    if (this.worker) return this.worker;
    const first = globalThis.parallaxFirstWorker;
    delete globalThis.parallaxFirstWorker;
    if (first) startWorker = first.start;
    const worker = first?.worker ?? startWorker();
    const handlers = {
      message: (event) => this.onMessage(worker, event.data),
      error: (event) => {
        // The worker script itself failed (e.g. it could not be fetched or parsed).
        event.preventDefault?.();
        this.onFatal(worker, `The analyser could not be started${event.message ? `: ${event.message}` : "."}`);
      },
      messageerror: () => this.onFatal(worker, "The analyser sent a message the page could not read."),
    };
    worker.onmessage = handlers.message;
    worker.onerror = handlers.error;
    worker.onmessageerror = handlers.messageerror;
    this.worker = worker;
    for (const event of first?.release() ?? []) handlers[event.type](event);
    return worker;
  }

  /** Terminates the current worker without starting another. */
  discardWorker() {
    if (this.worker) {
      this.worker.onmessage = null;
      this.worker.onerror = null;
      this.worker.onmessageerror = null;
      this.worker.terminate();
      this.worker = null;
    }
  }

  /** Clears the current run if it is `id`, and returns it. */
  finish(id) {
    const run = this.current;
    if (!run || run.id !== id) return null;
    this.current = null;
    return run;
  }

  /** Handles a message of worker.js's protocol from `worker`. */
  onMessage(worker, message) {
    if (worker !== this.worker) return;
    if (message.type === "ready") {
      this.onReady(message.max_articles);
      return;
    }
    const run = this.current;
    if (!run || message.id !== run.id) return; // a message about a run that was cancelled
    switch (message.type) {
      case "progress":
        run.onProgress(message.stage, message);
        break;
      case "part":
        run.parts.push(message);
        break;
      case "result":
        this.finish(run.id);
        run.resolve({ report: assemble(message.report, run.parts), elapsed_ms: message.elapsed_ms });
        break;
      case "error":
        if (message.fatal) {
          this.onFatal(worker, message.message);
        } else {
          this.finish(run.id);
          run.reject(new AnalysisError(message.message, { fatal: false }));
        }
        break;
    }
  }

  /** The worker is unusable: drop it (the next run starts a new one) and fail the current run. */
  onFatal(worker, message) {
    if (worker !== this.worker) return;
    this.discardWorker();
    const run = this.current;
    this.current = null;
    if (run) run.reject(new AnalysisError(message, { fatal: true }));
  }
}
