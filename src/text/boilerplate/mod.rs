//! Boilerplate: the parts of a pasted page that are not the story (navigation, share and
//! follow widgets, mirror addresses, related links, captions and credits, copyright lines,
//! the wire credit block), plus the dateline and the bylines the credit block names.
//!
//! Works on normalised text (see `text::normalize`). Boilerplate stays in the view but is
//! left out of comparison.
//!
//! It reads the text a line at a time. Each rule looks for a strong sign (a widget's
//! wording at the start of a short line, a credit in parentheses, a list of bare web
//! addresses after a line announcing them), so that a story sentence that mentions
//! sharing, photos or copyright in passing is left alone. Some rules use the lines around:
//! the titles under a "Related" heading, the addresses under a mirror notice, navigation
//! only above the story. The rules live in submodules: `widgets` (share, follow,
//! subscribe, copyright), `captions`, `links` (navigation, related links, mirror
//! addresses), `credits` (bylines and the wire credit) and `dateline`.

mod captions;
mod credits;
mod dateline;
mod links;
mod role_phrase;
mod widgets;

use crate::vocabulary::vocabulary;
use std::ops::Range;

/// What [`detect`] found in one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Boilerplate {
    /// Stretches that are not the story, in text order, not overlapping. Each covers whole
    /// lines (trimmed of surrounding spaces), except a wire credit in parentheses at the end
    /// of a paragraph and boilerplate glued to the front of the dateline's line. Neighbouring
    /// lines of one kind, with only blank lines between them, form one block.
    pub blocks: Vec<Block>,
    /// People credited for the article, in text order: those of a "By ..." line and of the
    /// wire credit block.
    pub bylines: Vec<Byline>,
    /// The dateline that opens the story, if any.
    pub dateline: Option<Dateline>,
}

/// One stretch of boilerplate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// What it is.
    pub kind: BlockKind,
}

vocabulary! {
    /// The kinds of boilerplate.
    pub enum BlockKind {
        /// Site navigation and section labels ("News / More", "Home > World").
        Navigation = "navigation",
        /// Share widgets ("SHARE THIS ARTICLE", "Share on Facebook").
        Share = "share",
        /// Subscribe, sign-up and newsletter prompts.
        Subscribe = "subscribe",
        /// Follow-us prompts and app links.
        Follow = "follow",
        /// Mirror or alternate addresses of the site ("can also be accessed at ...").
        MirrorAddress = "mirror_address",
        /// "Read more", "Related" and similar link lists.
        RelatedLinks = "related_links",
        /// Photo and video captions and their credits.
        Caption = "caption",
        /// Copyright and rights lines.
        Copyright = "copyright",
        /// The wire credit block: "(Reporting by ...; Editing by ...)".
        WireCredit = "wire_credit",
    }
}

/// A person credited in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Byline {
    /// Byte range of the name: the person only ("Jo Park", not "Jo Park in Nairobi").
    pub name: Range<usize>,
    /// What they are credited for.
    pub role: BylineRole,
}

vocabulary! {
    /// What a byline credits.
    pub enum BylineRole {
        /// "By X", "Reporting by X", "Reported by X", "Compiled by X".
        Reporting = "reporting",
        /// "Additional reporting by X".
        AdditionalReporting = "additional_reporting",
        /// "Writing by X", "Written by X".
        Writing = "writing",
        /// "Editing by X", "Edited by X".
        Editing = "editing",
    }
}

/// A dateline: "BAMAKO (Reuters) -", "PORT SELWYN, Norland (Wire) -", "GENEVA -",
/// "LINDMARK, March 4 (Wire) -": a place in capitals, an optional region and date, an
/// optional source in parentheses and a dash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// Byte range of the whole dateline, dash included.
    pub range: Range<usize>,
    /// Byte range of the place.
    pub place: Range<usize>,
    /// Byte range of the source (the agency or outlet) inside the parentheses, when given.
    pub source: Option<Range<usize>>,
}

/// Finds boilerplate, bylines and the dateline in normalised `text`.
///
/// Never fails: text with none of these yields an empty [`Boilerplate`].
pub fn detect(text: &str) -> Boilerplate {
    let lines = trimmed_lines(text);
    let mut scan = Scan {
        text,
        out: Boilerplate::default(),
        previous: None,
        open: Open::Nothing,
        paragraphs: 0,
    };
    for (i, line) in lines.iter().enumerate() {
        if line.is_empty() {
            // A blank line ends a list of related links (but not a list of addresses).
            if scan.open == Open::Related {
                scan.open = Open::Nothing;
            }
            continue;
        }
        let next = lines[i + 1..]
            .iter()
            .find(|l| !l.is_empty())
            .map(|l| &text[l.clone()]);
        scan.line(line.clone(), next);
    }
    scan.out
}

/// How many paragraphs of story may go by before the dateline is no longer looked for.
const DATELINE_WITHIN: usize = 3;

/// A line of at least this many words that no rule claims is a paragraph of the story.
const PARAGRAPH_WORDS: usize = 12;

/// A list that the previous line opened, whose items may follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    Nothing,
    /// Titles under a "Related" heading, until a blank line.
    Related,
    /// Addresses under a mirror notice.
    Mirror,
}

/// The state of the line-by-line reading.
struct Scan<'a> {
    text: &'a str,
    out: Boilerplate,
    /// The kind of the previous non-blank line, when it was boilerplate.
    previous: Option<BlockKind>,
    open: Open,
    /// Paragraphs of story seen so far (the dateline's counts as one).
    paragraphs: usize,
}

impl Scan<'_> {
    /// Reads one non-blank line; `next` is the next non-blank line.
    fn line(&mut self, line: Range<usize>, next: Option<&str>) {
        let text = self.text;
        let seek_dateline = self.out.dateline.is_none() && self.paragraphs < DATELINE_WITHIN;
        if seek_dateline {
            if let Some(found) = dateline::find(text, line.clone()) {
                // On a badly copied page the story starts in the middle of this line, and
                // what comes before the dateline may be a widget.
                let before = trim(text, line.start..found.range.start);
                if !before.is_empty() {
                    if let Some(kind) = self.kind(before.clone(), None) {
                        self.push(before, kind);
                    }
                }
                self.tail(found.range.end..line.end);
                self.out.dateline = Some(found);
                self.paragraphs += 1;
                self.previous = None;
                self.open = Open::Nothing;
                return;
            }
        }
        self.previous = self.kind(line.clone(), next);
        if let Some(kind) = self.previous {
            self.push(line, kind);
            return;
        }
        if let Some(bylines) = credits::by_line(text, line.clone()) {
            self.out.bylines.extend(bylines);
            return;
        }
        if text[line.clone()].split_whitespace().count() >= PARAGRAPH_WORDS {
            self.paragraphs += 1;
        }
        self.tail(line);
    }

    /// The kind of boilerplate `line` is, if any, given the lines before it (through
    /// `self.open` and `self.previous`) and the next non-blank line. Opens or closes lists.
    fn kind(&mut self, line: Range<usize>, next: Option<&str>) -> Option<BlockKind> {
        let s = &self.text[line.clone()];
        let open = std::mem::replace(&mut self.open, Open::Nothing);
        if let Some(bylines) = credits::credit_line(self.text, line) {
            self.out.bylines.extend(bylines);
            return Some(BlockKind::WireCredit);
        }
        let announces = s.ends_with(':') || links::has_address(s);
        if links::is_mirror_notice(s) && (announces || next.is_some_and(links::is_addresses))
            || open == Open::Mirror && links::is_addresses(s)
        {
            self.open = Open::Mirror;
            return Some(BlockKind::MirrorAddress);
        }
        if let Some(kind) = widgets::kind(s) {
            return Some(kind);
        }
        if captions::is_caption(s) {
            return Some(BlockKind::Caption);
        }
        let widget = matches!(self.previous, Some(BlockKind::Share | BlockKind::Follow));
        if widgets::is_network_list(s, widget) {
            // Icons under "Follow us" follow; anywhere else they share.
            return Some(match self.previous {
                Some(BlockKind::Follow) => BlockKind::Follow,
                _ => BlockKind::Share,
            });
        }
        if widget && next.is_none() && widgets::is_app_name(s) {
            // The last line of the page, a name under the share buttons: an app's link.
            return Some(BlockKind::Follow);
        }
        if let Some(opens_list) = links::related_heading(s) {
            if opens_list {
                self.open = Open::Related;
            }
            return Some(BlockKind::RelatedLinks);
        }
        if open == Open::Related && links::is_title(s) {
            self.open = Open::Related;
            return Some(BlockKind::RelatedLinks);
        }
        if links::is_site_control(s) || self.paragraphs == 0 && links::is_navigation(s) {
            return Some(BlockKind::Navigation);
        }
        None
    }

    /// Looks for a wire credit in parentheses at the end of a paragraph.
    fn tail(&mut self, range: Range<usize>) {
        if let Some((credit, bylines)) = credits::trailing(self.text, range) {
            self.push(credit, BlockKind::WireCredit);
            self.out.bylines.extend(bylines);
        }
    }

    /// Adds a block, joining it to the last one when that is of the same kind and only
    /// white space lies between them.
    fn push(&mut self, range: Range<usize>, kind: BlockKind) {
        if let Some(last) = self.out.blocks.last_mut() {
            if last.kind == kind && self.text[last.range.end..range.start].trim().is_empty() {
                last.range.end = range.end;
                return;
            }
        }
        self.out.blocks.push(Block { range, kind });
    }
}

/// The lines of `text` as byte ranges trimmed of white space; a blank line is empty.
fn trimmed_lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        out.push(trim(text, start..start + line.len()));
        start += line.len() + 1;
    }
    out
}

/// `range` without the white space at either end (empty, at its end, when all blank).
fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let piece = &text[range.clone()];
    let start = range.end - piece.trim_start().len();
    start..start + piece.trim().len()
}

#[cfg(test)]
mod tests;
