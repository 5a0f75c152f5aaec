"""The needles of the package's boilerplate patterns, stored: ``NEEDLES[(pattern, flags)]``, and ``QUICK``.

``needles.needles(pattern, flags)`` reads a pattern with ``re``'s parser, which
costs about 20 ms for all of ``rules.toml``: too much for every start. This
table holds its answer for each pattern of ``rules.toml`` (keyed by the
pattern's text and flags, so a pattern changed without the table is simply
not screened, never screened wrongly). ``QUICK`` holds the patterns that
``needles.quick`` finds ``re`` rejects in a step (the same keys: a pattern
changed without it simply counts as slow). A test checks that the tables are
current; after editing rules.toml, write it again with::

    python -m tui.core.input.rules_needles
"""

# ruff: noqa: E501 - generated: one pattern a line
from __future__ import annotations

NEEDLES: dict[tuple[str, int], tuple[str, ...] | None] = {
    ('^\\((?!(?:additional )?reporting|editing|writing|with )[^()]{2,70}\\)$', 2):
        ('(',),
    ('^[\\w .\\x27-]{2,40}(?: ?[|/] ?[\\w .\\x27-]{2,40}){0,3} ?[|/] ?(?:getty images|afp|reuters|ap|ap photo|epa|shutterstock|alamy|bloomberg|pa|pa media|pa wire|xinhua|anadolu|sipa|zuma|rex|nasa|nurphoto|imago|dpa|efe|istock)$', 2):
        ('/', '|'),
    ('^\\W*(?:(?:\\u0438\\u0437 )?\\u043b\\u0438\\u0447\\u043d\\w* \\u0430\\u0440\\u0445\\u0438\\u0432\\w*|\\u0444\\u043e\\u0442\\u043e\\s*[:\\u00a9]|archivio personale|archivo personal|arquivo pessoal|archives? personnelles?|privatarchiv|foto\\s*[:\\u00a9]|bild\\s*[:\\u00a9]|sumber foto\\s*:)', 2):
        None,
    ('^\\[(?:\\uc0ac\\uc9c4|\\uc0ac\\uc9c4\\uc81c\\uacf5|photo|foto|\\u0444\\u043e\\u0442\\u043e)\\s*[=:]', 2):
        ('[',),
    ('^\\W*(?:getty images|getty|reuters|afp|ap|ap photo|pa|pa media|pa wire|shutterstock|alamy|epa|epa-efe|bloomberg|anadolu agency|xinhua|handout|supplied|nasa(?: [\\w-]+)?)(?:\\s*(?:/|via)\\s*[\\w .&-]{1,40})?\\W*$', 2):
        None,
    ('\\((?:image|images|photo|photos|photograph|picture|pic|pics|credit|illustration|video|graphic)\\s*:[^()]*\\)\\s*$', 2):
        ('credit', 'graphic', 'illustration', 'image', 'images', 'photo', 'photograph', 'photos', 'pic', 'pics', 'picture', 'video'),
    ('[.!?] \\([A-Z][^()/]{1,60}(?: ?/ ?[A-Z][^()/]{1,60}){1,3}\\)$', 0):
        ('/',),
    ('\\((?:[^()]*[/ ])?(?:getty images|afp|reuters|ap photo|ap|pa|pa wire|pa images|pa media|epa|epa-efe|shutterstock|alamy|bloomberg|rex|rex features|anadolu|sipa|xinhua|zuma|bbc|supplied|handout)\\)\\s*$', 2):
        ('(',),
    ('^\\W*(?:image |photo |media |video )?caption\\W*$', 2):
        ('caption',),
    ('^\\[(?=(?:[^\\s\\]]+ ){4})[A-Z][^\\[\\]]{10,150}[^.!?\\]\\d]\\]$', 0):
        ('[',),
    ('^\\s*(?:image|photo|photograph|picture|pictured|pic|credit|illustration|graphic|image source|image caption|media caption|caption|above|below|(?:main|cover|featured|header|lead|top) image(?: credit)?)\\s*:', 2):
        (' image', 'above', 'below', 'caption', 'credit', 'graphic', 'illustration', 'image', 'image caption', 'image source', 'media caption', 'photo', 'photograph', 'pic', 'picture', 'pictured'),
    ('\\b(?:photograph|photo|picture|image|credit|illustration)\\s*:\\s*[^.:]{2,80}$', 2):
        ('credit', 'illustration', 'image', 'photo', 'photograph', 'picture'),
    ('\\b(?:AP Photo|AFP Photo|Reuters Photo|EPA Photo|Getty Images|Photo by)\\b[^.]*$', 0):
        ('afp photo', 'ap photo', 'epa photo', 'getty images', 'photo by', 'reuters photo'),
    ('^(?!.*\\b(?:said|says|told)\\b)(?:in this (?:[\\w,.-]+ ){0,6}?(?:photo|photograph|image|picture|illustration|rendering|screenshot|screen grab|handout)|this (?:[\\w,.-]+ ){0,3}?(?:photo|photograph|illustration|rendering|screenshot|screen grab|satellite image|handout photo))\\b(?:(?: [\\w,.\\x27-]+){0,20}? (?:shows?|showing|taken|provided|released|made available|obtained|dated)\\b|,)', 2):
        ('in this ', 'this '),
    ('^[A-Z][A-Z .,\\x27-]{2,40}\\s-\\s(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\\s\\d{1,2}\\s*:', 0):
        ('april', 'august', 'december', 'february', 'january', 'july', 'june', 'march', 'may', 'november', 'october', 'september'),
    ('\\b(?:is|are|was|were|seen|pictured)\\s+(?:pictured|photographed)\\b|^pictured\\b|\\(pictured\\)|\\bpictured (?:left|right|above|below|centre|center|top|bottom)\\b', 2):
        ('(pictured)', 'hotographed', 'ictured', 'pictured', 'pictured '),
    ('^\\W*(?:image|media|video)\\s+(?:source|caption|credit)s?\\s*,', 2):
        ('caption', 'credit', 'source'),
    ("^\\W*(?:don't miss|do not miss|must see|must read|watch|listen|in pictures|in video|video|live)\\b\\W*(?:[:|.]|$|\\[)", 2):
        ('do not miss', "don't miss", 'in pictures', 'in video', 'listen', 'live', 'must read', 'must see', 'video', 'watch'),
    ('^\\[[^\\]\\n]{1,40}\\](?: ?\\[[^\\]\\n]{1,40}\\])+$|^\\[[A-Z][A-Z &-]{1,30}\\]$', 0):
        ('[',),
    ('^\\W*advertisement ?[-|:] ?[^.]{1,30}$|^\\W*(?:advertisement|advert|sponsored(?: content| post)?|promoted(?: content)?|paid (?:content|partnership|post)|story continues (?:below|after)|article continues (?:below|after)|continue reading|continue reading(?: the)?(?: main)? story|scroll to continue|ad|sponsored links|supported by|sponsored by|presented by|iklan|anzeige|publicidad|publicit\\u00e9|pubblicit\\u00e0|\\u0440\\u0435\\u043a\\u043b\\u0430\\u043c\\u0430)\\W*$', 2):
        None,
    ('^\\W*(?:click|tap) (?:here )?(?:to|for|now)\\b|^\\W*download (?:our|the) (?:free )?(?:\\w+ )?app\\b|^\\W*(?:get|try) (?:unlimited|full|premium|digital) access\\b|^\\W*(?:subscribe|become a member|support us)\\W*(?:now|today)?\\W*$', 2):
        (' access', 'become a member', 'click', 'download ', 'subscribe', 'support us', 'tap'),
    ('^\\W*(?:listen to (?:this|the) (?:article|story)|listen\\s*[:|-]|\\d+\\s*min(?:ute)?s? (?:read|listen))\\b', 2):
        ('listen', 'listen to th', 'read'),
    ('^\\W*(?:skip to (?:main )?content|skip to navigation|back to top|menu|search|sign in|log in|login|home|close|open menu)\\W*$', 2):
        ('back to top', 'close', 'home', 'log in', 'login', 'menu', 'open menu', 'search', 'sign in', 'skip to ', 'skip to navigation'),
    ('^ ?(?:(?=[^|\\u2022\\u00b7>\\u203a]{1,26}(?:[|\\u2022\\u00b7>\\u203a]|$))[\\w&\\x27.\\u25be\\u25bc+-]+(?: [\\w&\\x27.\\u25be\\u25bc+-]+)* ?[|\\u2022\\u00b7>\\u203a] ?){2,}(?=[^|\\u2022\\u00b7>\\u203a]{1,26}(?:[|\\u2022\\u00b7>\\u203a]|$))[\\w&\\x27.\\u25be\\u25bc+-]+(?: [\\w&\\x27.\\u25be\\u25bc+-]+)* ?$', 2):
        ('>', '|', '·', '•', '›'),
    ('^(?:[A-Z0-9][^>]{0,25} [>\\u203a\\u00bb] ){2,6}[A-Z0-9][^>]{0,120}$', 0):
        ('>', '»', '›'),
    ('^\\W*(?:we use cookies|(?:this|our) (?:site|website) uses cookies|by (?:using|continuing to use) (?:this|our) (?:site|website)[^.]{0,40}cookies|(?:accept|reject|manage) (?:all |your )?cookies\\W*$|cookie (?:policy|settings|preferences)\\W*$)', 2):
        (' uses cookies', 'cookie ', 'cookies', 'we use cookies'),
    ('^\\W*(?:read(?=\\s*:)|read more|read next|read also|also read|see also|more on this story|related(?! tags?\\b| topics?\\b)(?: \\w+)?|related articles?|related stories|related content|recommended|more from [\\w .\\x27&-]{1,40}|more stories|more like this|related coverage|latest)\\s*[:>|\\-]', 2):
        ('also read', 'latest', 'more from ', 'more like this', 'more on this story', 'more stories', 'read', 'read also', 'read more', 'read next', 'recommended', 'related', 'related article', 'related content', 'related coverage', 'related stories', 'see also'),
    ('^\\W*(?:originally (?:published|posted|appeared)(?: (?:at|on|by|in))?|this (?:article|story|piece) (?:was |is )?(?:originally |first )?(?:published|appeared|posted|republished)|republished (?:with permission )?from|additional reporting by|reporting by|written by|edited by|editing by|content courtesy of)\\b|^\\W*(?:source|sources|via)\\s*:', 2):
        ('additional reporting by', 'appeared', 'content courtesy of', 'edited by', 'editing by', 'originally ', 'posted', 'published', 'reporting by', 'republished', 'republished ', 'source', 'sources', 'via', 'written by'),
    ('^\\W*(?:https?://|www\\.)\\S+\\W*$', 2):
        ('http', 'www.'),
    ('\\bcontributed (?:to this (?:report|story|article)|reporting)\\b\\W*$|^\\W*our standards\\s*:', 2):
        ('contributed ', 'our standards'),
    ('^\\W*(?:follow|like|join|find) (?:us|@\\w+|[\\w .]{1,50}) on (?:twitter|x|facebook|instagram|tiktok|threads|bluesky|linkedin|youtube|telegram|whatsapp|social media)\\b', 2):
        (' on ',),
    ('^\\W*(?:share|share this|share this (?:article|story|page)|share on \\w+|share via \\w+|tweet|email|whatsapp|facebook|twitter|linkedin|reddit|pinterest|copy link|print|comments?)(?:\\W+(?:share|tweet|email|whatsapp|facebook|twitter|x|linkedin|reddit|pinterest|instagram|youtube|tiktok|telegram|messenger|flipboard|tumblr|copy link|print|comments?))*\\W*$', 2):
        ('comment', 'copy link', 'email', 'facebook', 'linkedin', 'pinterest', 'print', 'reddit', 'share', 'share on ', 'share this', 'share this ', 'share via ', 'tweet', 'twitter', 'whatsapp'),
    ('^\\W*(?:(?:sign up|signup|subscribe|register)(?: now| today| here| free)? ?(?:to\\b|for\\b|:|-)|(?:get|join) (?:our|the|a)\\b|never miss\\b).{0,120}\\b(?:newsletters?|briefing|our (?:daily|weekly) email|inbox|email alerts?)\\b', 2):
        (' email', 'briefing', 'email alert', 'inbox', 'newsletter'),
    ('^\\W*(?:©|\\u24d2|\\(c\\)\\s*\\d{4}|copyright\\s*(?:©|\\u24d2|\\(c\\)|\\d{4}))|\\ball rights reserved\\b', 2):
        ('(c)', 'all rights reserved', 'copyright', '©', 'ⓒ'),
    ('^\\W*copyright\\b', 2):
        ('copyright',),
    ('^ ?(?:By|BY|by|Words by|Written by) [A-Z][\\w\\x27.-]*(?: [A-Z][\\w\\x27.-]*){0,3}(?:(?:, ?| and | ?& ?)[A-Z][\\w\\x27.-]*(?: [A-Z][\\w\\x27.-]*){0,3})*(?: @\\w{1,30})?(?: ?[,|-] ?[\\w .,\\x27-]{0,60})? ?$', 0):
        None,
    ('^\\W*(?:published|updated|last updated|posted|first published|modified)\\s*(?:on|at)?\\s*:?\\s*(?:\\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)[^.]*$', 2):
        ('first published', 'last updated', 'modified', 'posted', 'published', 'updated'),
    ('^(?:(?:posted|published|updated|last updated|last modified|first published|modified|date|created|submitted)(?: by [\\w.\\x27-]+(?: [\\w.\\x27-]+){0,3})?(?: on| at)? ?:? ?|[^\\W\\d_]{2,12} ?: ?\\[? ?)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? )?(?:(?P<time>\\d{1,2}[:.]\\d{2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?(?:,? | ?[-/|,\\u2022\\u00b7] |,? at ))(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? )?)?(?:(?P<day>\\d{1,2}(?:st|nd|rd|th)? )?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?(day)\\.?,? \\d{4}|\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?)|\\d{4}-\\d{2}-\\d{2}(?:t\\d{2}:\\d{2}(?::\\d{2})?(?:z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})(?(time)|(?:(?:,? | ?[-/|,\\u2022\\u00b7] |,? at )\\d{1,2}[:.]\\d{2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?)?)(?: ?[|/;] ?[\\w .]{0,30}| (?:updated|modified|edited) ?:? [\\w .,:]{1,40})?[;,.|]? ?\\]?$|^\\d{1,3} ?(?:m|h|d|mins?|minutes?|hours?|hrs?|days?|weeks?) ago\\b.{0,24}$', 2):
        (' ago', '-', '.', '/', 'apr', 'aug', 'dec', 'feb', 'jan', 'jul', 'jun', 'mar', 'may', 'nov', 'oct', 'sep'),
    ('^[\\w .,\\x27-]{2,60} ?\\| ?(?:updated|published|posted)\\b', 2):
        ('posted', 'published', 'updated'),
    ('^(?:(?P<name>(?:(?i:by) [\\w.\\x27@]+(?: [\\w.\\x27@]+){0,4}|[A-Z@][\\w.\\x27@]*(?: [A-Z@][\\w.\\x27@]*){0,4})(?: ?[-|,/] ?| |(?<=[a-z])(?=[A-Z]))))?(?i:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? )?(?:(?P<time>\\d{1,2}[:.]\\d{2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?(?:,? | ?[-/|,\\u2022\\u00b7] |,? at ))(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? )?)?(?:(?P<day>\\d{1,2}(?:st|nd|rd|th)? )?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?(day)\\.?,? \\d{4}|\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?)|\\d{4}-\\d{2}-\\d{2}(?:t\\d{2}:\\d{2}(?::\\d{2})?(?:z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})(?(time)|(?:(?:,? | ?[-/|,\\u2022\\u00b7] |,? at )\\d{1,2}[:.]\\d{2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?)?))(?(name)(?i:(?: ?[|/;] ?[\\w .]{0,30})?[;,.|]? ?\\]?)| (?:(?i:by) )?[A-Z@][\\w.\\x27@]*(?: [A-Z@][\\w.\\x27@]*){0,4})$', 0):
        ('-', '.', '/', 'apr', 'aug', 'dec', 'feb', 'jan', 'jul', 'jun', 'mar', 'may', 'nov', 'oct', 'sep'),
    ('credit\\.{2,}\\s*\\S[^.]{1,80}$', 2):
        ('credit',),
    ('^\\W*(?:print(?: this)?(?: article| page| version| story)?|e-?mail(?: this)? (?:article|story|page)|most e-?mailed|text size|font size|save (?:article|for later)|get short url|(?:view|show|hide|load) (?:all )?comments|loading comments|\\d+ ?comments?(?: \\(\\+\\))?|\\d+ post comments?(?: \\(\\+\\))?|comments? \\(\\d+\\)|post (?:a )?comment|leave a (?:comment|reply)|previous next|previous|next|previous (?:post|article|story)? ?next (?:post|article|story)?|back to (?:gallery|article)|(?:previous|next) (?:[\\w-]+ ){0,2}(?:news|post|article|story|page)|\\d{1,3} ?/ ?\\d{1,3}|(?:image|photo|slide) \\d+ of \\d+|map ?: [^.]{1,40}|this slideshow requires javascript|\\d+ ?min(?:ute)?s? read|full ?screen|autoplay|skip (?:this )?ad|view (?:all )?(?:photos|gallery|graphic|slideshow)|\\d{1,3} of \\d{1,3}|wait \\d{1,2} seconds? to continue|(?:reading time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit) ?:? ?[^.]{1,20})\\W*$', 2):
        (' of ', ' post comment', ' read', ' to continue', '/', 'article', 'autoplay', 'back to ', 'comment', 'comments', 'font size', 'for later', 'gallery', 'get short url', 'graphic', 'image', 'leave a ', 'lesezeit', 'loading comments', 'mail', 'map', 'most e', 'next', 'photo', 'photos', 'previous', 'previous ', 'previous next', 'print', 'reading time', 'screen', 'skip ', 'slide', 'slideshow', 'tempo de leitura', 'temps de lecture', 'text size', 'this slideshow requires javascript', 'tiempo de lectura'),
    ('^[\\w .\\x27-]{1,50} (?:gallery|photo gallery|slideshow)$', 2):
        ('gallery', 'photo gallery', 'slideshow'),
    ('^\\W*(?:sharing is caring|\\d+ ?shares?|shares|share (?:this|via|to|on|permalink)\\b[^.]{0,60}|copy link[^.]{0,20}|follow us|addthis sharing buttons|x share via|google\\+|flipboard|mix|instagram|tumblr|telegram|stumbleupon|blogger|@\\w{2,30})\\W*$', 2):
        ('@', 'addthis sharing buttons', 'blogger', 'copy link', 'flipboard', 'follow us', 'google+', 'instagram', 'mix', 'share', 'share ', 'shares', 'sharing is caring', 'stumbleupon', 'telegram', 'tumblr', 'x share via'),
    ('^\\W*(?:related )?(?:tags?|topics?|categories|category|filed under|this article is related to)(?:\\s*:.*|\\s+[^.!?]*|)$', 2):
        ('categories', 'category', 'filed under', 'tag', 'this article is related to', 'topic'),
    ('^Home(?:[A-Z]| ?[>/\\u00bb\\u203a|])', 0):
        ('home',),
    ('^\\W*you are (?:at|here)\\W*$', 2):
        ('you are ',),
    ('\\b(?:may|can) be (?:reached|contacted) (?:at|by|on) \\S+@\\S+|^[A-Z][\\w.\\x27-]+(?: [A-Z][\\w.\\x27-]+){1,3}: [^:]{0,60}\\S+@\\S+\\.\\w+|^\\W*e-?mail:? \\S+@\\S+\\.\\w+(?: ?(?://|\\||,|;) ?twitter:? @\\w+)?\\W*$|^\\W*(?:follow|contact) (?:him|her|them|the author) (?:on|at)\\b|^\\W*(?:contact|email|e-mail) [\\w\\x27.-]+(?: [\\w\\x27.-]+){0,3} (?:at|on|via) \\S+@\\S+\\W*$', 2):
        ('@', 'contact', 'contacted', 'e-mail', 'email', 'follow', 'mail', 'reached'),
    ('^\\W*about the (?:author|writer|reporter|contributor)s?\\W*$', 2):
        ('about the ',),
    ('^[A-Z][\\w\\x27.-]*(?: [A-Z][\\w\\x27.-]*){1,3} is (?:a|an|the) (?:[\\w-]+ ){0,4}(?i:reporter|correspondent|editor|writer|columnist|journalist|contributor|author|producer|photographer)\\b', 0):
        ('author', 'columnist', 'contributor', 'correspondent', 'editor', 'journalist', 'photographer', 'producer', 'reporter', 'writer'),
    ('^\\W*(?:by|words by|written by|story by)\\W*$', 2):
        None,
    ('^\\W*our (?:[\\w-]+ ){0,2}(?:staff|correspondents?|reporters?)\\W*$', 2):
        ('correspondent', 'reporter', 'staff'),
    ('^(?!.*\\b(?i:to|the|a|an|of|for|from|dear|letters?|ask|meet|and)\\b)(?:[A-Z][\\w.\\x27&-]* ){1,4}(?:[a-z]+ )?(?:columnist|correspondent|reporter|editor|writer|contributor|photographer)$', 0):
        ('columnist', 'contributor', 'correspondent', 'editor', 'photographer', 'reporter', 'writer'),
    ('^(?:reuters|afp|ap|associated press|pti|ians|ani|press association|dpa|efe|xinhua|upi)(?: ?[,/|-] ?[\\w .]{1,30}){1,2},?$', 2):
        (',', '-', '/', '|'),
    ('^(?:opinion |senior |staff |contributing |guest |chief |political |science )?(?:columnist|correspondent|reporter|editor|writer|contributor)$', 2):
        ('columnist', 'contributor', 'correspondent', 'editor', 'reporter', 'writer'),
    ('^(?:[^.?!]{0,40}[.?!] )?subscribe (?:to|now|today|for)\\b|\\b(?:buy|shop|order) now\\W*$|^\\W*get it\\W*$|\\b\\d+ issues for\\b|^\\[\\w+ [\\w-]+=', 2):
        (' issues for', ' now', '[', 'get it', 'subscribe '),
    ('^[\\w .\\x27&-]{0,40}\\bnewsletters?\\W*$|\\bunsubscribe at any time\\b|^\\W*thanks? (?:you )?for (?:signing up|subscribing)\\b|\\bcheck the opt-in box\\b|^\\W*keep an eye on your inbox\\b|^\\W*(?:get|receive)\\b.{0,80}\\b(?:in|to) your inbox\\b', 2):
        (' your inbox', 'check the opt-in box', 'igning up', 'keep an eye on your inbox', 'newsletter', 'ubscribing', 'unsubscribe at any time'),
    ('\\bread more\\W*$', 2):
        ('read more',),
    ('(?:^|[.!?"\\x27] )read now\\W*$', 2):
        ('read now',),
    ('^\\W*with (?:\\w+ )?wires?\\W*$', 2):
        ('with ',),
    ('\\b(?:the )?views (?:and opinions )?expressed (?:in|by) (?:this|the) (?:article|piece|column|author)', 2):
        ('expressed ',),
    ('^\\W*(?:(?:à )?lire (?:aussi|également)|lire|voir aussi|lea también|lee también|ver también|leia (?:também|mais)|veja também|leggi anche|lesen sie auch|mehr zum thema|čtěte také|\\u0447\\u0438\\u0442\\u0430\\u0439\\u0442\\u0435 \\u0442\\u0430\\u043a\\u0436\\u0435)\\s*[:>|\\-]', 2):
        ('-', ':', '>', '|'),
    ('^\\W*(?:partager|partagez|compartir|compartilhe|compartilhar|condividi|teilen|sd\\u00edlet)(?: (?:cet article|este art\\u00edculo|este artigo|l\\x27articolo|den artikel|artikel|\\u010dl\\u00e1nek|sur \\w+|en \\w+|no \\w+|su \\w+|auf \\w+))?\\W*$|^\\W*(?:copier le lien|copiar (?:el )?(?:link|enlace)|copia (?:il )?link|link kopieren|kop\\u00edrovat odkaz)\\W*$', 2):
        ('compartilhar', 'compartilhe', 'compartir', 'condividi', 'copia ', 'copiar ', 'copier le lien', 'let', 'link kopieren', 'partager', 'partagez', 'rovat odkaz', 'teilen'),
    ('^\\W*(?:mis \\u00e0 jour|publi\\u00e9|modifi\\u00e9|atualizado|publicado|actualizado|aktualisiert|ver\\u00f6ffentlicht|aggiornato|pubblicato|aktualizov\\u00e1no)(?: (?:le|em|el|am|il))?\\W*$|^\\W*(?:(?:mis \\u00e0 jour|publi\\u00e9|modifi\\u00e9) le|(?:atualizado|publicado) em|(?:actualizado|publicado) el|(?:aktualisiert|ver\\u00f6ffentlicht) am|(?:aggiornato|pubblicato) il)? ?:? ?\\d{1,2}[./-](?:\\d{1,2}|[^\\W\\d_]{3,9}\\.?)[./-]\\d{2,4}(?:,? (?:\\u00e0|\\u00e0s|a las|um|alle|v|-) ?\\d{1,2}[h:.]\\d{2}(?: ?uhr)?)?\\W*$|^\\W*(?:il y a|hace|h\\u00e1|vor|p\\u0159ed) \\d{1,3} (?:min|minutes?|heures?|jours?|minutos?|horas?|d\\u00edas?|dias?|minuten|stunden|tagen|minutami|hodinami|dny)\\W*$|^\\W*\\d{1,3} (?:minuti|ore|giorni) fa\\W*$', 2):
        None,
    ('^\\W*(?:Par|PAR|par|Por|POR|por|Von|VON|von|Door|door|Autor:|Autora:|Auteur :|Auteur:) [A-Z\\u00c0-\\u00de][\\w\\x27.-]*(?: [A-Z\\u00c0-\\u00de][\\w\\x27.-]*){1,3}(?: ?(?:,|\\||-|et|y|e|und|en) ?[A-Z\\u00c0-\\u00de][\\w\\x27.-]*(?: [A-Z\\u00c0-\\u00de][\\w\\x27.-]*){0,3}){0,3}(?: \\([^()]{1,80}\\))?$', 0):
        ('auteur :', 'auteur:', 'autor:', 'autora:', 'door', 'par', 'por', 'von'),
    ('^\\W*(?:imprimir|imprimer|drucken|stampa|tisk|(?:diminuir|aumentar|reducir|agrandir|r\\u00e9duire) (?:a |la )?(?:fonte|fuente|letra|texte|police)|taille du texte|tama\\u00f1o de (?:la )?letra|schriftgr\\u00f6\\u00dfe|ouvir o texto|escuchar (?:la )?noticia|\\u00e9couter (?:l\\x27article|cet article)|artikel (?:anh\\u00f6ren|vorlesen)|\\d+ (?:coment\\u00e1rios?|commentaires?|comentarios?|kommentare?|commenti|koment\\u00e1\\u0159\\u016f)|(?:coment\\u00e1rios?|commentaires?|comentarios?|kommentare?|commenti) ?\\(\\d+\\)|(?:kommentare|commentaires|comentarios|coment\\u00e1rios) lesen)\\W*$', 2):
        (' lesen', 'agrandir', 'artikel ', 'aumentar', 'cet article', 'coment', 'comentario', 'commentaire', 'commenti', 'diminuir', 'drucken', 'duire', 'escuchar ', 'imprimer', 'imprimir', 'koment', 'kommentar', "l'article", 'o de ', 'ouvir o texto', 'reducir', 'schriftgr', 'stampa', 'taille du texte', 'tisk'),
}

QUICK: frozenset[tuple[str, int]] = frozenset({
    ('^\\((?!(?:additional )?reporting|editing|writing|with )[^()]{2,70}\\)$', 2),
    ('^[\\w .\\x27-]{2,40}(?: ?[|/] ?[\\w .\\x27-]{2,40}){0,3} ?[|/] ?(?:getty images|afp|reuters|ap|ap photo|epa|shutterstock|alamy|bloomberg|pa|pa media|pa wire|xinhua|anadolu|sipa|zuma|rex|nasa|nurphoto|imago|dpa|efe|istock)$', 2),
    ('^\\W*(?:(?:\\u0438\\u0437 )?\\u043b\\u0438\\u0447\\u043d\\w* \\u0430\\u0440\\u0445\\u0438\\u0432\\w*|\\u0444\\u043e\\u0442\\u043e\\s*[:\\u00a9]|archivio personale|archivo personal|arquivo pessoal|archives? personnelles?|privatarchiv|foto\\s*[:\\u00a9]|bild\\s*[:\\u00a9]|sumber foto\\s*:)', 2),
    ('^\\[(?:\\uc0ac\\uc9c4|\\uc0ac\\uc9c4\\uc81c\\uacf5|photo|foto|\\u0444\\u043e\\u0442\\u043e)\\s*[=:]', 2),
    ('^\\W*(?:getty images|getty|reuters|afp|ap|ap photo|pa|pa media|pa wire|shutterstock|alamy|epa|epa-efe|bloomberg|anadolu agency|xinhua|handout|supplied|nasa(?: [\\w-]+)?)(?:\\s*(?:/|via)\\s*[\\w .&-]{1,40})?\\W*$', 2),
    ('\\((?:image|images|photo|photos|photograph|picture|pic|pics|credit|illustration|video|graphic)\\s*:[^()]*\\)\\s*$', 2),
    ('\\((?:[^()]*[/ ])?(?:getty images|afp|reuters|ap photo|ap|pa|pa wire|pa images|pa media|epa|epa-efe|shutterstock|alamy|bloomberg|rex|rex features|anadolu|sipa|xinhua|zuma|bbc|supplied|handout)\\)\\s*$', 2),
    ('^\\W*(?:image |photo |media |video )?caption\\W*$', 2),
    ('^\\[(?=(?:[^\\s\\]]+ ){4})[A-Z][^\\[\\]]{10,150}[^.!?\\]\\d]\\]$', 0),
    ('^\\s*(?:image|photo|photograph|picture|pictured|pic|credit|illustration|graphic|image source|image caption|media caption|caption|above|below|(?:main|cover|featured|header|lead|top) image(?: credit)?)\\s*:', 2),
    ('^[A-Z][A-Z .,\\x27-]{2,40}\\s-\\s(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\\s\\d{1,2}\\s*:', 0),
    ('^\\W*(?:image|media|video)\\s+(?:source|caption|credit)s?\\s*,', 2),
    ("^\\W*(?:don't miss|do not miss|must see|must read|watch|listen|in pictures|in video|video|live)\\b\\W*(?:[:|.]|$|\\[)", 2),
    ('^\\[[^\\]\\n]{1,40}\\](?: ?\\[[^\\]\\n]{1,40}\\])+$|^\\[[A-Z][A-Z &-]{1,30}\\]$', 0),
    ('^\\W*advertisement ?[-|:] ?[^.]{1,30}$|^\\W*(?:advertisement|advert|sponsored(?: content| post)?|promoted(?: content)?|paid (?:content|partnership|post)|story continues (?:below|after)|article continues (?:below|after)|continue reading|continue reading(?: the)?(?: main)? story|scroll to continue|ad|sponsored links|supported by|sponsored by|presented by|iklan|anzeige|publicidad|publicit\\u00e9|pubblicit\\u00e0|\\u0440\\u0435\\u043a\\u043b\\u0430\\u043c\\u0430)\\W*$', 2),
    ('^\\W*(?:click|tap) (?:here )?(?:to|for|now)\\b|^\\W*download (?:our|the) (?:free )?(?:\\w+ )?app\\b|^\\W*(?:get|try) (?:unlimited|full|premium|digital) access\\b|^\\W*(?:subscribe|become a member|support us)\\W*(?:now|today)?\\W*$', 2),
    ('^\\W*(?:listen to (?:this|the) (?:article|story)|listen\\s*[:|-]|\\d+\\s*min(?:ute)?s? (?:read|listen))\\b', 2),
    ('^\\W*(?:skip to (?:main )?content|skip to navigation|back to top|menu|search|sign in|log in|login|home|close|open menu)\\W*$', 2),
    ('^ ?(?:(?=[^|\\u2022\\u00b7>\\u203a]{1,26}(?:[|\\u2022\\u00b7>\\u203a]|$))[\\w&\\x27.\\u25be\\u25bc+-]+(?: [\\w&\\x27.\\u25be\\u25bc+-]+)* ?[|\\u2022\\u00b7>\\u203a] ?){2,}(?=[^|\\u2022\\u00b7>\\u203a]{1,26}(?:[|\\u2022\\u00b7>\\u203a]|$))[\\w&\\x27.\\u25be\\u25bc+-]+(?: [\\w&\\x27.\\u25be\\u25bc+-]+)* ?$', 2),
    ('^(?:[A-Z0-9][^>]{0,25} [>\\u203a\\u00bb] ){2,6}[A-Z0-9][^>]{0,120}$', 0),
    ('^\\W*(?:we use cookies|(?:this|our) (?:site|website) uses cookies|by (?:using|continuing to use) (?:this|our) (?:site|website)[^.]{0,40}cookies|(?:accept|reject|manage) (?:all |your )?cookies\\W*$|cookie (?:policy|settings|preferences)\\W*$)', 2),
    ('^\\W*(?:read(?=\\s*:)|read more|read next|read also|also read|see also|more on this story|related(?! tags?\\b| topics?\\b)(?: \\w+)?|related articles?|related stories|related content|recommended|more from [\\w .\\x27&-]{1,40}|more stories|more like this|related coverage|latest)\\s*[:>|\\-]', 2),
    ('^\\W*(?:originally (?:published|posted|appeared)(?: (?:at|on|by|in))?|this (?:article|story|piece) (?:was |is )?(?:originally |first )?(?:published|appeared|posted|republished)|republished (?:with permission )?from|additional reporting by|reporting by|written by|edited by|editing by|content courtesy of)\\b|^\\W*(?:source|sources|via)\\s*:', 2),
    ('^\\W*(?:https?://|www\\.)\\S+\\W*$', 2),
    ('^\\W*(?:follow|like|join|find) (?:us|@\\w+|[\\w .]{1,50}) on (?:twitter|x|facebook|instagram|tiktok|threads|bluesky|linkedin|youtube|telegram|whatsapp|social media)\\b', 2),
    ('^\\W*(?:share|share this|share this (?:article|story|page)|share on \\w+|share via \\w+|tweet|email|whatsapp|facebook|twitter|linkedin|reddit|pinterest|copy link|print|comments?)(?:\\W+(?:share|tweet|email|whatsapp|facebook|twitter|x|linkedin|reddit|pinterest|instagram|youtube|tiktok|telegram|messenger|flipboard|tumblr|copy link|print|comments?))*\\W*$', 2),
    ('^\\W*(?:(?:sign up|signup|subscribe|register)(?: now| today| here| free)? ?(?:to\\b|for\\b|:|-)|(?:get|join) (?:our|the|a)\\b|never miss\\b).{0,120}\\b(?:newsletters?|briefing|our (?:daily|weekly) email|inbox|email alerts?)\\b', 2),
    ('^\\W*copyright\\b', 2),
    ('^ ?(?:By|BY|by|Words by|Written by) [A-Z][\\w\\x27.-]*(?: [A-Z][\\w\\x27.-]*){0,3}(?:(?:, ?| and | ?& ?)[A-Z][\\w\\x27.-]*(?: [A-Z][\\w\\x27.-]*){0,3})*(?: @\\w{1,30})?(?: ?[,|-] ?[\\w .,\\x27-]{0,60})? ?$', 0),
    ('^\\W*(?:published|updated|last updated|posted|first published|modified)\\s*(?:on|at)?\\s*:?\\s*(?:\\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)[^.]*$', 2),
    ('^(?:(?:posted|published|updated|last updated|last modified|first published|modified|date|created|submitted)(?: by [\\w.\\x27-]+(?: [\\w.\\x27-]+){0,3})?(?: on| at)? ?:? ?|[^\\W\\d_]{2,12} ?: ?\\[? ?)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? )?(?:(?P<time>\\d{1,2}[:.]\\d{2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?(?:,? | ?[-/|,\\u2022\\u00b7] |,? at ))(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? )?)?(?:(?P<day>\\d{1,2}(?:st|nd|rd|th)? )?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?(day)\\.?,? \\d{4}|\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?)|\\d{4}-\\d{2}-\\d{2}(?:t\\d{2}:\\d{2}(?::\\d{2})?(?:z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})(?(time)|(?:(?:,? | ?[-/|,\\u2022\\u00b7] |,? at )\\d{1,2}[:.]\\d{2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?)?)(?: ?[|/;] ?[\\w .]{0,30}| (?:updated|modified|edited) ?:? [\\w .,:]{1,40})?[;,.|]? ?\\]?$|^\\d{1,3} ?(?:m|h|d|mins?|minutes?|hours?|hrs?|days?|weeks?) ago\\b.{0,24}$', 2),
    ('^[\\w .,\\x27-]{2,60} ?\\| ?(?:updated|published|posted)\\b', 2),
    ('^(?:(?P<name>(?:(?i:by) [\\w.\\x27@]+(?: [\\w.\\x27@]+){0,4}|[A-Z@][\\w.\\x27@]*(?: [A-Z@][\\w.\\x27@]*){0,4})(?: ?[-|,/] ?| |(?<=[a-z])(?=[A-Z]))))?(?i:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? )?(?:(?P<time>\\d{1,2}[:.]\\d{2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?(?:,? | ?[-/|,\\u2022\\u00b7] |,? at ))(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? )?)?(?:(?P<day>\\d{1,2}(?:st|nd|rd|th)? )?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?(day)\\.?,? \\d{4}|\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?)|\\d{4}-\\d{2}-\\d{2}(?:t\\d{2}:\\d{2}(?::\\d{2})?(?:z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})(?(time)|(?:(?:,? | ?[-/|,\\u2022\\u00b7] |,? at )\\d{1,2}[:.]\\d{2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?)?))(?(name)(?i:(?: ?[|/;] ?[\\w .]{0,30})?[;,.|]? ?\\]?)| (?:(?i:by) )?[A-Z@][\\w.\\x27@]*(?: [A-Z@][\\w.\\x27@]*){0,4})$', 0),
    ('^\\W*(?:print(?: this)?(?: article| page| version| story)?|e-?mail(?: this)? (?:article|story|page)|most e-?mailed|text size|font size|save (?:article|for later)|get short url|(?:view|show|hide|load) (?:all )?comments|loading comments|\\d+ ?comments?(?: \\(\\+\\))?|\\d+ post comments?(?: \\(\\+\\))?|comments? \\(\\d+\\)|post (?:a )?comment|leave a (?:comment|reply)|previous next|previous|next|previous (?:post|article|story)? ?next (?:post|article|story)?|back to (?:gallery|article)|(?:previous|next) (?:[\\w-]+ ){0,2}(?:news|post|article|story|page)|\\d{1,3} ?/ ?\\d{1,3}|(?:image|photo|slide) \\d+ of \\d+|map ?: [^.]{1,40}|this slideshow requires javascript|\\d+ ?min(?:ute)?s? read|full ?screen|autoplay|skip (?:this )?ad|view (?:all )?(?:photos|gallery|graphic|slideshow)|\\d{1,3} of \\d{1,3}|wait \\d{1,2} seconds? to continue|(?:reading time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit) ?:? ?[^.]{1,20})\\W*$', 2),
    ('^[\\w .\\x27-]{1,50} (?:gallery|photo gallery|slideshow)$', 2),
    ('^\\W*(?:sharing is caring|\\d+ ?shares?|shares|share (?:this|via|to|on|permalink)\\b[^.]{0,60}|copy link[^.]{0,20}|follow us|addthis sharing buttons|x share via|google\\+|flipboard|mix|instagram|tumblr|telegram|stumbleupon|blogger|@\\w{2,30})\\W*$', 2),
    ('^\\W*(?:related )?(?:tags?|topics?|categories|category|filed under|this article is related to)(?:\\s*:.*|\\s+[^.!?]*|)$', 2),
    ('^Home(?:[A-Z]| ?[>/\\u00bb\\u203a|])', 0),
    ('^\\W*you are (?:at|here)\\W*$', 2),
    ('^\\W*about the (?:author|writer|reporter|contributor)s?\\W*$', 2),
    ('^[A-Z][\\w\\x27.-]*(?: [A-Z][\\w\\x27.-]*){1,3} is (?:a|an|the) (?:[\\w-]+ ){0,4}(?i:reporter|correspondent|editor|writer|columnist|journalist|contributor|author|producer|photographer)\\b', 0),
    ('^\\W*(?:by|words by|written by|story by)\\W*$', 2),
    ('^\\W*our (?:[\\w-]+ ){0,2}(?:staff|correspondents?|reporters?)\\W*$', 2),
    ('^(?:reuters|afp|ap|associated press|pti|ians|ani|press association|dpa|efe|xinhua|upi)(?: ?[,/|-] ?[\\w .]{1,30}){1,2},?$', 2),
    ('^(?:opinion |senior |staff |contributing |guest |chief |political |science )?(?:columnist|correspondent|reporter|editor|writer|contributor)$', 2),
    ('^\\W*with (?:\\w+ )?wires?\\W*$', 2),
    ('^\\W*(?:(?:à )?lire (?:aussi|également)|lire|voir aussi|lea también|lee también|ver también|leia (?:também|mais)|veja também|leggi anche|lesen sie auch|mehr zum thema|čtěte také|\\u0447\\u0438\\u0442\\u0430\\u0439\\u0442\\u0435 \\u0442\\u0430\\u043a\\u0436\\u0435)\\s*[:>|\\-]', 2),
    ('^\\W*(?:partager|partagez|compartir|compartilhe|compartilhar|condividi|teilen|sd\\u00edlet)(?: (?:cet article|este art\\u00edculo|este artigo|l\\x27articolo|den artikel|artikel|\\u010dl\\u00e1nek|sur \\w+|en \\w+|no \\w+|su \\w+|auf \\w+))?\\W*$|^\\W*(?:copier le lien|copiar (?:el )?(?:link|enlace)|copia (?:il )?link|link kopieren|kop\\u00edrovat odkaz)\\W*$', 2),
    ('^\\W*(?:mis \\u00e0 jour|publi\\u00e9|modifi\\u00e9|atualizado|publicado|actualizado|aktualisiert|ver\\u00f6ffentlicht|aggiornato|pubblicato|aktualizov\\u00e1no)(?: (?:le|em|el|am|il))?\\W*$|^\\W*(?:(?:mis \\u00e0 jour|publi\\u00e9|modifi\\u00e9) le|(?:atualizado|publicado) em|(?:actualizado|publicado) el|(?:aktualisiert|ver\\u00f6ffentlicht) am|(?:aggiornato|pubblicato) il)? ?:? ?\\d{1,2}[./-](?:\\d{1,2}|[^\\W\\d_]{3,9}\\.?)[./-]\\d{2,4}(?:,? (?:\\u00e0|\\u00e0s|a las|um|alle|v|-) ?\\d{1,2}[h:.]\\d{2}(?: ?uhr)?)?\\W*$|^\\W*(?:il y a|hace|h\\u00e1|vor|p\\u0159ed) \\d{1,3} (?:min|minutes?|heures?|jours?|minutos?|horas?|d\\u00edas?|dias?|minuten|stunden|tagen|minutami|hodinami|dny)\\W*$|^\\W*\\d{1,3} (?:minuti|ore|giorni) fa\\W*$', 2),
    ('^\\W*(?:Par|PAR|par|Por|POR|por|Von|VON|von|Door|door|Autor:|Autora:|Auteur :|Auteur:) [A-Z\\u00c0-\\u00de][\\w\\x27.-]*(?: [A-Z\\u00c0-\\u00de][\\w\\x27.-]*){1,3}(?: ?(?:,|\\||-|et|y|e|und|en) ?[A-Z\\u00c0-\\u00de][\\w\\x27.-]*(?: [A-Z\\u00c0-\\u00de][\\w\\x27.-]*){0,3}){0,3}(?: \\([^()]{1,80}\\))?$', 0),
    ('^\\W*(?:imprimir|imprimer|drucken|stampa|tisk|(?:diminuir|aumentar|reducir|agrandir|r\\u00e9duire) (?:a |la )?(?:fonte|fuente|letra|texte|police)|taille du texte|tama\\u00f1o de (?:la )?letra|schriftgr\\u00f6\\u00dfe|ouvir o texto|escuchar (?:la )?noticia|\\u00e9couter (?:l\\x27article|cet article)|artikel (?:anh\\u00f6ren|vorlesen)|\\d+ (?:coment\\u00e1rios?|commentaires?|comentarios?|kommentare?|commenti|koment\\u00e1\\u0159\\u016f)|(?:coment\\u00e1rios?|commentaires?|comentarios?|kommentare?|commenti) ?\\(\\d+\\)|(?:kommentare|commentaires|comentarios|coment\\u00e1rios) lesen)\\W*$', 2),
})


def _write() -> None:  # pragma: no cover - a maintenance command
    import re
    import tomllib
    from pathlib import Path

    from .needles import needles, quick

    here = Path(__file__)
    data = tomllib.loads(here.with_name("rules.toml").read_text(encoding="utf-8"))
    entries, fast = [], []
    for rule in data["rule"]:
        flags = 0 if rule.get("case_sensitive", False) else int(re.IGNORECASE)
        entries.append(f"    ({rule['pattern']!r}, {flags}):\n        {needles(rule['pattern'], flags)!r},")
        if quick(rule["pattern"], flags):
            fast.append(f"    ({rule['pattern']!r}, {flags}),")
    text = here.read_text(encoding="utf-8")
    for table, closing, lines in (("NEEDLES", "\n}\n", entries), ("QUICK", "\n})\n", fast)):
        start = text.index("\n", text.index(f"\n{table}: ") + 1) + 1
        end = text.index(closing, start - 1)  # (start - 1: an empty table)
        text = text[:start] + "".join(line + "\n" for line in lines) + text[end + 1:]
    here.write_text(text, encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    _write()
