// This file puts the articles' highlighted texts into their boxes (article.js made the boxes,
// render.js makes the chunks) a slice of time at a time, so that a long text (a megabyte, tens
// of thousands of marks) never holds the page in one task: each slice builds chunks for up to
// SLICE_MS, then lets the browser draw and answer before the next. Each chunk gets its markers
// (marks.js) before it goes into the page; each text, once whole, its ranges, and the caller
// is told. Short texts are all built in the first slice, in the task that shows the results.

import { markArticle, markChunk } from "./marks.js";

/** How long one slice of building may take, in ms (the page's tasks stay well under 200 ms). */
const SLICE_MS = 30;

/**
 * One article's text still to build.
 * @typedef {object} PendingText
 * @property {string} id the article's id
 * @property {HTMLElement} body its text box
 * @property {Generator<{ node: HTMLElement, start: number, end: number }>} chunks render.js's
 * @property {Node | null} tail the note the chunks go before (null: at the end)
 */

/** The texts of one rendering of the results, built in slices. */
export class TextBuilder {
  /** @param {PendingText[]} texts */
  constructor(texts) {
    this.queue = [...texts];
    /** @type {import("./marks.js").MarkPlan | null} */
    this.plan = null;
    this.stopped = false;
  }

  /** True when every text is in its box. */
  get done() {
    return this.queue.length === 0;
  }

  /**
   * Builds for up to SLICE_MS; returns the texts finished in it (the first texts' chunks are
   * built before the next's). With a plan, each chunk is marked first and each finished text
   * gets its ranges.
   * @returns {PendingText[]}
   */
  slice() {
    const until = performance.now() + SLICE_MS;
    const finished = [];
    while (this.queue.length > 0 && performance.now() < until) {
      const text = this.queue[0];
      const next = text.chunks.next();
      if (next.done) {
        this.queue.shift();
        if (this.plan) markArticle(this.plan, text.id, text.body);
        finished.push(text);
        continue;
      }
      if (this.plan) markChunk(this.plan, text.id, next.value);
      text.body.insertBefore(next.value.node, text.tail);
    }
    return finished;
  }

  /**
   * Builds the rest a slice per task, telling `onFinished` of the texts each slice finished.
   * Resolves when all are built, or when stop() was called (newer results replaced these).
   * @param {(texts: PendingText[]) => void} onFinished
   * @returns {Promise<void>}
   */
  rest(onFinished) {
    return new Promise((resolve) => {
      const step = () => {
        if (this.stopped) return resolve();
        const finished = this.slice();
        if (finished.length > 0) onFinished(finished);
        if (this.done) resolve();
        else setTimeout(step, 0);
      };
      if (this.done) resolve();
      else setTimeout(step, 0);
    });
  }

  /** Builds no more (the results were replaced). */
  stop() {
    this.stopped = true;
  }
}
