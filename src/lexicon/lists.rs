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
        // General English word classes, read by several stages.
        /// Determiners: left out of a speaker's range ("the ministry" -> "ministry"), and
        /// before a four-digit number a sign of a year ("their 2019 budget").
        Determiners = "english/determiners.txt", Lower;
        /// Abbreviations whose stop ends neither a sentence nor a speaker's phrase ("Mr.
        /// Osei", "Corp.", "Aug.").
        Abbreviations = "english/abbreviations.txt", Lower;
        /// Nouns for people: they make an unnamed speaker anonymous (also in the plural),
        /// and "one" before them counts a person ("one soldier").
        PersonNouns = "english/person-nouns.txt", Lower;
        // Page furniture (src/text/boilerplate/).
        /// Labels that open a caption when a colon follows ("Photo:").
        CaptionLabels = "boilerplate/caption-labels.txt", Lower;
        /// Labels that open a caption whatever follows ("Image caption").
        CaptionStrongLabels = "boilerplate/caption-strong-labels.txt", Lower;
        /// Words that open a caption when "by" and a capitalised name follow ("Photo by").
        CaptionByLabels = "boilerplate/caption-by-labels.txt", Lower;
        /// Labels that introduce a credit at the end of a caption, as written ("Image:").
        CreditLabels = "boilerplate/credit-labels.txt", Written;
        /// "File photo" as a trailing label, as written.
        FileLabels = "boilerplate/file-labels.txt", Written;
        /// Words that open a credit in parentheses ("(Photo via social media)").
        CreditFirstWords = "boilerplate/credit-first-words.txt", Lower;
        /// Words that close a credit in parentheses written in capitals ("(Wire Photo)").
        CreditLastWords = "boilerplate/credit-last-words.txt", Lower;
        /// Lines that label a video or audio player once durations are taken out ("Watch
        /// video 2:31").
        PlayerLabels = "boilerplate/player-labels.txt", Lower;
        /// Social networks and messaging services.
        Networks = "boilerplate/networks.txt", Lower;
        /// Other buttons that sit in a row of share icons ("Email", "Print").
        ShareButtons = "boilerplate/share-buttons.txt", Lower;
        /// Whole lines that are share widgets, trailing colon removed ("Copy link").
        ShareLines = "boilerplate/share-lines.txt", Lower;
        /// Words that may follow "Share" at the start of a share widget.
        AfterShare = "boilerplate/after-share.txt", Lower;
        /// Words that may follow "Sign up" in a sign-up prompt.
        AfterSignUp = "boilerplate/after-sign-up.txt", Lower;
        /// Words that make a line opened by a call to action a newsletter prompt.
        NewsletterWords = "boilerplate/newsletter-words.txt", Lower;
        /// Calls to action that open a newsletter prompt ("Get", "Join").
        NewsletterPrompts = "boilerplate/newsletter-prompts.txt", Lower;
        /// Words that open a follow prompt before "us" or "our" and a network ("Join us on
        /// Telegram").
        FollowOpeners = "boilerplate/follow-openers.txt", Lower;
        /// Words that open an app prompt ("Download our app").
        AppOpeners = "boilerplate/app-openers.txt", Lower;
        /// Words that may follow the word opening an app prompt ("Get it on Google Play").
        AfterAppOpener = "boilerplate/after-app-opener.txt", Lower;
        /// Headings of related-link lists, without a closing colon ("Read more").
        RelatedHeadings = "boilerplate/related-headings.txt", Lower;
        /// Headings that may carry a title on the same line after a colon, a bar or a dash
        /// ("READ MORE: Floods return to Lindmark").
        InlineHeadings = "boilerplate/inline-headings.txt", Lower;
        /// Phrases of a notice that the site has other addresses.
        MirrorPhrases = "boilerplate/mirror-phrases.txt", Lower;
        /// Whole lines that are site controls ("Skip to main content").
        SiteControls = "boilerplate/site-controls.txt", Lower;
        /// Lower-case words allowed inside a section name ("Science and Technology").
        NavJoiners = "boilerplate/nav-joiners.txt", Lower;
        /// Lower-case words that may join the capitalised words of a name or a place ("Ana
        /// de Lobo").
        NameParticles = "boilerplate/name-particles.txt", Lower;
        /// Capitalised words that are never part of a person's name in a byline: calendar
        /// words, job titles and the words of outlet names.
        NotBylineNames = "boilerplate/not-byline-names.txt", Lower;
        /// Words after which the rest of a byline is a timestamp.
        TimestampWords = "boilerplate/timestamp-words.txt", Lower;
        /// Words in capitals that open headings and labels, never a dateline's place.
        NotDatelinePlaces = "boilerplate/not-dateline-places.txt", Written;
        // Names from the recogniser (src/extract/entities.rs), against lower-cased words.
        /// Titles that mark a person and are not part of the name ("President", "Mr").
        NameTitles = "entities/name-titles.txt", Lower;
        // The recogniser's tokens (src/extract/ner/), ignoring ASCII case.
        /// Words whose tokens keep their full stop, as the recogniser's training data
        /// writes them: titles, company forms, US states, months ("Corp.", "Calif.").
        DottedWords = "ner/dotted-words.txt", Lower;
        /// Head nouns of organisations' names: a name ending in one runs on through "of"
        /// or "and" ("Alliance of Small Island States", "Environment and Land Court").
        OrgHeads = "ner/org-heads.txt", Lower;
        /// Words that open an organisation's name in many languages ("PT", "Radyo",
        /// "Olympique").
        OrgFirsts = "ner/org-firsts.txt", Lower;
        /// Words that close an organisation's name in many languages ("Ltd", "FC",
        /// "Wanderers", "Gazette").
        OrgLasts = "ner/org-lasts.txt", Lower;
        /// Head nouns that end a place's name ("Tlhabane Stadium", "South China Sea").
        PlaceHeads = "ner/place-heads.txt", Lower;
        /// Head nouns that start a place's name ("River Teme", "Mount Semeru").
        PlaceLeads = "ner/place-leads.txt", Lower;
        /// Names of religious, ethnic and political groups used as labels ("Muslim",
        /// "Yoruba", "Takfiri"), typed MISC as CoNLL-2003 does.
        GroupLabels = "ner/group-labels.txt", Lower;
        /// Names of languages that are no nationality's adjective ("Hindi", "Setswana"),
        /// typed MISC as CoNLL-2003 does.
        LanguageNames = "ner/language-names.txt", Lower;
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
        /// Words that make a season or "the weekend" after them a date ("in the spring",
        /// "at the weekend", "in early summer").
        PeriodContext = "dates/period-context.txt", Lower;
        /// Parts of a day, dropped from the value ("Thursday morning" is Thursday).
        PartsOfDay = "dates/parts-of-day.txt", Lower;
        /// Words that make what follows in their clause future.
        FutureWords = "dates/future-words.txt", Lower;
        /// Words that schedule what follows in their clause, from the anchor on.
        ScheduleWords = "dates/schedule-words.txt", Lower;
        /// Words that schedule only after a form of "be" or before "for" ("is due to", "set
        /// for Sunday"): "due to rain" and "set fire" are not cues.
        BeScheduleWords = "dates/be-schedule-words.txt", Lower;
        /// Spans of time: "two days ahead of" the vote schedules, "200 votes ahead of" a
        /// rival does not.
        TimeSpans = "dates/time-spans.txt", Lower;
        /// Words that open a clause about another event: the words past one are not what a
        /// date beside it is the day of ("talks set for Friday after north gate arrests").
        EventBoundaries = "dates/event-boundaries.txt", Lower;
        /// Present forms of "be" before the words of `BeScheduleWords`.
        PresentBe = "dates/present-be.txt", Lower;
        /// Past forms of "be": "was scheduled for Sunday" looks back like any past tense.
        PastBe = "dates/past-be.txt", Lower;
        /// Reporting verbs that end the reach of a time cue: what comes after them is the
        /// report, so "will" before them does not make a date after them future
        /// ("officials who will oversee it said on Tuesday"). Only the commonest verbs of
        /// saying: with the quote finder's hundred (which hold "read", "shows", "vowed")
        /// the held-out date F1 falls from 0.961 to 0.948.
        ReportBoundaries = "dates/report-boundaries.txt", Lower;
        // Quantities (src/extract/quantities/), against lower-cased words.
        /// Words after a glued "m" that make it metres, not millions ("2m high", "2m-long").
        Dimensions = "quantities/dimensions.txt", Lower;
        /// Plural nouns for people, whose count may be of deaths, injuries or arrests.
        PeoplePlural = "quantities/people-plural.txt", Lower;
        /// Words ending in "man" or "men" that are neither people nor their plural
        /// ("specimen", "German").
        NotMan = "quantities/not-man.txt", Lower;
        /// Words before a number that may stand between it and an event cue ("the deaths of
        /// 14").
        BackSkip = "quantities/back-skip.txt", Lower;
        /// Words after a counted noun that may stand between it and an event cue ("were
        /// reportedly").
        Auxiliaries = "quantities/auxiliaries.txt", Lower;
        /// Units that may be glued to digits ("15km", "5kg", "12pc").
        GluedUnits = "quantities/glued-units.txt", Lower;
        /// Words before a period that make an amount a rate ("900 cubic metres an hour",
        /// "$5 per day").
        RateWords = "quantities/rate-words.txt", Lower;
        /// Words that make a count an increment, not a total ("four more people", "a
        /// further 298", "another 12"): never an article's first toll.
        IncrementWords = "quantities/increment-words.txt", Lower;
        /// Words after a period that make it a time, not a rate ("a day after", "an hour
        /// ago", "a day or two").
        RateStops = "quantities/rate-stops.txt", Lower;
        /// Words after a number that make it a clock time ("7 pm", "19:00 GMT").
        ClockWords = "quantities/clock-words.txt", Lower;
        /// Words before "A to B" that make it a change rather than a range.
        ChangeWords = "quantities/change-words.txt", Lower;
        /// Capitalised words that may stand right before a quantity; any other makes the
        /// number part of a name ("Boeing 737", "Flight 370", "Resolution 2334").
        LeadWords = "quantities/lead-words.txt", Lower;
        /// Words before a number that make it an identifier ("page 5", "route 66").
        IdentifierWords = "quantities/identifier-words.txt", Lower;
        /// Abbreviations with a stop before a number that make it an identifier ("No. 10").
        IdentifierAbbreviations = "quantities/identifier-abbreviations.txt", Lower;
        /// Words before a year-like number that make it a year, not a count ("in 2012
        /// protests"). Narrower than the date grammar's year context, which also holds
        /// "for" and "between": "for 2000 people" is a count.
        YearLeads = "quantities/year-leads.txt", Lower;
        /// Words that end the search for a counted noun: a number followed by one of these
        /// counts nothing written ("14 were", "14 of the").
        CountStops = "quantities/count-stops.txt", Lower;
        /// Lower-case words ending in "s" that are not plural nouns.
        NotPlural = "quantities/not-plural.txt", Lower;
        /// Plurals that do not end in "s" ("people", "aircraft").
        IrregularPlurals = "quantities/irregular-plurals.txt", Lower;
        /// Common adjectives that may stand between "one" and its noun ("one young man").
        OneAdjectives = "quantities/adjectives.txt", Lower;
        /// Nouns that "one" does not count: "at one point", "on the one hand".
        OneIdioms = "quantities/idioms.txt", Lower;
        /// Words after "of" that make the number before it a part of a counted whole ("Nine
        /// of the 14 passengers", "five of the detainees").
        PartitiveHeads = "quantities/partitive-heads.txt", Lower;
        /// Words of a match beside digits joined by a hyphen that make them a score ("won
        /// 3-1", "a 2-2 draw").
        ScoreWords = "quantities/score-words.txt", Lower;
        /// Words after "N-" that count nothing ("two-thirds", "one-off", "three-way").
        CompoundStops = "quantities/compound-stops.txt", Lower;
        // Quote attribution (src/extract/quotes/), against lower-cased words.
        /// Words written with an apostrophe for their first letters ("'em", "'til").
        Elisions = "quotes/elisions.txt", Lower;
        /// Words that make a phrase ending in one of `NewsroomHeads` an outlet ("news
        /// agency", "Lindmark Broadcasting Corporation").
        NewsroomWords = "quotes/newsroom-words.txt", Lower;
        /// Heads of an outlet's name after one of `NewsroomWords`.
        NewsroomHeads = "quotes/newsroom-heads.txt", Lower;
        /// Finite verbs that attribute a quote to their subject ("X said", "said X").
        ReportingVerbs = "quotes/reporting-verbs.txt", Lower;
        /// Words just before an outlet a speaker gave a quote to, which credit it ("told
        /// the Ledger", "in an interview with Radio Eko", "seen by the Daily"), as whole
        /// lines.
        CreditLeads = "quotes/credit-leads.txt", Lower;
        /// Verbs that frame a fragment in the reporter's words ("called the rescue
        /// "flawless"").
        FramingVerbs = "quotes/framing-verbs.txt", Lower;
        /// Participles whose subject is the main clause's ("..., adding that ...").
        ReportingParticiples = "quotes/reporting-participles.txt", Lower;
        /// Words for everyone, no one or a number of people, which open a sentence without
        /// naming anyone ("Nobody said", "Thousands chanted").
        Indefinites = "quotes/indefinites.txt", Lower;
        /// Adverbs and auxiliaries that may stand between a speaker and the verb ("has also
        /// said").
        Skippable = "quotes/skippable.txt", Lower;
        /// Prepositions that attach a phrase to a speaker ("a spokesman for the ministry").
        Prepositions = "quotes/prepositions.txt", Lower;
        /// Prepositions of place, after which an untyped name is a place, not an
        /// antecedent.
        PlacePrepositions = "quotes/place-prepositions.txt", Lower;
        /// Words that join a phrase to a head through the preposition after them ("a
        /// source close to the army", "officials familiar with the talks").
        Links = "quotes/links.txt", Lower;
        /// Short words a title leaves in lower case ("Walls of Sand", "Sirens Without
        /// Fuel" has none): a quote of capitalised words and these is a title.
        TitleSmallWords = "quotes/title-small-words.txt", Lower;
        /// Pronouns that open a relative clause after a speaker ("a source who ...").
        Relatives = "quotes/relatives.txt", Lower;
        /// Pronouns that may stand for a speaker.
        Pronouns = "quotes/pronouns.txt", Lower;
        /// Words that end a noun phrase: conjunctions, negations and other clause words.
        PhraseStops = "quotes/phrase-stops.txt", Lower;
        /// Conjunctions that open a new clause: a verb after them has its own subject.
        Subordinators = "quotes/subordinators.txt", Lower;
        /// Days, months and other time words, which never name a speaker.
        TimeWords = "quotes/time-words.txt", Lower;
        /// Words that lead a time phrase between a subject and its verb ("on Tuesday",
        /// "late last night").
        TimeLeads = "quotes/time-leads.txt", Lower;
        /// Job titles: "the governor" is a named person when the article named its
        /// governor.
        JobTitles = "quotes/job-titles.txt", Lower;
        /// Nouns for institutions, which make an unnamed speaker institutional.
        InstitutionNouns = "quotes/institution-nouns.txt", Lower;
        /// Nouns for writing with no author of its own: "Graffiti on the wall reads ...",
        /// "a banner reading ...". What they say is quoted in part, and no one is its
        /// speaker.
        InscriptionNouns = "quotes/inscription-nouns.txt", Lower;
        /// Nouns for documents, which speak for whoever issued them ("a statement from X").
        DocumentNouns = "quotes/document-nouns.txt", Lower;
        /// Past forms of verbs by which someone puts out a document ("issued a statement",
        /// "posted a message"): "the statement read" afterwards is theirs.
        IssuingVerbs = "quotes/issuing-verbs.txt", Lower;
        /// Nouns for an exchange with an outlet: "he said in the same interview" refers back
        /// to the one an earlier sentence credited ("Speaking to Radio Eko, ...").
        InterviewNouns = "quotes/interview-nouns.txt", Lower;
        /// Nouns for news outlets, in any case ("the newspaper", "state TV").
        OutletNouns = "quotes/outlet-nouns.txt", Lower;
        /// Last words of a masthead, capitalised ("The Lindmark Times").
        Mastheads = "quotes/mastheads.txt", Lower;
        /// First words of a capitalised outlet's name with more after them ("Radio
        /// Pasifika", "Channel 4").
        OutletFirsts = "quotes/outlet-firsts.txt", Lower;
        /// News outlets known by one word.
        OutletNames = "quotes/outlet-names.txt", Lower;
        /// Endings of the singular of plural nouns for people or groups ("critics",
        /// "locals", "firefighters", "representatives").
        GroupPluralEndings = "quotes/group-plural-endings.txt", Lower;
        /// Endings of abstract and mass nouns ("Management", "Opposition", "Security").
        AbstractEndings = "quotes/abstract-endings.txt", Lower;
        /// Endings of nouns for people ("rescuer", "activist", "historian", "chairman").
        PersonEndings = "quotes/person-endings.txt", Lower;
        /// Irregular past forms that follow a subject ("Varga put it bluntly").
        IrregularPast = "quotes/irregular-past.txt", Lower;
        /// Irregular participles of the passive ("Power was cut").
        IrregularParticiples = "quotes/irregular-participles.txt", Lower;
        // Linking mentions (src/link/).
        /// Function words skipped when initials are taken ("United Nations" -> UN).
        InitialsSkip = "link/initials-skip.txt", Lower;
        // The comparison (src/compare/).
        /// Function words: shared by every two sentences, so they say nothing about a
        /// match.
        StopWords = "compare/stop-words.txt", Lower;
        /// Nouns that, standing just before a name, call it a news outlet ("state
        /// broadcaster").
        OutletAppositives = "compare/outlet-appositives.txt", Lower;
        /// Words before a name that credit it for what the article reports ("according
        /// to").
        OutletCuesBefore = "compare/outlet-cues-before.txt", Lower;
        /// Words after a name that credit it for what the article reports ("first
        /// reported").
        OutletCuesAfter = "compare/outlet-cues-after.txt", Lower;
        /// Words that make a name a broadcaster's or the press's ("Radio Velmar").
        BroadcasterWords = "compare/broadcaster-words.txt", Lower;
        /// Words right before a count that make it a part of another ("including about
        /// 1,900 households", "of whom 12 children").
        PartWords = "compare/part-words.txt", Lower;
    }
}

lists! {
    /// Tables (`.tsv`): a key and its fields on each line.
    TableList {
        // General English word classes, read by several stages.
        /// Number words up to ninety with their value ("twelve" -> 12); dates read those up
        /// to twelve ("two days ago"), quantities all.
        NumberWords = "english/number-words.tsv", Lower, [Number];
        // Names from the recogniser (src/extract/entities.rs), against lower-cased words.
        /// Titles that are forms of address, not roles, with the pronoun they give ("Ms"
        /// -> she).
        Honorifics = "entities/honorifics.tsv", Lower, [Text];
        // The date grammar (src/extract/dates/), ignoring ASCII case.
        /// Month names and their abbreviations with the month's number ("sept" -> 9).
        Months = "dates/months.tsv", Lower, [Number];
        /// Weekday names with the weekday's number, Monday 0.
        Weekdays = "dates/weekdays.tsv", Lower, [Number];
        // Quantities (src/extract/quantities/), against lower-cased words.
        /// Words that stand for the noun right after a number ("14 dead"), with the event
        /// and whether the word belongs in the span (an adjective) or not (a verb).
        EventWords = "quantities/event-words.tsv", Lower, [Text, Text];
        // Reported speech (src/extract/speech/), against lower-cased words.
        /// Reporting verbs in every form, with the base form and what the form is ("said"
        /// -> say, past): each is the cue of a reporting event.
        ReportingCues = "speech/reporting-verbs.tsv", Lower, [Text, Text];
        /// Words of a source phrase that tell its kind when it names no person
        /// ("officials" -> anonymous, "filings" -> documents).
        SpeechSources = "speech/source-words.tsv", Lower, [Text];
        /// Scale words after a number ("four million").
        Scales = "quantities/scales.tsv", Lower, [Number];
        /// Scales written after digits with a space ("4 million", "Rs 5 crore").
        DigitScales = "quantities/digit-scales.tsv", Lower, [Number];
        /// Scales glued to digits ("£450k", "$2.3bn").
        SuffixScales = "quantities/suffix-scales.tsv", Lower, [Number];
        /// Units of length, area, mass, volume and data: the normal unit and the factor
        /// into it ("mile" -> 1609.344 m, "litres" -> 0.001 m3). Areas made of a length
        /// ("square miles", "km²") are read from the length.
        Units = "quantities/units.tsv", Lower, [Text, Number];
        /// Durations with their singular name ("yrs" -> year).
        Durations = "quantities/durations.tsv", Lower, [Text];
        /// Periods a rate is given per, with the period they name ("hr" -> hour); months
        /// and years have no fixed length.
        RatePeriods = "quantities/rate-periods.tsv", Lower, [Text];
        /// Currency signs written before the number, alone or after what may stand glued
        /// before them, with the ISO code ("$" -> USD, "C$" -> CAD).
        CurrencySigns = "quantities/currency-signs.tsv", Written, [Text];
        /// ISO codes written as words before or after the number, as written, with the
        /// code they stand for ("USD 5m", "5,000 CFA" -> XOF).
        CurrencyCodes = "quantities/currency-codes.tsv", Written, [Text];
        /// Countries whose money a sign shared with others names, with the sign's usual
        /// code and the country's ("Cameroon": XOF -> XAF, "Pakistan": INR -> PKR); the
        /// first such country an article names decides.
        LocalCurrencies = "quantities/local-currencies.tsv", Written, [Text, Text];
        /// Currency names after the number with their code ("euros" -> EUR).
        CurrencyNames = "quantities/currency-names.tsv", Lower, [Text];
        /// Words that say whose dollars or francs, the noun they go with, and the code
        /// ("Canadian dollars" -> CAD).
        CurrencyAdjectives = "quantities/currency-adjectives.tsv", Lower, [Text, Text];
        // Names in roles (src/compare/names.rs), against lower-cased words.
        /// Verbs of one role with its name ("led", "headed", "directing" -> lead): two names
        /// beside verbs of one role share that role, however each article words it.
        RoleVerbs = "compare/role-verbs.tsv", Lower, [Text];
        /// Nouns and verbs of one act with its name ("inquiry", "probe", "investigating" ->
        /// inquiry; "detected", "flagged" -> detect): two names beside words of one act
        /// share it, however each article words it.
        ActWords = "compare/act-words.tsv", Lower, [Text];
        // Quote attribution (src/extract/quotes/), against lower-cased words.
        /// Short forms of job titles, written with a stop, and the title ("Gov. Ana Lobo"
        /// -> governor).
        TitleAbbreviations = "quotes/title-abbreviations.tsv", Lower, [Text];
        /// Words for one role, and the word a description uses for it ("Opposition MLA
        /// Rachel Thibodeau ... the lawmaker said"; "striker X ... the player").
        RoleWords = "quotes/role-words.tsv", Lower, [Text];
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
        // Quantities (src/extract/quantities/), against lower-cased words.
        /// Words and phrases that name what happened to the people a number counts, with
        /// the event ("killed", "lost their lives" -> deaths).
        EventCues = "quantities/event-cues.tsv", Lower, [Text];
        /// Qualifiers of an amount with their normal form ("no more than" -> at most).
        Qualifiers = "quantities/qualifiers.tsv", Lower, [Text];
        // Framing (src/compare/framing.rs).
        /// Labels for one kind of actor or act, with their category ("militants" ->
        /// armed group): two labels of one category standing in for each other in matching
        /// sentences are a framing difference.
        Labels = "framing/labels.tsv", Lower, [Text];
        /// Hedges ("reportedly", "is believed to"): one in only one of two matching
        /// sentences is a framing difference.
        Hedges = "framing/hedges.txt", Lower;
        // Sourcing (src/compare/attribution.rs).
        /// Phrases that give a claim a kind of source wherever they stand ("on condition
        /// of anonymity" -> anonymous, "in a statement" -> institutional).
        SourceCues = "compare/source-cues.tsv", Lower, [Text];
        /// Words of a credited phrase that tell its kind when it names no person
        /// ("officials" -> anonymous, "records" -> documents).
        SourceWords = "compare/source-words.tsv", Lower, [Text];
    }
}
