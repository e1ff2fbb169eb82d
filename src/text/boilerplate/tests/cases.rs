//! The table of boilerplate cases: pasted-page snippets and what `detect` finds in each,
//! as the parent module's `render` writes it.

/// (name, input, expected rendering)
pub(super) const CASES: &[(&str, &str, &[&str])] = &[
    // Navigation
    (
        "navigation with slashes",
        "World / Africa\nFloods close schools in Lindmark\nLINDMARK (Wire) - Schools stayed shut on Monday.",
        &[
            "Navigation: World / Africa",
            "Dateline: LINDMARK (Wire) - [LINDMARK|Wire]",
        ],
    ),
    (
        "breadcrumb trail",
        "Home > News > Local news\nFerry strike ends",
        &["Navigation: Home > News > Local news"],
    ),
    (
        "section row with bars",
        "News | Politics | Norland\nVote count begins",
        &["Navigation: News | Politics | Norland"],
    ),
    (
        "headline with a slash is not navigation",
        "Norland/Vesta talks stall again\nThe talks ended without a date for the next round, officials said.",
        &[],
    ),
    (
        "navigation only above the story",
        "Water rose above the old bridge on Tuesday night, and the council closed two roads.\nArts / Culture",
        &[],
    ),
    // Share, follow, subscribe
    (
        "share heading in capitals",
        "SHARE THIS ARTICLE\nFloods close schools",
        &["Share: SHARE THIS ARTICLE"],
    ),
    (
        "share buttons join into one block",
        "Share on Facebook\nShare on X\n\nShare via Email",
        &["Share: Share on Facebook⏎Share on X⏎⏎Share via Email"],
    ),
    (
        "an app's name under the share buttons ends the page",
        "SHARE THIS ARTICLE\nLindmark Herald Radio App",
        &["Share: SHARE THIS ARTICLE", "Follow: Lindmark Herald Radio App"],
    ),
    (
        "a sentence under the share buttons is story",
        "SHARE THIS ARTICLE\nThe Lindmark Herald Radio App closed.",
        &["Share: SHARE THIS ARTICLE"],
    ),
    (
        "a name under the share buttons with more page after it is not asked",
        "SHARE THIS ARTICLE\nLindmark Herald Radio\nFloods close schools in Lindmark after a night of rain.",
        &["Share: SHARE THIS ARTICLE"],
    ),
    (
        "row of network names",
        "Facebook Twitter WhatsApp Email",
        &["Share: Facebook Twitter WhatsApp Email"],
    ),
    (
        "network names under follow us",
        "Follow us:\nTelegram | X | YouTube",
        &["Follow: Follow us:⏎Telegram | X | YouTube"],
    ),
    (
        "follow an outlet on a network",
        "Follow the Lindmark Herald on X/Twitter",
        &["Follow: Follow the Lindmark Herald on X/Twitter"],
    ),
    (
        "join a channel",
        "Join our Telegram channel for breaking news",
        &["Follow: Join our Telegram channel for breaking news"],
    ),
    (
        "app store lines",
        "Download our app\nGet it on Google Play",
        &["Follow: Download our app⏎Get it on Google Play"],
    ),
    (
        "subscribe prompt",
        "Subscribe to our newsletter",
        &["Subscribe: Subscribe to our newsletter"],
    ),
    (
        "sign-up pitch",
        "Sign up for the Morning Brief, delivered to your inbox every weekday.",
        &["Subscribe: Sign up for the Morning Brief, delivered to your inbox every weekday."],
    ),
    (
        "email prompt",
        "Enter your email address",
        &["Subscribe: Enter your email address"],
    ),
    (
        "sign in",
        "Sign in",
        &["Subscribe: Sign in"],
    ),
    (
        "different widgets stay apart",
        "Share this story\nFollow us on Telegram\nSubscribe now",
        &[
            "Share: Share this story",
            "Follow: Follow us on Telegram",
            "Subscribe: Subscribe now",
        ],
    ),
    // Mirror addresses
    (
        "mirror notice and addresses",
        "The Lindmark Herald's website can also be accessed at the following alternate addresses:\nwww.lindmarkherald.tv\nhttps://lmk-herald.net",
        &["MirrorAddress: The Lindmark Herald's website can also be accessed at the following alternate addresses:⏎www.lindmarkherald.tv⏎https://lmk-herald.net"],
    ),
    (
        "mirror addresses between blank lines",
        "Our site is also available at these alternative addresses\n\nlindmark-news.org\n\nlmk.news, lmknews.tv\n\nWater rose above the old bridge.",
        &["MirrorAddress: Our site is also available at these alternative addresses⏎⏎lindmark-news.org⏎⏎lmk.news, lmknews.tv"],
    ),
    (
        "a sentence about access is not a mirror notice",
        "The ministry's forms can also be accessed at the town hall, officials said.",
        &[],
    ),
    // Related links
    (
        "related heading and titles",
        "Read more:\nFlood toll rises to 12 in Lindmark\nPort Selwyn braces for a second storm\n\nWater rose above the old bridge.",
        &["RelatedLinks: Read more:⏎Flood toll rises to 12 in Lindmark⏎Port Selwyn braces for a second storm"],
    ),
    (
        "related list stops at a sentence",
        "Related:\nFerry services suspended\nThe storm also cut power to 4,000 homes in the district.",
        &["RelatedLinks: Related:⏎Ferry services suspended"],
    ),
    (
        "heading with its title on the line",
        "READ MORE: Why Lindmark floods every spring",
        &["RelatedLinks: READ MORE: Why Lindmark floods every spring"],
    ),
    (
        "more on this story",
        "More on this story\nMap: where the river broke its banks\nTimeline of the floods...",
        &["RelatedLinks: More on this story⏎Map: where the river broke its banks⏎Timeline of the floods..."],
    ),
    (
        "heading and title after a bar",
        "Also read | Ferry strike ends in Port Selwyn",
        &["RelatedLinks: Also read | Ferry strike ends in Port Selwyn"],
    ),
    // Captions
    (
        "caption with a photo credit",
        "Rescuers search the rubble of a school in Lindmark on Monday. (Photo by I. Varga/Wire)",
        &["Caption: Rescuers search the rubble of a school in Lindmark on Monday. (Photo by I. Varga/Wire)"],
    ),
    (
        "caption credited to social media",
        "A flooded street in Port Selwyn (Photo via social media)",
        &["Caption: A flooded street in Port Selwyn (Photo via social media)"],
    ),
    (
        "caption credit as name and agency",
        "Police officers at the scene (Ines Varga/Norpix Images)",
        &["Caption: Police officers at the scene (Ines Varga/Norpix Images)"],
    ),
    (
        "trailing image label",
        "Residents wade through water in Lindmark. Image: Lindmark Herald",
        &["Caption: Residents wade through water in Lindmark. Image: Lindmark Herald"],
    ),
    (
        "trailing file photo",
        "Police stand guard outside the court in Port Selwyn. File photo",
        &["Caption: Police stand guard outside the court in Port Selwyn. File photo"],
    ),
    (
        "opening photo label",
        "Photo: Ines Varga/Wire",
        &["Caption: Photo: Ines Varga/Wire"],
    ),
    (
        "video labels",
        "VIDEO\nWatch video 2:31",
        &["Caption: VIDEO⏎Watch video 2:31"],
    ),
    (
        "caption labels of a broadcaster",
        "Image caption, Rescuers search the rubble in Lindmark\nImage source, Norpix",
        &["Caption: Image caption, Rescuers search the rubble in Lindmark⏎Image source, Norpix"],
    ),
    (
        "video label with a title",
        "Watch: Police clear the square in Lindmark",
        &["Caption: Watch: Police clear the square in Lindmark"],
    ),
    // Copyright
    (
        "copyright sign",
        "© 2024 Lindmark Herald",
        &["Copyright: © 2024 Lindmark Herald"],
    ),
    (
        "copyright and rights reserved",
        "Copyright 2024 Port Selwyn Daily. All rights reserved.",
        &["Copyright: Copyright 2024 Port Selwyn Daily. All rights reserved."],
    ),
    (
        "republication notice",
        "This material may not be published, broadcast or redistributed.",
        &["Copyright: This material may not be published, broadcast or redistributed."],
    ),
    // Wire credits and bylines
    (
        "full wire credit",
        "(Reporting by Ana Lobo and Kofi Mensah; Additional reporting by Jo Park in Nairobi and Sam Reyes in Dakar; Writing by Sam Reyes; Editing by Lee Grant and Mia Holm)",
        &[
            "WireCredit: (Reporting by Ana Lobo and Kofi Mensah; Additional reporting by Jo Park in Nairobi and Sam Reyes in Dakar; Writing by Sam Reyes; Editing by Lee Grant and Mia Holm)",
            "Reporting: Ana Lobo",
            "Reporting: Kofi Mensah",
            "AdditionalReporting: Jo Park",
            "AdditionalReporting: Sam Reyes",
            "Writing: Sam Reyes",
            "Editing: Lee Grant",
            "Editing: Mia Holm",
        ],
    ),
    (
        "compiled by",
        "(Compiled by Ines Varga)",
        &["WireCredit: (Compiled by Ines Varga)", "Reporting: Ines Varga"],
    ),
    (
        "roles after commas",
        "(Reporting by Ana Lobo, Writing by Sam Reyes, Editing by Mia Holm)",
        &[
            "WireCredit: (Reporting by Ana Lobo, Writing by Sam Reyes, Editing by Mia Holm)",
            "Reporting: Ana Lobo",
            "Writing: Sam Reyes",
            "Editing: Mia Holm",
        ],
    ),
    (
        "joined roles and a particle",
        "(Reporting by Ana de Lobo in Port Selwyn, Norland; Writing and editing by Mia Holm)",
        &[
            "WireCredit: (Reporting by Ana de Lobo in Port Selwyn, Norland; Writing and editing by Mia Holm)",
            "Reporting: Ana de Lobo",
            "Writing: Mia Holm",
        ],
    ),
    (
        "credit naming a bureau",
        "(Reporting by the Lindmark bureau; Editing by Lee Grant)",
        &[
            "WireCredit: (Reporting by the Lindmark bureau; Editing by Lee Grant)",
            "Editing: Lee Grant",
        ],
    ),
    (
        "credit without parentheses",
        "Reporting by Ana Lobo; editing by Lee Grant",
        &[
            "WireCredit: Reporting by Ana Lobo; editing by Lee Grant",
            "Reporting: Ana Lobo",
            "Editing: Lee Grant",
        ],
    ),
    (
        "credit closing a paragraph",
        "The ministry said it would respond on Friday. (Reporting by Ana Lobo; Editing by Lee Grant)",
        &[
            "WireCredit: (Reporting by Ana Lobo; Editing by Lee Grant)",
            "Reporting: Ana Lobo",
            "Editing: Lee Grant",
        ],
    ),
    (
        "byline with and",
        "By Ana Lobo and Kofi Mensah",
        &["Reporting: Ana Lobo", "Reporting: Kofi Mensah"],
    ),
    (
        "byline with a comma",
        "By Ana Lobo, Kofi Mensah",
        &["Reporting: Ana Lobo", "Reporting: Kofi Mensah"],
    ),
    (
        "byline with outlet and title",
        "By Ines Varga, Senior Correspondent | Lindmark Herald",
        &["Reporting: Ines Varga"],
    ),
    (
        "byline with a timestamp",
        "BY INES VARGA Published 4 March 2024",
        &["Reporting: INES VARGA"],
    ),
    // Datelines
    (
        "dateline with region and agency",
        "PORT SELWYN, Norland (Agency) - The port reopened on Monday.",
        &["Dateline: PORT SELWYN, Norland (Agency) - [PORT SELWYN|Agency]"],
    ),
    (
        "dateline without source",
        "GENEVA - Talks between the two delegations resumed on Thursday.",
        &["Dateline: GENEVA - [GENEVA|]"],
    ),
    (
        "dateline with a date",
        "LINDMARK, March 4 (Wire) - Police said the bridge would stay closed.",
        &["Dateline: LINDMARK, March 4 (Wire) - [LINDMARK|Wire]"],
    ),
    (
        "dateline with accented capitals",
        "SÃO VITÓRIA (Wire) - Ferries resumed on Sunday.",
        &["Dateline: SÃO VITÓRIA (Wire) - [SÃO VITÓRIA|Wire]"],
    ),
    (
        "dateline glued to a widget",
        "Follow us on TelegramLINDMARK (Wire) - Police closed the bridge on Monday.",
        &[
            "Follow: Follow us on Telegram",
            "Dateline: LINDMARK (Wire) - [LINDMARK|Wire]",
        ],
    ),
    (
        "dateline glued to unknown text",
        "Some widget textLINDMARK (Wire) - Story starts here.",
        &["Dateline: LINDMARK (Wire) - [LINDMARK|Wire]"],
    ),
    (
        "a glued dateline needs a source",
        "Flood hits LindmarkGENEVA - Talks resumed on Thursday morning in the city.",
        &[],
    ),
    (
        "only the first dateline",
        "GENEVA (Wire) - Talks resumed.\nLINDMARK (Wire) - Police closed the bridge.",
        &["Dateline: GENEVA (Wire) - [GENEVA|Wire]"],
    ),
    (
        "an acronym with a hyphen is no dateline",
        "UN-backed talks resumed in Geneva on Thursday, officials said.",
        &[],
    ),
    (
        "an acronym explained between dashes is no dateline",
        "NDF (Norland Defence Force) - a militia - said it had withdrawn from the town.",
        &[],
    ),
    (
        "a heading word is no place",
        "BREAKING - Flood waters breach the main dam near Port Selwyn tonight",
        &[],
    ),
    // Story prose that mentions the same things
    (
        "prose about shares, following and subscribing",
        "Share prices in Lindmark fell 4% on Tuesday.\nResidents were urged to follow the ministry on Telegram for updates.\nFollow-up talks are due in Port Selwyn next week.\nMore than 2,000 people subscribe to the council's flood alerts.\nSign up sheets were handed out at the shelter on Friday.",
        &[],
    ),
    (
        "prose about photos and copyright",
        "A photo shared on social media showed the bridge under water.\nCopyright lawyers in Norland say the case could take years.\nThe label said all rights reserved to the band had lapsed.\nOfficials shared the photo on Facebook and Telegram.\nWatch parties were held across Port Selwyn.",
        &[],
    ),
    (
        "prose that opens like furniture",
        "Read more about the plan on the council's website, the mayor said.\nRelated talks will resume in Geneva next month.\nBy Monday, the river had risen two metres.\nBy Tuesday Port Selwyn was flooded.\nReporting by the state broadcaster suggested the toll was higher.\nDownload speeds in Lindmark fell sharply this week.",
        &[],
    ),
    (
        "prose that opens with caption and prompt words",
        "Get well soon, she wrote in an email.\nPictures, videos and messages flooded in after the storm.\nMore from the ministry later.\nFollow the river road to Telegram Hill.",
        &[],
    ),
    (
        "a headline naming networks",
        "Telegram, WhatsApp banned in Norland",
        &[],
    ),
    (
        "a lettered list item is not copyright",
        "(c) the right to appeal within 30 days.",
        &[],
    ),
    // More hard cases
    (
        "site control",
        "Skip to main content\nFerry strike ends",
        &["Navigation: Skip to main content"],
    ),
    (
        "buttons alone under a share line",
        "Share\nX\nPrint",
        &["Share: Share⏎X⏎Print"],
    ),
    (
        "a lone X is not a widget",
        "X",
        &[],
    ),
    (
        "follow a handle",
        "Follow @LindmarkHerald",
        &["Follow: Follow @LindmarkHerald"],
    ),
    (
        "agency and photographer after the caption",
        "Pupils wait outside a closed school in Lindmark on Monday. WIRE/Ines Varga",
        &["Caption: Pupils wait outside a closed school in Lindmark on Monday. WIRE/Ines Varga"],
    ),
    (
        "credit label after the caption",
        "Firefighters at the scene on Sunday. Credit: Norland Fire Service",
        &["Caption: Firefighters at the scene on Sunday. Credit: Norland Fire Service"],
    ),
    (
        "mirror addresses in the notice itself",
        "Our website can also be accessed at www.lmk.tv and lmk-herald.net.",
        &["MirrorAddress: Our website can also be accessed at www.lmk.tv and lmk-herald.net."],
    ),
    (
        "copyright with (c)",
        "Copyright (c) 2024 Lindmark Herald",
        &["Copyright: Copyright (c) 2024 Lindmark Herald"],
    ),
    (
        "a blank line ends the related list",
        "Related stories\n\nFerry services suspended",
        &["RelatedLinks: Related stories"],
    ),
    (
        "byline with a place",
        "By Ana Lobo in Port Selwyn",
        &["Reporting: Ana Lobo"],
    ),
    (
        "dateline with a doubled dash",
        "LINDMARK (Wire) -- Police said the bridge would stay closed.",
        &["Dateline: LINDMARK (Wire) -- [LINDMARK|Wire]"],
    ),
    (
        "dateline alone on its line",
        "LINDMARK (Wire) -\nPolice said the bridge would stay closed.",
        &["Dateline: LINDMARK (Wire) - [LINDMARK|Wire]"],
    ),
    (
        "dateline with region, date and year",
        "PORT SELWYN, Norland, March 4, 2024 (Wire) - The port reopened.",
        &["Dateline: PORT SELWYN, Norland, March 4, 2024 (Wire) - [PORT SELWYN|Wire]"],
    ),
    (
        "dateline glued to a photo credit",
        "(Photo by I. Varga/Wire)LINDMARK (Wire) - Police closed the bridge.",
        &[
            "Caption: (Photo by I. Varga/Wire)",
            "Dateline: LINDMARK (Wire) - [LINDMARK|Wire]",
        ],
    ),
    (
        "one-line story with dateline and credit",
        "GENEVA (Wire) - Talks resumed on Thursday. (Writing by Sam Reyes)",
        &[
            "WireCredit: (Writing by Sam Reyes)",
            "Writing: Sam Reyes",
            "Dateline: GENEVA (Wire) - [GENEVA|Wire]",
        ],
    ),
    (
        "a headline in capitals with a dash is no dateline",
        "FLOOD WARNING - Residents told to leave their homes now",
        &[],
    ),
    (
        "a widget word inside a story paragraph",
        "He asked them to share this story with their families, she said.\nShare this with your neighbours, the mayor said.\nJoin the queue, officials told residents at the Telegram office.",
        &[],
    ),
    (
        "a source in parentheses closing a sentence",
        "The toll rose to 12, officials said (reporting by local media)",
        &[],
    ),
    (
        "a story whose lines open with furniture words",
        "LINDMARK (Wire) - The council met on Monday to discuss the flood response.\n\
         Photos taken by residents showed cars floating down Market Street.\n\
         Video of the rescue was viewed more than a million times.\n\
         Images from the satellite suggest the dam held.\n\
         Follow-up inspections will take place next month, the engineer said.\n\
         Related costs are expected to top 4 million crowns.\n\
         Trending topics on local forums included the mayor's absence.\n\
         Copyright disputes over the flood footage have already begun.\n\
         By the end of the week, 300 families had been moved.\n\
         Reporting from the scene was hampered by power cuts.\n\
         Editing the budget will take weeks, the treasurer said.\n\
         Subscribers to the council's text service got the warning first.\n\
         Signs of damage were visible along the river.\n\
         Download the council's flood map from its website, officials advised.\n\
         Get out now, police told residents of the old town.\n\
         Join the volunteers at the town hall at 9 am, the mayor said.\n\
         Share of homes insured against flooding is about 40%.\n\
         More than 2,000 people spent the night in shelters.\n\
         Watch towers along the dyke were staffed around the clock.\n\
         Listen carefully to the sirens, the fire chief urged.\n\
         Home owners will get grants of up to 5,000 crowns.\n\
         News of the breach spread quickly on Telegram and WhatsApp.\n\
         Shelters will stay open 24/7 and/or until the water recedes.\n\
         NDF (Norland Defence Force) - a volunteer unit - helped with sandbags.\n\
         The Lindmark Herald reported that the dam was inspected in 2019 (see page 4).\n\
         \"We have never seen this,\" said Ines Varga, 54, a shop owner (pictured).\n\
         The army's photo unit (Photo Corps) documented the damage.\n\
         He told the Herald: \"Share the load, and we will get through this.\"\n\
         Sign-up for the relief fund opened on Tuesday with a long queue of applicants outside the hall.\n\
         Recommended evacuation routes were posted on the council's website.\n\
         All rights reserved under the 1998 charter remain with the council, a lawyer said.\n\
         Police said the suspects were seen on camera. File photos from 2019 show the same car.\n\
         Officials in Port Selwyn / Norland said they would send help.",
        &["Dateline: LINDMARK (Wire) - [LINDMARK|Wire]"],
    ),
];
