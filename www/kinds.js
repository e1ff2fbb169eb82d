// This file is the one table of mention kinds that the report can carry: for each kind code
// (as the Rust core writes it in `mention.kind` and `entity.kind`) a short label and a one-line
// description. The legend, the highlights' hover titles and the entity chips all read it from
// here. Colours live only in style.css, keyed on `[data-kind="CODE"]`; a kind that this table
// does not know (a future one) still renders, with the neutral default style and its code as
// its label.

/** Kind code -> { label, description }, in the order the legend shows them. */
export const KINDS = Object.freeze({
  PER: Object.freeze({ label: "Person", description: "A named person" }),
  ORG: Object.freeze({ label: "Organisation", description: "A company, agency, party, team or other body" }),
  LOC: Object.freeze({ label: "Place", description: "A town, country, street, river or other place" }),
  MISC: Object.freeze({ label: "Other name", description: "Nationalities, events and other names" }),
  NAME: Object.freeze({ label: "Name (type unknown)", description: "A name whose type could not be told" }),
  DATE: Object.freeze({ label: "Date", description: "A date or day, normalised where possible" }),
  QUANTITY: Object.freeze({ label: "Quantity", description: "An amount with its unit or what it counts" }),
  GROUP: Object.freeze({ label: "Group", description: "People named by nationality or demonym" }),
});

/** The codes of the known kinds, in legend order. */
export const KIND_CODES = Object.freeze(Object.keys(KINDS));

/** A kind code is kept as an attribute value only if it looks like one (letters, digits, _ -). */
const CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;

/**
 * Returns the code to put in `data-kind` for whatever the report carried: the code itself when
 * it looks like a code (known or not), otherwise "UNKNOWN", which CSS styles like any other
 * unknown kind (the neutral default).
 */
export function kindCode(kind) {
  return typeof kind === "string" && CODE_PATTERN.test(kind) ? kind : "UNKNOWN";
}

/** Returns { code, label, description, known } for any kind code, known or not. */
export function kindInfo(kind) {
  const code = kindCode(kind);
  const entry = Object.hasOwn(KINDS, code) ? KINDS[code] : null;
  if (entry) return { code, label: entry.label, description: entry.description, known: true };
  return { code, label: code === "UNKNOWN" ? "Other" : code, description: "A kind this page does not know yet", known: false };
}

/**
 * The hover title of a highlighted mention: the kind's label, then its normalised value when
 * the report gives one ("Date: 2024-03-05").
 */
export function mentionTitle(kind, value) {
  const { label } = kindInfo(kind);
  if (value === null || value === undefined || value === "") return label;
  return `${label}: ${String(value)}`;
}
