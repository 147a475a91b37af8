"""Builds articles.jsonl and relations.jsonl of the second fresh set from the texts and annotations below.

Each operand is given by its surface and, when the surface occurs more than once, a longer unique
anchor that contains it; the offsets are computed here and checked (text[start:end] == surface), and
every relation is checked to hold (tests.evaluation.relations.holds; a weekday against publication,
which holds() leaves undecided, is checked here: the weekday names the date given, within a week of
publication). Run from the repository root:

    .venv/bin/python -m tests.gold.fresh2.build_fresh2
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from tests.evaluation.edits import weekday_of
from tests.evaluation.relations import holds

HERE = Path(__file__).resolve().parent
SET = "fresh2"
M, B = 1_000_000, 1_000_000_000

ARTICLES: list[dict] = []
RELATIONS: list[dict] = []


def article(doc, title, published, text):
    assert weekday_of(published), published
    ARTICLES.append({"id": doc, "title": title, "published": published, "text": text.strip() + "\n"})


def op(role, surface, value, anchor=None):
    return (role, surface, value, anchor)


def _holds(rtype, operands, published):
    if rtype == "weekday-published":
        (o,) = operands
        return (weekday_of(o["value"]) == o["surface"].title()
                and abs((date.fromisoformat(o["value"]) - date.fromisoformat(published)).days) <= 7)
    return holds(rtype, operands, published)


def rel(doc, rtype, note, *ops, approx=False):
    text = next(a["text"] for a in ARTICLES if a["id"] == doc)
    out = []
    for role, surface, value, anchor in ops:
        anchor = anchor or surface
        assert text.count(anchor) == 1, (doc, anchor, text.count(anchor))
        a = text.index(anchor)
        assert anchor.count(surface) == 1, (doc, anchor, surface)
        start = a + anchor.index(surface)
        end = start + len(surface)
        assert text[start:end] == surface
        out.append({"role": role, "start": start, "end": end, "surface": surface, "value": value})
    pub = next(a["published"] for a in ARTICLES if a["id"] == doc)
    r = {"set": SET, "doc": doc, "type": rtype, "operands": out, "note": note}
    if approx:
        r["approx"] = True
    assert _holds(rtype, out, pub) is True, (doc, rtype, note)
    RELATIONS.append(r)


# ------------------------------------------------------------------ 1 politics
article("fresh2-01-politics", "Renn brings four newcomers into Kestrian cabinet", "2026-02-18", """
TORVALE, Feb 18 (Meridian News) - Prime Minister Halvard Renn overhauled his cabinet on Tuesday, bringing in four newcomers - Ilse Varga at finance, Tomas Brecht at defence, Noor Hadad at the interior ministry and Piotr Alm at education - in an attempt to revive a government that has trailed in the polls for more than a year.

The biggest surprise was Varga, 47, a former deputy governor of the central bank who has never held elected office. She replaces Arno Weisz, who had run the finance ministry since the government took office and who moves to the smaller trade portfolio.

"We were elected to deliver, and voters have told us plainly that we are not delivering fast enough," Renn told a news conference at his official residence.

Nine of the 22 members of the new cabinet are women, against six before the reshuffle.

Renn's Unity Party came to power in 2019 and won a second term four years later, in 2023, but its support has eroded amid rising rents and a row over a delayed rail line in the north. A Kestrel Institute poll published this week put approval of the government at 34 percent, down seven points from 41 percent in November.

Opposition leader Mirela Dask dismissed the changes as "new faces on an old failure". Analysts said the choice of the 47-year-old Varga was aimed at reassuring bond investors, who have pushed the government's borrowing costs to their highest level since 2012.
""")
D = "fresh2-01-politics"
rel(D, "weekday-published", "day of the reshuffle", op("weekday", "Tuesday", "2026-02-17"))
rel(D, "list-count", "newcomers named to the cabinet", op("count", "four", 4, "four newcomers"),
    op("item", "Ilse Varga", "Ilse Varga"), op("item", "Tomas Brecht", "Tomas Brecht"), op("item", "Noor Hadad", "Noor Hadad"),
    op("item", "Piotr Alm", "Piotr Alm"))
rel(D, "restated", "new finance minister's age", op("first", "47", 47, "Varga, 47,"), op("second", "47-year-old", 47))
rel(D, "year-span", "from taking power to re-election", op("start", "2019", 2019), op("end", "2023", 2023), op("years", "four years", 4))
rel(D, "difference", "approval drop in points", op("a", "41 percent", 41), op("b", "34 percent", 34), op("diff", "seven points", 7))

# ------------------------------------------------------------------ 2 business / markets
article("fresh2-02-markets", "Halden Steel to buy Corvin Metals for 4.2 billion euros", "2026-03-06", """
FRANKMOOR, March 6, 2026 (Ledger Wire) - Halden Steel agreed on Friday to buy its smaller rival Corvin Metals for 4.2 billion euros ($4.5 billion) including debt, creating the largest steelmaker in the Ardmark region and ending months of speculation about Corvin's future.

Halden is offering 18.50 euros a share, a premium of 25 percent to Corvin's last closing price of 14.80 euros, before the talks were made public. Corvin's shares closed up 20.9 percent at 17.90 euros, a gain of 3.10 euros on the day, suggesting some investors doubt the deal will get past competition regulators. Halden's stock slipped 2.4 percent.

The combined group would have annual sales of 11.6 billion euros, 7.9 billion from Halden and 3.7 billion from Corvin, and some 31,000 employees. Halden chief executive Margit Solberg said the merger would produce savings of 300 million euros a year by 2029, three years after the deal is expected to close in 2026.

Unions are wary. Corvin's two plants, at Ebbesund and Tarnow, employ 6,800 people, and the metalworkers' union said it would seek guarantees that neither would close.

Solberg told analysts on a conference call that the deal, worth 4.2 billion euros, was "the right price for the right assets" and would be funded with cash and new borrowing. She said Halden had no plans to sell either plant.
""")
D = "fresh2-02-markets"
rel(D, "weekday-published", "day the deal was agreed", op("weekday", "Friday", "2026-03-06"))
rel(D, "restated", "deal value restated", op("first", "4.2 billion euros", 4.2 * B, "for 4.2 billion euros"),
    op("second", "4.2 billion euros", 4.2 * B, "worth 4.2 billion euros"))
rel(D, "percent-change", "offer premium over last close", op("from", "14.80 euros", 14.8), op("to", "18.50 euros", 18.5), op("percent", "25 percent", 25))
rel(D, "percent-change", "target's share move in percent", op("from", "14.80 euros", 14.8), op("to", "17.90 euros", 17.9), op("percent", "20.9 percent", 20.9))
rel(D, "change", "target's share move in euros", op("from", "14.80 euros", 14.8), op("to", "17.90 euros", 17.9), op("by", "3.10 euros", 3.1))
rel(D, "sum", "combined sales by company", op("total", "11.6 billion euros", 11.6 * B), op("part", "7.9 billion", 7.9 * B), op("part", "3.7 billion", 3.7 * B))
rel(D, "year-span", "closing to full savings", op("start", "2026", 2026, "close in 2026"), op("end", "2029", 2029), op("years", "three years", 3))
rel(D, "list-count", "target's plants", op("count", "two", 2, "two plants"), op("item", "Ebbesund", "Ebbesund"), op("item", "Tarnow", "Tarnow"))

# ------------------------------------------------------------------ 3 transport
article("fresh2-03-transport", "Elmsley airport's second runway to open in May", "2026-04-09", """
PORT ELMSLEY, April 9 (Coastline Press) - Elmsley International Airport will open its long-delayed second runway on Saturday, May 16, its operator said on Wednesday, ending a decade of planning disputes and two years of construction.

The runway cost 640 million pounds, paid for with 410 million pounds from the airport's shareholders and a 230 million pound loan from the national infrastructure bank.

Passenger numbers have doubled since the pandemic, to 9.6 million last year from 4.8 million in 2021, and the single runway has been running close to capacity at peak hours.

With the new runway the airport expects to handle 180 flights a day this summer, up from 132 now, an increase of 48. Three airlines - Skyreach, Baltair and Norwind - have already announced new routes, including the first direct service to Tessaly.

Chief executive Rowan Petch said the runway's cost of 640 million pounds was "a bargain for a generation of growth". Residents of the villages under the new flight path are less enthusiastic. A campaign group, Quiet Skies Elmsley, said it had collected 4,300 signatures calling for a ban on flights between 11 p.m. and 6 a.m.

The airport said the second runway would also let it close the old one for resurfacing for 10 weeks next year without cancelling flights.
""")
D = "fresh2-03-transport"
rel(D, "weekday-date", "runway opening", op("weekday", "Saturday", "Saturday"), op("date", "May 16", "2026-05-16"))
rel(D, "weekday-published", "day of the announcement", op("weekday", "Wednesday", "2026-04-08"))
rel(D, "sum", "runway funding", op("total", "640 million pounds", 640 * M, "runway cost 640 million pounds"),
    op("part", "410 million pounds", 410 * M), op("part", "230 million pound", 230 * M))
rel(D, "restated", "runway cost restated", op("first", "640 million pounds", 640 * M, "runway cost 640 million pounds"),
    op("second", "640 million pounds", 640 * M, "cost of 640 million pounds"))
rel(D, "multiple", "passengers doubled", op("to", "9.6 million", 9.6 * M), op("from", "4.8 million", 4.8 * M), op("factor", "doubled", 2))
rel(D, "change", "daily flights", op("from", "132", 132), op("to", "180", 180), op("by", "48", 48))
rel(D, "list-count", "airlines with new routes", op("count", "Three", 3, "Three airlines"),
    op("item", "Skyreach", "Skyreach"), op("item", "Baltair", "Baltair"), op("item", "Norwind", "Norwind"))

# ------------------------------------------------------------------ 4 elections
article("fresh2-04-elections", "Oyelaran tops first round, faces Halme in runoff", "2025-11-10", """
KALDOR CITY, Nov. 10, 2025 (Northstar) - Former judge Marta Oyelaran topped the first round of Veskaria's presidential election on Sunday but fell short of an outright majority, setting up a runoff against the conservative Viktor Halme later this month.

Four candidates stood. With all ballots counted, Oyelaran won 46.2 percent, Halme 31.5 percent, the Green candidate Sade Ferro 14.9 percent and the independent Jonas Pell 7.4 percent, the electoral commission said. Oyelaran's lead of 14.7 points was wider than any opinion poll had predicted.

Oyelaran received 212,520 of the 460,000 valid votes. Because nobody won more than half the vote, she and Halme will meet again on Sunday, Nov. 23.

Oyelaran, 54, campaigned on a promise to clean up public procurement after a series of scandals in the road-building agency. Born in 1971 in the river port of Santel, she spent two decades on the bench before entering politics.

Halme, a former defence minister, told supporters in the capital that the race was "wide open". Much may depend on Ferro, whose voters are seen as closer to Oyelaran on social issues but wary of her plans for higher fuel taxes. Ferro said she would announce her choice within days.

Some 3,800 observers from 12 countries monitored the vote, and the commission said it had received no complaints serious enough to affect the result.
""")
D = "fresh2-04-elections"
rel(D, "weekday-published", "first-round polling day", op("weekday", "Sunday", "2025-11-09", "Sunday but"))
rel(D, "list-count", "candidates on the ballot", op("count", "Four", 4, "Four candidates"),
    op("item", "Marta Oyelaran", "Marta Oyelaran"), op("item", "Viktor Halme", "Viktor Halme"),
    op("item", "Sade Ferro", "Sade Ferro"), op("item", "Jonas Pell", "Jonas Pell"))
rel(D, "shares", "first-round vote shares", op("share", "46.2 percent", 46.2), op("share", "31.5 percent", 31.5),
    op("share", "14.9 percent", 14.9), op("share", "7.4 percent", 7.4))
rel(D, "difference", "winner's lead in points", op("a", "46.2 percent", 46.2), op("b", "31.5 percent", 31.5), op("diff", "14.7 points", 14.7))
rel(D, "percent-of", "winner's votes of valid votes", op("part", "212,520", 212520), op("whole", "460,000", 460000), op("percent", "46.2 percent", 46.2))
rel(D, "weekday-date", "runoff day", op("weekday", "Sunday", "Sunday", "Sunday, Nov."), op("date", "Nov. 23", "2025-11-23"))
rel(D, "age", "winner's age", op("age", "54", 54), op("born", "1971", 1971))

# ------------------------------------------------------------------ 5 budgets
article("fresh2-05-budget", "Westholm passes 2.35 billion krona budget", "2026-06-03", """
WESTHOLM, June 3 (Civic Wire) - Westholm city council approved a 2.35 billion krona budget for next year late on Tuesday, after the mayor's coalition fended off an opposition attempt to reverse cuts to the city's youth centres.

Schools will take 38 percent of the money, health and social care 27 percent, transport 14 percent and housing 9 percent, with the remaining 12 percent going to administration, culture and other services. Spending on schools will thus reach about 893 million krona, the most in the city's history.

The city expects to run a deficit of 120 million krona next year, down from 175 million krona this year, a reduction of 55 million that finance councillor Britta Lund credited to lower energy prices and a hiring freeze.

The mayor's office had originally proposed eliminating 140 posts in the city administration; an amendment adopted during the debate added 26 more, bringing the total to 166, most of them to go through retirements.

The city will also borrow 320 million krona for investment, 190 million of it for a new tram depot in Norrvik and the other 130 million to renovate school buildings.

The budget leaves the municipal income tax rate unchanged at 21.4 percent. Opposition leader Oskar Fahl said the youth centre cuts, worth 18 million krona, would "cost the city far more later".
""")
D = "fresh2-05-budget"
rel(D, "weekday-published", "day of the vote", op("weekday", "Tuesday", "2026-06-02"))
rel(D, "shares", "budget split by service", op("share", "38 percent", 38), op("share", "27 percent", 27), op("share", "14 percent", 14),
    op("share", "9 percent", 9), op("share", "12 percent", 12))
rel(D, "percent-of", "schools' amount of the budget", op("part", "893 million krona", 893 * M), op("whole", "2.35 billion krona", 2.35 * B),
    op("percent", "38 percent", 38), approx=True)
rel(D, "change", "deficit reduction", op("from", "175 million krona", 175 * M), op("to", "120 million krona", 120 * M), op("by", "55 million", 55 * M))
rel(D, "update", "posts to be cut", op("before", "140", 140), op("added", "26", 26), op("after", "166", 166))
rel(D, "remainder", "investment borrowing", op("total", "320 million krona", 320 * M), op("part", "190 million", 190 * M), op("rest", "130 million", 130 * M))

# ------------------------------------------------------------------ 6 sport
article("fresh2-06-sport", "Falcons clinch Eastern League title behind Quist", "2025-03-30", """
BRASK, March 30 (Sportsline) - The Brask Falcons clinched the Eastern Basketball League's regular-season title on Saturday, beating the Tollen Harriers 88-71 behind 31 points from point guard Amara Quist.

The Falcons have won 24 of their 30 games with two rounds to play, losing the other six, and will have home advantage throughout the playoffs.

Her 31 points were nine more than her season average of 22 and included five three-pointers. Quist, 29, who missed most of last season with a knee injury, played all but three minutes.

"She decided this game in the third quarter," said Falcons coach Dario Venn, whose side trailed by eight at half-time. "When she plays like that, nobody in this league can stay with her."

The 29-year-old joined the Falcons in 2019, four years after turning professional with the Kessmark Lions in 2015, and has twice been named the league's most valuable player.

A sell-out crowd of 6,200 watched at the Falcon Dome, where the team has not lost since December.

The playoffs begin on Thursday, April 10, when the Falcons will host the eighth-placed team. The Harriers, who have lost four of their last five games, are in a three-way fight for the final playoff place.
""")
D = "fresh2-06-sport"
rel(D, "weekday-published", "day the title was clinched", op("weekday", "Saturday", "2025-03-29"))
rel(D, "remainder", "games won and lost", op("total", "30", 30, "their 30 games"), op("part", "24", 24, "won 24"), op("rest", "six", 6, "other six"))
rel(D, "restated", "star's points restated", op("first", "31", 31, "behind 31 points"), op("second", "31", 31, "Her 31 points"))
rel(D, "difference", "points above season average", op("a", "31", 31, "Her 31 points"), op("b", "22", 22), op("diff", "nine", 9, "nine more"))
rel(D, "restated", "star's age", op("first", "29", 29, "Quist, 29,"), op("second", "29-year-old", 29))
rel(D, "year-span", "professional debut to joining the club", op("start", "2015", 2015), op("end", "2019", 2019), op("years", "four years", 4))
rel(D, "weekday-date", "start of the playoffs", op("weekday", "Thursday", "Thursday"), op("date", "April 10", "2025-04-10"))

# ------------------------------------------------------------------ 7 health
article("fresh2-07-health", "Measles cases triple in Sorrow County", "2026-01-14", """
LENNART BAY, 14 January 2026 (HDW) - Confirmed measles cases in Sorrow County have tripled in three weeks, from 42 to 126, health officials said, urging parents to check that their children have been vaccinated.

Of the 126 cases, 97, or 77 percent, are children under 10. Nineteen people have been admitted to hospital, 11 of them children and the other eight adults, one of whom is in intensive care.

The outbreak began in late December at a primary school in the town of Merrow and has since spread to 14 schools and two nurseries, according to the county's public health department.

Dr Anouk Beltran, the county's director of public health, said about 6,300 children in the county had not received both doses of the vaccine. "Measles is not a mild illness. It is one of the most contagious diseases we know, and the only real protection is two doses of vaccine," she said.

Extra vaccination clinics will open at Merrow community hall and at the central library in Lennart Bay on Saturday, January 17, and Sunday, January 18. No appointment is needed.

The county recorded only three measles cases in the whole of 2024. Health officials blame the rise on a fall in vaccination during the pandemic, when many routine appointments were missed, and on false claims about the vaccine circulating online.
""")
D = "fresh2-07-health"
rel(D, "multiple", "cases tripled", op("from", "42", 42), op("to", "126", 126, "to 126,"), op("factor", "tripled", 3))
rel(D, "restated", "case count restated", op("first", "126", 126, "to 126,"), op("second", "126", 126, "Of the 126"))
rel(D, "percent-of", "share of cases in young children", op("part", "97", 97), op("whole", "126", 126, "Of the 126"), op("percent", "77 percent", 77))
rel(D, "remainder", "hospital admissions", op("total", "Nineteen", 19), op("part", "11", 11, "11 of them"), op("rest", "eight", 8, "other eight"))
rel(D, "weekday-date", "first extra clinic day", op("weekday", "Saturday", "Saturday"), op("date", "January 17", "2026-01-17"))
rel(D, "weekday-date", "second extra clinic day", op("weekday", "Sunday", "Sunday"), op("date", "January 18", "2026-01-18"))

# ------------------------------------------------------------------ 8 courts
article("fresh2-08-courts", "Former utility finance chief jailed for $3.4 million fraud", "2025-09-24", """
HOLLINGFORD, Sept. 24, 2025 (Courtwire) - A former finance director of the Hollingford water utility was sentenced on Tuesday to nine years in prison for stealing $3.4 million from the utility over seven years, from 2016 to 2023.

Gerald Stanwick pleaded guilty in June to fraud and money laundering. Prosecutors said he used fake supplier invoices to move the money into accounts controlled by relatives and spent much of it on property and a racing yacht.

Two accomplices, his brother-in-law Dale Foss and former utility clerk Rena Whitlock, were sentenced to four and three years respectively.

Of the $3.4 million, investigators have recovered $500,000 from bank accounts and the sale of the yacht. Judge Mireille Ashworth ordered Stanwick to repay the remaining $2.9 million and said he had "betrayed every household that pays a water bill in this county".

The utility's chief executive, Paula Grice, said the theft had added about 12 dollars to the average household's annual bill and that the utility had since changed the way it approves payments to suppliers.

Stanwick's lawyer, Conrad Ilves, said his client accepted his guilt but would appeal against the length of the sentence, which he called "out of all proportion" to those handed down in similar cases. An appeal hearing has been set for Monday, Nov. 17.

Stanwick, who had worked at the utility since 2009, showed no emotion as the sentence was read.
""")
D = "fresh2-08-courts"
rel(D, "weekday-published", "day of sentencing", op("weekday", "Tuesday", "2025-09-23"))
rel(D, "year-span", "length of the fraud", op("start", "2016", 2016), op("end", "2023", 2023), op("years", "seven years", 7))
rel(D, "list-count", "accomplices sentenced", op("count", "Two", 2, "Two accomplices"), op("item", "Dale Foss", "Dale Foss"), op("item", "Rena Whitlock", "Rena Whitlock"))
rel(D, "restated", "amount stolen restated", op("first", "$3.4 million", 3.4 * M, "stealing $3.4 million"), op("second", "$3.4 million", 3.4 * M, "Of the $3.4 million"))
rel(D, "remainder", "recovered and still owed", op("total", "$3.4 million", 3.4 * M, "Of the $3.4 million"), op("part", "$500,000", 500000), op("rest", "$2.9 million", 2.9 * M))
rel(D, "weekday-date", "appeal hearing", op("weekday", "Monday", "Monday"), op("date", "Nov. 17", "2025-11-17"))

# ------------------------------------------------------------------ 9 weather
article("fresh2-09-weather", "Grenhaven breaks heat record", "2026-07-22", """
GRENHAVEN, July 22 (Weatherline) - Grenhaven had its hottest day on record on Tuesday as the thermometer at the city's airport reached 41.3 C (106.3 F), beating the previous record by 1.5 degrees.

That record, 39.8 C, was first set in 1994 and equalled in 2013, 19 years later.

Hospitals have treated 86 people for heatstroke and dehydration since the heat began, 52 of them in Grenhaven and 34 in surrounding towns, the regional health authority said. Most were elderly.

The fire service said it had answered 312 calls during the day, more than double its summer average, most of them to grass and brush fires on the edge of the city. Only 4 millimetres of rain has fallen in Grenhaven this month, against a July average of 48 millimetres.

The city opened seven cooling centres in libraries and sports halls and extended the opening hours of its outdoor pools. Bus drivers were allowed to work without ties for the first time.

Forecasters expect the heat to break on Friday, July 24, when thunderstorms moving in from the west should bring temperatures down to around 27 C.

Officials said the 41.3 C reading would be submitted to the national weather service for verification, a process that usually takes several weeks. Climate scientists at Grenhaven University said such heat, once expected in the region every few decades, was becoming far more common.
""")
D = "fresh2-09-weather"
rel(D, "weekday-published", "day of the record", op("weekday", "Tuesday", "2026-07-21"))
rel(D, "difference", "margin over the old record", op("a", "41.3 C", 41.3, "reached 41.3 C"), op("b", "39.8 C", 39.8), op("diff", "1.5 degrees", 1.5))
rel(D, "year-span", "old record set and equalled", op("start", "1994", 1994), op("end", "2013", 2013), op("years", "19 years", 19))
rel(D, "sum", "heat patients by place", op("total", "86", 86), op("part", "52", 52), op("part", "34", 34))
rel(D, "weekday-date", "heat expected to break", op("weekday", "Friday", "Friday"), op("date", "July 24", "2026-07-24"))
rel(D, "restated", "record temperature restated", op("first", "41.3 C", 41.3, "reached 41.3 C"), op("second", "41.3 C", 41.3, "the 41.3 C reading"))

# ------------------------------------------------------------------ 10 schools
article("fresh2-10-schools", "Braymouth to close three primary schools as enrolment falls", "2025-09-08", """
BRAYMOUTH, Sept. 8 (Education Wire) - Enrolment in Braymouth's public schools fell by 1,150 to 48,350 this autumn, from 49,500 a year ago, according to district figures released this week, as falling birth rates begin to empty classrooms.

The district has responded by announcing the closure of three primary schools - Millbrook, St Agnes Road and Harlow Green - at the end of the school year in July.

The three schools together have 720 pupils. Of those, 430, or about 60 percent, will move to Kestrel Park Primary, which is being extended to take 650 pupils, and the rest, 290, to Beacon Lane Primary, the district said.

The district also employs fewer teachers: 3,900 this year, down from 4,440 in 2019, a fall of 540, most of it through retirements that were not filled.

"No one wants to close a school," said superintendent Abigail Nwosu. "But keeping half-empty buildings open takes money away from teaching, and in the end it is the children who pay."

Parents at Harlow Green, which opened in 1962, have started a petition to save it and say the walk to Beacon Lane crosses two busy roads. A public meeting on the closures will be held on Thursday, Sept. 18, at the district offices.
""")
D = "fresh2-10-schools"
rel(D, "change", "enrolment fall", op("from", "49,500", 49500), op("to", "48,350", 48350), op("by", "1,150", 1150))
rel(D, "list-count", "schools to close", op("count", "three", 3, "closure of three"),
    op("item", "Millbrook", "Millbrook"), op("item", "St Agnes Road", "St Agnes Road"), op("item", "Harlow Green", "Harlow Green", "Harlow Green -"))
rel(D, "restated", "number of schools restated", op("first", "three", 3, "closure of three"), op("second", "three", 3, "The three schools"))
rel(D, "percent-of", "pupils moving to the larger school", op("part", "430", 430), op("whole", "720", 720), op("percent", "60 percent", 60), approx=True)
rel(D, "remainder", "pupils by new school", op("total", "720", 720), op("part", "430", 430), op("rest", "290", 290))
rel(D, "change", "teachers employed", op("from", "4,440", 4440), op("to", "3,900", 3900), op("by", "540", 540))
rel(D, "weekday-date", "public meeting", op("weekday", "Thursday", "Thursday"), op("date", "Sept. 18", "2025-09-18"))

# ------------------------------------------------------------------ 11 disaster (choice)
article("fresh2-11-disaster", "Landslide toll in San Lorenzo del Mar rises to 23", "2025-10-05", """
SAN LORENZO DEL MAR, Oct 5 (Pacifica Press) - A landslide that tore through a hillside neighbourhood of this coastal city after days of torrential rain has killed 23 people, officials said, after rescuers pulled five more bodies from the mud this morning, raising the toll from 18.

The slope gave way before dawn on Saturday, after more than 300 millimetres of rain fell in 36 hours. The 23 victims were 15 residents of the Alto Verde district and eight passengers on a bus that was buried on the coast road below.

Fire chief Rodrigo Salcedo said the search would continue through the night, although the chances of finding anyone alive were now "very small". Rescuers are working with shovels and their bare hands because the ground is too unstable for heavy machinery.

About 1,200 residents have been moved to schools and sports halls, and engineers are inspecting two other slopes above the city that have shown cracks.

President Ilaria Montez, who visited the site, announced a 40 million peso aid package that includes 25 million pesos for temporary housing and 15 million pesos to repair roads and water pipes.

It is the country's deadliest landslide since 1998, when a mudslide buried the mountain village of Santa Ines and killed more than 100 people. Geologists have long warned that unplanned building on the hills around San Lorenzo del Mar has made them more dangerous.
""")
D = "fresh2-11-disaster"
rel(D, "update", "death toll raised", op("before", "18", 18), op("added", "five", 5, "five more"), op("after", "23", 23, "killed 23"))
rel(D, "restated", "death toll restated", op("first", "23", 23, "killed 23"), op("second", "23", 23, "The 23 victims"))
rel(D, "sum", "victims by where they were", op("total", "23", 23, "The 23 victims"), op("part", "15", 15, "were 15"), op("part", "eight", 8, "eight passengers"))
rel(D, "weekday-published", "day of the landslide", op("weekday", "Saturday", "2025-10-04"))
rel(D, "sum", "aid package", op("total", "40 million peso", 40 * M), op("part", "25 million pesos", 25 * M), op("part", "15 million pesos", 15 * M))

# ------------------------------------------------------------------ 12 science (choice)
article("fresh2-12-science", "Halcyon probe gathers three times its target of asteroid rock", "2026-03-19", """
CAMBRELL, March 19, 2026 /Science Wire/ -- The Halcyon probe has collected 310 grams of rock from the asteroid Merope-7, more than three times the 100 grams its designers had set as the mission's goal, the Vernian Space Agency said.

Halcyon, launched in 2019, arrived at Merope-7 in 2024, five years later, and spent 14 months mapping the asteroid before it touched down briefly to gather its sample. The capsule carrying the rock is due to land in the Ardent Desert on Tuesday, April 14.

"We expected to scrape up a few handfuls. We got a bucket," said mission scientist Priya Anand-Lowe, 44. The 44-year-old, who joined the project as a doctoral student, will lead the team that opens the capsule in a sealed laboratory at Cambrell.

The rock is thought to be about 4.5 billion years old and may contain water-bearing minerals and carbon compounds from the earliest days of the solar system.

The mission has cost 1.1 billion dollars. The agency paid 780 million dollars, and partners in three countries - Valdoria, Kessmark and Tyrn - paid the other 320 million. Scientists from all three will receive portions of the sample.

Agency director Hamid Oruç said the success would strengthen the case for a follow-up mission to a larger asteroid, which would need approval from the government next year.
""")
D = "fresh2-12-science"
rel(D, "multiple", "sample against target", op("to", "310 grams", 310), op("from", "100 grams", 100), op("factor", "three times", 3), approx=True)
rel(D, "year-span", "launch to arrival", op("start", "2019", 2019), op("end", "2024", 2024), op("years", "five years", 5))
rel(D, "weekday-date", "capsule landing", op("weekday", "Tuesday", "Tuesday"), op("date", "April 14", "2026-04-14"))
rel(D, "restated", "scientist's age", op("first", "44", 44, "Anand-Lowe, 44"), op("second", "44-year-old", 44))
rel(D, "remainder", "mission cost by payer", op("total", "1.1 billion dollars", 1.1 * B), op("part", "780 million dollars", 780 * M), op("rest", "320 million", 320 * M))
rel(D, "list-count", "partner countries", op("count", "three", 3, "partners in three"),
    op("item", "Valdoria", "Valdoria"), op("item", "Kessmark", "Kessmark"), op("item", "Tyrn", "Tyrn"))
rel(D, "restated", "number of partner countries restated", op("first", "three", 3, "partners in three"), op("second", "three", 3, "all three"))

# ------------------------------------------------------------------ 13 trade (choice)
article("fresh2-13-trade", "Norvald exports rise as machinery offsets timber slump", "2026-05-11", """
ODELSBURG, May 11 (Trade Desk) - Norvald's exports rose 6.8 percent in April from a year earlier, to 14.2 billion crowns from 13.3 billion, as strong demand for machinery offset a slump in timber sales, the statistics office said.

Imports fell to 12.9 billion crowns, leaving a trade surplus of 1.3 billion crowns for the month.

Machinery made up 41 percent of April's exports, timber and paper 23 percent, food 19 percent and other goods 17 percent.

Timber sales have suffered since the neighbouring Republic of Carsten doubled its tariff on sawn wood from 8 percent to 16 percent in January, saying it needed to protect its own sawmills. Carsten remains Norvald's largest market: exports there were worth 3.1 billion crowns in April, about 22 percent of the total.

Trade minister Ulla Bergstrand said she would travel to the Carsten capital, Havre, next week for talks. "A tariff war helps nobody, least of all the people who work in our forests," she said.

Economists at Odelsburg Bank said the figures suggested the economy was holding up better than feared, and that machinery makers were winning orders in Asia to replace lost business in Europe. The central bank, which next meets on June 4, has held its key interest rate at 3.5 percent since last autumn.
""")
D = "fresh2-13-trade"
rel(D, "percent-change", "export growth", op("from", "13.3 billion", 13.3 * B), op("to", "14.2 billion crowns", 14.2 * B, "to 14.2 billion crowns"), op("percent", "6.8 percent", 6.8))
rel(D, "difference", "trade surplus", op("a", "14.2 billion crowns", 14.2 * B, "to 14.2 billion crowns"), op("b", "12.9 billion crowns", 12.9 * B),
    op("diff", "1.3 billion crowns", 1.3 * B))
rel(D, "shares", "exports by product", op("share", "41 percent", 41), op("share", "23 percent", 23), op("share", "19 percent", 19), op("share", "17 percent", 17))
rel(D, "multiple", "tariff doubled", op("from", "8 percent", 8, "from 8 percent"), op("to", "16 percent", 16), op("factor", "doubled", 2))
rel(D, "percent-of", "largest market's share of exports", op("part", "3.1 billion crowns", 3.1 * B), op("whole", "14.2 billion crowns", 14.2 * B, "to 14.2 billion crowns"),
    op("percent", "22 percent", 22), approx=True)

# ------------------------------------------------------------------ 14 crime (choice)
article("fresh2-14-crime", "Police arrest 17 in raids on car theft gang", "2025-12-01", """
RIVERTON, Dec. 1 (Metro Wire) - Police arrested 17 people in dawn raids on Friday targeting a gang suspected of stealing cars to order and shipping them abroad in containers.

Eleven of the arrests were made in Riverton and six in the neighbouring town of Oakfield, police said. Detectives seized 34 vehicles, about $240,000 in cash and equipment used to copy electronic keys.

The 17 suspects, aged between 19 and 63, will appear before Riverton magistrates on Wednesday, Dec. 3. Most face charges of theft and conspiracy; two are also accused of money laundering.

Detective Superintendent Carla Mendes said the investigation, which began in March, had involved 60 officers and police forces in two other countries. "These are not joyriders. This is a business, and a well-run one," she said.

The raids come as car crime in the city is falling. Car thefts have halved since 2022, from 1,240 that year to 620 last year, largely because newer models are harder to steal. But police say organised gangs now account for a growing share of the cars that do go missing.

Other property crime is also down. Burglaries fell by 420 last year, or 14 percent, from 3,000 to 2,580, according to figures published by the city council.

Mendes urged owners of keyless cars to keep their keys in a metal box at night.
""")
D = "fresh2-14-crime"
rel(D, "weekday-published", "day of the raids", op("weekday", "Friday", "2025-11-28"))
rel(D, "sum", "arrests by town", op("total", "17", 17, "arrested 17"), op("part", "Eleven", 11), op("part", "six", 6, "six in"))
rel(D, "restated", "number arrested restated", op("first", "17", 17, "arrested 17"), op("second", "17", 17, "The 17 suspects"))
rel(D, "weekday-date", "court appearance", op("weekday", "Wednesday", "Wednesday"), op("date", "Dec. 3", "2025-12-03"))
rel(D, "multiple", "car thefts halved", op("from", "1,240", 1240), op("to", "620", 620), op("factor", "halved", 0.5))
rel(D, "change", "burglaries fell", op("from", "3,000", 3000), op("to", "2,580", 2580), op("by", "420", 420))
rel(D, "percent-change", "burglaries fell in percent", op("from", "3,000", 3000), op("to", "2,580", 2580), op("percent", "14 percent", 14))

# ------------------------------------------------------------------ 15 culture (choice)
article("fresh2-15-culture", "Vestram art museum reopens after renovation", "2026-10-26", """
VESTRAM, Oct 26 2026 (AW) - The Vestram Museum of Art reopened to the public on Saturday after a four-year renovation, and 12,400 people came through its doors over the weekend, 7,100 on the first day and 5,300 on the second.

The 85 million euro project was paid for by the city (50 million euros), the national heritage fund (25 million euros) and private donors (10 million euros). It doubled the museum's gallery space to 9,000 square metres from 4,500, and the museum can now show about 1,400 of its 14,000 works, or 10 percent of the collection.

The museum was founded in 1896 by a group of local merchants and had its last major renovation in 1958, 62 years later. Much of its wiring and heating dated from that time.

Director Elin Marsk, 49, said the aim had been to make the building "feel like a living room for the whole city, not a treasury for the few". Marsk, who was born in 1977 and grew up in a flat two streets away, said she first visited the museum on a school trip.

Highlights of the new displays include a room devoted to the marine painter Anders Holt and a gallery of textiles from the region's fishing villages, many of them shown for the first time.

Admission is free until the end of November. After that, tickets will cost 18 euros, with free entry for visitors under 21 and on the first Sunday of every month.
""")
D = "fresh2-15-culture"
rel(D, "weekday-published", "reopening day", op("weekday", "Saturday", "2026-10-24"))
rel(D, "sum", "weekend visitors by day", op("total", "12,400", 12400), op("part", "7,100", 7100), op("part", "5,300", 5300))
rel(D, "total-of-list", "renovation funding by source", op("total", "85 million euro", 85 * M), op("part", "50 million euros", 50 * M),
    op("part", "25 million euros", 25 * M), op("part", "10 million euros", 10 * M))
rel(D, "multiple", "gallery space doubled", op("from", "4,500", 4500), op("to", "9,000", 9000), op("factor", "doubled", 2))
rel(D, "percent-of", "share of collection on show", op("part", "1,400", 1400), op("whole", "14,000", 14000), op("percent", "10 percent", 10), approx=True)
rel(D, "year-span", "founding to last renovation", op("start", "1896", 1896), op("end", "1958", 1958), op("years", "62 years", 62))
rel(D, "age", "director's age", op("age", "49", 49), op("born", "1977", 1977))


def main() -> None:
    for a in ARTICLES:
        words = len(a["text"].split())
        assert 180 <= words <= 260, (a["id"], words)
    assert len({a["id"] for a in ARTICLES}) == len(ARTICLES) == 15
    (HERE / "articles.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    (HERE / "relations.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RELATIONS), encoding="utf-8")
    counts: dict[str, int] = {}
    for r in RELATIONS:
        counts[r["type"]] = counts.get(r["type"], 0) + 1
    print(f"{len(ARTICLES)} articles, {len(RELATIONS)} relations")
    print(", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))


if __name__ == "__main__":
    main()
