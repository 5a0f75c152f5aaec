"""The package's ``rules.toml``, stored parsed: ``PARSED`` is ``tomllib.loads(TEXT)``.

Importing ``tomllib`` and parsing the file cost about 8 ms CPU at every start
of the viewer. ``rules.load_rules`` uses ``PARSED`` only when the file on disk
is exactly ``TEXT`` (a plain string comparison), so an edited rules.toml is
parsed from the file as before, never read from a stale copy. A test checks
that this module is current; after editing rules.toml, write it again with::

    python -m tui.core.input.rules_parsed
"""

# ruff: noqa: E501 - generated
from __future__ import annotations

from typing import Any

TEXT = '# syndiff boilerplate rules.\n#\n# Each [[rule]] labels a whole paragraph with a boilerplate class when its\n# pattern matches; the first matching rule in file order wins. Patterns are\n# Python regular expressions, matched with re.search against the paragraph\'s\n# text after typography folding (curly quotes become straight, dashes become\n# "-", odd spaces become " ", runs of spaces one space), and\n# case-insensitively unless case_sensitive = true. No nested quantifiers:\n# a test runs every pattern on adversarial lines of up to 2,000 characters.\n#\n# Optional conditions:\n#   max_chars    = N     only paragraphs of at most N characters\n#   unterminated = true  only paragraphs that do not end like a sentence\n#   at_end       = true  only the paragraphs after the version\'s last article\n#                        paragraph (a bare URL there is a source line)\n#\n# Classes: caption, credit, timestamp, byline, page-tools, navigation, promo,\n# related-links, source, social, newsletter, copyright, disclaimer (a class\n# is a short name of letters, digits, "-" and "_").\n#\n# [related] describes related-link blocks: a short header line (one of\n# `headers`) followed by headline and teaser lines, each at most\n# `item_max_chars` long, at most `max_items` of them.\n#\n# A newsroom adds its own rules with `syndiff --rules FILE`, in this format.\n# The patterns describe page furniture, not any one story: article text that\n# merely talks about images, sources or links must stay article text.\n\n# ------------------------------------------------------------------ credits\n# A line that is nothing but a photo credit. First, so that it gets the credit class.\n[[rule]]\nname = "credit-in-parentheses-alone"\nclass = "credit"\npattern = \'^\\((?!(?:additional )?reporting|editing|writing|with )[^()]{2,70}\\)$\'\nmax_chars = 80\n\n[[rule]]\nname = "agency-credit-line"\nclass = "credit"\npattern = \'^[\\w .\\x27-]{2,40}(?: ?[|/] ?[\\w .\\x27-]{2,40}){0,3} ?[|/] ?(?:getty images|afp|reuters|ap|ap photo|epa|shutterstock|alamy|bloomberg|pa|pa media|pa wire|xinhua|anadolu|sipa|zuma|rex|nasa|nurphoto|imago|dpa|efe|istock)$\'\nmax_chars = 120\n\n[[rule]]\nname = "credit-other-languages"\nclass = "credit"\npattern = \'^\\W*(?:(?:\\u0438\\u0437 )?\\u043b\\u0438\\u0447\\u043d\\w* \\u0430\\u0440\\u0445\\u0438\\u0432\\w*|\\u0444\\u043e\\u0442\\u043e\\s*[:\\u00a9]|archivio personale|archivo personal|arquivo pessoal|archives? personnelles?|privatarchiv|foto\\s*[:\\u00a9]|bild\\s*[:\\u00a9]|sumber foto\\s*:)\'\nmax_chars = 100\n\n[[rule]]\nname = "bracketed-photo-credit"\nclass = "credit"\npattern = \'^\\[(?:\\uc0ac\\uc9c4|\\uc0ac\\uc9c4\\uc81c\\uacf5|photo|foto|\\u0444\\u043e\\u0442\\u043e)\\s*[=:]\'\nmax_chars = 120\n\n[[rule]]\nname = "credit-only-line"\nclass = "credit"\npattern = \'^\\W*(?:getty images|getty|reuters|afp|ap|ap photo|pa|pa media|pa wire|shutterstock|alamy|epa|epa-efe|bloomberg|anadolu agency|xinhua|handout|supplied|nasa(?: [\\w-]+)?)(?:\\s*(?:/|via)\\s*[\\w .&-]{1,40})?\\W*$\'\nmax_chars = 80\n\n# ---------------------------------------------------------------- captions\n[[rule]]\nname = "credit-in-parentheses"\nclass = "caption"\npattern = \'\\((?:image|images|photo|photos|photograph|picture|pic|pics|credit|illustration|video|graphic)\\s*:[^()]*\\)\\s*$\'\nmax_chars = 400\n\n[[rule]]\nname = "caption-then-credit"\nclass = "caption"\n# "Titan in false colour, 2004. (NASA/JPL/Space Science Institute)": a finished sentence, then\n# only a parenthesised "Agency/Photographer" credit in capitalised names; nothing follows it.\npattern = \'[.!?] \\([A-Z][^()/]{1,60}(?: ?/ ?[A-Z][^()/]{1,60}){1,3}\\)$\'\ncase_sensitive = true\nmax_chars = 300\n\n[[rule]]\nname = "agency-credit-in-parentheses"\nclass = "caption"\npattern = \'\\((?:[^()]*[/ ])?(?:getty images|afp|reuters|ap photo|ap|pa|pa wire|pa images|pa media|epa|epa-efe|shutterstock|alamy|bloomberg|rex|rex features|anadolu|sipa|xinhua|zuma|bbc|supplied|handout)\\)\\s*$\'\nmax_chars = 300\nunterminated = true\n\n[[rule]]\nname = "caption-word"\nclass = "caption"\n# A "Caption" label on its own line: the paragraph under it is the caption (boilerplate_blocks).\npattern = \'^\\W*(?:image |photo |media |video )?caption\\W*$\'\nmax_chars = 20\n\n[[rule]]\nname = "bracketed-headline"\nclass = "related-links"\n# "[Bardo museum houses amazing Roman treasures]": a headline-shaped link in square brackets, not a sentence,\n# of five words or more and not ending in a number (a citation such as "[Book title p. 41]" is the article\'s).\npattern = \'^\\[(?=(?:[^\\s\\]]+ ){4})[A-Z][^\\[\\]]{10,150}[^.!?\\]\\d]\\]$\'\ncase_sensitive = true\nmax_chars = 160\n\n[[rule]]\nname = "credit-label-first"\nclass = "caption"\npattern = \'^\\s*(?:image|photo|photograph|picture|pictured|pic|credit|illustration|graphic|image source|image caption|media caption|caption|above|below|(?:main|cover|featured|header|lead|top) image(?: credit)?)\\s*:\'\nmax_chars = 300\n\n[[rule]]\nname = "photograph-credit-last"\nclass = "caption"\npattern = \'\\b(?:photograph|photo|picture|image|credit|illustration)\\s*:\\s*[^.:]{2,80}$\'\nmax_chars = 400\n\n[[rule]]\nname = "agency-photo-credit"\nclass = "caption"\npattern = \'\\b(?:AP Photo|AFP Photo|Reuters Photo|EPA Photo|Getty Images|Photo by)\\b[^.]*$\'\ncase_sensitive = true\nmax_chars = 300\nunterminated = true\n\n[[rule]]\nname = "this-picture-shows"\nclass = "caption"\n# "In this photo taken on ..., ..." / "This illustration of the lander shows ...": a caption\'s opening,\n# not a sentence that reports what someone said about a picture ("this picture of the economy" is prose).\npattern = \'^(?!.*\\b(?:said|says|told)\\b)(?:in this (?:[\\w,.-]+ ){0,6}?(?:photo|photograph|image|picture|illustration|rendering|screenshot|screen grab|handout)|this (?:[\\w,.-]+ ){0,3}?(?:photo|photograph|illustration|rendering|screenshot|screen grab|satellite image|handout photo))\\b(?:(?: [\\w,.\\x27-]+){0,20}? (?:shows?|showing|taken|provided|released|made available|obtained|dated)\\b|,)\'\nmax_chars = 400\n\n[[rule]]\nname = "wire-photo-dateline"\nclass = "caption"\npattern = \'^[A-Z][A-Z .,\\x27-]{2,40}\\s-\\s(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\\s\\d{1,2}\\s*:\'\ncase_sensitive = true\nmax_chars = 500\n\n[[rule]]\nname = "pictured"\nclass = "caption"\npattern = \'\\b(?:is|are|was|were|seen|pictured)\\s+(?:pictured|photographed)\\b|^pictured\\b|\\(pictured\\)|\\bpictured (?:left|right|above|below|centre|center|top|bottom)\\b\'\nmax_chars = 300\nunterminated = true\n\n[[rule]]\nname = "bbc-image-credit"\nclass = "caption"\npattern = \'^\\W*(?:image|media|video)\\s+(?:source|caption|credit)s?\\s*,\'\nmax_chars = 300\n\n# ----------------------------------------------------------------- promos\n[[rule]]\nname = "dont-miss"\nclass = "promo"\npattern = "^\\\\W*(?:don\'t miss|do not miss|must see|must read|watch|listen|in pictures|in video|video|live)\\\\b\\\\W*(?:[:|.]|$|\\\\[)"\nmax_chars = 200\n\n[[rule]]\nname = "section-tags"\nclass = "promo"\npattern = \'^\\[[^\\]\\n]{1,40}\\](?: ?\\[[^\\]\\n]{1,40}\\])+$|^\\[[A-Z][A-Z &-]{1,30}\\]$\'\ncase_sensitive = true\nmax_chars = 200\n\n[[rule]]\nname = "advert"\nclass = "promo"\npattern = \'^\\W*advertisement ?[-|:] ?[^.]{1,30}$|^\\W*(?:advertisement|advert|sponsored(?: content| post)?|promoted(?: content)?|paid (?:content|partnership|post)|story continues (?:below|after)|article continues (?:below|after)|continue reading|continue reading(?: the)?(?: main)? story|scroll to continue|ad|sponsored links|supported by|sponsored by|presented by|iklan|anzeige|publicidad|publicit\\u00e9|pubblicit\\u00e0|\\u0440\\u0435\\u043a\\u043b\\u0430\\u043c\\u0430)\\W*$\'\nmax_chars = 80\n\n[[rule]]\nname = "click-here"\nclass = "promo"\npattern = \'^\\W*(?:click|tap) (?:here )?(?:to|for|now)\\b|^\\W*download (?:our|the) (?:free )?(?:\\w+ )?app\\b|^\\W*(?:get|try) (?:unlimited|full|premium|digital) access\\b|^\\W*(?:subscribe|become a member|support us)\\W*(?:now|today)?\\W*$\'\nmax_chars = 200\n\n[[rule]]\nname = "listen-to-article"\nclass = "promo"\npattern = \'^\\W*(?:listen to (?:this|the) (?:article|story)|listen\\s*[:|-]|\\d+\\s*min(?:ute)?s? (?:read|listen))\\b\'\nmax_chars = 120\n\n[[rule]]\nname = "navigation-word"\nclass = "navigation"\npattern = \'^\\W*(?:skip to (?:main )?content|skip to navigation|back to top|menu|search|sign in|log in|login|home|close|open menu)\\W*$\'\nmax_chars = 40\n\n[[rule]]\nname = "navigation-bar"\nclass = "navigation"\npattern = \'^ ?(?:(?=[^|\\u2022\\u00b7>\\u203a]{1,26}(?:[|\\u2022\\u00b7>\\u203a]|$))[\\w&\\x27.\\u25be\\u25bc+-]+(?: [\\w&\\x27.\\u25be\\u25bc+-]+)* ?[|\\u2022\\u00b7>\\u203a] ?){2,}(?=[^|\\u2022\\u00b7>\\u203a]{1,26}(?:[|\\u2022\\u00b7>\\u203a]|$))[\\w&\\x27.\\u25be\\u25bc+-]+(?: [\\w&\\x27.\\u25be\\u25bc+-]+)* ?$\'\nmax_chars = 200\nunterminated = true\n\n[[rule]]\nname = "breadcrumb"\nclass = "navigation"\n# "Mac & i > News > 2015 > Story title": two or more short capitalised steps, each followed by " > ",\n# then the page\'s own title (which may be long).\npattern = \'^(?:[A-Z0-9][^>]{0,25} [>\\u203a\\u00bb] ){2,6}[A-Z0-9][^>]{0,120}$\'\ncase_sensitive = true\nmax_chars = 200\n\n[[rule]]\nname = "cookie-notice"\nclass = "promo"\npattern = \'^\\W*(?:we use cookies|(?:this|our) (?:site|website) uses cookies|by (?:using|continuing to use) (?:this|our) (?:site|website)[^.]{0,40}cookies|(?:accept|reject|manage) (?:all |your )?cookies\\W*$|cookie (?:policy|settings|preferences)\\W*$)\'\nmax_chars = 300\n\n# ------------------------------------------------------ inline related links\n[[rule]]\nname = "read-more-line"\nclass = "related-links"\npattern = \'^\\W*(?:read(?=\\s*:)|read more|read next|read also|also read|see also|more on this story|related(?! tags?\\b| topics?\\b)(?: \\w+)?|related articles?|related stories|related content|recommended|more from [\\w .\\x27&-]{1,40}|more stories|more like this|related coverage|latest)\\s*[:>|\\-]\'\nmax_chars = 300\n\n# ------------------------------------------------------ source and attribution\n[[rule]]\nname = "source-line"\nclass = "source"\npattern = \'^\\W*(?:originally (?:published|posted|appeared)(?: (?:at|on|by|in))?|this (?:article|story|piece) (?:was |is )?(?:originally |first )?(?:published|appeared|posted|republished)|republished (?:with permission )?from|additional reporting by|reporting by|written by|edited by|editing by|content courtesy of)\\b|^\\W*(?:source|sources|via)\\s*:\'\nmax_chars = 300\n\n[[rule]]\nname = "bare-url"\nclass = "source"\npattern = \'^\\W*(?:https?://|www\\.)\\S+\\W*$\'\nmax_chars = 400\nat_end = true\n\n[[rule]]\nname = "contributed-reporting"\nclass = "source"\npattern = \'\\bcontributed (?:to this (?:report|story|article)|reporting)\\b\\W*$|^\\W*our standards\\s*:\'\nmax_chars = 250\n\n# ------------------------------------------------------- social and newsletter\n[[rule]]\nname = "follow-us"\nclass = "social"\npattern = \'^\\W*(?:follow|like|join|find) (?:us|@\\w+|[\\w .]{1,50}) on (?:twitter|x|facebook|instagram|tiktok|threads|bluesky|linkedin|youtube|telegram|whatsapp|social media)\\b\'\nmax_chars = 250\n\n[[rule]]\nname = "share-buttons"\nclass = "social"\npattern = \'^\\W*(?:share|share this|share this (?:article|story|page)|share on \\w+|share via \\w+|tweet|email|whatsapp|facebook|twitter|linkedin|reddit|pinterest|copy link|print|comments?)(?:\\W+(?:share|tweet|email|whatsapp|facebook|twitter|x|linkedin|reddit|pinterest|instagram|youtube|tiktok|telegram|messenger|flipboard|tumblr|copy link|print|comments?))*\\W*$\'\nmax_chars = 120\n\n[[rule]]\nname = "newsletter"\nclass = "newsletter"\npattern = \'^\\W*(?:(?:sign up|signup|subscribe|register)(?: now| today| here| free)? ?(?:to\\b|for\\b|:|-)|(?:get|join) (?:our|the|a)\\b|never miss\\b).{0,120}\\b(?:newsletters?|briefing|our (?:daily|weekly) email|inbox|email alerts?)\\b\'\nmax_chars = 300\n\n# ---------------------------------------------------------------- copyright\n[[rule]]\nname = "copyright"\nclass = "copyright"\n# At most 200 characters: a page may glue a credit ("© Provided by ...") onto the article\'s first paragraph.\npattern = \'^\\W*(?:©|\\u24d2|\\(c\\)\\s*\\d{4}|copyright\\s*(?:©|\\u24d2|\\(c\\)|\\d{4}))|\\ball rights reserved\\b\'\nmax_chars = 200\n\n[[rule]]\nname = "copyright-word"\nclass = "copyright"\n# "Copyright Guardian News & Media Limited": the word first, on a line that is not a sentence.\npattern = \'^\\W*copyright\\b\'\nmax_chars = 150\nunterminated = true\n\n# ------------------------------------------------------------ bylines, dates\n[[rule]]\nname = "byline"\nclass = "byline"\npattern = \'^ ?(?:By|BY|by|Words by|Written by) [A-Z][\\w\\x27.-]*(?: [A-Z][\\w\\x27.-]*){0,3}(?:(?:, ?| and | ?& ?)[A-Z][\\w\\x27.-]*(?: [A-Z][\\w\\x27.-]*){0,3})*(?: @\\w{1,30})?(?: ?[,|-] ?[\\w .,\\x27-]{0,60})? ?$\'\ncase_sensitive = true\nmax_chars = 140\nunterminated = true\n\n[[rule]]\nname = "timestamp"\nclass = "timestamp"\npattern = \'^\\W*(?:published|updated|last updated|posted|first published|modified)\\s*(?:on|at)?\\s*:?\\s*(?:\\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)[^.]*$\'\nmax_chars = 120\n\n# ------------------------------------------------------------- timestamps\n# A date or time on a line of its own, maybe after "Posted", "Updated" or a\n# label in another script ("기사입력 :[ 2018-08-25 15:24 ]"), maybe before an\n# agency ("/ CBS News"). Dates in article sentences are left alone: the line\n# must be nothing but the stamp.\n[[rule]]\nname = "timestamp-line"\nclass = "timestamp"\n# A date is written once: "(?P<time>...)" is a time before it and "(?(time)|...)" then allows no\n# time after it (a date may have a time before it or after it, not both); "(?P<day>...)" is a day\n# before the month, and "(?(day)...|...)" then asks for the year after it. Written out, the date\n# would appear four times, and the pattern took twice as long to compile at every start.\npattern = \'^(?:(?:posted|published|updated|last updated|last modified|first published|modified|date|created|submitted)(?: by [\\w.\\x27-]+(?: [\\w.\\x27-]+){0,3})?(?: on| at)? ?:? ?|[^\\W\\d_]{2,12} ?: ?\\[? ?)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? )?(?:(?P<time>\\d{1,2}[:.]\\d{2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?(?:,? | ?[-/|,\\u2022\\u00b7] |,? at ))(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? )?)?(?:(?P<day>\\d{1,2}(?:st|nd|rd|th)? )?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?(day)\\.?,? \\d{4}|\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?)|\\d{4}-\\d{2}-\\d{2}(?:t\\d{2}:\\d{2}(?::\\d{2})?(?:z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})(?(time)|(?:(?:,? | ?[-/|,\\u2022\\u00b7] |,? at )\\d{1,2}[:.]\\d{2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?)?)(?: ?[|/;] ?[\\w .]{0,30}| (?:updated|modified|edited) ?:? [\\w .,:]{1,40})?[;,.|]? ?\\]?$|^\\d{1,3} ?(?:m|h|d|mins?|minutes?|hours?|hrs?|days?|weeks?) ago\\b.{0,24}$\'\nmax_chars = 90\n\n[[rule]]\nname = "bureau-updated"\nclass = "timestamp"\npattern = \'^[\\w .,\\x27-]{2,60} ?\\| ?(?:updated|published|posted)\\b\'\nmax_chars = 140\nunterminated = true\n\n[[rule]]\nname = "byline-with-date"\nclass = "byline"\n# A name then a date (or a date then a name): the name must be in capitals unless "By" comes first,\n# so a sentence-case line about a date ("Polls close on November 5") is not a byline.\n# The name and the date may be glued together by the copy ("Associated PressDecember 2, 2016").\n# One date, as in timestamp-line; "(?P<name>...)" is the name before the date, and "(?(name)...|...)"\n# then wants the line to end after the date, else a name after it.\npattern = \'^(?:(?P<name>(?:(?i:by) [\\w.\\x27@]+(?: [\\w.\\x27@]+){0,4}|[A-Z@][\\w.\\x27@]*(?: [A-Z@][\\w.\\x27@]*){0,4})(?: ?[-|,/] ?| |(?<=[a-z])(?=[A-Z]))))?(?i:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? )?(?:(?P<time>\\d{1,2}[:.]\\d{2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?(?:,? | ?[-/|,\\u2022\\u00b7] |,? at ))(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? )?)?(?:(?P<day>\\d{1,2}(?:st|nd|rd|th)? )?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?(day)\\.?,? \\d{4}|\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?)|\\d{4}-\\d{2}-\\d{2}(?:t\\d{2}:\\d{2}(?::\\d{2})?(?:z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})(?(time)|(?:(?:,? | ?[-/|,\\u2022\\u00b7] |,? at )\\d{1,2}[:.]\\d{2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?)?))(?(name)(?i:(?: ?[|/;] ?[\\w .]{0,30})?[;,.|]? ?\\]?)| (?:(?i:by) )?[A-Z@][\\w.\\x27@]*(?: [A-Z@][\\w.\\x27@]*){0,4})$\'\ncase_sensitive = true\nmax_chars = 110\nunterminated = true\n\n[[rule]]\nname = "caption-with-credit"\nclass = "caption"\npattern = \'credit\\.{2,}\\s*\\S[^.]{1,80}$\'\nmax_chars = 400\n\n# ------------------------------------------------------------- page tools\n[[rule]]\nname = "page-tools"\nclass = "page-tools"\npattern = \'^\\W*(?:print(?: this)?(?: article| page| version| story)?|e-?mail(?: this)? (?:article|story|page)|most e-?mailed|text size|font size|save (?:article|for later)|get short url|(?:view|show|hide|load) (?:all )?comments|loading comments|\\d+ ?comments?(?: \\(\\+\\))?|\\d+ post comments?(?: \\(\\+\\))?|comments? \\(\\d+\\)|post (?:a )?comment|leave a (?:comment|reply)|previous next|previous|next|previous (?:post|article|story)? ?next (?:post|article|story)?|back to (?:gallery|article)|(?:previous|next) (?:[\\w-]+ ){0,2}(?:news|post|article|story|page)|\\d{1,3} ?/ ?\\d{1,3}|(?:image|photo|slide) \\d+ of \\d+|map ?: [^.]{1,40}|this slideshow requires javascript|\\d+ ?min(?:ute)?s? read|full ?screen|autoplay|skip (?:this )?ad|view (?:all )?(?:photos|gallery|graphic|slideshow)|\\d{1,3} of \\d{1,3}|wait \\d{1,2} seconds? to continue|(?:reading time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit) ?:? ?[^.]{1,20})\\W*$\'\nmax_chars = 60\n\n[[rule]]\nname = "gallery-link"\nclass = "page-tools"\npattern = \'^[\\w .\\x27-]{1,50} (?:gallery|photo gallery|slideshow)$\'\nmax_chars = 60\n\n# ------------------------------------------------------ more page furniture\n[[rule]]\nname = "share-widgets"\nclass = "social"\npattern = \'^\\W*(?:sharing is caring|\\d+ ?shares?|shares|share (?:this|via|to|on|permalink)\\b[^.]{0,60}|copy link[^.]{0,20}|follow us|addthis sharing buttons|x share via|google\\+|flipboard|mix|instagram|tumblr|telegram|stumbleupon|blogger|@\\w{2,30})\\W*$\'\nmax_chars = 120\n\n[[rule]]\nname = "tags-header"\nclass = "navigation"\npattern = \'^\\W*(?:related )?(?:tags?|topics?|categories|category|filed under|this article is related to)(?:\\s*:.*|\\s+[^.!?]*|)$\'\nmax_chars = 150\n\n[[rule]]\nname = "run-together-menu"\nclass = "navigation"\npattern = \'^Home(?:[A-Z]| ?[>/\\u00bb\\u203a|])\'\ncase_sensitive = true\nmax_chars = 300\nunterminated = true\n\n[[rule]]\nname = "you-are-here"\nclass = "navigation"\npattern = \'^\\W*you are (?:at|here)\\W*$\'\nmax_chars = 30\n\n[[rule]]\nname = "author-contact"\nclass = "byline"\npattern = \'\\b(?:may|can) be (?:reached|contacted) (?:at|by|on) \\S+@\\S+|^[A-Z][\\w.\\x27-]+(?: [A-Z][\\w.\\x27-]+){1,3}: [^:]{0,60}\\S+@\\S+\\.\\w+|^\\W*e-?mail:? \\S+@\\S+\\.\\w+(?: ?(?://|\\||,|;) ?twitter:? @\\w+)?\\W*$|^\\W*(?:follow|contact) (?:him|her|them|the author) (?:on|at)\\b|^\\W*(?:contact|email|e-mail) [\\w\\x27.-]+(?: [\\w\\x27.-]+){0,3} (?:at|on|via) \\S+@\\S+\\W*$\'\nmax_chars = 300\n\n[[rule]]\nname = "about-the-author"\nclass = "byline"\npattern = \'^\\W*about the (?:author|writer|reporter|contributor)s?\\W*$\'\nmax_chars = 40\n\n[[rule]]\nname = "author-bio"\nclass = "byline"\n# "Jane Doe is a science reporter for The Example Post." (or "... the Security Editor at ...") among the\n# closing paragraphs only.\npattern = \'^[A-Z][\\w\\x27.-]*(?: [A-Z][\\w\\x27.-]*){1,3} is (?:a|an|the) (?:[\\w-]+ ){0,4}(?i:reporter|correspondent|editor|writer|columnist|journalist|contributor|author|producer|photographer)\\b\'\ncase_sensitive = true\nmax_chars = 300\nat_end = true\n\n[[rule]]\nname = "byline-word"\nclass = "byline"\n# "By" alone on its line, the name on the next one.\npattern = \'^\\W*(?:by|words by|written by|story by)\\W*$\'\nmax_chars = 20\n\n[[rule]]\nname = "our-staff"\nclass = "byline"\n# "Our Foreign Staff", "Our Correspondent": an unsigned piece\'s byline.\npattern = \'^\\W*our (?:[\\w-]+ ){0,2}(?:staff|correspondents?|reporters?)\\W*$\'\nmax_chars = 40\n\n[[rule]]\nname = "outlet-staff-title"\nclass = "byline"\n# "Seattle Times business reporter": capitalised words (an outlet), maybe one lower-case word, then the job;\n# never with "to", "the", "of" ... ("Letter to the Editor" is a heading).\npattern = \'^(?!.*\\b(?i:to|the|a|an|of|for|from|dear|letters?|ask|meet|and)\\b)(?:[A-Z][\\w.\\x27&-]* ){1,4}(?:[a-z]+ )?(?:columnist|correspondent|reporter|editor|writer|contributor|photographer)$\'\ncase_sensitive = true\nmax_chars = 60\n\n[[rule]]\nname = "agency-dateline"\nclass = "byline"\npattern = \'^(?:reuters|afp|ap|associated press|pti|ians|ani|press association|dpa|efe|xinhua|upi)(?: ?[,/|-] ?[\\w .]{1,30}){1,2},?$\'\nmax_chars = 60\n\n[[rule]]\nname = "staff-title"\nclass = "byline"\npattern = \'^(?:opinion |senior |staff |contributing |guest |chief |political |science )?(?:columnist|correspondent|reporter|editor|writer|contributor)$\'\nmax_chars = 40\n\n[[rule]]\nname = "subscribe-promo"\nclass = "promo"\npattern = \'^(?:[^.?!]{0,40}[.?!] )?subscribe (?:to|now|today|for)\\b|\\b(?:buy|shop|order) now\\W*$|^\\W*get it\\W*$|\\b\\d+ issues for\\b|^\\[\\w+ [\\w-]+=\'\nmax_chars = 250\n\n[[rule]]\nname = "newsletter-form"\nclass = "newsletter"\npattern = \'^[\\w .\\x27&-]{0,40}\\bnewsletters?\\W*$|\\bunsubscribe at any time\\b|^\\W*thanks? (?:you )?for (?:signing up|subscribing)\\b|\\bcheck the opt-in box\\b|^\\W*keep an eye on your inbox\\b|^\\W*(?:get|receive)\\b.{0,80}\\b(?:in|to) your inbox\\b\'\nmax_chars = 200\n\n[[rule]]\nname = "read-more-link"\nclass = "related-links"\npattern = \'\\bread more\\W*$\'\nmax_chars = 200\n\n[[rule]]\nname = "read-now-link"\nclass = "related-links"\n# A teaser that ends with its link ("... some much-needed comfort. Read now"), or the link alone.\npattern = \'(?:^|[.!?"\\x27] )read now\\W*$\'\nmax_chars = 400\nunterminated = true\n\n[[rule]]\nname = "with-wires"\nclass = "source"\npattern = \'^\\W*with (?:\\w+ )?wires?\\W*$\'\nmax_chars = 40\n\n[[rule]]\nname = "views-disclaimer"\nclass = "disclaimer"\npattern = \'\\b(?:the )?views (?:and opinions )?expressed (?:in|by) (?:this|the) (?:article|piece|column|author)\'\nmax_chars = 300\n\n# ------------------------------------------------------- other languages\n# The same furniture in French, Spanish, Portuguese, Italian, German and Czech.\n[[rule]]\nname = "read-also-other-languages"\nclass = "related-links"\npattern = \'^\\W*(?:(?:à )?lire (?:aussi|également)|lire|voir aussi|lea también|lee también|ver también|leia (?:também|mais)|veja também|leggi anche|lesen sie auch|mehr zum thema|čtěte také|\\u0447\\u0438\\u0442\\u0430\\u0439\\u0442\\u0435 \\u0442\\u0430\\u043a\\u0436\\u0435)\\s*[:>|\\-]\'\nmax_chars = 300\n\n[[rule]]\nname = "share-other-languages"\nclass = "social"\npattern = \'^\\W*(?:partager|partagez|compartir|compartilhe|compartilhar|condividi|teilen|sd\\u00edlet)(?: (?:cet article|este art\\u00edculo|este artigo|l\\x27articolo|den artikel|artikel|\\u010dl\\u00e1nek|sur \\w+|en \\w+|no \\w+|su \\w+|auf \\w+))?\\W*$|^\\W*(?:copier le lien|copiar (?:el )?(?:link|enlace)|copia (?:il )?link|link kopieren|kop\\u00edrovat odkaz)\\W*$\'\nmax_chars = 60\nunterminated = true\n\n[[rule]]\nname = "timestamp-other-languages"\nclass = "timestamp"\n# "Mis à jour le", "04.05.2015 à 13h36", "21.dez.2018 às 12h55", "il y a 2 heures", "vor 3 Stunden".\npattern = \'^\\W*(?:mis \\u00e0 jour|publi\\u00e9|modifi\\u00e9|atualizado|publicado|actualizado|aktualisiert|ver\\u00f6ffentlicht|aggiornato|pubblicato|aktualizov\\u00e1no)(?: (?:le|em|el|am|il))?\\W*$|^\\W*(?:(?:mis \\u00e0 jour|publi\\u00e9|modifi\\u00e9) le|(?:atualizado|publicado) em|(?:actualizado|publicado) el|(?:aktualisiert|ver\\u00f6ffentlicht) am|(?:aggiornato|pubblicato) il)? ?:? ?\\d{1,2}[./-](?:\\d{1,2}|[^\\W\\d_]{3,9}\\.?)[./-]\\d{2,4}(?:,? (?:\\u00e0|\\u00e0s|a las|um|alle|v|-) ?\\d{1,2}[h:.]\\d{2}(?: ?uhr)?)?\\W*$|^\\W*(?:il y a|hace|h\\u00e1|vor|p\\u0159ed) \\d{1,3} (?:min|minutes?|heures?|jours?|minutos?|horas?|d\\u00edas?|dias?|minuten|stunden|tagen|minutami|hodinami|dny)\\W*$|^\\W*\\d{1,3} (?:minuti|ore|giorni) fa\\W*$\'\nmax_chars = 80\n\n[[rule]]\nname = "byline-other-languages"\nclass = "byline"\npattern = \'^\\W*(?:Par|PAR|par|Por|POR|por|Von|VON|von|Door|door|Autor:|Autora:|Auteur :|Auteur:) [A-Z\\u00c0-\\u00de][\\w\\x27.-]*(?: [A-Z\\u00c0-\\u00de][\\w\\x27.-]*){1,3}(?: ?(?:,|\\||-|et|y|e|und|en) ?[A-Z\\u00c0-\\u00de][\\w\\x27.-]*(?: [A-Z\\u00c0-\\u00de][\\w\\x27.-]*){0,3}){0,3}(?: \\([^()]{1,80}\\))?$\'\ncase_sensitive = true\nmax_chars = 140\nunterminated = true\n\n[[rule]]\nname = "page-tools-other-languages"\nclass = "page-tools"\npattern = \'^\\W*(?:imprimir|imprimer|drucken|stampa|tisk|(?:diminuir|aumentar|reducir|agrandir|r\\u00e9duire) (?:a |la )?(?:fonte|fuente|letra|texte|police)|taille du texte|tama\\u00f1o de (?:la )?letra|schriftgr\\u00f6\\u00dfe|ouvir o texto|escuchar (?:la )?noticia|\\u00e9couter (?:l\\x27article|cet article)|artikel (?:anh\\u00f6ren|vorlesen)|\\d+ (?:coment\\u00e1rios?|commentaires?|comentarios?|kommentare?|commenti|koment\\u00e1\\u0159\\u016f)|(?:coment\\u00e1rios?|commentaires?|comentarios?|kommentare?|commenti) ?\\(\\d+\\)|(?:kommentare|commentaires|comentarios|coment\\u00e1rios) lesen)\\W*$\'\nmax_chars = 60\n\n[related]\nheaders = [\n  "you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in)",\n  "related(?: articles| stories| content| coverage| news| reading| posts| links| topics)?",\n  "read more(?: about this)?",\n  "read next",\n  "more (?:from|on|in) [\\\\w .\'&-]{1,40}",\n  "more (?:stories|news|articles|like this|to explore)",\n  "recommended(?: for you| stories| reading| articles)?",\n  "most (?:read|popular|viewed|shared)",\n  "most (?:read|popular|viewed|shared|emailed)(?: [\\\\w&\'-]+){0,2} (?:stories|articles|news|headlines)",\n  "trending(?: now| stories| news)?",\n  "what to read next",\n  "editor\'?s picks",\n  "top stories",\n  "latest (?:news|stories|headlines)",\n  "popular (?:now|stories|today)",\n  "around the web",\n  "from (?:around|across) the web",\n  "sponsored (?:links|stories)",\n  "see also",\n  "more on this story",\n  "related topics",\n  "more stories like this",\n  "further reading",\n  "more",\n  "you may like(?: these posts)?",\n  "popular on [\\\\w .\'&-]{1,40}",\n  "more (?:great )?[\\\\w.\'&-]{1,30} stories",\n  "must read[\\\\w .\'&-]{0,40}",\n  "trending news",\n  "most popular",\n  "more news",\n  "more [\\\\w&\'-]+(?: [\\\\w&\'-]+)?",\n  "related posts?",\n  "artigos relacionados",\n  "art\\u00edculos relacionados",\n  "articoli correlati",\n  "articles? (?:li\\u00e9s|similaires)",\n  "\\u00e4hnliche artikel",\n  "leia tamb\\u00e9m",\n  "lea tambi\\u00e9n",\n  "leggi anche",\n  "\\u0447\\u0438\\u0442\\u0430\\u0439\\u0442\\u0435 \\u0442\\u0430\\u043a\\u0436\\u0435",\n  "(?:\\u00e0 )?lire aussi",\n  "voir aussi",\n  "sur le m\\u00eame sujet",\n  "les plus lus",\n  "leia mais",\n  "veja tamb\\u00e9m",\n  "mais lidas",\n  "ver tambi\\u00e9n",\n  "(?:las|lo) m\\u00e1s le\\u00edd[oa]s?",\n  "m\\u00e1s noticias",\n  "le pi\\u00f9 lette",\n  "i pi\\u00f9 letti",\n  "meistgelesen(?:e artikel)?",\n  "mehr zum thema",\n  "das k\\u00f6nnte sie auch interessieren",\n  "souvisej\\u00edc\\u00ed(?: \\u010dl\\u00e1nky)?",\n  "nej\\u010dten\\u011bj\\u0161\\u00ed",\n]\nitem_max_chars = 300\nmax_items = 14\n'

PARSED: dict[str, Any] = {'rule': [{'name': 'credit-in-parentheses-alone',
           'class': 'credit',
           'pattern': '^\\((?!(?:additional )?reporting|editing|writing|with )[^()]{2,70}\\)$',
           'max_chars': 80},
          {'name': 'agency-credit-line',
           'class': 'credit',
           'pattern': '^[\\w .\\x27-]{2,40}(?: ?[|/] ?[\\w .\\x27-]{2,40}){0,3} ?[|/] ?(?:getty '
                      'images|afp|reuters|ap|ap photo|epa|shutterstock|alamy|bloomberg|pa|pa media|pa '
                      'wire|xinhua|anadolu|sipa|zuma|rex|nasa|nurphoto|imago|dpa|efe|istock)$',
           'max_chars': 120},
          {'name': 'credit-other-languages',
           'class': 'credit',
           'pattern': '^\\W*(?:(?:\\u0438\\u0437 )?\\u043b\\u0438\\u0447\\u043d\\w* '
                      '\\u0430\\u0440\\u0445\\u0438\\u0432\\w*|\\u0444\\u043e\\u0442\\u043e\\s*[:\\u00a9]|archivio '
                      'personale|archivo personal|arquivo pessoal|archives? '
                      'personnelles?|privatarchiv|foto\\s*[:\\u00a9]|bild\\s*[:\\u00a9]|sumber foto\\s*:)',
           'max_chars': 100},
          {'name': 'bracketed-photo-credit',
           'class': 'credit',
           'pattern': '^\\[(?:\\uc0ac\\uc9c4|\\uc0ac\\uc9c4\\uc81c\\uacf5|photo|foto|\\u0444\\u043e\\u0442\\u043e)\\s*[=:]',
           'max_chars': 120},
          {'name': 'credit-only-line',
           'class': 'credit',
           'pattern': '^\\W*(?:getty images|getty|reuters|afp|ap|ap photo|pa|pa media|pa '
                      'wire|shutterstock|alamy|epa|epa-efe|bloomberg|anadolu agency|xinhua|handout|supplied|nasa(?: '
                      '[\\w-]+)?)(?:\\s*(?:/|via)\\s*[\\w .&-]{1,40})?\\W*$',
           'max_chars': 80},
          {'name': 'credit-in-parentheses',
           'class': 'caption',
           'pattern': '\\((?:image|images|photo|photos|photograph|picture|pic|pics|credit|illustration|video|graphic)\\s*:[^()]*\\)\\s*$',
           'max_chars': 400},
          {'name': 'caption-then-credit',
           'class': 'caption',
           'pattern': '[.!?] \\([A-Z][^()/]{1,60}(?: ?/ ?[A-Z][^()/]{1,60}){1,3}\\)$',
           'case_sensitive': True,
           'max_chars': 300},
          {'name': 'agency-credit-in-parentheses',
           'class': 'caption',
           'pattern': '\\((?:[^()]*[/ ])?(?:getty images|afp|reuters|ap photo|ap|pa|pa wire|pa images|pa '
                      'media|epa|epa-efe|shutterstock|alamy|bloomberg|rex|rex '
                      'features|anadolu|sipa|xinhua|zuma|bbc|supplied|handout)\\)\\s*$',
           'max_chars': 300,
           'unterminated': True},
          {'name': 'caption-word',
           'class': 'caption',
           'pattern': '^\\W*(?:image |photo |media |video )?caption\\W*$',
           'max_chars': 20},
          {'name': 'bracketed-headline',
           'class': 'related-links',
           'pattern': '^\\[(?=(?:[^\\s\\]]+ ){4})[A-Z][^\\[\\]]{10,150}[^.!?\\]\\d]\\]$',
           'case_sensitive': True,
           'max_chars': 160},
          {'name': 'credit-label-first',
           'class': 'caption',
           'pattern': '^\\s*(?:image|photo|photograph|picture|pictured|pic|credit|illustration|graphic|image '
                      'source|image caption|media caption|caption|above|below|(?:main|cover|featured|header|lead|top) '
                      'image(?: credit)?)\\s*:',
           'max_chars': 300},
          {'name': 'photograph-credit-last',
           'class': 'caption',
           'pattern': '\\b(?:photograph|photo|picture|image|credit|illustration)\\s*:\\s*[^.:]{2,80}$',
           'max_chars': 400},
          {'name': 'agency-photo-credit',
           'class': 'caption',
           'pattern': '\\b(?:AP Photo|AFP Photo|Reuters Photo|EPA Photo|Getty Images|Photo by)\\b[^.]*$',
           'case_sensitive': True,
           'max_chars': 300,
           'unterminated': True},
          {'name': 'this-picture-shows',
           'class': 'caption',
           'pattern': '^(?!.*\\b(?:said|says|told)\\b)(?:in this (?:[\\w,.-]+ '
                      '){0,6}?(?:photo|photograph|image|picture|illustration|rendering|screenshot|screen '
                      'grab|handout)|this (?:[\\w,.-]+ '
                      '){0,3}?(?:photo|photograph|illustration|rendering|screenshot|screen grab|satellite '
                      'image|handout photo))\\b(?:(?: [\\w,.\\x27-]+){0,20}? '
                      '(?:shows?|showing|taken|provided|released|made available|obtained|dated)\\b|,)',
           'max_chars': 400},
          {'name': 'wire-photo-dateline',
           'class': 'caption',
           'pattern': '^[A-Z][A-Z '
                      '.,\\x27-]{2,40}\\s-\\s(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\\s\\d{1,2}\\s*:',
           'case_sensitive': True,
           'max_chars': 500},
          {'name': 'pictured',
           'class': 'caption',
           'pattern': '\\b(?:is|are|was|were|seen|pictured)\\s+(?:pictured|photographed)\\b|^pictured\\b|\\(pictured\\)|\\bpictured '
                      '(?:left|right|above|below|centre|center|top|bottom)\\b',
           'max_chars': 300,
           'unterminated': True},
          {'name': 'bbc-image-credit',
           'class': 'caption',
           'pattern': '^\\W*(?:image|media|video)\\s+(?:source|caption|credit)s?\\s*,',
           'max_chars': 300},
          {'name': 'dont-miss',
           'class': 'promo',
           'pattern': "^\\W*(?:don't miss|do not miss|must see|must read|watch|listen|in pictures|in "
                      'video|video|live)\\b\\W*(?:[:|.]|$|\\[)',
           'max_chars': 200},
          {'name': 'section-tags',
           'class': 'promo',
           'pattern': '^\\[[^\\]\\n]{1,40}\\](?: ?\\[[^\\]\\n]{1,40}\\])+$|^\\[[A-Z][A-Z &-]{1,30}\\]$',
           'case_sensitive': True,
           'max_chars': 200},
          {'name': 'advert',
           'class': 'promo',
           'pattern': '^\\W*advertisement ?[-|:] ?[^.]{1,30}$|^\\W*(?:advertisement|advert|sponsored(?: content| '
                      'post)?|promoted(?: content)?|paid (?:content|partnership|post)|story continues '
                      '(?:below|after)|article continues (?:below|after)|continue reading|continue reading(?: the)?(?: '
                      'main)? story|scroll to continue|ad|sponsored links|supported by|sponsored by|presented '
                      'by|iklan|anzeige|publicidad|publicit\\u00e9|pubblicit\\u00e0|\\u0440\\u0435\\u043a\\u043b\\u0430\\u043c\\u0430)\\W*$',
           'max_chars': 80},
          {'name': 'click-here',
           'class': 'promo',
           'pattern': '^\\W*(?:click|tap) (?:here )?(?:to|for|now)\\b|^\\W*download (?:our|the) (?:free )?(?:\\w+ '
                      ')?app\\b|^\\W*(?:get|try) (?:unlimited|full|premium|digital) access\\b|^\\W*(?:subscribe|become '
                      'a member|support us)\\W*(?:now|today)?\\W*$',
           'max_chars': 200},
          {'name': 'listen-to-article',
           'class': 'promo',
           'pattern': '^\\W*(?:listen to (?:this|the) (?:article|story)|listen\\s*[:|-]|\\d+\\s*min(?:ute)?s? '
                      '(?:read|listen))\\b',
           'max_chars': 120},
          {'name': 'navigation-word',
           'class': 'navigation',
           'pattern': '^\\W*(?:skip to (?:main )?content|skip to navigation|back to top|menu|search|sign in|log '
                      'in|login|home|close|open menu)\\W*$',
           'max_chars': 40},
          {'name': 'navigation-bar',
           'class': 'navigation',
           'pattern': '^ '
                      '?(?:(?=[^|\\u2022\\u00b7>\\u203a]{1,26}(?:[|\\u2022\\u00b7>\\u203a]|$))[\\w&\\x27.\\u25be\\u25bc+-]+(?: '
                      '[\\w&\\x27.\\u25be\\u25bc+-]+)* ?[|\\u2022\\u00b7>\\u203a] '
                      '?){2,}(?=[^|\\u2022\\u00b7>\\u203a]{1,26}(?:[|\\u2022\\u00b7>\\u203a]|$))[\\w&\\x27.\\u25be\\u25bc+-]+(?: '
                      '[\\w&\\x27.\\u25be\\u25bc+-]+)* ?$',
           'max_chars': 200,
           'unterminated': True},
          {'name': 'breadcrumb',
           'class': 'navigation',
           'pattern': '^(?:[A-Z0-9][^>]{0,25} [>\\u203a\\u00bb] ){2,6}[A-Z0-9][^>]{0,120}$',
           'case_sensitive': True,
           'max_chars': 200},
          {'name': 'cookie-notice',
           'class': 'promo',
           'pattern': '^\\W*(?:we use cookies|(?:this|our) (?:site|website) uses cookies|by (?:using|continuing to '
                      'use) (?:this|our) (?:site|website)[^.]{0,40}cookies|(?:accept|reject|manage) (?:all |your '
                      ')?cookies\\W*$|cookie (?:policy|settings|preferences)\\W*$)',
           'max_chars': 300},
          {'name': 'read-more-line',
           'class': 'related-links',
           'pattern': '^\\W*(?:read(?=\\s*:)|read more|read next|read also|also read|see also|more on this '
                      'story|related(?! tags?\\b| topics?\\b)(?: \\w+)?|related articles?|related stories|related '
                      'content|recommended|more from [\\w .\\x27&-]{1,40}|more stories|more like this|related '
                      'coverage|latest)\\s*[:>|\\-]',
           'max_chars': 300},
          {'name': 'source-line',
           'class': 'source',
           'pattern': '^\\W*(?:originally (?:published|posted|appeared)(?: (?:at|on|by|in))?|this '
                      '(?:article|story|piece) (?:was |is )?(?:originally |first '
                      ')?(?:published|appeared|posted|republished)|republished (?:with permission )?from|additional '
                      'reporting by|reporting by|written by|edited by|editing by|content courtesy '
                      'of)\\b|^\\W*(?:source|sources|via)\\s*:',
           'max_chars': 300},
          {'name': 'bare-url',
           'class': 'source',
           'pattern': '^\\W*(?:https?://|www\\.)\\S+\\W*$',
           'max_chars': 400,
           'at_end': True},
          {'name': 'contributed-reporting',
           'class': 'source',
           'pattern': '\\bcontributed (?:to this (?:report|story|article)|reporting)\\b\\W*$|^\\W*our standards\\s*:',
           'max_chars': 250},
          {'name': 'follow-us',
           'class': 'social',
           'pattern': '^\\W*(?:follow|like|join|find) (?:us|@\\w+|[\\w .]{1,50}) on '
                      '(?:twitter|x|facebook|instagram|tiktok|threads|bluesky|linkedin|youtube|telegram|whatsapp|social '
                      'media)\\b',
           'max_chars': 250},
          {'name': 'share-buttons',
           'class': 'social',
           'pattern': '^\\W*(?:share|share this|share this (?:article|story|page)|share on \\w+|share via '
                      '\\w+|tweet|email|whatsapp|facebook|twitter|linkedin|reddit|pinterest|copy '
                      'link|print|comments?)(?:\\W+(?:share|tweet|email|whatsapp|facebook|twitter|x|linkedin|reddit|pinterest|instagram|youtube|tiktok|telegram|messenger|flipboard|tumblr|copy '
                      'link|print|comments?))*\\W*$',
           'max_chars': 120},
          {'name': 'newsletter',
           'class': 'newsletter',
           'pattern': '^\\W*(?:(?:sign up|signup|subscribe|register)(?: now| today| here| free)? '
                      '?(?:to\\b|for\\b|:|-)|(?:get|join) (?:our|the|a)\\b|never '
                      'miss\\b).{0,120}\\b(?:newsletters?|briefing|our (?:daily|weekly) email|inbox|email alerts?)\\b',
           'max_chars': 300},
          {'name': 'copyright',
           'class': 'copyright',
           'pattern': '^\\W*(?:©|\\u24d2|\\(c\\)\\s*\\d{4}|copyright\\s*(?:©|\\u24d2|\\(c\\)|\\d{4}))|\\ball rights '
                      'reserved\\b',
           'max_chars': 200},
          {'name': 'copyright-word',
           'class': 'copyright',
           'pattern': '^\\W*copyright\\b',
           'max_chars': 150,
           'unterminated': True},
          {'name': 'byline',
           'class': 'byline',
           'pattern': '^ ?(?:By|BY|by|Words by|Written by) [A-Z][\\w\\x27.-]*(?: [A-Z][\\w\\x27.-]*){0,3}(?:(?:, ?| '
                      'and | ?& ?)[A-Z][\\w\\x27.-]*(?: [A-Z][\\w\\x27.-]*){0,3})*(?: @\\w{1,30})?(?: ?[,|-] ?[\\w '
                      '.,\\x27-]{0,60})? ?$',
           'case_sensitive': True,
           'max_chars': 140,
           'unterminated': True},
          {'name': 'timestamp',
           'class': 'timestamp',
           'pattern': '^\\W*(?:published|updated|last updated|posted|first '
                      'published|modified)\\s*(?:on|at)?\\s*:?\\s*(?:\\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)[^.]*$',
           'max_chars': 120},
          {'name': 'timestamp-line',
           'class': 'timestamp',
           'pattern': '^(?:(?:posted|published|updated|last updated|last modified|first '
                      'published|modified|date|created|submitted)(?: by [\\w.\\x27-]+(?: [\\w.\\x27-]+){0,3})?(?: on| '
                      'at)? ?:? ?|[^\\W\\d_]{2,12} ?: ?\\[? ?)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? '
                      ')?(?:(?P<time>\\d{1,2}[:.]\\d{2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?(?:,? | '
                      '?[-/|,\\u2022\\u00b7] |,? at ))(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? '
                      ')?)?(?:(?P<day>\\d{1,2}(?:st|nd|rd|th)? '
                      ')?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?(day)\\.?,? '
                      '\\d{4}|\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? '
                      '\\d{4})?)|\\d{4}-\\d{2}-\\d{2}(?:t\\d{2}:\\d{2}(?::\\d{2})?(?:z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})(?(time)|(?:(?:,? '
                      '| ?[-/|,\\u2022\\u00b7] |,? at )\\d{1,2}[:.]\\d{2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?)?(?: '
                      '[a-z]{2,4})?)?)(?: ?[|/;] ?[\\w .]{0,30}| (?:updated|modified|edited) ?:? [\\w '
                      '.,:]{1,40})?[;,.|]? ?\\]?$|^\\d{1,3} ?(?:m|h|d|mins?|minutes?|hours?|hrs?|days?|weeks?) '
                      'ago\\b.{0,24}$',
           'max_chars': 90},
          {'name': 'bureau-updated',
           'class': 'timestamp',
           'pattern': '^[\\w .,\\x27-]{2,60} ?\\| ?(?:updated|published|posted)\\b',
           'max_chars': 140,
           'unterminated': True},
          {'name': 'byline-with-date',
           'class': 'byline',
           'pattern': '^(?:(?P<name>(?:(?i:by) [\\w.\\x27@]+(?: [\\w.\\x27@]+){0,4}|[A-Z@][\\w.\\x27@]*(?: '
                      '[A-Z@][\\w.\\x27@]*){0,4})(?: ?[-|,/] ?| '
                      '|(?<=[a-z])(?=[A-Z]))))?(?i:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? '
                      ')?(?:(?P<time>\\d{1,2}[:.]\\d{2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?(?:,? | '
                      '?[-/|,\\u2022\\u00b7] |,? at ))(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? '
                      ')?)?(?:(?P<day>\\d{1,2}(?:st|nd|rd|th)? '
                      ')?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?(day)\\.?,? '
                      '\\d{4}|\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? '
                      '\\d{4})?)|\\d{4}-\\d{2}-\\d{2}(?:t\\d{2}:\\d{2}(?::\\d{2})?(?:z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})(?(time)|(?:(?:,? '
                      '| ?[-/|,\\u2022\\u00b7] |,? at )\\d{1,2}[:.]\\d{2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?)?(?: '
                      '[a-z]{2,4})?)?))(?(name)(?i:(?: ?[|/;] ?[\\w .]{0,30})?[;,.|]? ?\\]?)| (?:(?i:by) '
                      ')?[A-Z@][\\w.\\x27@]*(?: [A-Z@][\\w.\\x27@]*){0,4})$',
           'case_sensitive': True,
           'max_chars': 110,
           'unterminated': True},
          {'name': 'caption-with-credit',
           'class': 'caption',
           'pattern': 'credit\\.{2,}\\s*\\S[^.]{1,80}$',
           'max_chars': 400},
          {'name': 'page-tools',
           'class': 'page-tools',
           'pattern': '^\\W*(?:print(?: this)?(?: article| page| version| story)?|e-?mail(?: this)? '
                      '(?:article|story|page)|most e-?mailed|text size|font size|save (?:article|for later)|get short '
                      'url|(?:view|show|hide|load) (?:all )?comments|loading comments|\\d+ ?comments?(?: '
                      '\\(\\+\\))?|\\d+ post comments?(?: \\(\\+\\))?|comments? \\(\\d+\\)|post (?:a )?comment|leave a '
                      '(?:comment|reply)|previous next|previous|next|previous (?:post|article|story)? ?next '
                      '(?:post|article|story)?|back to (?:gallery|article)|(?:previous|next) (?:[\\w-]+ '
                      '){0,2}(?:news|post|article|story|page)|\\d{1,3} ?/ ?\\d{1,3}|(?:image|photo|slide) \\d+ of '
                      '\\d+|map ?: [^.]{1,40}|this slideshow requires javascript|\\d+ ?min(?:ute)?s? read|full '
                      '?screen|autoplay|skip (?:this )?ad|view (?:all )?(?:photos|gallery|graphic|slideshow)|\\d{1,3} '
                      'of \\d{1,3}|wait \\d{1,2} seconds? to continue|(?:reading time|tempo de leitura|tiempo de '
                      'lectura|temps de lecture|lesezeit) ?:? ?[^.]{1,20})\\W*$',
           'max_chars': 60},
          {'name': 'gallery-link',
           'class': 'page-tools',
           'pattern': '^[\\w .\\x27-]{1,50} (?:gallery|photo gallery|slideshow)$',
           'max_chars': 60},
          {'name': 'share-widgets',
           'class': 'social',
           'pattern': '^\\W*(?:sharing is caring|\\d+ ?shares?|shares|share '
                      '(?:this|via|to|on|permalink)\\b[^.]{0,60}|copy link[^.]{0,20}|follow us|addthis sharing '
                      'buttons|x share '
                      'via|google\\+|flipboard|mix|instagram|tumblr|telegram|stumbleupon|blogger|@\\w{2,30})\\W*$',
           'max_chars': 120},
          {'name': 'tags-header',
           'class': 'navigation',
           'pattern': '^\\W*(?:related )?(?:tags?|topics?|categories|category|filed under|this article is related '
                      'to)(?:\\s*:.*|\\s+[^.!?]*|)$',
           'max_chars': 150},
          {'name': 'run-together-menu',
           'class': 'navigation',
           'pattern': '^Home(?:[A-Z]| ?[>/\\u00bb\\u203a|])',
           'case_sensitive': True,
           'max_chars': 300,
           'unterminated': True},
          {'name': 'you-are-here', 'class': 'navigation', 'pattern': '^\\W*you are (?:at|here)\\W*$', 'max_chars': 30},
          {'name': 'author-contact',
           'class': 'byline',
           'pattern': '\\b(?:may|can) be (?:reached|contacted) (?:at|by|on) \\S+@\\S+|^[A-Z][\\w.\\x27-]+(?: '
                      '[A-Z][\\w.\\x27-]+){1,3}: [^:]{0,60}\\S+@\\S+\\.\\w+|^\\W*e-?mail:? \\S+@\\S+\\.\\w+(?: '
                      '?(?://|\\||,|;) ?twitter:? @\\w+)?\\W*$|^\\W*(?:follow|contact) (?:him|her|them|the author) '
                      '(?:on|at)\\b|^\\W*(?:contact|email|e-mail) [\\w\\x27.-]+(?: [\\w\\x27.-]+){0,3} (?:at|on|via) '
                      '\\S+@\\S+\\W*$',
           'max_chars': 300},
          {'name': 'about-the-author',
           'class': 'byline',
           'pattern': '^\\W*about the (?:author|writer|reporter|contributor)s?\\W*$',
           'max_chars': 40},
          {'name': 'author-bio',
           'class': 'byline',
           'pattern': '^[A-Z][\\w\\x27.-]*(?: [A-Z][\\w\\x27.-]*){1,3} is (?:a|an|the) (?:[\\w-]+ '
                      '){0,4}(?i:reporter|correspondent|editor|writer|columnist|journalist|contributor|author|producer|photographer)\\b',
           'case_sensitive': True,
           'max_chars': 300,
           'at_end': True},
          {'name': 'byline-word',
           'class': 'byline',
           'pattern': '^\\W*(?:by|words by|written by|story by)\\W*$',
           'max_chars': 20},
          {'name': 'our-staff',
           'class': 'byline',
           'pattern': '^\\W*our (?:[\\w-]+ ){0,2}(?:staff|correspondents?|reporters?)\\W*$',
           'max_chars': 40},
          {'name': 'outlet-staff-title',
           'class': 'byline',
           'pattern': '^(?!.*\\b(?i:to|the|a|an|of|for|from|dear|letters?|ask|meet|and)\\b)(?:[A-Z][\\w.\\x27&-]* '
                      '){1,4}(?:[a-z]+ )?(?:columnist|correspondent|reporter|editor|writer|contributor|photographer)$',
           'case_sensitive': True,
           'max_chars': 60},
          {'name': 'agency-dateline',
           'class': 'byline',
           'pattern': '^(?:reuters|afp|ap|associated press|pti|ians|ani|press association|dpa|efe|xinhua|upi)(?: '
                      '?[,/|-] ?[\\w .]{1,30}){1,2},?$',
           'max_chars': 60},
          {'name': 'staff-title',
           'class': 'byline',
           'pattern': '^(?:opinion |senior |staff |contributing |guest |chief |political |science '
                      ')?(?:columnist|correspondent|reporter|editor|writer|contributor)$',
           'max_chars': 40},
          {'name': 'subscribe-promo',
           'class': 'promo',
           'pattern': '^(?:[^.?!]{0,40}[.?!] )?subscribe (?:to|now|today|for)\\b|\\b(?:buy|shop|order) '
                      'now\\W*$|^\\W*get it\\W*$|\\b\\d+ issues for\\b|^\\[\\w+ [\\w-]+=',
           'max_chars': 250},
          {'name': 'newsletter-form',
           'class': 'newsletter',
           'pattern': '^[\\w .\\x27&-]{0,40}\\bnewsletters?\\W*$|\\bunsubscribe at any time\\b|^\\W*thanks? (?:you '
                      ')?for (?:signing up|subscribing)\\b|\\bcheck the opt-in box\\b|^\\W*keep an eye on your '
                      'inbox\\b|^\\W*(?:get|receive)\\b.{0,80}\\b(?:in|to) your inbox\\b',
           'max_chars': 200},
          {'name': 'read-more-link', 'class': 'related-links', 'pattern': '\\bread more\\W*$', 'max_chars': 200},
          {'name': 'read-now-link',
           'class': 'related-links',
           'pattern': '(?:^|[.!?"\\x27] )read now\\W*$',
           'max_chars': 400,
           'unterminated': True},
          {'name': 'with-wires', 'class': 'source', 'pattern': '^\\W*with (?:\\w+ )?wires?\\W*$', 'max_chars': 40},
          {'name': 'views-disclaimer',
           'class': 'disclaimer',
           'pattern': '\\b(?:the )?views (?:and opinions )?expressed (?:in|by) (?:this|the) '
                      '(?:article|piece|column|author)',
           'max_chars': 300},
          {'name': 'read-also-other-languages',
           'class': 'related-links',
           'pattern': '^\\W*(?:(?:à )?lire (?:aussi|également)|lire|voir aussi|lea también|lee también|ver '
                      'también|leia (?:também|mais)|veja também|leggi anche|lesen sie auch|mehr zum thema|čtěte '
                      'také|\\u0447\\u0438\\u0442\\u0430\\u0439\\u0442\\u0435 '
                      '\\u0442\\u0430\\u043a\\u0436\\u0435)\\s*[:>|\\-]',
           'max_chars': 300},
          {'name': 'share-other-languages',
           'class': 'social',
           'pattern': '^\\W*(?:partager|partagez|compartir|compartilhe|compartilhar|condividi|teilen|sd\\u00edlet)(?: '
                      '(?:cet article|este art\\u00edculo|este artigo|l\\x27articolo|den '
                      'artikel|artikel|\\u010dl\\u00e1nek|sur \\w+|en \\w+|no \\w+|su \\w+|auf '
                      '\\w+))?\\W*$|^\\W*(?:copier le lien|copiar (?:el )?(?:link|enlace)|copia (?:il )?link|link '
                      'kopieren|kop\\u00edrovat odkaz)\\W*$',
           'max_chars': 60,
           'unterminated': True},
          {'name': 'timestamp-other-languages',
           'class': 'timestamp',
           'pattern': '^\\W*(?:mis \\u00e0 '
                      'jour|publi\\u00e9|modifi\\u00e9|atualizado|publicado|actualizado|aktualisiert|ver\\u00f6ffentlicht|aggiornato|pubblicato|aktualizov\\u00e1no)(?: '
                      '(?:le|em|el|am|il))?\\W*$|^\\W*(?:(?:mis \\u00e0 jour|publi\\u00e9|modifi\\u00e9) '
                      'le|(?:atualizado|publicado) em|(?:actualizado|publicado) '
                      'el|(?:aktualisiert|ver\\u00f6ffentlicht) am|(?:aggiornato|pubblicato) il)? ?:? '
                      '?\\d{1,2}[./-](?:\\d{1,2}|[^\\W\\d_]{3,9}\\.?)[./-]\\d{2,4}(?:,? (?:\\u00e0|\\u00e0s|a '
                      'las|um|alle|v|-) ?\\d{1,2}[h:.]\\d{2}(?: ?uhr)?)?\\W*$|^\\W*(?:il y '
                      'a|hace|h\\u00e1|vor|p\\u0159ed) \\d{1,3} '
                      '(?:min|minutes?|heures?|jours?|minutos?|horas?|d\\u00edas?|dias?|minuten|stunden|tagen|minutami|hodinami|dny)\\W*$|^\\W*\\d{1,3} '
                      '(?:minuti|ore|giorni) fa\\W*$',
           'max_chars': 80},
          {'name': 'byline-other-languages',
           'class': 'byline',
           'pattern': '^\\W*(?:Par|PAR|par|Por|POR|por|Von|VON|von|Door|door|Autor:|Autora:|Auteur :|Auteur:) '
                      '[A-Z\\u00c0-\\u00de][\\w\\x27.-]*(?: [A-Z\\u00c0-\\u00de][\\w\\x27.-]*){1,3}(?: '
                      '?(?:,|\\||-|et|y|e|und|en) ?[A-Z\\u00c0-\\u00de][\\w\\x27.-]*(?: '
                      '[A-Z\\u00c0-\\u00de][\\w\\x27.-]*){0,3}){0,3}(?: \\([^()]{1,80}\\))?$',
           'case_sensitive': True,
           'max_chars': 140,
           'unterminated': True},
          {'name': 'page-tools-other-languages',
           'class': 'page-tools',
           'pattern': '^\\W*(?:imprimir|imprimer|drucken|stampa|tisk|(?:diminuir|aumentar|reducir|agrandir|r\\u00e9duire) '
                      '(?:a |la )?(?:fonte|fuente|letra|texte|police)|taille du texte|tama\\u00f1o de (?:la '
                      ')?letra|schriftgr\\u00f6\\u00dfe|ouvir o texto|escuchar (?:la )?noticia|\\u00e9couter '
                      '(?:l\\x27article|cet article)|artikel (?:anh\\u00f6ren|vorlesen)|\\d+ '
                      '(?:coment\\u00e1rios?|commentaires?|comentarios?|kommentare?|commenti|koment\\u00e1\\u0159\\u016f)|(?:coment\\u00e1rios?|commentaires?|comentarios?|kommentare?|commenti) '
                      '?\\(\\d+\\)|(?:kommentare|commentaires|comentarios|coment\\u00e1rios) lesen)\\W*$',
           'max_chars': 60}],
 'related': {'headers': ['you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in)',
                         'related(?: articles| stories| content| coverage| news| reading| posts| links| topics)?',
                         'read more(?: about this)?',
                         'read next',
                         "more (?:from|on|in) [\\w .'&-]{1,40}",
                         'more (?:stories|news|articles|like this|to explore)',
                         'recommended(?: for you| stories| reading| articles)?',
                         'most (?:read|popular|viewed|shared)',
                         "most (?:read|popular|viewed|shared|emailed)(?: [\\w&'-]+){0,2} "
                         '(?:stories|articles|news|headlines)',
                         'trending(?: now| stories| news)?',
                         'what to read next',
                         "editor'?s picks",
                         'top stories',
                         'latest (?:news|stories|headlines)',
                         'popular (?:now|stories|today)',
                         'around the web',
                         'from (?:around|across) the web',
                         'sponsored (?:links|stories)',
                         'see also',
                         'more on this story',
                         'related topics',
                         'more stories like this',
                         'further reading',
                         'more',
                         'you may like(?: these posts)?',
                         "popular on [\\w .'&-]{1,40}",
                         "more (?:great )?[\\w.'&-]{1,30} stories",
                         "must read[\\w .'&-]{0,40}",
                         'trending news',
                         'most popular',
                         'more news',
                         "more [\\w&'-]+(?: [\\w&'-]+)?",
                         'related posts?',
                         'artigos relacionados',
                         'artículos relacionados',
                         'articoli correlati',
                         'articles? (?:liés|similaires)',
                         'ähnliche artikel',
                         'leia também',
                         'lea también',
                         'leggi anche',
                         'читайте также',
                         '(?:à )?lire aussi',
                         'voir aussi',
                         'sur le même sujet',
                         'les plus lus',
                         'leia mais',
                         'veja também',
                         'mais lidas',
                         'ver también',
                         '(?:las|lo) más leíd[oa]s?',
                         'más noticias',
                         'le più lette',
                         'i più letti',
                         'meistgelesen(?:e artikel)?',
                         'mehr zum thema',
                         'das könnte sie auch interessieren',
                         'související(?: články)?',
                         'nejčtenější'],
             'item_max_chars': 300,
             'max_items': 14}}


def _write() -> None:  # pragma: no cover - a maintenance command
    import pprint
    import tomllib
    from pathlib import Path

    here = Path(__file__)
    text = here.with_name("rules.toml").read_text(encoding="utf-8")
    module = here.read_text(encoding="utf-8")
    head = module[:module.index("TEXT = ")]
    tail = module[module.index("\n\n\ndef _write"):]
    parsed = pprint.pformat(tomllib.loads(text), width=120, sort_dicts=False)
    here.write_text(f"{head}TEXT = {text!r}\n\nPARSED: dict[str, Any] = {parsed}{tail}", encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    _write()
