// This file makes the export buttons shown with the findings' summary: the Report as JSON, the
// claim table as CSV, a Markdown report citing paragraphs, and W3C Web Annotations, each a file
// the browser downloads (made here, from the report and the texts on the page: nothing is sent
// anywhere). The files themselves are exports.js's.

import { el } from "./dom.js";
import { claimTableCsv, markdownReport, reportJson, webAnnotations } from "./exports.js";

/** Each export: its button's words, the file's name and type, and what makes it. */
const EXPORTS = [
  ["Report (JSON)", "parallax-report.json", "application/json", reportJson],
  ["Claim table (CSV)", "parallax-claims.csv", "text/csv", claimTableCsv],
  ["Markdown", "parallax-report.md", "text/markdown", markdownReport],
  ["Web Annotations", "parallax-annotations.jsonld", "application/ld+json", webAnnotations],
];

/** The export buttons of `report`, made from `inputs` (the texts that were analysed). */
export function exportButtons(report, inputs) {
  const buttons = EXPORTS.map(([words, name, type, make]) =>
    el("button", {
      type: "button",
      class: "button-quiet",
      text: words,
      data: { export: name },
      on: { click: () => download(name, type, make(report, inputs)) },
    }),
  );
  return el("div", "exports", el("span", { class: "exports-title", text: "Download:" }), ...buttons);
}

/** Has the browser save `content` (text of MIME type `type`) as a file called `name`. */
export function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const link = el("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
