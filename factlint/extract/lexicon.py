"""The English word lists that extraction, the checks and the cross-article family share: month
and weekday names, number words, hedge words and stop words. One copy each; a module that needs
a list (or a regex alternation of one) builds it from here.

Plain data, no imports from the rest of factlint, so anything may import it.
"""

from __future__ import annotations

# -- calendar -----------------------------------------------------------------------------------

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")  # date.weekday() order

# Lower-case month name or abbreviation -> month number ('sept' too).
MONTHS = {name.lower(): i for i, name in enumerate(MONTH_NAMES, start=1)}
MONTHS.update({name.lower(): i for i, name in enumerate(MONTH_ABBREVIATIONS, start=1)})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)}  # lower-case name -> date.weekday()


def alternation(words) -> str:
    """A regex alternation of lower-case words, in the order given: 'january|february|...'."""
    return "|".join(w.lower() for w in words)


MONTH_RE = alternation(MONTH_NAMES)
WEEKDAY_RE = alternation(WEEKDAY_NAMES)

# -- numbers ------------------------------------------------------------------------------------

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "mln": 1_000_000, "bln": 1_000_000_000, "bn": 1_000_000_000,
    "m": 1_000_000, "k": 1_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}
# Words that stand for a number only in a counting phrase ("a dozen", "a couple of").
COLLECTIVES = {"dozen": 12, "dozens": 12, "couple": 2, "pair": 2, "half": 0.5, "score": 20}
FRACTIONS = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25}
MULTIPLES = {
    "doubled": 2, "double": 2, "twofold": 2, "tripled": 3, "triple": 3, "threefold": 3,
    "quadrupled": 4, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
    "eightfold": 8, "ninefold": 9, "tenfold": 10, "halved": 0.5,
}
NUMBER_WORDS = set(UNITS) | set(TENS) | {"hundred", "thousand", "million", "billion", "trillion"}
# The words of a number phrase as written ('a dozen', 'two hundred and five', '2.3 million').
NUMBER_PART = NUMBER_WORDS | set(SCALES) | set(COLLECTIVES) | {"a", "an", "and"}

# Words after a number with 'm' glued on that make the 'm' metres, not millions ('the 200m final',
# 'a 30m-long wall'); a currency sign or word, or a plural count ('3m users'), keeps millions.
METRE_AFTER = frozenset("""race races final finals heat heats semifinal semi-final hurdles freestyle backstroke breaststroke
butterfly medley relay sprint dash steeplechase run event events title record gold silver bronze champion
long high tall deep wide away above below behind ahead high-rise deep-sea""".split())
# Units of measure written as words, singular or plural ('the 100 meter dash', '80 horsepower', '112 kms'):
# a number before one is an amount, never a model name.
MEASURE_WORDS = frozenset("""meter meters metre metres kilometer kilometers kilometre kilometres kms mile miles foot feet inch inches
yard yards tonne tonnes ton tons kilogram kilograms kilo kilos gram grams liter liters litre litres gallon gallons barrel barrels
acre acres hectare hectares horsepower megawatt megawatts kilowatt kilowatts watt watts volt volts knot knots""".split())
# Words after 'N-' that end a number phrase, not name a unit ('a 3-1 win' aside): 'two-way', 'one-off'.
HYPHEN_NOT_UNIT = frozenset({"way", "off", "on", "up", "fold", "old", "odd", "plus", "something", "point",
                             "and", "or", "to", "member", "strong"})
# Words after 'N-' that make the whole an adjective with no amount in it ('two-way trade', 'a one-off fee').
HYPHEN_NOT_QUANTITY = frozenset({"way", "off", "sided", "faced", "handed", "dimensional"})
# Words after 'half', 'a quarter', 'a third' that make it a share of something ('half of them', 'half the votes').
FRACTION_OF = frozenset({"of", "the", "their", "its", "his", "her", "our", "all", "those", "these"})
# Nouns before 'of' that make two figures one range ('a range of 2 to 4 percent').
RANGE_NOUNS = frozenset({"range", "band", "bracket", "corridor", "spread"})
# Nouns after a hyphenated pair that make it a score ('a 5-1 win'), not two quantities.
SCORE_WORDS = frozenset({"win", "wins", "victory", "victories", "defeat", "defeats", "loss", "draw", "lead", "triumph", "rout",
                         "thrashing", "drubbing", "scoreline", "upset", "comeback"})
# Lower-case nouns before a number that make it a label, not an amount ('phase 2 trials', 'gate 14').
NUMBER_LABEL_NOUNS = frozenset({"phase", "stage", "level", "grade", "category", "article", "section", "chapter", "paragraph",
                                "clause", "resolution", "flight", "gate", "route", "platform", "page", "room", "channel", "tier",
                                "class", "round", "game", "act", "episode", "version", "model", "unit", "ward", "block", "bay"})
# Words before 'one' that still leave it a count ('only one of the reactors').
ONE_COUNT_AFTER = frozenset({"only", "just", "at", "least", "than", "about", "nearly", "almost", "exactly"})


def units_re(first: int, last: int) -> str:
    """Alternation of the number words ``first``..``last`` (within 0..19): 'one|two|...|ten'."""
    return alternation(w for w, n in UNITS.items() if first <= n <= last)


# -- hedges ---------------------------------------------------------------------------------------

# Words before a figure that make it approximate ('about 20', 'an estimated 300').
# Focusing adverbs the model takes into a date entity ('just last month', 'only yesterday'): they
# stress the date and do not move it.
DATE_FOCUS_WORDS = ("just", "only", "even")
APPROX_WORDS = ("about", "around", "approximately", "roughly", "nearly", "almost", "some", "estimated", "circa", "approx")
# Two-word bounds before a figure, with the limit they set ('more than 20': at least).
BOUND_PHRASES = {("more", "than"): "min", ("less", "than"): "max", ("fewer", "than"): "max", ("at", "least"): "min",
                 ("at", "most"): "max", ("up", "to"): "max"}
BOUND_WORDS = {"over": "min", "above": "min", "under": "max", "below": "max"}  # one-word bounds

# Head words that make a multi-word proper name an organisation ('Harbour Safety Council').
ORG_HEADS = frozenset({
    "council", "mission", "office", "ministry", "agency", "committee", "commission", "organization",
    "organisation", "union", "bank", "fund", "party", "court", "department", "corporation",
    "institute", "university", "association", "authority", "service", "parliament", "assembly",
    "company", "group", "forum", "board", "bureau", "foundation", "federation", "league", "army",
    "navy", "police", "school", "college", "academy", "airlines", "airways", "inc", "corp", "ltd",
    "aircraft", "motors", "systems", "technologies", "industries", "holdings", "securities", "partners",
    "records", "networks", "communications", "electronics", "labs", "laboratories", "capital",
})

# -- stop words -----------------------------------------------------------------------------------

# Function words and news filler that say nothing about what a count counts (count agreement).
# Adjectives of frequency: '14 nightly crossings' and 'the 14 crossings' count one set.
FREQUENCY_ADJECTIVES = frozenset({"daily", "weekly", "monthly", "yearly", "annual", "nightly", "hourly"})
COUNT_STOP_WORDS = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as", "that",
    "which", "who", "whom", "whose", "its", "their", "his", "her", "our", "your", "my", "it", "they", "he", "she",
    "we", "i", "you", "them", "him", "was", "were", "is", "are", "be", "been", "being", "had", "has", "have",
    "will", "would", "could", "should", "may", "might", "can", "did", "do", "does", "not", "no", "all", "some",
    "this", "these", "those", "there", "here", "said", "says", "say", "also", "only", "still", "than", "then",
    "more", "most", "other", "such", "about", "after", "before", "over", "under", "up", "out", "into", "so",
    "if", "when", "where", "while", "since", "until", "during", "each", "both", "either", "any", "many",
    "much", "very", "just", "now", "later", "earlier", "last", "first", "year", "years", "day", "days",
    "week", "weeks", "month", "months", "time", "times", "told", "according", "reported", "percent", "per",
    "new", "total", "least", "around", "nearly", "almost", "some", "another", "further",
})
# Words between a relative pronoun and what narrows a counted set ('who had reportedly been ...').
COUNT_AUXILIARIES = frozenset({"had", "have", "has", "were", "was", "are", "is", "been", "be", "will", "would", "could",
                               "may", "might", "later", "all", "then", "also", "reportedly", "allegedly"})
# Verbs that end the words narrowing a counted set: the clause's own verb ('the N who left were ...').
COUNT_CLAUSE_VERBS = frozenset({"would", "were", "was", "is", "are", "will", "had", "has", "have", "could", "can",
                                "should", "may", "might", "did", "does", "do", "remain", "remained", "remains",
                                "include", "included", "includes"})
# Counted nouns that say nothing of which set is meant ('three people'): matched by their event instead.
COUNT_GENERIC_NOUNS = frozenset({"person", "people", "individual", "one"})
# A definite mention with one of these counts a different set from the one stated before.
SUBSET_WORDS = frozenset({"other", "remaining", "rest", "surviving", "additional", "more", "further", "extra", "first",
                          "last", "final", "latest", "next", "previous", "former", "original", "initial", "existing",
                          "current", "same"})
# Past participles that do not end in -ed ('the N people hurt').
IRREGULAR_PARTICIPLES = frozenset({"lost", "cut", "hit", "hurt", "held", "won", "shot", "struck", "stolen", "taken",
                                   "given", "sold", "built", "laid", "left", "found", "caught", "fallen", "brought",
                                   "kept", "seen", "sent", "spent", "chosen", "beaten", "driven", "drawn", "slain",
                                   "bought", "made", "run", "put", "set", "hidden"})
# Nouns that count people or animals in the singular form ('300 staff', '40 personnel', '500 cattle'):
# after a number they are a count, never the name of a model ('737 airliner').
COLLECTIVE_COUNT_NOUNS = frozenset({"staff", "personnel", "police", "cattle", "livestock", "poultry", "militia", "crew"})
# Plurals a crude singular rule gets wrong.
IRREGULAR_PLURALS = {"people": "person", "men": "man", "women": "woman", "children": "child", "staff": "staffer",
                     "police": "police", "media": "media", "data": "data"}
# Nouns of a winning margin ('a 42-second lead').
COUNT_MARGIN_NOUNS = frozenset({"margin", "lead", "gap", "advantage", "victory", "win"})
# Words that say nothing about which event a sentence reports: function words, small numbers and
# the calendar words that date it (cross-article date agreement compares the rest).
EVENT_STOP_WORDS = frozenset(
    """a an and are as at be been but by for from had has have he her his in is it its of on or said says
    she that the their there they this to was were which who will with would after before over about than then into
    also not no more most other some such up out new according today yesterday year years month day week""".split()
) | frozenset(w for w, n in UNITS.items() if 1 <= n <= 10) | frozenset(WEEKDAYS) | frozenset(m.lower() for m in MONTH_NAMES)

# -- binding (what a number belongs to) ----------------------------------------------------------

# Words after a counted noun that make the count a rate, not a set: 'two pills a day', 'one step at a
# time', 'three seats each'. A rate is never a second statement of a count.
RATE_AFTER = ("at a time", "a day", "a week", "a month", "a year", "an hour", "a night", "a head", "per day", "per week",
              "per month", "per year", "per hour", "per person", "per head", "each", "apiece", "at once", "in a row")
# Words (as regular-expression stems) that make a past-tense sentence about a later date: plans,
# hopes, schedules, and calls for something to happen ('urged talks in 2031').
PROJECTION_PATTERNS = (r"will", r"would", r"could", r"might", r"expect\w*", r"hop\w*", r"plan\w*", r"schedul\w*", r"due",
                       r"set to", r"aim\w*", r"target\w*", r"intend\w*", r"until", r"forecast\w*", r"predict\w*",
                       r"project\w*", r"ready for", r"in time for", r"by", r"call\w* for", r"urg\w*", r"propos\w*",
                       r"pledg\w*", r"promis\w*", r"vow\w*", r"recommend\w*", r"ask\w* for", r"demand\w*")
# Holidays extraction places on a calendar day; without a written year, which year is a guess.
HOLIDAY_NAMES = ("christmas", "new year", "easter")
# Words that make a figure a running or overall total ('In all, 40 people have died', '120 so far').
CUMULATIVE_PATTERNS = (r"in all", r"in total", r"altogether", r"all told", r"so far", r"to date", r"a total of",
                       r"overall", r"cumulative\w*", r"thus far", r"until now")
# Pronouns that stand for a whole named before: 'three of them', 'among whom'.
PARTITIVE_PRONOUNS = frozenset({"them", "whom", "which", "these", "those", "theirs"})
# Nouns of a standing record, one thing under two names ("Soto's 18-year-old national record" ... "Soto's 2006
# mark"): the age of one and the year of the other are of the same thing.
RECORD_NOUNS = frozenset({"record", "mark", "best", "benchmark"})
# Possessive determiners that point back to the last subject named ("... for nine years. Her 2014-2023 tenure").
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
# Nouns of the whole time a holder spent in a role or state: a possessed range of years of one of these is the
# span a duration of the holder measures ("led the city for nine years. Her 2014-2023 tenure"), not a part of it.
TENURE_NOUNS = frozenset({"tenure", "term", "reign", "rule", "career", "presidency", "premiership", "chairmanship",
                          "leadership", "administration", "stint", "mandate", "regime", "incumbency", "captaincy",
                          "exile", "imprisonment", "detention", "marriage", "membership", "ownership", "occupation"})
# Verbs (and nouns) of change, as written (the pipeline runs without a lemmatizer).
RISE_WORDS = frozenset("""rise rises rose risen rising increase increases increased increasing grow grows grew grown
growing climb climbs climbed climbing gain gains gained gaining jump jumps jumped jumping soar soars soared soaring
surge surges surged surging advance advances advanced advancing rally rallies rallied rallying up higher
double doubles doubled doubling triple triples tripled tripling quadruple quadrupled expand expanded
raise raises raised raising boost boosted widen widened""".split())
FALL_WORDS = frozenset("""fall falls fell fallen falling drop drops dropped dropping decline declines declined declining
decrease decreases decreased decreasing slip slips slipped slipping lose loses lost losing shed sheds shedding
cut cuts cutting plunge plunges plunged plunging tumble tumbles tumbled tumbling slide slides slid sliding
ease eases eased easing dip dips dipped dipping down lower halve halves halved halving reduce reduces reduced
reducing shrink shrinks shrank shrunk narrow narrowed sink sinks sank""".split())
# Verbs whose particle 'up' / 'down' says the direction of a change ('prices went up', 'shares edged
# down'); on any other verb the particle is part of the verb ('rounded up', 'shut down', 'set up').
PARTICLE_CHANGE_VERBS = frozenset("""go goes went gone going move moves moved moving edge edges edged edging tick ticks
ticked ticking inch inches inched inching creep creeps crept creeping shoot shoots shot shooting push pushes pushed
pushing drive drives drove driven driving come comes came coming head heads headed heading trend trends trended
trending ramp ramps ramped ramping scale scales scaled scaling mark marks marked marking revise revises revised
revising bid bids bidding""".split())
# Nouns of the gap between two figures ('a 24-point lead', 'a 3 percent margin').
MARGIN_WORDS = frozenset({"lead", "margin", "gap", "edge", "advantage"})
# Verbs by which a side is credited with a count in a contest ("won 420 seats", "the returns gave it 2.9 million
# votes", "collected 1.8 million votes"): two sides' counts by any two of these are one measure.
OBTAIN_VERBS = frozenset({"won", "win", "wins", "winning", "got", "gets", "get", "gained", "gains", "collected",
                          "received", "receives", "polled", "polls", "took", "takes", "secured", "garnered", "obtained",
                          "captured", "gave", "gives", "giving", "drew", "attracted"})
# Comparatives that make a figure the gap to another ('14 more than', '300 fewer than'): up or down.
COMPARATIVE_WORDS = {"more": "up", "higher": "up", "greater": "up", "larger": "up", "bigger": "up", "over": "up",
                     "fewer": "down", "less": "down", "lower": "down", "smaller": "down", "under": "down"}
# A trade balance and its two sides: balance = exports - imports (a deficit: imports - exports).
BALANCE_WORDS = {"surplus": 1, "surpluses": 1, "deficit": -1, "deficits": -1}
EXPORT_WORDS = frozenset({"export", "exports", "shipments"})
IMPORT_WORDS = frozenset({"import", "imports"})
# Words naming the sum of a trade's two sides ('two-way trade reached ...', 'trade volume'), set against
# its exports plus imports.
TRADE_TOTAL_WORDS = frozenset({"trade"})
# Nouns that refer back to an amount of money without restating it ('A of the money', 'P percent of the
# cost'): with no figure of their own they are the one amount the article told before.
MONEY_REFERENCE_NOUNS = frozenset({"money", "cost", "costs", "sum", "amount", "total", "bill", "funds", "funding", "budget",
                                   "investment", "price"})
# Words that make a figure a mean over a period rather than one period's value ('the average deficit').
AVERAGE_WORDS = frozenset({"average", "averages", "averaged", "mean", "typical", "typically", "usual", "normally"})
# Verbs, as written, by which a counted subject is its object's breakdown ('the 25 victims were 15 men
# and 10 women'): the parts make up the whole.
MADE_UP_VERBS = frozenset({"were", "are", "was", "is"})
# Words that close a breakdown: the parts named before them and this one make up the whole.
EXHAUSTIVE_WORDS = frozenset({"rest", "remaining", "remainder", "others", "elsewhere", "balance"})


# Verbs, as written, by which a thing's subject lasts a span ('the strike lasted six years').
LASTING_VERBS = frozenset({"lasted", "lasts", "ran", "runs", "continued", "raged", "persisted", "endured"})
# Words between a determiner and a noun that make it another instance than one named before ('a new
# five-year plan' beside 'the 2001-2005 plan'): a span is not bound through them.
OTHER_INSTANCE_WORDS = frozenset({"a", "an", "another", "new", "next", "previous", "last", "second", "third", "first",
                                  "current", "latest", "earlier", "later", "former", "each", "every", "one"})
# Nouns too general to name one thing a span of years belongs to ('the period', 'the years').
SPAN_GENERIC_NOUNS = frozenset({"year", "years", "period", "time", "span", "stretch", "decade", "decades", "era",
                                "same", "following", "past"})


def verb_stem(word: str) -> str:
    """A regular verb's stem, by its ending: enough to tell two forms of one event verb apart from
    other verbs ('opened', 'opening', 'opens' -> 'open'); irregular forms do not meet (no relation)."""
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            w = w[:-len(suffix)]
            break
    return w[:-1] if len(w) > 3 and w.endswith("e") else w


def head_noun(noun: str | None) -> str | None:
    """One name for the counted nouns of ``HEAD_NOUN_SYNONYMS`` (a singular noun; others unchanged)."""
    for group in HEAD_NOUN_SYNONYMS:
        if noun in group:
            return min(group)
    return noun


def singular(word: str) -> str:
    """A plural noun's singular, by its ending: enough to compare counted nouns ('bodies'/'body',
    'buses'/'bus', 'crises'/'crisis'); nouns the same in both numbers ('species') stay as written."""
    if word in SAME_PLURAL_NOUNS:
        return word
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")) or word in ES_PLURALS:
        return word[:-2]
    if len(word) > 4 and word.endswith("ses") and word[:-2] + "is" in SIS_NOUNS:
        return word[:-2] + "is"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# Nouns spelled alike in the singular and the plural ('52 species', 'a series').
SAME_PLURAL_NOUNS = frozenset({"species", "series", "news", "means", "aircraft", "headquarters", "sheep", "crossroads"})
# Plurals in '-es' after a final 's' ('buses'), which the '-s' rule would leave one letter long.
ES_PLURALS = frozenset({"buses", "viruses", "bonuses", "campuses", "censuses", "gases", "statuses",
                        "consensuses", "circuses", "corpuses", "surpluses", "minibuses", "apparatuses"})
# Nouns in '-sis' whose plural is '-ses' ('two crises').
SIS_NOUNS = frozenset({"crisis", "analysis", "thesis", "diagnosis", "hypothesis", "oasis", "synopsis",
                       "emphasis", "parenthesis", "prognosis", "synthesis"})
# Words just before a number that make it the rest of a whole: 'the other 14', 'the remaining 13'.
REST_BEFORE = frozenset({"other", "remaining", "rest"})
# Nouns of owning part of one thing: percents named with them are shares of that thing ('a 55 percent stake').
STAKE_NOUNS = frozenset({"stake", "shareholding"})  # not "holding": 'a holding company'
# Adjectives that make a figure what a change added ('the additional 15 percent', 'the extra 20 beds').
ADDED_WORDS = frozenset({"additional", "extra", "further", "added"})
# Verbs that state what is left of a whole once its parts are taken ('..., leaving 180 without work').
LEAVING_WORDS = frozenset({"leaving", "leaves", "left"})
# Conjunctions that join one part's clause to the next ('A were sent north while B went south').
PART_CLAUSE_JOINS = frozenset({"while", "whereas", "and", "but", "with"})
# Prepositions that name what an apposed part is for or where it is ('60 buses, 25 for the north, ...').
PART_PREPOSITIONS = frozenset({"for", "in", "to", "from", "at", "on", "with", "into", "under"})
# Verbs by which a subject is made up of what follows, all of it ('these consisted of A and B').
CONSIST_VERBS = frozenset({"consisted", "consist", "consists", "comprised", "comprise", "comprises", "were", "are"})
# Verbs and prepositions that introduce some of a whole's parts ('includes A and B', 'including A').
INCLUDE_WORDS = frozenset({"include", "includes", "included", "including", "comprise", "comprises", "comprised",
                           "comprising"})
# Categories that between them cover a whole, so parts named one of each are all of it ('30 are
# children and 22 are adults'; 'A from the home market and B from exports'; 'W wins, D draws and L
# defeats'); each category by the words that name it.
# Counted nouns of contests whose results (wins, draws, losses) are all of them ('26 games').
CONTEST_NOUNS = frozenset({"game", "match", "fixture", "bout", "contest"})
COMPLETE_CATEGORIES = (
    {"children": {"child", "children"}, "adults": {"adult", "adults"}},
    {"men": {"man", "men", "male", "males"}, "women": {"woman", "women", "female", "females"}},
    {"boys": {"boy", "boys"}, "girls": {"girl", "girls"}},
    {"home": {"home", "domestic", "domestically"}, "abroad": {"export", "exports", "abroad", "overseas", "foreign"}},
    {"wins": {"win", "wins", "won", "winning", "victories"}, "draws": {"draw", "draws", "drew", "drawn", "drawing", "ties", "tied"},
     "losses": {"loss", "losses", "lost", "losing", "defeat", "defeats"}},
    {"wins": {"win", "wins", "won", "victories"}, "losses": {"loss", "losses", "lost", "defeat", "defeats"}},
    {"for": {"for", "favour", "favor", "yes"}, "against": {"against", "no"}},
    {"public": {"public", "state"}, "private": {"private"}},
    {"urban": {"urban", "city", "cities"}, "rural": {"rural", "countryside"}},
    {"full-time": {"full-time"}, "part-time": {"part-time"}},
)
PERCENT_WORDS = frozenset({"percent", "%", "per", "cent", "percentage"})
# Nouns that name a currency, for telling a conversion ('5 dollars (4 euros)') from a list.
CURRENCY_NOUNS = frozenset("""dollar dollars euro euros pound pounds yen yuan rupee rupees rouble roubles ruble rubles
franc francs mark marks peso pesos won rand ringgit baht dinar dinars riyal riyals lira real reais krona kronor krone
kroner shekel shekels $ € £ ¥""".split())

# What a figure is divided by in 'X, or Y a share' / 'per head' / 'per capita': Y restates X per unit.
PER_UNIT_NOUNS = frozenset({"share", "head", "capita"})

# ISO currency codes written before an amount ('RMB 300', 'USD 5 million'), upper case only.
CURRENCY_CODES = {"RMB": "CNY", "CNY": "CNY", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "HKD": "HKD", "INR": "INR",
                  "CHF": "CHF", "AUD": "AUD", "CAD": "CAD", "SGD": "SGD", "KRW": "KRW", "ZAR": "ZAR"}

# -- tense ----------------------------------------------------------------------------------------

# Conjunctions that put a present-tense clause in the future when it names a day ('when markets
# reopen on Tuesday', 'once the talks resume on Monday').
FUTURE_CLAUSE_MARKS = frozenset({"when", "once", "until", "till", "before", "after"})
# Prepositions by which a date places the event of its verb ("ended on Friday", "in 2024"); "for",
# "to", "by", "until", "from" make it a purpose, a target, a limit or one end of a range instead.
EVENT_DATE_PREPOSITIONS = frozenset({"in", "on", "at", "during"})

# -- restated facts -------------------------------------------------------------------------------

# Verbs, as written, that say little about which event a number belongs to ('had 40', 'was 12'):
# two numbers bound to one of them are the same fact only weakly.
MODAL_VERBS = frozenset({"will", "would", "can", "could", "may", "might", "must", "shall", "should"})
LIGHT_VERBS = frozenset("""be is are was were been being am has have had having do does did get gets got
remain remains remained stand stands stood""".split())
# Counted nouns that count besides another figure of their sentence ('two killed and five others
# wounded'): which set they count depends on that figure.
RELATIVE_NOUNS = frozenset({"other", "others"})
# Counted nouns that give the size of a body when they modify its noun ('the 12-member jury',
# 'a 68-seat house', 'the 27-nation bloc').
MEMBERSHIP_NOUNS = frozenset({"member", "seat", "nation", "country", "state", "strong"})
# The verb a date hangs on -> the one-time event it dates (a person is born once, a body founded once).
EVENT_DATE_VERBS = {"born": "birth", "died": "death", "founded": "founding", "established": "founding", "incorporated": "founding"}
# Verbs that date a person's death when the person is their object ('Varga was killed on ...'): with a
# second person in the sentence (the killer) the one whose death it is is not certain, so only
# sentences naming one person date it.
DEATH_OBJECT_VERBS = {"killed": "death", "murdered": "death", "assassinated": "death", "executed": "death"}
# Words right before an age that give it as a person's age at death or now ('died aged 63', 'at the
# age of 63'), and those that give the age the person reached at some moment ('turned 60 in May'):
# a person who turned 60 may be 60 or 61 by the time of writing.
AGE_AT_WORDS = ("aged", "at the age of")
AGE_REACHED_WORDS = ("turned", "turns", "turning", "has turned", "just turned")
# The noun after an ordinal that makes it an age reached ('her 60th birthday').
BIRTHDAY_WORDS = frozenset({"birthday", "birthdays"})
# Words before a noun that single out one member of a set counted before ('a third bus', 'another
# ship'): a definite count in the same sentence then counts the others, not the whole.
MEMBER_WORDS = frozenset({"another", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                          "tenth", "last", "final"})

# Words right before a number that make a later count refer back to one stated before ('the 14
# engineers', 'all 40 clinics', 'of the 450 passengers').
BACK_REFERENCE_WORDS = frozenset({"the", "these", "those", "all", "both"})
# Counted nouns that name one thing (singular forms): a count of one restated with the other counts the
# same set ('40 soldiers' ... 'the 40 troops'). Kept small: only words a news reader takes as one noun,
# never a wider class ('dockworkers' are 'workers', but 'workers' may be more of them).
HEAD_NOUN_SYNONYMS = ({"soldier", "troop"}, {"death", "fatality"}, {"ship", "vessel"}, {"resident", "inhabitant"},
                      {"lawmaker", "legislator"}, {"automobile", "car"})
# Words that set a body against another of its kind ('the upper house', 'the outgoing assembly'): an
# unnamed body so qualified is not taken for the one body of its kind the article names.
BODY_CONTRAST_WORDS = frozenset({"upper", "lower", "new", "old", "outgoing", "incoming", "former", "previous", "next",
                                 "current", "interim", "provisional", "regional", "local", "national", "federal", "state"})
# Subjects (the word the parse gives as a change's subject) that refer back to an amount just
# stated ('The figure was up 20 percent on ...').
BACK_REFERENCE_SUBJECTS = frozenset({"figure", "this", "that", "it", "total", "amount", "sum", "number"})
# Nouns of measure whose of-complement names what a figure measures ('the amount of aid pledged
# rose to N': N is the aid pledged).
MEASURE_NOUNS = frozenset({"amount", "number", "total", "value", "volume", "level", "sum"})
# Words right before a number (or between it and its noun) that make it an increment of a count
# stated before ('an extra 40 million', 'the additional 40 million', '12 more bodies').
INCREMENT_WORDS = frozenset({"more", "additional", "extra", "further", "another"})
# Words right before a number that single out a subset or another set than a count stated before
# ('the other 12 pilots', 'the first 30 passengers', 'the remaining 8').
OTHER_SET_WORDS = frozenset({"other", "others", "first", "last", "final", "top", "remaining", "rest", "surviving",
                             "latest", "next", "previous", "former", "original", "initial", "same", "only"})
# A clause word after a counted noun that opens a relative clause: the count is bound through it
# ('the 14 engineers who inspected it').
RELATIVE_WORDS = frozenset({"who", "whom", "which", "that", "whose"})

# -- quantities and time references (issue 16) ------------------------------------------------------

# Words that state a multiple on their own ('grew fivefold', 'twice the size').
MULTIPLIER_WORDS = {"twice": 2, "thrice": 3, "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6,
                    "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100}
# Words after 'twice' that make it a multiple ('twice the size', 'twice as many'), not a frequency ('met twice').
MULTIPLE_AFTER = frozenset({"as", "the", "that", "what", "its", "their", "his", "her", "our", "this", "a", "an", "than"})
# Words after 'N times' that make it a multiple ('three times as large', 'five times more').
TIMES_MULTIPLE_AFTER = frozenset({"as", "the", "that", "what", "more", "less", "higher", "larger", "bigger", "greater",
                                  "faster", "lower", "smaller", "than", "its", "their", "over"})
# Adjectives of an equative comparison after a multiple ('three times as many as', 'twice as large as').
EQUATIVE_ADJECTIVES = frozenset({"many", "much", "large", "big", "high", "great", "long", "heavy", "fast", "expensive",
                                 "costly", "tall", "wide", "deep", "strong"})
# Nouns of a sample whose size is the base of the shares found in it ('a poll of 1,200 voters found 540 ...').
SAMPLE_NOUNS = frozenset({"poll", "survey", "sample", "study", "census", "canvass"})
# Words right before a vote's tally ('voted 9 to 4', 'by a vote of 62 to 38'): its two sides are cast by
# members of one body, so together they are at most its size.
VOTE_WORDS = frozenset({"voted", "vote", "votes", "ballot"})
# Words before a number that make it negative ('minus 12 degrees').
NEGATIVE_WORDS = frozenset({"minus", "negative"})
# Words before 'one' that make it a pronoun or part of a phrase, not a count ('no one', 'the one').
ONE_NOT_COUNT_BEFORE = frozenset({"no", "the", "this", "that", "any", "every", "each", "which", "a", "someone", "anyone",
                                  "everyone", "last", "only", "another", "such", "little", "big", "new", "old", "'s"})
# Time words with no calendar value: their TimeML value (PRESENT_REF, PAST_REF, FUTURE_REF).
# ('previously', 'soon', 'the future' are left out: news uses them as often where TimeML marks no time.)
TIME_REFERENCE_WORDS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "recently": "PAST_REF"}
# Words that place an event ahead only in a clause about what is still to come ('will soon close', 'to
# soon reopen'); in a narrative ('was soon released') or in 'as soon as' they place nothing.
TIME_REFERENCE_AHEAD_WORDS = {"soon": "FUTURE_REF"}
# 'the past', 'the present' as a time, followed by no noun ('the past year' is a date).
TIME_REFERENCE_NOUNS = {"past": "PAST_REF", "present": "PRESENT_REF", "future": "FUTURE_REF"}
# Adjectives that place the noun they modify in time ('the current slump', 'a recent sale').
TIME_REFERENCE_ADJECTIVES = {"current": "PRESENT_REF", "recent": "PAST_REF"}
# Phrases with no calendar value, as whole expressions ('the near future').
TIME_REFERENCE_PHRASES = {"the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
                          "these days": "PRESENT_REF", "at present": "PRESENT_REF"}
# Words that name a repetition (TimeML SET) and its period.
SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P1Q",
             "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"}
# Repetitions of a day or less that TimeML also reads on a noun ('a daily briefing', 'on a daily basis');
# 'a quarterly dividend', 'an annual report' name a kind of thing, not a repetition the text states.
SET_ADJECTIVES = frozenset({"daily", "nightly", "hourly"})
# Words that count how often, before 'a week' / 'per day' ('twice a week', 'three times a day').
FREQUENCY_WORDS = frozenset({"once", "twice", "thrice", "times"})
# Words after 'a year' / 'a day' that make it a length or a date, not 'each year' ('a year ago', 'a day after').
NOT_RATE_AFTER = frozenset({"ago", "earlier", "later", "before", "after", "old", "from", "since", "of",
                            "long", "away", "back", "ahead", "until", "till", "when", "that"})
# Counts with no number that a repetition may be told in ('every few years' -> PXY).
VAGUE_COUNT_WORDS = frozenset({"few", "several", "many"})
# Calendar periods a rate is counted in ('$5 million a year', 'twice a week'); 'feet per second' is a speed.
RATE_PERIODS = frozenset({"day", "week", "month", "quarter", "year"})
# Words after 'a day and' / 'a year or' that go on with the length ('a year and a half', 'a day or so').
LENGTH_CONTINUATIONS = frozenset({"a", "an", "half", "so", "more", "less", "longer"})
# 'this century' as TBAQ annotates it: the length of a century (TimeML DURATION 'P100Y'), not a calendar value.
CENTURY_NOW_PHRASES = frozenset({"this century", "the current century", "the present century"})
# TimeML period codes of calendar units ('P3Y', 'PXM', 'PT2H').
TIME_UNIT_CODES = {"day": "D", "week": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
                   "century": "CE", "hour": "TH", "minute": "TM", "second": "TS"}
# Words other than units, calendar names and numbers that a time expression is made of ('the end of',
# 'two days ago'): a noun phrase before a date entity made of none of them is not part of the date.
TIME_EXPRESSION_WORDS = frozenset({"today", "yesterday", "tomorrow", "ago", "later", "earlier", "now", "tonight", "weekend",
                                   "christmas", "easter", "end", "beginning", "start", "middle", "rest", "turn", "half", "course"})
# Words between a number and its unit of time that leave the length as counted ('eight trading days').
DURATION_FILLERS = frozenset({"additional", "further", "extra", "trading", "business", "working", "calendar", "straight", "consecutive"})
# Words that make a date the time something falls due or takes effect ('payable Dec. 1'): not a past event.
SCHEDULE_WORDS = frozenset({"payable", "due", "effective", "redeemable", "maturing", "expiring"})
# Present-tense verbs that report rather than happen ('police say ...'): a weekday on one is no plan.
REPORTING_PRESENT = frozenset({"say", "says", "tell", "tells", "report", "reports", "announce", "announces", "confirm", "confirms",
                               "add", "adds", "note", "notes", "claim", "claims", "insist", "insists", "admit", "admits"})
# Verbs that move something to a later day: the day after 'until' / 'through' lies ahead even
# in a past clause ('postponed the vote until Tuesday', 'has extended the loans through January').
# (word forms: the pipeline runs no lemmatizer)
DEFER_VERBS = frozenset("""postpone postponed postpones postponing delay delayed delays delaying defer deferred defers deferring
    adjourn adjourned adjourns adjourning extend extended extends extending prolong prolonged prolongs prolonging suspend
    suspended suspends suspending recess recessed reschedule rescheduled reschedules rescheduling""".split())
# Prepositions before a figure it is compared with ('up from $4 million a year earlier').
COMPARISON_PREPOSITIONS = frozenset({"from", "with", "than", "over"})
# Parts of the day and their TimeML codes ('Friday night' -> 1998-02-13TNI).
# Words before 'time' that name the zone of a clock time ('9:30 a.m. Eastern time on Monday').
CLOCK_ZONE_WORDS = ("local", "eastern", "central", "mountain", "pacific")
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "tonight": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# Counted nouns general enough that a part may name a kind of them ('20 people, including three children').
GENERIC_NOUNS = frozenset({"people", "person", "persons", "victim", "casualty", "dead", "member", "resident", "worker",
                           "employee", "passenger", "student", "civilian", "case", "vote", "seat", "item", "unit"})

# Capitalised small words that may open a sentence before the first name of a list ('In Oslo, Bergen
# and Tromso, the three ...'): not part of the name.
LIST_LEAD_WORDS = frozenset({"in", "at", "to", "from", "on", "by", "with", "for", "as", "like", "both", "but", "and",
                             "while", "when", "after", "before", "across", "unlike", "besides", "including"})

# arithmetic (session 10)
# Determiners between a multiple and the figure it multiplies ('three times the 300', 'twice its 40').
TIMES_OF_DETERMINERS = ("the", "its", "their", "his", "her")
# Verbs, as written, that equate a figure with a multiple of another ('900 megawatts is three times ...');
# 'or' restates ('1,200, or twice the 600').
EQUATING_WORDS = ("is", "was", "are", "were", "would be", "will be", "equal", "equals", "represent", "represents", "or")
# Relative pronouns after a partitive preposition ('of whom 70', 'among which 12'): the figure after them
# counts part of what was just counted, never a model name.
RELATIVE_PARTITIVE_PRONOUNS = frozenset({"whom", "which"})
PARTITIVE_PREPOSITIONS = frozenset({"of", "among"})
# Articles, skipped at the end of the gap before a list's last item ('... and a $15 million credit').
ARTICLES = frozenset({"a", "an", "the"})

# restated (session 10)
# The forms of one event a count's verb may take ('N were killed', 'killing N', 'N died', 'N dead'): a
# count restated with another of them counts the same set. Only events that happen to a counted set
# once (a death, an injury, an arrest, a disappearance, a rescue); verbs of change are matched by their
# direction instead (RISE_WORDS, FALL_WORDS).
EVENT_VERB_CLASSES = {
    **dict.fromkeys("""killed kill kills killing died die dies dying dead perished slain murdered murder murders
                       murdering massacred slew""".split(), "death"),
    **dict.fromkeys("""injured injure injures injuring wounded wound wounds wounding hurt hospitalised
                       hospitalized""".split(), "injury"),
    **dict.fromkeys("""arrested arrest arrests arresting detained detain detains detaining apprehended""".split(), "arrest"),
    **dict.fromkeys("""missing unaccounted""".split(), "missing"),
    **dict.fromkeys("""rescued rescue rescues rescuing saved""".split(), "rescue"),
    **dict.fromkeys("""kidnapped kidnap abducted abduct""".split(), "abduction"),
}
# Nouns (and participles used as nouns) that refer back to the people an event counted ('Among the dead
# were ...', 'The injured included ...'), by the event's class in EVENT_VERB_CLASSES; None: the class of
# whichever one toll was told before ('the victims').
TOLL_REFERENCE_NOUNS = {"dead": "death", "killed": "death", "fatalities": "death", "deceased": "death",
                        "injured": "injury", "wounded": "injury", "missing": "missing", "arrested": "arrest",
                        "detained": "arrest", "rescued": "rescue", "abducted": "abduction", "kidnapped": "abduction",
                        "victims": None, "casualties": None}
# Words of a sentence that set its figure apart as another occasion of the same kind ('In another
# attack, two ...', 'a separate blast'): a count there is not the earlier one said again.
OTHER_OCCASION_WORDS = frozenset({"another", "separate", "separately", "elsewhere", "earlier", "previous", "previously",
                                  "similar", "meanwhile", "last", "second", "latest"})
# Nouns a person's age may describe that name no one in particular ('a 30-year-old man'): two such ages
# in one article are as often two people as one.
GENERIC_PERSON_NOUNS = frozenset("""man men woman women boy boys girl girls person people child children baby babies
son daughter mother father wife husband brother sister resident residents victim victims suspect suspects driver
passenger youth teenager student worker friend neighbour neighbor""".split())
# Words that end the descriptor after an age ('the 80-year-old abbot said', 'a 30-year-old driver from
# ...'), and those after it that name the person described ('a 35-year-old farmer surnamed Xu').
DESCRIPTOR_STOP_WORDS = frozenset({"said", "says", "told", "and", "or", "of", "in", "on", "at", "from", "to", "with",
                                   "for", "by", "as", "also", "he", "she", "they", "we", "i", "you", "it"})
NAMING_WORDS = frozenset({"named", "surnamed", "called", "identified"})

# lists (session 10)
# Names with 'and' inside (regular expressions, one name each): a list separator inside them does not split
# the name ('Bosnia and Herzegovina' is one item of a list).
AND_NAME_PATTERNS = (r"Bosnia and Herzegovina", r"Trinidad and Tobago", r"Antigua and Barbuda", r"Saint Kitts and Nevis",
                     r"St\.? Kitts and Nevis", r"Saint Vincent and the Grenadines", r"S[aã]o Tom[eé] and Pr[ií]ncipe",
                     r"Turks and Caicos(?: Islands)?", r"Heard and McDonald Islands", r"Wallis and Futuna",
                     r"Procter (?:and|&) Gamble", r"Johnson (?:and|&) Johnson", r"Marks (?:and|&) Spencer", r"Ernst (?:and|&) Young",
                     r"Simon (?:and|&) Schuster", r"Black (?:and|&) Decker", r"Barnes (?:and|&) Noble")

# restated, counts (session 11)
# Nouns that count people (singular): a definite 'the N people' may point back to a count of any of
# them ('14 smugglers were held ... The 14 people live in ...'). Roles a set of people is counted
# under in news: occupations, offences, casualties, groups. Demonyms are read from the tagger instead.
PERSON_NOUNS = frozenset("""man woman boy girl child baby adult teenager youth person individual resident inhabitant
citizen villager local national foreigner migrant immigrant refugee asylum-seeker passenger crew crewman crewmember
traveller traveler tourist pilgrim visitor worker employee staffer miner farmer fisherman labourer laborer
woodcutter logger student pupil teacher doctor nurse patient journalist reporter official officer policeman
policewoman soldier troop guard marine sailor militant rebel insurgent fighter guerrilla gunman attacker bomber
hijacker kidnapper protester protestor demonstrator rioter striker activist supporter voter delegate deputy
lawmaker legislator senator candidate minister diplomat member leader suspect defendant accused detainee prisoner
inmate convict hostage captive victim survivor casualty trafficker smuggler dealer trader thief robber pirate
criminal gangster murderer killer climber hiker swimmer player athlete driver rider cyclist runner""".split())
# Verbs, as written, that introduce a set by what holds it ('the depot had 340 buses', 'the fleet has 40
# ships'): a later 'the N buses' refers to that set whatever happens to it.
HOLDING_VERBS = frozenset({"had", "has", "have", "owns", "owned", "own", "kept", "keeps", "housed", "houses"})
# Words after a company's name that the name may be written without ('Velder Systems Corp.'), and that
# its initials may or may not take ('VSC', 'VS').
LEGAL_SUFFIXES = frozenset({"corp", "corp.", "corporation", "inc", "inc.", "co", "co.", "company", "ltd", "ltd.", "plc",
                            "llc", "ag", "sa", "nv", "group"})
# A share one entity holds in another: the nouns that name it ('a 40 percent stake in ...') and the
# verbs whose object it is ('owns 40 percent of ...'), as written.
HELD_STAKE_NOUNS = frozenset({"stake", "interest", "holding", "shareholding"})
# Past verbs of acquiring a stake ('bought a 30 percent stake in'): the buyer holds it after, unless more
# is told ('a further 5 percent'), so a later statement of its stake is related, weakly.
STAKE_ACQUIRED_VERBS = frozenset({"bought", "acquired", "purchased", "took"})
STAKE_VERBS = frozenset({"own", "owns", "owned", "owning", "hold", "holds", "held", "holding", "control", "controls",
                         "controlled", "controlling"})
# Nouns of a running total ('the death toll rose to 14', 'taking to 14 the number of bodies recovered'), and the
# class of what it counts, from the word that says so ('death' toll, number of 'bodies'; a bare 'toll'
# is a death toll): two levels of one class are one toll told twice.
TALLY_NOUNS = frozenset({"toll", "number", "tally", "total", "count"})
# Toll nouns that may name the dead or the injured ('the 12 victims' after a death or an injury count).
VICTIM_NOUNS = frozenset({"victim"})
TALLY_CLASSES = {**dict.fromkeys("toll death dead body fatality victim".split(), "death"),
                 **dict.fromkeys("injured wounded injury".split(), "injury"),
                 **dict.fromkeys("missing".split(), "missing")}

# Counted nouns (singular) of a wider class, and the nouns it covers: a definite 'the N vehicles' may
# point back to '12 trucks'. People are ``counts_people``'s.
HYPERNYMS = {
    "vehicle": frozenset("car truck lorry bus van jeep tank minibus tractor motorcycle".split()),
    "aircraft": frozenset("plane jet airliner airplane aeroplane helicopter fighter bomber drone".split()),
    "plane": frozenset("jet airliner airplane aeroplane".split()),
    "bird": frozenset("chicken duck goose hen poultry pigeon swan turkey".split()),
    "animal": frozenset("cow pig sheep goat horse cattle chicken duck goose hen poultry dog cat camel".split()),
    "building": frozenset("house home school hospital shop church mosque temple office factory".split()),
    "company": frozenset("firm bank lender carrier airline insurer".split()),
    "vessel": frozenset("ship boat ferry trawler tanker freighter".split()),
    "weapon": frozenset("gun rifle pistol missile rocket grenade".split()),
}
PEOPLE_HYPERNYMS = frozenset({"person", "people", "individual"})


def counts_people(noun: str | None) -> bool:
    """Whether a counted noun (singular, lower case) counts people: a noun of ``PERSON_NOUNS`` or a
    compound of '-man' / '-woman' ('fishermen', 'firemen')."""
    if noun is None:
        return False
    return noun in PERSON_NOUNS or noun.endswith(("man", "men", "woman", "women")) and len(noun) > 5


def hyponym_of(noun: str | None, wider: str | None) -> bool:
    """Whether the counted noun ``noun`` is a kind of ``wider`` (both singular): a person noun of 'people',
    a truck of 'vehicle' (``HYPERNYMS``)."""
    if noun is None or wider is None or noun == wider:
        return False
    return counts_people(noun) and noun not in PEOPLE_HYPERNYMS if wider in PEOPLE_HYPERNYMS else noun in HYPERNYMS.get(wider, ())

# arithmetic: gaps, shares of a whole, multiples (session 11)
# Words after a figure that make it the gap between two others ('6 points clear of the Reds on 58',
# '0.3 billion short of the target of 8.5 billion', 'finished 2 seconds behind the winner's 61').
GAP_WORDS = ("short of", "shy of", "clear of", "ahead of", "adrift of", "behind", "above", "below")
# The word after the gap between two coordinated figures ('41 and 37 percent, 4 points apart').
APART_WORDS = frozenset({"apart"})
# Nouns of the amount by which a figure missed another ('built 430, a shortfall of 70 on the target').
SHORTFALL_NOUNS = frozenset({"shortfall", "shortage", "difference"})
# Fractions written before the figure they are a fraction of ('a third of the usual 120', 'half the 90'):
# the factor of a multiple below one.
FRACTION_WORDS = {"half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
                  "two-thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75,
                  "three-quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2, "a tenth": 0.1, "one tenth": 0.1}
# Nouns of a running count ('the toll had stood at 22'): what an update's total and its earlier figure are of.
RUNNING_COUNT_NOUNS = frozenset({"toll", "total", "tally", "count"})
# lists (session 11)
# Counted nouns whose members a list names by their kind of entity ('three batsmen - A, B and C' names people):
# the entity label a member of each kind carries. Singular forms; a plural is found by dropping its ending.
LIST_NOUN_KINDS = {
    **dict.fromkeys("""person people man men woman women child children boy girl teenager youth player batsman batsmen
        bowler athlete runner rider cyclist swimmer skier driver pilot passenger victim suspect defendant prisoner hostage
        candidate director executive judge lawmaker legislator senator minister official officer soldier journalist
        reporter student survivor winner finalist scorer brother sister son daughter sibling prostitute diplomat ambassador
        politician activist doctor nurse scientist coach captain envoy commander mayor governor leader founder""".split(),
                    "person"),
    **dict.fromkeys("""country nation state province city town village region district capital county island territory
        republic continent power economy""".split(), "place"),
    **dict.fromkeys("""company firm bank party union airline carrier team club organisation organization agency ministry
        newspaper broadcaster network manufacturer maker automaker carmaker insurer lender retailer operator
        group""".split(), "organisation"),
}
# spaCy entity labels by the kind of member they name (NORP, 'Greek', may be a people or a party: none).
ENTITY_KINDS = {"PERSON": "person", "GPE": "place", "LOC": "place", "ORG": "organisation"}
# Nouns of membership: their 'of' complement is the whole, so a list after it names the members ('the five
# members of the council - A, B, C, D and E').
MEMBER_NOUNS = frozenset({"member", "members", "part", "parts", "component", "components", "constituent", "constituents"})
# Participles that name what a count counts ('the two teenagers, identified as A and B').
NAMING_PARTICIPLES = frozenset({"identified", "named", "listed"})
# Words right after a list's opening that make it a few examples of the whole ('three firms - including A and B').
LIST_PARTIAL_WORDS = frozenset({"including", "include", "includes", "such", "among", "notably", "like", "mainly", "mostly",
                                "chiefly", "especially", "particularly", "e.g.", "both", "all", "most", "many", "some"})
# Words that open a list of examples of what a count counts ('four firms, such as A, B and C'): the list may
# name fewer than the count, never more.
LIST_EXAMPLE_OPENERS = ("including", "such as", "among them", "notably", "for example", "for instance")
# A last item that leaves the list open ('A, B and others').
LIST_OPEN_WORDS = frozenset({"others", "etc", "etc.", "more", "so"})
# Determiners that make a count of entities refer back to those just named ('the two countries').
BACK_REFERENCE_DETERMINERS = frozenset({"the", "these", "those", "both"})
# Copulas, as written, that set a list of names equal to a count's phrase ('A, B and C are the three ...').
COPULAS = frozenset({"is", "are", "was", "were"})
BE_FORMS = COPULAS | {"am", "be", "been", "being"}
# time expressions (session 11)
# Words a weekday hangs on in a past-tense report that point at a day either side of publication: 'called
# a strike for Monday', 'a meeting beginning Thursday' (the nearer of the last and the next one).
WEEKDAY_EITHER_HEADS = frozenset({"for", "beginning", "starting"})
# Words that make 'the first half' / 'the second half' with no year a half of the year (a business period),
# not a half of a match.
HALF_YEAR_CONTEXT_WORDS = frozenset("""profit profits loss losses sales revenue revenues earnings income growth economy
output results deal deals orders exports imports inflation production demand investment spending shipments""".split())
