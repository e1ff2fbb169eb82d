// This file says on the console whatever the page's policy (index.html's Content-Security-
// Policy and Trusted Types; the worker inherits it) refuses: a bug of the page's, or pasted
// text trying something. The browser tests collect console errors, so a regression that the
// policy blocks fails them. app.js listens on the page, worker.js in the analysis worker.

/**
 * Says each refusal of the policy in `scope` (the page's document, or a worker's global) on
 * the console, with `where` after what was blocked ("" or " in the analysis worker").
 * @param {EventTarget} scope
 * @param {string} [where]
 */
export function sayViolations(scope, where = "") {
  scope.addEventListener("securitypolicyviolation", (event) => {
    const what =
      event.effectiveDirective === "require-trusted-types-for"
        ? "a string given as code or HTML"
        : event.blockedURI || "inline code";
    console.error(`parallax: the page's policy blocked ${what}${where} (${event.effectiveDirective})`);
  });
}
