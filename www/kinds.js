// This file holds the Report schema version this page reads and the Report's vocabularies, each
// with the words the page uses for it: mention kinds (label and description: the legend, the
// hover titles, the entity chips and tables), finding kinds (the section that shows each, and
// the group each is counted, filtered and marked in, with the groups' words and signs) and
// families, quote speaker kinds, sentence alignment classes, boilerplate kinds, byline roles
// and anchor sources. Colours live only in style.css, keyed on [data-kind="CODE"].
//
// The tables are plain data that a simple reader can parse, so that a test can hold them to the
// core's enums: each is `export const NAME = {` on one line, then one entry per line whose
// first double-quoted string is the code exactly as the Report writes it, then `};` on its own
// line (tests/node/kinds.test.mjs checks that shape). worker.js refuses a Report of any other
// schema version, so every code the page meets is in these tables.

/** The Report schema version this page reads (`report.schema_version`). */
export const SCHEMA_VERSION = "5";

/** Mention kind (`mention.kind`, `entity.kind`) -> its label and description, in legend order. */
export const MENTION_KINDS = {
  "PER": { label: "Person", description: "A named person" },
  "ORG": { label: "Organisation", description: "A company, agency, party, team or other body" },
  "LOC": { label: "Place", description: "A town, country, street, river or other place" },
  "MISC": { label: "Other name", description: "Nationalities, events and other names" },
  "NAME": { label: "Name (type unknown)", description: "A name whose type could not be told" },
  "DATE": { label: "Date", description: "A date or day, normalised where possible" },
  "QUANTITY": { label: "Quantity", description: "An amount with its unit or what it counts" },
  "GROUP": { label: "Group", description: "People named by nationality or demonym" },
};

/** Finding kind (`finding.kind`) -> the section of the results that shows it. */
export const FINDING_KINDS = {
  "conflict/quantity": "checks",
  "conflict/date": "checks",
  "conflict/name": "checks",
  "conflict/weekday": "checks",
  "entity/variant": "checks",
  "quote/identical": "quotes",
  "quote/altered": "quotes",
  "quote/reattributed": "quotes",
  "omission/quote": "quotes",
  "framing/label": "framing",
  "framing/hedge": "framing",
  "sourcing/outlet": "framing",
  "sourcing/attribution": "framing",
  "agreement/quantity": "agreements",
  "agreement/date": "agreements",
  "omission/sentence": "left-out",
  "omission/quantity": "left-out",
  "agreement/entity": "overlap",
  "omission/entity": "overlap",
};

/**
 * Finding kind (`finding.kind`) -> the group of findings it is counted, filtered and marked in
 * (navigator.js, marks.js): a key of FINDING_GROUPS_SHOWN. Entity lists are in no group.
 */
export const FINDING_GROUPS = {
  "conflict/quantity": "conflicts",
  "conflict/date": "conflicts",
  "conflict/name": "conflicts",
  "conflict/weekday": "conflicts",
  "entity/variant": "spellings",
  "quote/altered": "changed-quotes",
  "quote/reattributed": "changed-quotes",
  "quote/identical": "shared-quotes",
  "sourcing/attribution": "sourcing",
  "sourcing/outlet": "sourcing",
  "framing/label": "wording",
  "framing/hedge": "wording",
  "agreement/quantity": "agreements",
  "agreement/date": "agreements",
  "omission/sentence": "omissions",
  "omission/quantity": "omissions",
  "omission/quote": "omissions",
  "agreement/entity": null,
  "omission/entity": null,
};

/**
 * Group of findings -> its filter label, its words in the summary (one, many), and the glyph
 * of its footnote markers in the text, in the order a checker reads them: numbers, names and
 * dates that differ first, then quotes and attribution, then wording, agreements, omissions.
 * Each group's mark in the text differs by line style as well as colour (style.css).
 */
export const FINDING_GROUPS_SHOWN = {
  "conflicts": { label: "Conflicts", one: "conflict", many: "conflicts", glyph: "≠" },
  "spellings": { label: "Spellings", one: "name spelled differently", many: "names spelled differently", glyph: "~" },
  "changed-quotes": { label: "Changed quotes", one: "quote changed", many: "quotes changed", glyph: "❞" },
  "sourcing": { label: "Sourcing", one: "sourcing difference", many: "sourcing differences", glyph: "§" },
  "wording": { label: "Wording", one: "wording difference", many: "wording differences", glyph: "≈" },
  "shared-quotes": { label: "Shared quotes", one: "quote shared", many: "quotes shared", glyph: "❝" },
  "agreements": { label: "Agreements", one: "agreement", many: "agreements", glyph: "=" },
  "omissions": { label: "Left out", one: "omission", many: "omissions", glyph: "∅" },
};

/**
 * Finding family (`finding.family`) -> what it means. The page reads only the codes: "Check
 * these" shows the `conflict` family, then the `variant` one (names that look misspelt).
 */
export const FAMILIES = {
  "agreement": "Something the articles share, possibly written differently",
  "omission": "Something some articles carry and others leave out",
  "conflict": "Two statements that cannot both be true",
  "quote": "The same direct quote in several articles",
  "framing": "The same thing worded to frame it differently",
  "sourcing": "Where an article says its information comes from",
  "variant": "A name spelled differently",
};

/** Quote speaker kind (`quote.speaker.kind`, and a key of `article.sourcing`) -> its words. */
export const SPEAKER_KINDS = {
  "named": { words: "named source", column: "Named" },
  "anonymous": { words: "anonymous source", column: "Anonymous" },
  "institutional": { words: "institution", column: "Institution" },
  "outlet": { words: "news outlet", column: "Other outlet" },
};

/** Kind of source of a reporting event (`article.speech[].kind`, and a key of `article.speech_sourcing`) -> its words. */
export const SOURCE_KINDS = {
  "named": { words: "named source", column: "Named" },
  "anonymous": { words: "unnamed source", column: "Unnamed" },
  "institutional": { words: "institution", column: "Institution" },
  "documents": { words: "documents", column: "Documents" },
  "outlet": { words: "news outlet", column: "Other outlet" },
  "unspecified": { words: "no source given", column: "None given" },
};

/** Form of a reporting event (`article.speech[].form`) -> its words. */
export const SPEECH_FORMS = {
  "direct": { words: "quoted" },
  "indirect": { words: "indirect" },
  "mixed": { words: "partly quoted" },
};

/** Sentence alignment class (`pair.aligned[].class`) -> its count word and list title. */
export const ALIGNMENT_CLASSES = {
  "identical": { count: "identical", title: "Copied word for word" },
  "edited": { count: "edited", title: "Edited" },
  "paraphrase": { count: "paraphrased", title: "Paraphrased" },
};

/** Boilerplate kind (`boilerplate[].kind`) -> what that stretch of the pasted text is. */
export const BOILERPLATE_KINDS = {
  "navigation": "site navigation",
  "share": "share widget",
  "subscribe": "subscription prompt",
  "follow": "follow-us prompt",
  "mirror_address": "mirror or archive address",
  "related_links": "related links",
  "caption": "photo caption",
  "copyright": "copyright notice",
  "wire_credit": "wire credit",
};

/** Byline role (`bylines[].role`) -> its heading in "Reporting: A, B · Editing: C". */
export const BYLINE_ROLES = {
  "reporting": "Reporting",
  "additional_reporting": "Additional reporting",
  "writing": "Writing",
  "editing": "Editing",
};

/** Where an article's anchor date comes from (`anchor.from`) -> the words after the date. */
export const ANCHOR_SOURCES = {
  "input": "the publication date",
  "text": "the first full date in the text",
  "article": "the date of another article (this one gives none)",
};

/**
 * The hover title of a highlighted mention: the kind's label, then its normalised value when
 * the report gives one ("Date: 2024-03-05").
 */
export function mentionTitle(kind, value) {
  const { label } = MENTION_KINDS[kind];
  return value === null ? label : `${label}: ${formatValue(kind, value)}`;
}

/**
 * How a value reads in a hover title: a DATE's interval of days "A/B" written "A to B"; other
 * values as given.
 */
function formatValue(kind, value) {
  const parts = value.split("/");
  return kind === "DATE" && parts.length === 2 ? `${parts[0]} to ${parts[1]}` : value;
}

/** The hover title of a greyed boilerplate stretch. */
export function boilerplateTitle(kind) {
  return `Boilerplate: ${BOILERPLATE_KINDS[kind]} — left out of the comparison`;
}

/**
 * The hover title of a quote: "Quote — Marta Lindqvist (named source)", with ", via Reuters"
 * when credited through an outlet, "Partial quote" when only part of a sentence is quoted, and
 * "Quote — speaker not stated" when the report names no speaker.
 */
export function quoteTitle(quote) {
  const head = quote.partial ? "Partial quote" : "Quote";
  const who = quote.speaker
    ? `${quote.speaker.name.text} (${SPEAKER_KINDS[quote.speaker.kind].words})`
    : "speaker not stated";
  return `${head} — ${who}${quote.via ? `, via ${quote.via.text}` : ""}`;
}
