// This file readies the results for printing (or saving as PDF from the print dialog): before
// the browser prints, every folded list and every folded article opens, so that the printout
// is an annotated copy of every article and all the findings; afterwards the page goes back as
// it was. style.css's print rules do the rest (inputs and controls hidden, texts at full
// length, markers kept).

/** The elements opened for printing, to close again after. */
let opened = [];

/** Opens every folded list and article under `container` for printing. */
function open(container) {
  if (opened.length > 0) return; // already open for a print that has not ended
  for (const details of container.querySelectorAll("details:not([open])")) {
    details.open = true;
    opened.push(() => {
      details.open = false;
    });
  }
  for (const article of container.querySelectorAll(".article-result.is-folded")) {
    article.classList.remove("is-folded");
    opened.push(() => article.classList.add("is-folded"));
  }
}

/** Puts back what open() opened. */
function close() {
  for (const undo of opened) undo();
  opened = [];
}

/** Prints the results in `container` whole: folded parts open while printing. */
export function preparePrinting(container) {
  window.addEventListener("beforeprint", () => open(container));
  window.addEventListener("afterprint", close);
}
