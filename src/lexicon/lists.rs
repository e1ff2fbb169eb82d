//! The registry of word lists: each variant names one file under `data/` and says what the
//! list is for. `DATA.md` has a line for each file.

use super::{Case, Field, Spec};

/// Declares a kind of list: an enum of list names, `ALL`, and each list's [`Spec`].
macro_rules! lists {
    (
        $(#[$kind_doc:meta])*
        $kind:ident {
            $(
                $(#[$doc:meta])*
                $name:ident = $path:literal, $case:ident $(, [$($field:ident),*])?;
            )*
        }
    ) => {
        $(#[$kind_doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $kind {
            $( $(#[$doc])* $name, )*
        }

        impl $kind {
            /// Every list of this kind, in the order declared.
            pub const ALL: &'static [$kind] = &[$($kind::$name),*];

            /// The list's file and how to read it.
            pub(super) fn spec(self) -> Spec {
                match self {
                    $($kind::$name => Spec {
                        path: $path,
                        text: include_str!(concat!("../../data/", $path)),
                        case: Case::$case,
                        fields: &[$($(Field::$field),*)?],
                    },)*
                }
            }
        }
    };
}

lists! {
    /// Word lists (`.txt`): sets of words, or of whole lines compared as one string.
    WordList {
        // The date grammar (src/extract/dates/), ignoring ASCII case.
        /// Words after which a bare month is a date ("since June", "mid-June", "the end of
        /// May").
        MonthContext = "dates/month-context.txt", Lower;
        /// Words after which a four-digit number is a year ("in 2012"), besides the
        /// determiners ("the 2012 mutiny").
        YearContext = "dates/year-context.txt", Lower;
        /// Prepositions so plainly about time that a year after them stays a year even
        /// before a plural noun ("since 2012 prices have risen").
        StrongYearContext = "dates/strong-year-context.txt", Lower;
        /// Determiners: before a number a sign of a year ("their 2019 budget").
        YearDeterminers = "dates/determiners.txt", Lower;
        /// Units and counted nouns without a plural "s": after them a number is a count,
        /// not a year ("2000 km", "2000 people").
        CountNouns = "dates/count-nouns.txt", Lower;
        /// Function words: a lower-case word after a year modifies it only when it is none
        /// of these ("the 2012 mutiny", "2020 saw", but not "2000 were").
        NonModifiers = "dates/non-modifiers.txt", Lower;
        /// Words after which a weekday is a date even before a capitalised word ("on
        /// Tuesday Varga said").
        WeekdayContext = "dates/weekday-context.txt", Lower;
        /// Words that make a weekday after them the name of a day of the year ("Good
        /// Friday").
        NamedDays = "dates/named-days.txt", Lower;
        /// Parts of a day, dropped from the value ("Thursday morning" is Thursday).
        PartsOfDay = "dates/parts-of-day.txt", Lower;
        /// Words that make what follows in their clause future.
        FutureWords = "dates/future-words.txt", Lower;
        /// Words that schedule what follows in their clause, from the anchor on.
        ScheduleWords = "dates/schedule-words.txt", Lower;
        /// Words that schedule only after a form of "be" or before "for" ("is due to", "set
        /// for Sunday"): "due to rain" and "set fire" are not cues.
        BeScheduleWords = "dates/be-schedule-words.txt", Lower;
        /// Present forms of "be" before the words of `BeScheduleWords`.
        PresentBe = "dates/present-be.txt", Lower;
        /// Past forms of "be": "was scheduled for Sunday" looks back like any past tense.
        PastBe = "dates/past-be.txt", Lower;
        /// Reporting verbs: what comes after them is the report, so a time cue before them
        /// does not reach past them ("officials who will oversee it said on Tuesday").
        TimeReportingVerbs = "dates/reporting-verbs.txt", Lower;
    }
}

lists! {
    /// Tables (`.tsv`): a key and its fields on each line.
    TableList {
        // The date grammar (src/extract/dates/), ignoring ASCII case.
        /// Month names and their abbreviations with the month's number ("sept" -> 9).
        Months = "dates/months.tsv", Lower, [Number];
        /// Weekday names with the weekday's number, Monday 0.
        Weekdays = "dates/weekdays.tsv", Lower, [Number];
        // Quantities (src/extract/quantities/), against lower-cased words.
        /// Number words up to ninety with their value ("twelve" -> 12); dates read those up
        /// to twelve ("two days ago"), quantities all.
        NumberWords = "quantities/number-words.tsv", Lower, [Number];
        // Groups (src/extract/groups.rs).
        /// Demonyms and nationality adjectives with their country ("Norwegian" -> Norway),
        /// for the GROUP kind; plurals are derived in code.
        Demonyms = "demonyms.tsv", Written, [Text];
    }
}

lists! {
    /// Phrase lists: phrases of one or more words, found over a sentence's words.
    PhraseList {
        // The date grammar (src/extract/dates/), ignoring ASCII case.
        /// Days counted from the anchor, with their offset in days ("yesterday" -> -1, "day
        /// after tomorrow" -> 2).
        RelativeDays = "dates/relative-days.tsv", Lower, [Number];
        // Framing (src/compare/framing.rs).
        /// Labels for one kind of actor or act, with their category ("militants" ->
        /// armed group): two labels of one category standing in for each other in matching
        /// sentences are a framing difference.
        Labels = "framing/labels.tsv", Lower, [Text];
        /// Hedges ("reportedly", "is believed to"): one in only one of two matching
        /// sentences is a framing difference.
        Hedges = "framing/hedges.txt", Lower;
    }
}
