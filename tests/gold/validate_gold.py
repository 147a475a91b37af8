"""Validate the gold evaluation set (consistent.jsonl + perturbed.jsonl).

Checks
  * every line parses as JSON and has the expected keys and types;
  * base articles: headline + blank line + dateline-led paragraphs, 4-8
    paragraphs, 200-450 words, dateline month/day agree with `published`;
  * base articles: every "Weekday, Month Day[, Year]" matches the calendar,
    every bare "on <Weekday>" is the publication weekday;
  * base articles: hand-listed ages agree with birth years;
  * base articles: hand-listed facts (arithmetic, percentages, counts, lists,
    chronology) hold, and the substrings they refer to are present;
  * base articles: surnames are spelled one way and titles stay the same;
  * perturbed copies: text[start:end] == replacement, and putting `original`
    back gives exactly the base text; the edit touches a checked relation;
    for weekday/ages/names the corresponding automatic check now fails;
  * every family has >= 4 perturbations, every base >= 4.

Run:  python tests/gold/validate_gold.py      (exit status 1 on any failure)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAMILIES = {
    "arithmetic", "percentages", "count-agreement", "list-count",
    "weekday-date", "chronology", "ages", "names",
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
}
DATELINE_MONTHS = {
    "Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "Aug": 8,
    "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}

# ---------------------------------------------------------------------------
# Hand-listed relations per base article.
# FACTS: (python expression that must be True, [substrings that must occur]).
# AGES: (surname, stated age, birth year).
# NAMES: surnames that must not have near-miss variants; TITLES: (title, surname)
# pairs - every "<Capitalised words> <surname>" title mention must use that title.
# ---------------------------------------------------------------------------

FACTS: dict[str, list[tuple[str, list[str]]]] = {
    "base-nordvale-bureau": [
        ("20 - 8 - 2 == 10", ["from 20 to 10 people", "revoked eight accreditations", "Two more vacancies"]),
        ("14 - 8 == 6", ["Of the 14 staff members", "only six still"]),
        ("4 + 3 + 2 + 1 == 10", ["The 10 employees who remain", "four reporters, three photographers, two video editors and an office manager"]),
        ("45 / 180 * 100 == 25", ["represents 180 correspondents", "45 of its members, or 25 percent"]),
        ("1994 + 10 == 2004", ["in 1994 and expanded it in 2004, ten years later"]),
        ("round((2.0 - 1.6) / 2.0 * 100) == 20", ["fell to 1.6 million euros this year from 2.0 million euros in 2022, a decline of 20 percent"]),
        ("8 == 8", ["revoked eight accreditations", "\"The eight colleagues"]),
        ("2 == len(['Interior Ministry', 'Foreign Ministry'])", ["two ministries, the Interior Ministry and the Foreign Ministry"]),
        ("(date(2023, 3, 6) - date(2023, 3, 2)).days == 4", ["March 2, 2023, four days before Monday's announcement"]),
        ("2015 <= 2023", ["has run the agency since 2015"]),
    ],
    "base-research-ship-fire": [
        ("7 + 5 == 12", ["All 12 people", "crew of 12: seven sailors and five scientists"]),
        ("2 + 1 == 3", ["Three helicopters, two from the coast guard and one"]),
        ("2 + 10 == 12", ["two of the rescued", "the other 10 were taken"]),
        ("(7 * 60 + 15) - (5 * 60 + 40) == 95", ["at 5:40 a.m.", "at 7:15, an hour and 35 minutes later"]),
        ("(date(2024, 5, 13) - date(2024, 5, 9)).days == 4", ["May 9, 2024, four days before the fire"]),
        ("1998 + 10 == 2008", ["built in 1998", "in 2008, ten years after it was built"]),
        ("30 - 6 == 24 and 24 / 30 * 100 == 80", ["samples at 30 stations but had reached only six", "The 24 stations still to be sampled account for 80 percent"]),
        ("120 / 300 * 100 == 40", ["combined 300 days", "spend 120 days, or 40 percent"]),
        ("3 == len(['Solveig Aurora', 'Nordlicht', 'Meridian']) and 3 - 1 == 2", ["three ships - the Solveig Aurora, the Nordlicht and the Meridian", "the two remaining ships"]),
        ("24 == 24", ["The 24 stations", "cover the 24 missing stations"]),
        ("10 == 10", ["the other 10 were taken to the port of Grindavik", "among the 10 brought to Grindavik"]),
    ],
    "base-tampere-tram-vote": [
        ("52 + 45 + 3 == 100", ["52 percent voting yes, 45 percent no and 3 percent casting blank ballots"]),
        ("96000 / 160000 * 100 == 60", ["Turnout was 60 percent, with 96,000 of the 160,000 registered voters"]),
        ("2022 - 2017 == 5", ["took office in 2017, five years ago"]),
        ("15 + 12 == 27", ["add 12 kilometres of track", "bringing the network to 27 kilometres from 15 kilometres"]),
        ("2027 - 2024 + 1 == 4", ["a four-year project running from 2024 to 2027"]),
        ("3 == len(['Greens', 'Social Democrats', 'National Coalition'])", ["Three parties - the Greens, the Social Democrats and the National Coalition -"]),
        ("2 == len(['Finns Party', 'Christian Democrats'])", ["while two, the Finns Party and the Christian Democrats,"]),
        ("41 + 26 == 67", ["voted 41 to 26", "all 67 members present"]),
        ("155 * 2 == 310", ["310 million euro extension", "doubled from 155 million euros", "The 310 million euro price tag"]),
        ("(date(2022, 11, 16) - date(2022, 11, 13)).days == 3", ["November 13, 2022", "Wednesday, November 16, three days after the vote"]),
        ("date(2022, 6, 9) < date(2022, 11, 13)", ["June 9, 2022, to hold the referendum"]),
    ],
    "base-harwick-earnings": [
        ("75 - 60 == 15 and 15 / 60 * 100 == 25", ["rose to $75 million from $60 million a year earlier, an increase of $15 million, or 25 percent", "jumps 25 percent"]),
        ("round(1.2 * 1.10, 2) == 1.32", ["Revenue climbed 10 percent to $1.32 billion from $1.2 billion"]),
        ("55 + 30 + 15 == 100", ["55 percent of revenue, beverages for 30 percent and frozen meals for the remaining 15 percent"]),
        ("40 * 3 == 120", ["tripled over two years to $120 million from $40 million"]),
        ("9 - 2 == 7 and 2 == len(['Dayton', 'Fresno'])", ["close two of its nine U.S. plants, in Dayton, Ohio, and Fresno, California, by the end of 2024, leaving seven"]),
        ("250 + 150 == 400", ["cost 400 jobs, 250 in Dayton and 150 in Fresno"]),
        ("400 == 400", ["cost 400 jobs", "Lindqvist said the 400 job cuts"]),
        ("1946 + 25 == 1971", ["founded in 1946 and listed on the New York Stock Exchange in 1971, 25 years later"]),
        ("290 - 270 == 20", ["to $290 million from $270 million, an increase of $20 million"]),
        ("2026 - 2024 + 1 == 3", ["a three-year strategy covering 2024 to 2026"]),
        ("50 * 1.08 == 54", ["rose 8 percent to $54", "close of $50"]),
    ],
    "base-marseille-port-protest": [
        ("31 + 9 == 40", ["Of the 40 detained, 31 were later freed without charge and nine were charged"]),
        ("13 + 8 == 21", ["Among the 21 wounded were 13 police officers and eight protesters"]),
        ("21 == 21 and 40 == 40", ["detained 40 people and 21 people were wounded", "Of the 40 detained", "Among the 21 wounded"]),
        ("3 == len(['Port Workers', 'Dockers', 'Maritime Solidarity'])", ["called by three unions - the Port Workers' Union, the Dockers' Federation and the Maritime Solidarity Union -"]),
        ("600 / 2400 * 100 == 25", ["cost 600 of its 2,400 jobs, or 25 percent"]),
        ("4500 / 3000 * 100 - 100 == 50", ["crowd at 3,000", "4,500 people took part, 50 percent more than the police estimate"]),
        ("2026 - 2022 + 1 == 5 and 2021 <= 2022", ["approved by the port's board in 2021, is a five-year programme running from 2022 to 2026"]),
        ("(date(2023, 9, 16) - date(2023, 9, 12)).days == 4", ["September 16, 2023", "September 12, 2023, four days before Saturday's clashes"]),
        ("9 == 9", ["nine were charged", "the nine people charged"]),
    ],
    "base-flanders-coast-tour": [
        ("(date(2021, 6, 20) - date(2021, 6, 16)).days + 1 == 5", ["the five-day Tour", "from Wednesday, June 16, to Sunday, June 20, over five stages"]),
        ("2 + 2 + 1 == 5", ["won two of the five stages, Ferrante won two and Belgium's Lotte Maes took the other one"]),
        ("96 - 18 == 78 and 16 * 6 == 96", ["Of the 96 riders from 16 teams who started, 78 finished. The other 18 abandoned", "all six of their riders"]),
        ("(28 * 60 + 45) - (28 * 60 + 10) == 35 and 35 <= 42", ["won in 28 minutes 10 seconds, 35 seconds faster than Ferrante, who clocked 28 minutes 45 seconds"]),
        ("42 == 42", ["by 42 seconds", "finishing 42 seconds ahead", "Verbeek's 42-second margin"]),
        ("2 == len(['Team Kestrel', 'Van Dijk Cycling'])", ["Two teams, Team Kestrel and Van Dijk Cycling,"]),
        ("(60000 - 40000) / 40000 * 100 == 50", ["rose to 60,000 euros from 40,000 euros last year, an increase of 50 percent"]),
        ("12000 / 60000 * 100 == 20", ["the winner received 12,000 euros, or 20 percent"]),
        ("16 == 16 and 31 <= 2 * 16", ["from 16 teams who started", "31 teams, up from 16 teams this year, almost double"]),
    ],
    "base-germany-police-posts": [
        ("2029 - 2025 + 1 == 5", ["over five years, in a programme running from 2025 to 2029"]),
        ("2400 + 1200 == 3600", ["create 3,600 new posts", "2,400 will go to the federal police and 1,200 to customs"]),
        ("round(4 * 1.12, 2) == 4.48", ["rise 12 percent to 4.48 billion euros next year from 4 billion euros"]),
        ("(date(2024, 11, 18) - date(2024, 11, 14)).days == 4", ["four days after the Bundestag", "November 14, 2024"]),
        ("24 + 15 + 3 == 42", ["24 of the committee's 42 members had voted in favour, 15 against and three abstained"]),
        ("date(2021, 12, 1) < date(2024, 11, 18) and 2024 - 2021 == 3", ["took office in December 2021, almost three years ago"]),
        ("2 == len(['Left', 'Free Voters'])", ["Two opposition parties, the Left and the Free Voters,"]),
        ("61 + 33 + 6 == 100", ["61 percent of Germans supported more police posts, 33 percent were opposed and 6 percent were undecided"]),
        ("2400 == 2400", ["2,400 will go to the federal police", "the 2,400 new federal police officers"]),
    ],
    "base-coimbra-derailment": [
        ("214 + 6 == 220", ["214 passengers and a crew of six, 220 people in all"]),
        ("19 + 8 == 27", ["Of the 27 injured, 19 were treated at the scene and eight were taken"]),
        ("3 <= 8", ["three of the eight were in a serious condition"]),
        ("3 == 3 and 27 == 27", ["Three killed, 27 injured", "Three people were killed and 27 injured", "Of the 27 injured", "The three people killed"]),
        ("3 == len(['track', 'signalling', 'speed'])", ["three possible causes - the track, the signalling and the train's speed -"]),
        ("1864 + 102 == 1966", ["opened in 1864 and was electrified in 1966, 102 years later"]),
        ("75 + 25 == 100", ["About 75 percent of it", "the remaining 25 percent"]),
        ("2022 - 2009 == 13", ["in 2009, 13 years ago"]),
    ],
    "base-veltra-sales": [
        ("(10 - 8) / 10 * 100 == 20", ["fell 20 percent to 8 million units in 2023 from 10 million in 2022", "sales fall 20 percent"]),
        ("2023 < 2024", ["8 million units in 2023", "last year's sales"]),
        ("40 + 35 + 20 + 5 == 100", ["Europe accounted for 40 percent of last year's sales, Asia for 35 percent, North America for 20 percent and other markets for 5 percent"]),
        ("600000 * 2 == 1200000 and 1.2 / 8 * 100 == 15", ["doubled to 1.2 million from 600,000", "made up 15 percent of the total"]),
        ("3 == len(['Turin', 'Brno', 'Zwickau']) and 150 + 90 + 60 == 300", ["three plants - in Turin, Brno and Zwickau - by a combined 300,000 vehicles", "Turin will account for 150,000 of the cuts, Brno for 90,000 and Zwickau for 60,000"]),
        ("300 == 300", ["a combined 300,000 vehicles", "the 300,000-vehicle production cut"]),
        ("1962 + 37 == 1999", ["founded in 1962 and merged with the French carmaker Sorel in 1999, 37 years later"]),
        ("72000 / 180000 * 100 == 40", ["employs 180,000 people, of whom 72,000, or 40 percent"]),
        ("round(5.6 - 4.2, 1) == 1.4", ["fell to 4.2 billion euros from 5.6 billion euros, a drop of 1.4 billion"]),
        ("2030 - 2023 + 1 == 8", ["eight-year electrification plan running from 2023 to 2030"]),
    ],
    "base-caledon-fraud-trial": [
        ("18000000 / 1200 == 15000", ["defrauding 1,200 investors of 18 million pounds, an average of 15,000 pounds each"]),
        ("4 + 2 == 6", ["four counts of fraud and two counts of money laundering, six counts in all"]),
        ("6 == 6", ["six counts in all", "had denied all six counts"]),
        ("7 + 5 == 12", ["The jury of 12, seven women and five men"]),
        ("(date(2023, 10, 6) - date(2023, 10, 3)).days == 3", ["Tuesday, October 3, three days before Friday's verdict"]),
        ("date(2023, 11, 17) > date(2023, 10, 6)", ["November 17, 2023"]),
        ("2012 + 7 == 2019", ["in 2012 and ran the scheme for seven years until it collapsed in 2019"]),
        ("(2022 * 12 + 2) - (2021 * 12 + 3) == 11", ["March 3, 2021, and charged 11 months later, in February 2022"]),
        ("3 == len(['Ian Marsh', 'Deborah Fenn', 'Craig Lowe'])", ["Three co-defendants - his former business partner Ian Marsh, accountant Deborah Fenn and salesman Craig Lowe -"]),
        ("4.5 / 18 * 100 == 25", ["recovered 4.5 million pounds, or 25 percent"]),
        ("round(6.3 + 2.1 + 1.4, 1) == 9.8", ["spent 9.8 million pounds of investors' money on himself: 6.3 million on property, 2.1 million on cars and 1.4 million on gambling"]),
    ],
    "base-brightwell-heart-trial": [
        ("600 + 600 == 1200", ["enrolled 1,200 patients, of whom 600 received the drug, brightocor, and 600 received a placebo"]),
        ("36 / 600 * 100 == 6 and 12 / 600 * 100 == 2", ["36 patients in the placebo group, or 6 percent", "12 in the drug group, or 2 percent"]),
        ("(36 - 12) / 36 == 2 / 3", ["by two-thirds in a late-stage trial", "heart attacks by two-thirds"]),
        ("2022 - 2020 + 1 == 3", ["Over three years", "from 2020 to 2022"]),
        ("4 == len(['United States', 'Canada', 'Germany', 'Japan']) and 22 + 8 + 6 + 4 == 40", ["40 hospitals in four countries - the United States, Canada, Germany and Japan -", "Of the 40 hospitals, 22 were in the United States, eight in Canada, six in Germany and four in Japan"]),
        ("(date(2023, 7, 10) - date(2023, 6, 29)).days == 11", ["June 29, 2023, 11 days before Monday's publication"]),
        ("12 == 12", ["12 in the drug group", "none of the 12 heart attacks in the drug group"]),
        ("round(50 * 1.18) == 59", ["rose 18 percent to $59", "close of $50"]),
        ("2011 + 12 == 2023 and 2004 <= 2011", ["founded in 2004", "over 12 years, since 2011"]),
    ],
}

AGES: dict[str, list[tuple[str, int, int]]] = {
    "base-nordvale-bureau": [("Havel", 52, 1970)],
    "base-research-ship-fire": [("Wolter", 47, 1977)],
    "base-tampere-tram-vote": [("Korhola", 58, 1964)],
    "base-harwick-earnings": [("Okafor", 61, 1962)],
    "base-marseille-port-protest": [("Brunet", 55, 1968)],
    "base-flanders-coast-tour": [("Verbeek", 24, 1997), ("Ferrante", 29, 1992)],
    "base-germany-police-posts": [("Brandt", 49, 1975)],
    "base-coimbra-derailment": [("Sequeira", 51, 1970)],
    "base-veltra-sales": [("Moretti", 56, 1967)],
    "base-caledon-fraud-trial": [("Pellow", 58, 1965)],
    "base-brightwell-heart-trial": [("Osei", 41, 1982)],
}

NAMES: dict[str, list[str]] = {
    "base-nordvale-bureau": ["Havel", "Lenk"],
    "base-research-ship-fire": ["Dagsson", "Wolter", "Sauer"],
    "base-tampere-tram-vote": ["Korhola", "Salmivaara"],
    "base-harwick-earnings": ["Okafor", "Lindqvist"],
    "base-marseille-port-protest": ["Marchand", "Brunet"],
    "base-flanders-coast-tour": ["Verbeek", "Ferrante", "Maes", "Claes"],
    "base-germany-police-posts": ["Brandt", "Hessel", "Vogler"],
    "base-coimbra-derailment": ["Tavares", "Sequeira", "Almeida"],
    "base-veltra-sales": ["Moretti"],
    "base-caledon-fraud-trial": ["Pellow", "Whitcombe", "Quinlan", "Achebe"],
    "base-brightwell-heart-trial": ["Osei", "Kerrigan"],
}

TITLES: dict[str, list[tuple[str, str]]] = {
    "base-germany-police-posts": [("Interior Minister", "Brandt")],
    "base-coimbra-derailment": [("Infrastructure Minister", "Sequeira")],
    "base-tampere-tram-vote": [("Mayor", "Korhola")],
}

# ---------------------------------------------------------------------------


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


WEEKDAY_DATE_RE = re.compile(
    r"\b(" + "|".join(WEEKDAYS) + r"), (" + "|".join(MONTHS) + r") (\d{1,2})(?:, (\d{4}))?"
)
BARE_WEEKDAY_RE = re.compile(r"\bon (" + "|".join(WEEKDAYS) + r")\b(?!,)")


def weekday_problems(text: str, published: date) -> tuple[list[str], list[tuple[int, int]]]:
    """Return (problems, spans of checked weekday expressions)."""
    problems, spans = [], []
    for m in WEEKDAY_DATE_RE.finditer(text):
        wd, month, day, year = m.group(1), m.group(2), int(m.group(3)), m.group(4)
        y = int(year) if year else published.year
        try:
            actual = date(y, MONTHS[month], day)
        except ValueError:
            problems.append(f"impossible date {m.group(0)!r}")
            continue
        spans.append(m.span())
        if WEEKDAYS[actual.weekday()] != wd:
            problems.append(f"{m.group(0)!r}: {actual} is a {WEEKDAYS[actual.weekday()]}")
    for m in BARE_WEEKDAY_RE.finditer(text):
        spans.append(m.span(1))
        if m.group(1) != WEEKDAYS[published.weekday()]:
            problems.append(
                f"bare {m.group(0)!r} but published {published} is a {WEEKDAYS[published.weekday()]}"
            )
    return problems, spans


def age_problems(text: str, published: date, ages) -> tuple[list[str], list[tuple[int, int]]]:
    problems, spans = [], []
    for surname, age, born in ages:
        m = re.search(rf"\b{surname}, (\d+),", text)
        b = re.search(rf"born in (\d{{4}})", text[text.find(surname):] if surname in text else "")
        if not m:
            problems.append(f"no '{surname}, <age>,' found")
            continue
        spans.append(m.span(1))
        stated = int(m.group(1))
        if stated != age:
            problems.append(f"{surname}: stated age {stated} != listed {age}")
        if born not in {published.year - stated, published.year - stated - 1}:
            problems.append(f"{surname}, {stated}, born {born}: inconsistent with {published}")
        if not b or f"born in {born}" not in text:
            problems.append(f"{surname}: 'born in {born}' missing")
    return problems, spans


def name_problems(text: str, names, titles) -> list[str]:
    problems = []
    words = set(re.findall(r"\b[A-Z][a-z]+\b", text))
    for n in names:
        if n not in text:
            problems.append(f"name {n} missing")
        for w in words:
            limit = 1 if len(n) < 6 else 2
            if w != n and len(w) >= 4 and w[0] == n[0] and edit_distance(w.lower(), n.lower()) <= limit:
                problems.append(f"near-miss spelling {w!r} of {n!r}")
    for title, surname in titles:
        for m in re.finditer(rf"((?:[A-Z][a-z]+ )*?(?:Minister|Mayor|Secretary|Chancellor)) (?:[A-Z][a-z]+ )?{surname}\b", text):
            if m.group(1).split()[-len(title.split()):] != title.split():
                problems.append(f"title {m.group(1)!r} for {surname}, expected {title!r}")
    return problems


def fact_problems(text: str, facts) -> tuple[list[str], list[tuple[int, int]]]:
    problems, spans = [], []
    for expr, subs in facts:
        try:
            ok = eval(expr, {"date": date, "round": round, "len": len})
        except Exception as exc:  # pragma: no cover
            problems.append(f"fact {expr!r} raised {exc}")
            continue
        if not ok:
            problems.append(f"fact false: {expr}")
        for s in subs:
            i = text.find(s)
            if i < 0:
                problems.append(f"fact {expr!r}: substring missing {s!r}")
            while i >= 0:
                spans.append((i, i + len(s)))
                i = text.find(s, i + 1)
    return problems, spans


def load_jsonl(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                raise SystemExit(f"{path.name}:{n}: blank line")
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path.name}:{n}: invalid JSON: {exc}")
    return rows


def main() -> int:
    errors: list[str] = []
    bases = load_jsonl(HERE / "consistent.jsonl")
    perts = load_jsonl(HERE / "perturbed.jsonl")

    by_id: dict[str, dict] = {}
    for b in bases:
        bid = b.get("id", "?")
        if set(b) != {"id", "title", "published", "text"}:
            errors.append(f"{bid}: keys {sorted(b)}")
            continue
        if not bid.startswith("base-") or bid in by_id:
            errors.append(f"{bid}: bad or duplicate id")
        by_id[bid] = b
        pub = date.fromisoformat(b["published"])
        text = b["text"]
        paras = text.split("\n\n")
        if paras[0] != b["title"] or "\n" in paras[0]:
            errors.append(f"{bid}: first line is not the title")
        if not 4 <= len(paras) - 1 <= 8:
            errors.append(f"{bid}: {len(paras) - 1} paragraphs")
        if any(not p.strip() or "\n" in p for p in paras):
            errors.append(f"{bid}: empty paragraph or stray newline")
        words = len(text.split())
        if not 200 <= words <= 450:
            errors.append(f"{bid}: {words} words")
        m = re.match(r"([A-Z][A-Z ]+)(?:, [A-Z][a-z]+)?, ([A-Z][a-z]+) (\d{1,2}) \(Wire\) - ", paras[1])
        if not m:
            errors.append(f"{bid}: no dateline")
        elif DATELINE_MONTHS.get(m.group(2)) != pub.month or int(m.group(3)) != pub.day:
            errors.append(f"{bid}: dateline {m.group(0)!r} != published {pub}")
        if not text.isascii():
            errors.append(f"{bid}: non-ASCII text")
        for label, (probs, _) in (
            ("weekday", weekday_problems(text, pub)),
            ("age", age_problems(text, pub, AGES.get(bid, []))),
            ("fact", fact_problems(text, FACTS.get(bid, []))),
        ):
            errors += [f"{bid}: {label}: {p}" for p in probs]
        errors += [f"{bid}: name: {p}" for p in name_problems(text, NAMES.get(bid, []), TITLES.get(bid, []))]
        if bid not in FACTS or bid not in AGES or bid not in NAMES:
            errors.append(f"{bid}: no hand-listed facts/ages/names")

    fam_count: Counter = Counter()
    base_count: Counter = Counter()
    seen_ids: set[str] = set()
    seen_edits: set[tuple] = set()
    for p in perts:
        pid = p.get("id", "?")
        if set(p) != {"id", "base", "family", "published", "text", "changed", "why"}:
            errors.append(f"{pid}: keys {sorted(p)}")
            continue
        if not pid.startswith("pert-") or pid in seen_ids:
            errors.append(f"{pid}: bad or duplicate id")
        seen_ids.add(pid)
        b = by_id.get(p["base"])
        if b is None:
            errors.append(f"{pid}: unknown base {p['base']}")
            continue
        if p["family"] not in FAMILIES:
            errors.append(f"{pid}: unknown family {p['family']}")
        if p["published"] != b["published"]:
            errors.append(f"{pid}: published differs from base")
        if not isinstance(p["why"], str) or not p["why"].strip() or "\n" in p["why"]:
            errors.append(f"{pid}: why must be one non-empty line")
        c = p["changed"]
        if set(c) != {"original", "replacement", "start", "end"}:
            errors.append(f"{pid}: changed keys {sorted(c)}")
            continue
        text, start, end = p["text"], c["start"], c["end"]
        if end != start + len(c["replacement"]):
            errors.append(f"{pid}: end != start + len(replacement)")
        if text[start:end] != c["replacement"]:
            errors.append(f"{pid}: text[start:end] = {text[start:end]!r} != replacement")
        restored = text[:start] + c["original"] + text[end:]
        if restored != b["text"]:
            errors.append(f"{pid}: restoring original does not give the base text")
        if text == b["text"] or c["original"] == c["replacement"]:
            errors.append(f"{pid}: no change")
        key = (p["base"], start, c["original"], c["replacement"])
        if key in seen_edits:
            errors.append(f"{pid}: duplicate edit")
        seen_edits.add(key)
        # the edit must touch something the base checks looked at
        pub = date.fromisoformat(b["published"])
        o_start, o_end = start, start + len(c["original"])
        spans = (
            fact_problems(b["text"], FACTS[p["base"]])[1]
            + weekday_problems(b["text"], pub)[1]
            + age_problems(b["text"], pub, AGES[p["base"]])[1]
        )
        touches = any(s <= o_start and o_end <= e for s, e in spans)
        if p["family"] == "names":
            touches = c["original"] in NAMES[p["base"]] or any(
                c["original"] in t for t, _ in TITLES.get(p["base"], [])
            )
            if not name_problems(text, NAMES[p["base"]], TITLES.get(p["base"], [])):
                errors.append(f"{pid}: names check does not flag the perturbed text")
            first = b["text"].find(c["original"])
            if first == o_start:
                errors.append(f"{pid}: names edit must not change the first mention")
        if not touches:
            errors.append(f"{pid}: edit does not touch any checked relation")
        if p["family"] == "weekday-date" and not weekday_problems(text, pub)[0]:
            errors.append(f"{pid}: weekday check does not flag the perturbed text")
        if p["family"] == "ages":
            probs = [
                pr for pr in age_problems(text, pub, AGES[p["base"]])[0] if "inconsistent" in pr
            ]
            if not probs:
                errors.append(f"{pid}: age check does not flag the perturbed text")
        fam_count[p["family"]] += 1
        base_count[p["base"]] += 1

    for fam in sorted(FAMILIES):
        if fam_count[fam] < 4:
            errors.append(f"family {fam}: only {fam_count[fam]} perturbations")
    for bid in by_id:
        if base_count[bid] < 4:
            errors.append(f"base {bid}: only {base_count[bid]} perturbations")

    print(f"{len(bases)} base articles, {len(perts)} perturbed copies")
    for fam in sorted(FAMILIES):
        print(f"  {fam:16s} {fam_count[fam]}")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
