// This file is the page's side of the analysis worker (worker.js; the message protocol is
// documented there). It owns the one Worker, runs one analysis at a time, and implements
// cancelling the only way a synchronous wasm call can be stopped: by terminating the worker and
// starting a fresh one. A new analysis while one is running cancels the old one (newest wins).
// After a fatal error (the wasm module failed to load or crashed) the worker is thrown away and a
// new one is started for the next run. Each worker says, once it has loaded the analyser, how
// many articles the analyser compares at once; the Analyzer passes that on to the page. While
// a run goes on, the analyser reports its stage and article from inside the call; STAGES and
// describeProgress turn that into words and a share of the run for the page's progress bar.
// A run has a time limit (timeLimitMs): a worker that hangs, or dies without a word (a worker
// killed for its memory sends nothing), is terminated when it passes; a run whose worker failed
// so (or crashed) is tried once more in a fresh worker before the page is told.

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

/** How long a run may wait for the analyser to load (the first run on a slow connection). */
export const LOAD_LIMIT_MS = 120_000;
/** How long any analysis may take, and how much more per MiB (2^20 characters) of text. */
export const RUN_LIMIT_MS = 30_000;
export const RUN_LIMIT_PER_MIB_MS = 30_000;
/**
 * The most characters the analyser reads in one request (its budget, 2 MiB of text shared out
 * among the articles): text past it is not analysed, so it does not lengthen the time limit.
 */
export const REQUEST_CHARACTERS = 2 * 2 ** 20;

/**
 * How long the analysis of `input` may take once the analyser has started on it, in ms: far
 * above what it needs for the most it analyses (REQUEST_CHARACTERS), so that only a hung or
 * dead worker reaches it. Characters past the budget count for nothing.
 * @param {{ articles: Array<{ text?: string }> }} input
 */
export function timeLimitMs(input) {
  const pasted = input.articles.reduce((sum, article) => sum + (article.text?.length ?? 0), 0);
  const characters = Math.min(pasted, REQUEST_CHARACTERS);
  return RUN_LIMIT_MS + Math.ceil((characters / 2 ** 20) * RUN_LIMIT_PER_MIB_MS);
}

/** "75 seconds", for messages. */
function seconds(ms) {
  return `${Math.round(ms / 1000)} seconds`;
}

/**
 * Starts a new analysis worker. The hosted page's comes from boot.js (its first worker's
 * `start`), the offline file's from setWorkerStarter: both start it under the page's policy.
 */
let startWorker = () => {
  throw new Error("the page's first script (boot.js) did not run; reload the page");
};

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
    /** Whether the live worker has said it is ready (an error after that is not a failure to start). */
    this.workerReady = false;
    /**
     * The running analysis: its promise's ends, its input, the parts of its report received so
     * far, which attempt it is (1, or 2 when retried, with why the first failed) and its time
     * limit's timer.
     * @type {{ id: number, input: object, resolve: Function, reject: Function, onProgress: Function, parts: Array<object>, attempt: number, firstFailure?: string, timer: any } | null}
     */
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
   *   message's stage ("loading", "analysing", then the analyser's STAGES) and the message, and
   *   with "retrying" and `{ reason }` when the worker failed and the run starts again
   * @returns {Promise<{ report: object, elapsed_ms: number }>} rejects with an AnalysisError
   */
  analyze(input, onProgress = () => {}) {
    if (this.current) this.cancel();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.current = { id, input, resolve, reject, onProgress, parts: [], attempt: 1, timer: null };
      this.post(this.current);
    });
  }

  /**
   * Hands `run` to the live worker (starting one if needed), with the time limit for loading;
   * the limit for the analysis itself starts when the worker says it has begun.
   */
  post(run) {
    const worker = this.ensureWorker();
    if (worker === null) return;
    this.limit(run, LOAD_LIMIT_MS, `The analyser did not load within ${seconds(LOAD_LIMIT_MS)}.`);
    try {
      worker.postMessage({ type: "analyze", id: run.id, input: run.input });
    } catch (err) {
      this.finish(run.id);
      run.reject(
        new AnalysisError(`The text could not be handed to the analyser: ${err?.message ?? err}`, { fatal: false }),
      );
    }
  }

  /** (Re)starts `run`'s time limit: after `ms`, its worker is taken for dead, for `why`. */
  limit(run, ms, why) {
    clearTimeout(run.timer);
    run.timer = setTimeout(() => {
      if (this.current === run) this.fail(run, why);
    }, ms);
  }

  /** Stops the running analysis, if any: the worker is terminated and replaced. */
  cancel() {
    const run = this.current;
    this.current = null;
    if (run) clearTimeout(run.timer);
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
    let worker;
    try {
      worker = first?.worker ?? startWorker();
    } catch (err) {
      const run = this.current;
      this.current = null;
      if (run) {
        clearTimeout(run.timer);
        run.reject(new AnalysisError(`The analyser could not be started: ${err?.message ?? err}`, { fatal: true }));
      }
      return null;
    }
    const handlers = {
      message: (event) => this.onMessage(worker, event.data),
      error: (event) => {
        // Before "ready": the worker's script failed to load or to run (e.g. it could not be
        // fetched or parsed). After: an exception nothing in the worker caught.
        event.preventDefault?.();
        const detail = event.message ? `: ${event.message}` : ".";
        this.onFatal(
          worker,
          this.workerReady
            ? `The analyser stopped with an error${detail}`
            : `The analyser could not be started${detail}`,
        );
      },
      messageerror: () => this.onFatal(worker, "The analyser sent a message the page could not read."),
    };
    worker.onmessage = handlers.message;
    worker.onerror = handlers.error;
    worker.onmessageerror = handlers.messageerror;
    this.worker = worker;
    this.workerReady = false;
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

  /** Clears the current run if it is `id` (and its time limit), and returns it. */
  finish(id) {
    const run = this.current;
    if (!run || run.id !== id) return null;
    this.current = null;
    clearTimeout(run.timer);
    return run;
  }

  /** Handles a message of worker.js's protocol from `worker`. */
  onMessage(worker, message) {
    if (worker !== this.worker) return;
    if (message.type === "ready") {
      this.workerReady = true;
      this.onReady(message.max_articles);
      return;
    }
    const run = this.current;
    if (!run || message.id !== run.id) return; // a message about a run that was cancelled
    switch (message.type) {
      case "progress":
        if (message.stage === "analysing") {
          const ms = timeLimitMs(run.input);
          this.limit(
            run,
            ms,
            `The analysis did not finish within ${seconds(ms)}: the analyser may have hung or run out of memory.`,
          );
        }
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
          this.onFatal(worker, message.message, message.retry !== false);
        } else {
          this.finish(run.id);
          run.reject(new AnalysisError(message.message, { fatal: false }));
        }
        break;
    }
  }

  /**
   * The worker is unusable: drop it (the next run starts a new one) and fail the current run,
   * or try it again when `retry` and it has not been already.
   */
  onFatal(worker, message, retry = true) {
    if (worker !== this.worker) return;
    if (this.current) this.fail(this.current, message, retry);
    else this.discardWorker();
  }

  /**
   * `run`'s worker crashed, hung or died, for `why`: it is terminated, and the run is tried
   * once more in a fresh worker (the page is told, through onProgress's stage "retrying")
   * unless `retry` is false; the second time, the run fails with both reasons.
   */
  fail(run, why, retry = true) {
    this.discardWorker();
    if (run.attempt === 1 && retry) {
      run.attempt = 2;
      run.parts = [];
      run.firstFailure = why;
      run.onProgress("retrying", { stage: "retrying", reason: why });
      this.post(run);
      return;
    }
    this.finish(run.id);
    if (run.attempt === 1) {
      run.reject(new AnalysisError(why, { fatal: true }));
      return;
    }
    const again = why === run.firstFailure ? "the same happened." : why;
    run.reject(new AnalysisError(`${run.firstFailure} Tried again in a fresh analyser: ${again}`, { fatal: true }));
  }
}
