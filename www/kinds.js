// This file is the one table of mention kinds that the report can carry: for each kind code
// (as the Rust core writes it in `mention.kind` and `entity.kind`) a short label and a one-line
// description. The legend, the highlights' hover titles and the entity chips all read it from
// here. Colours live only in style.css, keyed on `[data-kind="CODE"]`; a kind that this table
// does not know (a future one) still renders, with the neutral default style and its code as
// its label. The report's other small vocabularies are here too, with the words the page uses
// for them: boilerplate kinds, quote speaker kinds and byline roles; an unknown code is shown
// as written (underscores as spaces), never dropped.

/** The Report schema version this page reads (`report.schema_version`); worker.js refuses any other. */
export const SCHEMA_VERSION = "2";

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
  return {
    code,
    label: code === "UNKNOWN" ? "Other" : code,
    description: "A kind this page does not know yet",
    known: false,
  };
}

/**
 * The hover title of a highlighted mention: the kind's label, then its normalised value when
 * the report gives one ("Date: 2024-03-05").
 */
export function mentionTitle(kind, value) {
  const { label } = kindInfo(kind);
  if (value === null || value === undefined || value === "") return label;
  return `${label}: ${formatValue(kindCode(kind), value)}`;
}

/**
 * How a DATE value reads in a hover title: the report's ISO value, with a range "A/B" written
 * "A to B" and an ISO week "2020-W33" written "week 33 of 2020". Other kinds' values as given.
 */
export function formatValue(kind, value) {
  const text = String(value);
  if (kind !== "DATE") return text;
  const week = (v) => {
    const m = /^(\d{4})-W(\d{2})$/.exec(v);
    return m ? `week ${Number(m[2])} of ${m[1]}` : v;
  };
  const parts = text.split("/");
  if (parts.length === 2 && parts[0] && parts[1]) return `${week(parts[0])} to ${week(parts[1])}`;
  return week(text);
}

/** A report code that this page has no words for, made readable: "mirror_address" -> "mirror address". */
function readable(code) {
  return typeof code === "string" && code ? code.replace(/_/g, " ") : "unknown";
}

/** Boilerplate kind -> what that stretch of the pasted text is, in the hover title. */
export const BOILERPLATE_KINDS = Object.freeze({
  navigation: "site navigation",
  share: "share widget",
  subscribe: "subscription prompt",
  follow: "follow-us prompt",
  mirror_address: "mirror or archive address",
  related_links: "related links",
  caption: "photo caption",
  copyright: "copyright notice",
  wire_credit: "wire credit",
});

/** The words for a boilerplate kind ("share" -> "share widget"). */
export function boilerplateLabel(kind) {
  return typeof kind === "string" && Object.hasOwn(BOILERPLATE_KINDS, kind) ? BOILERPLATE_KINDS[kind] : readable(kind);
}

/** The hover title of a greyed boilerplate stretch. */
export function boilerplateTitle(kind) {
  return `Boilerplate: ${boilerplateLabel(kind)} — left out of the comparison`;
}

/** Quote speaker kind -> the words after the speaker's name. */
export const SPEAKER_KINDS = Object.freeze({
  named: "named source",
  anonymous: "anonymous source",
  institutional: "institution",
  outlet: "news outlet",
});

/** The words for a speaker kind ("institutional" -> "institution"). */
export function speakerKindLabel(kind) {
  return typeof kind === "string" && Object.hasOwn(SPEAKER_KINDS, kind) ? SPEAKER_KINDS[kind] : readable(kind);
}

/** Byline role -> its heading in "Reporting: A, B · Editing: C". */
export const BYLINE_ROLES = Object.freeze({
  reporting: "Reporting",
  additional_reporting: "Additional reporting",
  writing: "Writing",
  editing: "Editing",
});

/** The heading for a byline role ("additional_reporting" -> "Additional reporting"). */
export function bylineRoleLabel(role) {
  if (typeof role === "string" && Object.hasOwn(BYLINE_ROLES, role)) return BYLINE_ROLES[role];
  const words = readable(role);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The hover title of a quote: "Quote — Marta Lindqvist (named source)", with ", via Reuters"
 * when credited through an outlet, "Partial quote" when only part of a sentence is quoted, and
 * "Quote — speaker not stated" when the report names no speaker. `speaker` and `via` are
 * the strings to show (already read from the text), or null.
 *
 * @param {{ speaker: string | null, speakerKind?: unknown, via?: string | null, partial?: boolean }} q
 */
export function quoteTitle({ speaker, speakerKind, via = null, partial = false }) {
  const head = partial ? "Partial quote" : "Quote";
  const who = speaker ? `${speaker} (${speakerKindLabel(speakerKind)})` : "speaker not stated";
  return `${head} — ${who}${via ? `, via ${via}` : ""}`;
}
