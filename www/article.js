// This file renders one article of the results: its heading (id badge and label, as the
// report gives them, and the publication date when the report has one), its highlighted text
// (render.js: boilerplate greyed, quotes marked, mentions coloured; its box is made here, its
// chunks are put in later by texts.js, a few per task) with a note when only the
// start of it was analysed, then the small print (where the story was filed from, who wrote
// it, and what relative dates were read against), its quotes with their speakers, what it
// reports people saying (reported speech: who, the cue, what), and the table of the entities
// it names with how often. Everything goes in as text.

import { compareText } from "./collate.js";
import { el, PAGE_SIZE, PagedList } from "./dom.js";
import { ANCHOR_SOURCES, BYLINE_ROLES, MENTION_KINDS, SOURCE_KINDS, SPEAKER_KINDS, SPEECH_FORMS } from "./kinds.js";
import { highlightedText } from "./render.js";

/**
 * One article's section of the results, its text box still empty: what texts.js needs to fill
 * it (the box, render.js's chunks, and the note they go before) is pushed onto `texts`.
 */
export function renderArticle(article, view, texts) {
  const { id } = article;
  const text = view.text(id);
  // Only the analysed part is shown: the rest carries no highlight, stays in the article's box
  // above, and laid out here it would cost the page as much again (twenty articles of 1 MiB,
  // of which 2 MiB are read, would put 20 MiB of text in the results).
  const { chunks, quoteIndexes } = highlightedText(text.slice(0, article.analysed_utf16_len), article, view.entities);
  const unread = article.utf16_len - article.analysed_utf16_len;
  const tail =
    unread > 0
      ? el("span", {
          class: "truncated-note",
          text: `\n\n[${unread.toLocaleString("en")} more characters were not analysed and are not shown here; they stay in the article's box above]`,
        })
      : null;
  // The text box scrolls when long, so it must be reachable by keyboard and named.
  const body = el(
    "div",
    { class: "article-text", tabindex: 0, role: "region", "aria-label": `Text of article ${id}` },
    tail,
    article.utf16_len === 0 && el("span", { class: "empty-note", text: "(empty)" }),
  );
  texts.push({ id, body, chunks, tail });
  return el(
    "article",
    { class: "article-result", data: { article: id } },
    el(
      "header",
      "article-header",
      el("h2", null, el("span", { class: "article-id", text: id }), " ", article.label),
      article.published && el("p", { class: "article-date", text: `Published ${article.published}` }),
    ),
    // The strip beside the text shows where its findings are (side.js fills it).
    el("div", "text-wrap", body, el("div", { class: "tick-strip", "aria-hidden": "true" })),
    renderFacts(article),
    quoteIndexes.length > 0 && renderQuotes(article.quotes, quoteIndexes, text),
    article.speech.length > 0 && renderSpeech(article.speech, text),
    renderEntityList(article.mentions, view.entities),
  );
}

/**
 * The small print under an article's text, each line only when the report has it: where it was
 * filed from, who wrote it, and what relative dates ("on Tuesday") were read against (or, when
 * there is no date to read them against, which one could not be placed). Null when none.
 */
function renderFacts(article) {
  const lines = [];
  const { dateline, anchor } = article;
  if (dateline) {
    const source = dateline.source ? ` (${dateline.source.text})` : "";
    lines.push(["dateline", `Filed from ${dateline.place.text}${source}`]);
  }

  const byRole = new Map(); // role heading -> names, in the order the roles first appear
  for (const { name, role } of article.bylines) {
    const heading = BYLINE_ROLES[role];
    if (!byRole.has(heading)) byRole.set(heading, []);
    if (!byRole.get(heading).includes(name.text)) byRole.get(heading).push(name.text);
  }
  if (byRole.size > 0) {
    lines.push(["bylines", [...byRole].map(([role, who]) => `${role}: ${who.join(", ")}`).join(" · ")]);
  }

  if (anchor) {
    lines.push(["anchor", `Relative dates read against ${anchor.date}, ${ANCHOR_SOURCES[anchor.from]}`]);
  } else {
    const unplaced = article.mentions.find((m) => m.kind === "DATE" && m.value === null);
    if (unplaced) {
      const said = unplaced.text;
      lines.push(["anchor", `Relative dates such as “${said}” could not be placed: add the publication date above.`]);
    }
  }

  if (lines.length === 0) return null;
  return el(
    "div",
    "article-facts",
    ...lines.map(([fact, words]) => el("p", { class: "article-fact", data: { fact }, text: words })),
  );
}

/**
 * The article's quotes: what is said, who said it (and of what kind), via whom, partial or
 * not. It lists the quotes marked in the text (`shown`: their indexes, in text order), so that
 * the list and the text agree.
 */
function renderQuotes(quotes, shown, text) {
  const render = (index) => {
    const { content, speaker, via, partial } = quotes[index];
    const who = speaker ? `— ${speaker.name.text}, ${SPEAKER_KINDS[speaker.kind].words}` : "— speaker not stated";
    return el(
      "li",
      { class: "quote-item", data: { quote: index } },
      el("q", { class: "quote-content", text: text.slice(content.start_utf16, content.end_utf16) }),
      el(
        "p",
        "quote-meta",
        who,
        via && ` · via ${via.text}`,
        partial && " ",
        partial && el("span", { class: "tag", text: "partial", title: "Only part of what was said is quoted" }),
      ),
    );
  };
  const list = new PagedList(shown, render, { className: "quote-list", first: PAGE_SIZE });
  return el("div", "quotes", el("h3", { text: "Quotes" }), ...list.nodes());
}

/**
 * The article's reporting events, in text order: what is reported (quoted, indirect or partly
 * quoted), who it is credited to and of what kind (for "she", the name it refers to), and the
 * cue, with "not said" when the cue is negated ("did not say").
 */
function renderSpeech(speech, text) {
  const render = (event, index) => {
    const { content, source, refers_to: refersTo, kind, cue, form, negated } = event;
    const said = text.slice(content.start_utf16, content.end_utf16);
    const who = source
      ? `${source.text}${refersTo ? ` (${refersTo.text})` : ""}, ${SOURCE_KINDS[kind].words}`
      : SOURCE_KINDS[kind].words;
    return el(
      "li",
      { class: "speech-item", data: { speech: index, form, kind } },
      form === "direct"
        ? el("q", { class: "speech-content", text: said })
        : el("span", { class: "speech-content", text: said }),
      el(
        "p",
        "speech-meta",
        `— ${who} · “${cue.text}” · ${SPEECH_FORMS[form].words}`,
        negated && " ",
        negated &&
          el("span", { class: "tag", text: "not said", title: "The cue is negated: the source did not say this" }),
      ),
    );
  };
  const list = new PagedList(speech, render, { className: "speech-list", first: PAGE_SIZE });
  return el("details", "speech", el("summary", { text: `Reported speech (${speech.length})` }), ...list.nodes());
}

/** The entities named in one article, with how often, sorted by count then name. */
function renderEntityList(mentions, entities) {
  const counts = new Map();
  for (const { entity } of mentions) {
    if (entity !== null) counts.set(entity, (counts.get(entity) ?? 0) + 1);
  }
  const rows = [...counts].map(([index, count]) => ({ entity: entities[index], count }));
  rows.sort((a, b) => b.count - a.count || compareText(a.entity.canonical, b.entity.canonical));

  if (rows.length === 0) {
    return el(
      "div",
      "entity-table-wrap",
      el("h3", { text: "Names in this article" }),
      el("p", { class: "empty-note", text: "No names found." }),
    );
  }
  const head = [
    ["Name", ""],
    ["Kind", ""],
    ["Mentions", "num"],
  ].map(([words, cls]) => el("th", { class: cls, scope: "col", text: words }));
  const render = ({ entity, count }) => {
    const { label } = MENTION_KINDS[entity.kind];
    return el(
      "tr",
      { class: "entity-row", data: { kind: entity.kind } },
      el(
        "td",
        "entity-name",
        el("span", { class: "entity-swatch", data: { kind: entity.kind }, text: entity.canonical }),
      ),
      el("td", { class: "entity-kind", text: label }),
      el("td", { class: "num entity-count", text: String(count) }),
    );
  };
  const [body, more] = new PagedList(rows, render, { className: "", tag: "tbody", first: PAGE_SIZE }).nodes();
  return el(
    "div",
    "entity-table-wrap",
    el(
      "table",
      "entity-table",
      el("caption", { text: "Names in this article" }),
      el("thead", null, el("tr", null, ...head)),
      body,
    ),
    more,
  );
}
