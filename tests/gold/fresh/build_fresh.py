"""Builds articles.jsonl and relations.jsonl of the fresh set from the texts and annotations below.

Each operand is given by its surface and, when the surface occurs more than once, a longer unique
anchor that contains it; the offsets are computed here and checked (text[start:end] == surface), and
every relation is checked to hold (tests.evaluation.relations.holds). Run from the repository root:

    .venv/bin/python -m tests.gold.fresh.build_fresh
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.evaluation.edits import weekday_of
from tests.evaluation.relations import holds

HERE = Path(__file__).resolve().parent
M, B = 1_000_000, 1_000_000_000

ARTICLES: list[dict] = []
RELATIONS: list[dict] = []


def article(doc, title, published, text):
    assert weekday_of(published), published
    ARTICLES.append({"id": doc, "title": title, "published": published, "text": text.strip() + "\n"})


def op(role, surface, value, anchor=None):
    return (role, surface, value, anchor)


def rel(doc, rtype, note, *ops):
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
    r = {"set": "fresh", "doc": doc, "type": rtype, "operands": out, "note": note}
    assert holds(rtype, out, pub) is True, (doc, rtype, note)
    RELATIONS.append(r)


# ------------------------------------------------------------------ 1 politics
article("fresh-01-politics", "Three ministers quit Marchetti government", "2025-03-04", """
HARLOW BAY, March 4, 2025 (Wire) - Three ministers resigned from the government of Governor Elaine Marchetti on Monday, deepening a crisis that has dogged the Calder Province administration since the autumn.

Transport minister Owen Prideaux, health minister Sunita Vale and culture minister Rafael Idris handed in their letters within an hour of each other, citing the governor's handling of a disputed ports contract worth $310 million.

Marchetti, 58, told reporters outside the legislature that she would not step down. "I was elected to finish a job, and I intend to finish it," she said.

The governing coalition holds 47 of the 90 seats in the provincial assembly, leaving the opposition with 43. A confidence motion tabled by the opposition Liberal Renewal party is scheduled for Thursday, March 13. Party whips said at least two coalition members were undecided.

Marchetti, who was born in 1967 in the mining town of Eastvale, first entered the assembly in 2009 and became governor 12 years later, in 2021. She has survived two previous challenges to her leadership.

The departing ministers will be replaced on an interim basis by their deputies, the governor's office said. Prideaux, the most senior of the three, had served in the cabinet since 2017.
""")
D = "fresh-01-politics"
rel(D, "list-count", "ministers who resigned", op("count", "Three", 3, "Three ministers resigned"),
    op("item", "Owen Prideaux", "Owen Prideaux"), op("item", "Sunita Vale", "Sunita Vale"), op("item", "Rafael Idris", "Rafael Idris"))
rel(D, "remainder", "assembly seats", op("total", "90", 90), op("part", "47", 47), op("rest", "43", 43))
rel(D, "weekday-date", "confidence motion", op("weekday", "Thursday", "Thursday"), op("date", "March 13", "2025-03-13"))
rel(D, "age", "governor's age", op("age", "58", 58), op("born", "1967", 1967))
rel(D, "year-span", "assembly to governorship", op("start", "2009", 2009), op("end", "2021", 2021), op("years", "12 years", 12))

# ------------------------------------------------------------------ 2 business / markets
article("fresh-02-markets", "Brennock Foods shares slide after second profit warning", "2025-01-17", """
NEW CARRICK, Jan. 17, 2025 (Wire) - Shares in Brennock Foods, which had closed at 40 marks on Wednesday, fell 3.20 marks, or 8 percent, to 36.80 marks on Thursday after the snack maker cut its full-year profit forecast for the second time in four months.

The company now expects operating profit of 112 million marks for the year to March, down from the 140 million marks it forecast in September, a cut of 28 million marks. Chief executive Tamsin Hale blamed higher cocoa and packaging costs and weaker sales in its two largest export markets.

Revenue in the third quarter was 610 million marks, of which 425 million marks came from the home market and 185 million marks from exports. Export sales fell by a fifth from a year earlier, the company said.

"We are not going to chase volume by cutting prices," Hale said on a call with analysts. She said the company would close its Dunmore bakery, which employs 240 people, by the end of the year.

The wider market was calmer. The benchmark Carrick 40 index slipped from 2,200.5 to 2,167.5 points, a fall of 1.5 percent, with consumer stocks the weakest sector.

Analysts at Merriot Securities lowered their price target on Brennock to 34 marks. The company has lost about a third of its market value since it listed in 2019.
""")
D = "fresh-02-markets"
rel(D, "change", "share price move", op("from", "40 marks", 40, "closed at 40 marks"), op("by", "3.20 marks", 3.2), op("to", "36.80 marks", 36.8))
rel(D, "percent-change", "share price move in percent", op("from", "40 marks", 40, "closed at 40 marks"), op("percent", "8 percent", 8), op("to", "36.80 marks", 36.8))
rel(D, "change", "profit forecast cut", op("to", "112 million marks", 112 * M), op("from", "140 million marks", 140 * M), op("by", "28 million marks", 28 * M))
rel(D, "sum", "quarterly revenue by market", op("total", "610 million marks", 610 * M), op("part", "425 million marks", 425 * M), op("part", "185 million marks", 185 * M))
rel(D, "percent-change", "index move", op("from", "2,200.5", 2200.5), op("to", "2,167.5", 2167.5), op("percent", "1.5 percent", 1.5))

# ------------------------------------------------------------------ 3 transport
article("fresh-03-transport", "Driver shortage forces Nordfjell to cut 38 daily trains", "2025-02-11", """
LINDQVIST, Feb. 11, 2025 (Wire) - The regional rail operator Nordfjell Trafik will cut 38 daily services starting Monday, February 24, blaming a shortage of train drivers.

Of the 38 services, 26 run on the coastal line between Lindqvist and Havsund and the remaining 12 on the inland branch to Ostmark, the company said in a statement.

The operator has 212 qualified drivers against the 243 it needs to run the full timetable, a shortfall of 31. Training a new driver takes about 14 months, and the first of 40 recruits now in training will not qualify before the summer.

The cuts come as the network is busier than ever. Passenger journeys rose from 4.1 million in 2023 to 4.6 million last year, an increase of about 12 percent.

"People have come back to the trains, and now we are telling them to stand on a platform for an extra hour," said Greta Holmlund, who chairs the Coastal Passengers' Association.

Campaigners fear for the inland branch, which opened in 1911 and was last threatened with closure in 1987, 76 years later. Its trains will run every two hours instead of hourly under the new timetable.

Nordfjell said the reduced timetable would stay in place until at least June 15.
""")
D = "fresh-03-transport"
rel(D, "weekday-date", "start of reduced timetable", op("weekday", "Monday", "Monday"), op("date", "February 24", "2025-02-24"))
rel(D, "restated", "number of services cut", op("first", "38", 38, "cut 38 daily"), op("second", "38", 38, "Of the 38 services"))
rel(D, "sum", "services by line", op("total", "38", 38, "Of the 38 services"), op("part", "26", 26), op("part", "12", 12, "remaining 12"))
rel(D, "difference", "driver shortfall", op("a", "243", 243), op("b", "212", 212), op("diff", "31", 31))
rel(D, "percent-change", "passenger journeys", op("from", "4.1 million", 4.1 * M), op("to", "4.6 million", 4.6 * M), op("percent", "12 percent", 12))
rel(D, "year-span", "inland branch history", op("start", "1911", 1911), op("end", "1987", 1987), op("years", "76 years", 76))

# ------------------------------------------------------------------ 4 elections
article("fresh-04-elections", "Okafor wins third term as Velmore mayor", "2025-04-28", """
VELMORE, April 28, 2025 (Wire) - Mayor Dara Okafor won a third term in Velmore, taking 52.4 percent of the vote against 38.9 percent for her main challenger, businessman Piet Lindgren, and 8.7 percent for the independent Hana Sorel, final results showed.

Of the 182,400 registered voters, 97,300 cast a ballot in the election held on Sunday, April 27, a turnout of 53.3 percent.

Okafor's Progress Alliance also became the largest group on the 31-seat city council with 14 seats. Lindgren's Civic Union won 12 seats and the Greens took the remaining 5.

"Velmore has chosen to keep building," Okafor told supporters at a riverside hall shortly after midnight. Lindgren conceded at about 11 p.m. and said he would take up his seat on the council.

Election officials said 1,420 ballots were declared invalid, most of them left blank. The turnout of 53.3 percent was the highest in a municipal election in the city since 2009.

Okafor, a former schoolteacher, was first elected mayor in 2017. Her new term runs until 2029.
""")
D = "fresh-04-elections"
rel(D, "shares", "mayoral vote shares", op("share", "52.4 percent", 52.4), op("share", "38.9 percent", 38.9), op("share", "8.7 percent", 8.7))
rel(D, "percent-of", "turnout", op("part", "97,300", 97300), op("whole", "182,400", 182400), op("percent", "53.3 percent", 53.3, "a turnout of 53.3 percent"))
rel(D, "weekday-date", "election day", op("weekday", "Sunday", "Sunday"), op("date", "April 27", "2025-04-27"))
rel(D, "sum", "council seats", op("total", "31-seat", 31), op("part", "14", 14, "14 seats"), op("part", "12", 12, "12 seats"), op("part", "5", 5, "remaining 5"))
rel(D, "restated", "turnout restated", op("first", "53.3 percent", 53.3, "a turnout of 53.3 percent"), op("second", "53.3 percent", 53.3, "The turnout of 53.3 percent"))

# ------------------------------------------------------------------ 5 budgets
article("fresh-05-budget", "Ashbourne approves $1.84 billion budget", "2025-05-14", """
ASHBOURNE, May 14, 2025 (Wire) - Ashbourne County's council on Tuesday approved a $1.84 billion budget for the fiscal year starting July 1, up 4.5 percent from $1.76 billion this year, after a late-night debate over cuts to library hours.

The spending plan includes $720 million for schools, $410 million for adult and children's social care, $265 million for roads and public transit and $445 million for all other services, from parks to the county's courts.

It also raises the property tax by 3.9 percent, which the county's finance office says will add about $86 a year to a typical homeowner's bill of $2,210.

The 13-member council voted 9 to 4 in favour. All four opponents belong to the Ratepayers' Group, whose leader, Colm Barrow, said the county "keeps asking families to pay more for less."

Budget chair Ines Kovac defended the plan, pointing out that the $720 million for schools would pay for 85 additional teachers and for repairs at 12 buildings. "We have protected the things people rely on most," she said.

Branch libraries will close on Mondays from September, saving an estimated $1.3 million a year.
""")
D = "fresh-05-budget"
rel(D, "sum", "budget by service", op("total", "$1.84 billion", 1.84 * B, "a $1.84 billion budget"),
    op("part", "$720 million", 720 * M, "includes $720 million"), op("part", "$410 million", 410 * M),
    op("part", "$265 million", 265 * M), op("part", "$445 million", 445 * M))
rel(D, "percent-change", "budget growth", op("from", "$1.76 billion", 1.76 * B), op("to", "$1.84 billion", 1.84 * B, "a $1.84 billion budget"), op("percent", "4.5 percent", 4.5))
rel(D, "percent-of", "property tax rise on typical bill", op("part", "$86", 86), op("whole", "$2,210", 2210), op("percent", "3.9 percent", 3.9))
rel(D, "sum", "council vote", op("total", "13-member", 13), op("part", "9", 9, "voted 9 to"), op("part", "4", 4, "9 to 4"))
rel(D, "restated", "schools allocation restated", op("first", "$720 million", 720 * M, "includes $720 million"), op("second", "$720 million", 720 * M, "the $720 million for schools"))
rel(D, "restated", "number of opponents", op("first", "4", 4, "9 to 4"), op("second", "four", 4, "All four opponents"))

# ------------------------------------------------------------------ 6 sport
article("fresh-06-sport", "Reyes hat-trick takes Port Ellery five points clear", "2025-03-10", """
PORT ELLERY, March 10, 2025 (Wire) - Tomas Reyes scored all three goals as Port Ellery beat Kinross Athletic 3-1 on Sunday to move five points clear at the top of the Northern League.

The 19-year-old striker, born in 2006 in the harbour district a mile from the ground, struck in the 12th, 40th and 77th minutes before a crowd of 18,250. Kinross's only reply came from a penalty by captain Ewan Rudd.

The win took Port Ellery to 54 points from 26 games, with 16 wins, six draws and four defeats. Second-placed Dunmore Rovers, who drew 0-0 at Falkirk Road, have 49.

"He is a special player, but it's a team that scores goals," manager Lise Andersen said of Reyes, who now has 21 league goals this season.

Port Ellery have not won the league since 1998. Andersen, who played in that title-winning side, has been in charge for three seasons.

With 12 games left, Port Ellery's 54 points already match their total from the whole of last season.
""")
D = "fresh-06-sport"
rel(D, "list-count", "minutes of the three goals", op("count", "three", 3, "all three goals"),
    op("item", "12th", "12th"), op("item", "40th", "40th"), op("item", "77th", "77th"))
rel(D, "age", "striker's age", op("age", "19-year-old", 19), op("born", "2006", 2006))
rel(D, "sum", "games played", op("total", "26", 26, "from 26 games"), op("part", "16", 16, "16 wins"), op("part", "six", 6, "six draws"), op("part", "four", 4, "four defeats"))
rel(D, "difference", "lead at the top", op("a", "54", 54, "to 54 points"), op("b", "49", 49), op("diff", "five", 5, "five points clear"))
rel(D, "restated", "points total restated", op("first", "54", 54, "to 54 points"), op("second", "54", 54, "Ellery's 54 points"))

# ------------------------------------------------------------------ 7 health
article("fresh-07-health", "Orrin Valley measles outbreak reaches 64 cases", "2025-06-05", """
ORRIN FALLS, June 5, 2025 (Wire) - Health officials confirmed nine more cases of measles in the Orrin Valley on Wednesday, bringing the total since the outbreak began in mid-May to 64. The count had stood at 55 at the start of the week.

Of the 64 cases, 41 are children and 23 are adults, according to the valley's public health office. Eleven people, or 17 percent of those infected, have needed hospital treatment; none has died.

"Every one of these cases was preventable," said Dr. Miriam Osei, the region's director of public health. She urged parents to check their children's records and said the office would open a walk-in vaccination clinic at the Orrin Falls community centre on Saturday, June 7.

Most of the cases have been traced to two primary schools and a church youth group in the town of Kellet, where officials say fewer than four in five children have received both doses of the vaccine.

The clinic will be open from 9 a.m. to 5 p.m. and will offer the vaccine free of charge to anyone over the age of one. Dr. Osei said a second clinic would follow in Kellet if demand was high.

The previous largest outbreak in the valley, in 2019, infected 38 people over four months.
""")
D = "fresh-07-health"
rel(D, "update", "case count update", op("before", "55", 55), op("added", "nine", 9, "nine more"), op("after", "64", 64, "mid-May to 64"))
rel(D, "sum", "cases by age group", op("total", "64", 64, "Of the 64 cases"), op("part", "41", 41), op("part", "23", 23))
rel(D, "percent-of", "hospitalised share", op("part", "Eleven", 11), op("whole", "64", 64, "Of the 64 cases"), op("percent", "17 percent", 17))
rel(D, "weekday-date", "clinic opening", op("weekday", "Saturday", "Saturday"), op("date", "June 7", "2025-06-07"))
rel(D, "restated", "case total restated", op("first", "64", 64, "mid-May to 64"), op("second", "64", 64, "Of the 64 cases"))

# ------------------------------------------------------------------ 8 courts
article("fresh-08-courts", "Rowing club treasurer jailed for £186,400 fraud", "2025-02-20", """
WEXHAM, Feb. 20, 2025 (Wire) - A former treasurer of the Wexham Rowing Club who stole £186,400 from its accounts over six years was jailed for four years and three months at Wexham Crown Court on Wednesday.

Graham Potts, 54, of Millbrook Lane, had pleaded guilty to fraud by abuse of position. The court heard that he moved money from the club's savings account into his own between 2016 and 2022, hiding the transfers in spreadsheets he presented to the committee each year.

Prosecutor Anya Whitlock said £121,000 of the money had been spent on online gambling and the remaining £65,400 on holidays, a car and home improvements.

The theft came to light when a new treasurer, retired accountant Ruth Agyeman, could not reconcile the club's bank statements with Potts's figures. By then the club had £2,310 left in its savings account and had to cancel plans to replace two of its boats.

Judge Martin Coley told the 54-year-old he had "betrayed people who trusted him completely." A hearing to decide how much of the £186,400 can be recovered will be held on Friday, April 11.

The club, founded in 1883, said it had since introduced a second signatory on all payments.
""")
D = "fresh-08-courts"
rel(D, "remainder", "how the money was spent", op("total", "£186,400", 186400, "stole £186,400"), op("part", "£121,000", 121000), op("rest", "£65,400", 65400))
rel(D, "year-span", "period of the thefts", op("start", "2016", 2016), op("end", "2022", 2022), op("years", "six years", 6, "over six years"))
rel(D, "restated", "amount stolen restated", op("first", "£186,400", 186400, "stole £186,400"), op("second", "£186,400", 186400, "of the £186,400"))
rel(D, "restated", "defendant's age restated", op("first", "54", 54, "Potts, 54"), op("second", "54-year-old", 54))
rel(D, "weekday-date", "recovery hearing", op("weekday", "Friday", "Friday"), op("date", "April 11", "2025-04-11"))

# ------------------------------------------------------------------ 9 weather
article("fresh-09-weather", "Storm Ilse sets wind record, leaves thousands without power", "2025-01-27", """
CARROW, Jan. 27, 2025 (Wire) - Storm Ilse swept across the western coast over the weekend, bringing record winds, flooding dozens of roads and leaving thousands of homes without power.

A gust of 148 km/h was measured at Skerry Head lighthouse on Saturday night, 9 km/h above the previous record of 139 km/h set there in 1998, the national weather service said.

Rainfall at Carrow airport reached 102 millimetres in the 48 hours to Sunday morning, twice the January average of 51 millimetres.

At the height of the storm 46,000 homes were without electricity. By Sunday evening the grid operator had reconnected 29,500 of them, leaving 16,500 still waiting, most in remote villages on the Ardmore peninsula.

"Some of these lines run across open hillside, and our crews can only climb the poles once the wind drops," said Nils Brandt, a spokesman for Westgrid.

Schools in 14 districts stayed closed on Monday. The weather service kept an amber wind warning in place until Wednesday, January 29, and said a second, weaker system could arrive by the weekend.

Insurers said it was too early to estimate the cost of the damage.
""")
D = "fresh-09-weather"
rel(D, "difference", "new gust record over old", op("a", "148 km/h", 148), op("b", "139 km/h", 139), op("diff", "9 km/h", 9, "night, 9 km/h"))
rel(D, "multiple", "rainfall against monthly average", op("to", "102 millimetres", 102), op("factor", "twice", 2), op("from", "51 millimetres", 51))
rel(D, "remainder", "homes still without power", op("total", "46,000", 46000), op("part", "29,500", 29500), op("rest", "16,500", 16500))
rel(D, "weekday-date", "end of wind warning", op("weekday", "Wednesday", "Wednesday"), op("date", "January 29", "2025-01-29"))

# ------------------------------------------------------------------ 10 schools
article("fresh-10-schools", "Bramwell board votes to close two elementary schools", "2025-04-09", """
BRAMWELL, April 9, 2025 (Wire) - The Bramwell school board voted on Tuesday night to close two elementary schools, Lakeside and Orchard Hill, at the end of the school year, citing a steady fall in the number of children in the district.

Enrollment across the district's 23 schools has fallen from 14,200 in 2015 to 11,650 this year, a drop of 2,550, or about 18 percent, according to figures presented to the board.

The closures affect 480 pupils. Of those, 312, or 65 percent, will move to Westgate Elementary, which is being expanded with six new classrooms, and the other 168 to Pine Street Elementary.

Parents packed the meeting, and several urged the board to wait another year. "Lakeside is the reason we bought our house," said Farah Nadeem, whose two children attend the school.

Lakeside opened in 1962 and was extended in 1994, 32 years later, to add a gymnasium and library. The board said the building would be offered to the city for community use.

Superintendent Joel Whitcombe said the closures would save about $2.7 million a year, money that would be spent on reading support and on hiring 11 special education staff.

The vote was 5 to 2.
""")
D = "fresh-10-schools"
rel(D, "list-count", "schools to close", op("count", "two", 2, "close two elementary"), op("item", "Lakeside", "Lakeside", "Lakeside and Orchard"), op("item", "Orchard Hill", "Orchard Hill"))
rel(D, "change", "enrollment fall", op("from", "14,200", 14200), op("to", "11,650", 11650), op("by", "2,550", 2550))
rel(D, "percent-change", "enrollment fall in percent", op("from", "14,200", 14200), op("to", "11,650", 11650), op("percent", "18 percent", 18))
rel(D, "percent-of", "pupils moving to Westgate", op("part", "312", 312), op("whole", "480", 480), op("percent", "65 percent", 65))
rel(D, "remainder", "pupils moving to Pine Street", op("total", "480", 480), op("part", "312", 312), op("rest", "168", 168))
rel(D, "year-span", "Lakeside building", op("start", "1962", 1962), op("end", "1994", 1994), op("years", "32 years", 32))

# ------------------------------------------------------------------ 11 obituary (choice)
article("fresh-11-obituary", "Ilona Varga, composer of the Tarsa hills, dies at 87", "2025-03-21", """
SZERENCS, March 21, 2025 (Wire) - Ilona Varga, the composer whose operas carried the folk songs of the Tarsa hills to the world's great stages, died on Wednesday, March 19, at her home in Szerencs. She was 87.

Her family said she had been ill for several months.

Born in 1938 in the village of Halmos, Varga learned to sing before she could read, and spent her twenties travelling the hill villages with a tape recorder. She wrote her first opera, The Miller's Daughters, in 1961 and her last, The Salt Road, in 2004, 43 years later.

In all she composed 14 operas, more than 200 songs and a cello concerto that became a staple of the international repertoire after its premiere in Vienna.

"She made the old songs new without ever taking them from the people who sang them," said the conductor Pal Reti, who led the premiere of The Salt Road.

Of her 14 operas, nine were first performed at the National Opera House in Keszt, where a memorial concert will be held next month.

Varga married the poet Endre Lasz in 1965; he died in 2011. She is survived by three children, Anna, Mikkel and Jonas, and by seven grandchildren.
""")
D = "fresh-11-obituary"
rel(D, "weekday-date", "date of death", op("weekday", "Wednesday", "Wednesday"), op("date", "March 19", "2025-03-19"))
rel(D, "age", "age at death", op("age", "87", 87, "She was 87"), op("born", "1938", 1938))
rel(D, "year-span", "first to last opera", op("start", "1961", 1961), op("end", "2004", 2004), op("years", "43 years", 43))
rel(D, "restated", "number of operas", op("first", "14", 14, "composed 14 operas"), op("second", "14", 14, "Of her 14 operas"))
rel(D, "list-count", "children", op("count", "three", 3, "three children"), op("item", "Anna", "Anna"), op("item", "Mikkel", "Mikkel"), op("item", "Jonas", "Jonas"))

# ------------------------------------------------------------------ 12 energy (choice)
article("fresh-12-energy", "Government approves $3.1 billion Greyshoal wind farm", "2025-02-03", """
KESTREL HAVEN, Feb. 3, 2025 (Wire) - The government on Monday approved the Greyshoal offshore wind farm, a $3.1 billion project that its backers say will supply enough electricity for 900,000 homes when it is completed in 2029.

The state investment fund will put in $1.24 billion, or 40 percent of the cost, with the rest coming from a consortium led by the utility Nordlys Energi.

The project combines 960 megawatts of wind turbines with a 290-megawatt battery installation on the coast, for a total capacity of 1,250 megawatts. Preparatory work at the Kestrel Haven port will begin on Tuesday, April 1.

Wind already supplied 41 percent of the country's electricity last year, ahead of gas at 27 percent, hydropower at 18 percent, solar at 9 percent and other sources at 5 percent, according to the grid operator.

Energy minister Rosa Lindahl said Greyshoal would help close the country's last two gas-fired plants by the early 2030s. "This is the single biggest step we have taken," she said.

Fishing groups have opposed the project, saying the turbines will close traditional grounds to about 120 boats. The consortium has offered a compensation fund of $45 million.
""")
D = "fresh-12-energy"
rel(D, "percent-of", "state fund's share of the cost", op("part", "$1.24 billion", 1.24 * B), op("whole", "$3.1 billion", 3.1 * B, "a $3.1 billion project"), op("percent", "40 percent", 40))
rel(D, "sum", "capacity", op("total", "1,250 megawatts", 1250), op("part", "960 megawatts", 960), op("part", "290-megawatt", 290))
rel(D, "shares", "electricity mix", op("share", "41 percent", 41), op("share", "27 percent", 27), op("share", "18 percent", 18),
    op("share", "9 percent", 9), op("share", "5 percent", 5))
rel(D, "weekday-date", "start of works", op("weekday", "Tuesday", "Tuesday"), op("date", "April 1", "2025-04-01"))

# ------------------------------------------------------------------ 13 housing (choice)
article("fresh-13-housing", "Marrowby house prices rise fastest in region", "2025-05-22", """
MARROWBY, May 22, 2025 (Wire) - The average house price in Marrowby rose 6.2 percent in the year to April, to £263,400 from £248,000, an increase of £15,400 and the fastest growth of any city in the region, figures from the Land Registry showed on Thursday.

The average home now costs 8.5 times the average annual salary in the city, which stood at £31,000 last year.

Builders completed 1,140 new homes in Marrowby last year, 360 short of the council's target of 1,500. Of the new homes, 290 were classed as affordable, well below what campaigners say is needed.

"Young people who grew up here simply cannot stay," said Beth Ansah of the Marrowby Housing Forum. Her group wants the council to require developers to make a third of each new scheme affordable.

Council leader Femi Lawal said a plan to be published in July would identify land for 9,000 homes over the next decade. "We are not going to hit our targets by wishing for it," he said.

Rents have risen too. The average monthly rent for a two-bedroom flat reached £1,050 in April, according to the letting agents' association.
""")
D = "fresh-13-housing"
rel(D, "percent-change", "house price growth", op("percent", "6.2 percent", 6.2), op("to", "£263,400", 263400), op("from", "£248,000", 248000))
rel(D, "change", "house price increase", op("to", "£263,400", 263400), op("from", "£248,000", 248000), op("by", "£15,400", 15400))
rel(D, "multiple", "price to earnings", op("factor", "8.5 times", 8.5), op("to", "£263,400", 263400), op("from", "£31,000", 31000))
rel(D, "difference", "homes short of target", op("b", "1,140", 1140), op("diff", "360", 360), op("a", "1,500", 1500))

# ------------------------------------------------------------------ 14 agriculture (choice)
article("fresh-14-agriculture", "Drought cuts Drava wheat harvest", "2025-06-12", """
DRAVA, June 12, 2025 (Wire) - Farmers on the Drava plain expect to harvest 2.4 million tonnes of wheat this summer, down from 3.1 million tonnes last year, a fall of 700,000 tonnes, after the driest spring in more than half a century.

Only 18 millimetres of rain fell on the plain in May, a third of the usual 54 millimetres, the state weather office said.

Four counties, Velka, Rusin, Sobota and Merin, have declared drought emergencies, allowing farmers there to draw water from protected reservoirs.

The agriculture ministry on Wednesday announced an aid package of 85 million crowns, made up of 60 million crowns in direct payments to growers and 25 million crowns to help pay for irrigation equipment.

"It is a start, but it will not save the harvest," said Jan Hruby, 66, who farms 140 hectares near Rusin. Hruby, who was born on the farm in 1959, said he had never seen the soil so dry in June.

Grain traders said lower domestic supply was likely to push up flour prices by the autumn. The ministry said the country would not need to import wheat, as stocks from last year's harvest stood at 900,000 tonnes.
""")
D = "fresh-14-agriculture"
rel(D, "change", "harvest forecast", op("to", "2.4 million tonnes", 2.4 * M), op("from", "3.1 million tonnes", 3.1 * M), op("by", "700,000 tonnes", 700000))
rel(D, "multiple", "May rainfall against normal", op("to", "18 millimetres", 18), op("factor", "a third", 1 / 3), op("from", "54 millimetres", 54))
rel(D, "list-count", "counties in emergency", op("count", "Four", 4), op("item", "Velka", "Velka"), op("item", "Rusin", "Rusin", "Velka, Rusin"),
    op("item", "Sobota", "Sobota"), op("item", "Merin", "Merin"))
rel(D, "sum", "aid package", op("total", "85 million crowns", 85 * M), op("part", "60 million crowns", 60 * M), op("part", "25 million crowns", 25 * M))
rel(D, "age", "farmer's age", op("age", "66", 66), op("born", "1959", 1959))

# ------------------------------------------------------------------ 15 labour (choice)
article("fresh-15-labour", "Glenmoor nurses to strike after ballot", "2025-01-09", """
GLENMOOR, Jan. 9, 2025 (Wire) - Nurses at Glenmoor's three public hospitals will walk out on Tuesday, January 21, and Wednesday, January 22, after their union's members voted overwhelmingly for strike action in a dispute over pay and staffing.

Of the 8,600 members of Health Workers United who were balloted, 6,020 returned their papers, a turnout of 70 percent. Of those who voted, 4,816, or 80 percent, backed a strike, the union said on Wednesday.

The health authority has offered a pay rise of 3 percent this year. The union is asking for 9 percent, arguing that wages have fallen behind the cost of living for a decade, leaving the two sides six percentage points apart.

"Nobody goes into nursing to stand on a picket line," said union organiser Kerry Mahon, a nurse for 22 years. "But we are losing colleagues every week to agencies and to jobs abroad."

The authority said emergency departments, maternity and intensive care units would stay fully staffed during the walkout, but that about 1,300 planned operations would have to be postponed.

Talks are due to resume on Monday at the offices of the state mediation service.
""")
D = "fresh-15-labour"
rel(D, "weekday-date", "first strike day", op("weekday", "Tuesday", "Tuesday"), op("date", "January 21", "2025-01-21"))
rel(D, "weekday-date", "second strike day", op("weekday", "Wednesday", "Wednesday", "Wednesday, January"), op("date", "January 22", "2025-01-22"))
rel(D, "percent-of", "ballot turnout", op("part", "6,020", 6020), op("whole", "8,600", 8600), op("percent", "70 percent", 70))
rel(D, "percent-of", "share backing a strike", op("part", "4,816", 4816), op("whole", "6,020", 6020), op("percent", "80 percent", 80))
rel(D, "difference", "gap between offer and claim", op("a", "9 percent", 9), op("b", "3 percent", 3), op("diff", "six", 6, "six percentage"))


def main() -> None:
    for a in ARTICLES:
        words = len(a["text"].split())
        assert 150 <= words <= 400, (a["id"], words)
    (HERE / "articles.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    (HERE / "relations.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RELATIONS), encoding="utf-8")
    print(f"{len(ARTICLES)} articles, {len(RELATIONS)} relations")


if __name__ == "__main__":
    main()
