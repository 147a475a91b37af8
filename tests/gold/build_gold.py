"""Build the hand-written gold evaluation set for factlint.

All articles below were written by hand for this evaluation set. People,
companies, agencies and events are fictional (cities, countries and a few
political parties are real, to keep the wire style realistic).

Writes, next to this file:
  consistent.jsonl  - internally consistent base articles
  perturbed.jsonl   - copies of the base articles with exactly ONE edit each,
                      introducing one internal contradiction

Run:  python tests/gold/build_gold.py && python tests/gold/validate_gold.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def article(title: str, *paragraphs: str) -> str:
    return "\n\n".join((title,) + paragraphs)


BASES: list[dict] = []


def base(id_: str, published: str, title: str, *paragraphs: str) -> None:
    BASES.append(
        {"id": id_, "title": title, "published": published, "text": article(title, *paragraphs)}
    )


# ---------------------------------------------------------------------------
# Base articles
# ---------------------------------------------------------------------------

base(
    "base-nordvale-bureau",
    "2023-03-06",  # Monday
    "Nordvale news agency halves Vienna bureau after accreditation row",
    "VIENNA, March 6 (Wire) - The Nordvale Press Agency said on Monday it had cut its Vienna "
    "bureau from 20 to 10 people after Austrian authorities revoked eight accreditations held by "
    "its staff. Two more vacancies were eliminated when the agency decided not to replace "
    "employees who left in January.",
    "Editor-in-chief Margit Havel, 52, said the decision was taken at a board meeting on "
    "Thursday, March 2, 2023, four days before Monday's announcement. Havel, who was born in "
    "1970, has run the agency since 2015.",
    "\"We were given no reason,\" Havel told reporters. \"Of the 14 staff members who were "
    "accredited in Vienna, only six still hold a press card.\"",
    "The 10 employees who remain in the bureau are four reporters, three photographers, two "
    "video editors and an office manager.",
    "The Foreign Press Association, which represents 180 correspondents working in Austria, said "
    "45 of its members, or 25 percent, had received warning letters from the authorities in the "
    "past year. Its chairman, Tobias Lenk, called the move against Nordvale \"unprecedented\" and "
    "said the association would raise the case with two ministries, the Interior Ministry and the "
    "Foreign Ministry.",
    "Nordvale opened its Vienna bureau in 1994 and expanded it in 2004, ten years later, making "
    "it the agency's hub for Central Europe. The bureau's budget fell to 1.6 million euros this "
    "year from 2.0 million euros in 2022, a decline of 20 percent.",
    "Havel said the agency would appeal against the revocations. \"The eight colleagues who lost "
    "their accreditation will keep working for us from Prague,\" she said. Lenk said the "
    "association's board would discuss the case next week.",
)

base(
    "base-research-ship-fire",
    "2024-05-13",  # Monday
    "All 12 rescued after fire on German research ship off Iceland",
    "REYKJAVIK, May 13 (Wire) - All 12 people aboard the German research vessel Solveig Aurora "
    "were rescued on Monday after a fire broke out in its engine room about 90 nautical miles "
    "west of Iceland, the Icelandic coast guard said.",
    "The ship carried a crew of 12: seven sailors and five scientists from the Baltic Marine "
    "Institute in Kiel. Three helicopters, two from the coast guard and one from a Danish navy "
    "frigate, took part in the operation.",
    "Coast guard spokesman Einar Dagsson said two of the rescued were flown to hospital in "
    "Reykjavik with smoke inhalation and the other 10 were taken to the port of Grindavik. "
    "\"They sent the distress call at 5:40 a.m. and our first helicopter was over the ship at "
    "7:15, an hour and 35 minutes later,\" Dagsson said.",
    "The Solveig Aurora, a 64-metre vessel built in 1998, left Kiel on Thursday, May 9, 2024, "
    "four days before the fire, on a three-week expedition to measure ocean temperatures. The "
    "institute bought the ship in 2008, ten years after it was built, from a Norwegian fishing "
    "company.",
    "The expedition's chief scientist, oceanographer Katrin Wolter, 47, who was born in 1977, "
    "said the team had planned to take samples at 30 stations but had reached only six. The 24 "
    "stations still to be sampled account for 80 percent of the programme.",
    "Institute director Henrik Sauer said the instruments on board, worth 2.4 million euros, "
    "were probably lost. He said the institute's three ships - the Solveig Aurora, the Nordlicht "
    "and the Meridian - had been scheduled for a combined 300 days at sea this year, of which the "
    "Solveig Aurora was to spend 120 days, or 40 percent.",
    "Sauer said the two remaining ships would try to cover the 24 missing stations in the "
    "autumn. Wolter, who was among the 10 brought to Grindavik, said the crew had acted calmly "
    "throughout.",
)

base(
    "base-tampere-tram-vote",
    "2022-11-14",  # Monday
    "Tampere voters back tram extension in referendum",
    "TAMPERE, Finland, Nov 14 (Wire) - Voters in the Finnish city of Tampere approved a 310 "
    "million euro extension of the tram network in a referendum on Sunday, November 13, 2022, "
    "with 52 percent voting yes, 45 percent no and 3 percent casting blank ballots, the city "
    "election board said on Monday.",
    "Turnout was 60 percent, with 96,000 of the 160,000 registered voters taking part, up from "
    "48 percent in a 2019 referendum on a new arena.",
    "Mayor Liisa Korhola, 58, who was born in 1964, called the result \"a clear mandate\". "
    "Korhola has championed the project since she took office in 2017, five years ago.",
    "The extension will add 12 kilometres of track and 18 stops, bringing the network to 27 "
    "kilometres from 15 kilometres today. Construction is planned as a four-year project running "
    "from 2024 to 2027, with the first trams due to run on the new lines in 2028.",
    "Three parties - the Greens, the Social Democrats and the National Coalition - campaigned "
    "for a yes vote, while two, the Finns Party and the Christian Democrats, opposed the plan.",
    "The city council voted 41 to 26 on Thursday, June 9, 2022, to hold the referendum, with all "
    "67 members present. Opposition councillor Pekka Salmivaara said the cost had doubled from "
    "155 million euros in the original 2018 plan. \"The 310 million euro price tag is only the "
    "beginning,\" Salmivaara said.",
    "The election board said it would certify the result on Wednesday, November 16, three days "
    "after the vote. Mayor Korhola said tendering for the work would start early next year.",
)

base(
    "base-harwick-earnings",
    "2023-11-09",  # Thursday
    "Harwick Foods quarterly profit jumps 25 percent on snack demand",
    "CHICAGO, Nov 9 (Wire) - Harwick Foods Inc said on Thursday its third-quarter net profit "
    "rose to $75 million from $60 million a year earlier, an increase of $15 million, or 25 "
    "percent, helped by strong demand for its snack brands.",
    "Revenue climbed 10 percent to $1.32 billion from $1.2 billion. The snacks division "
    "accounted for 55 percent of revenue, beverages for 30 percent and frozen meals for the "
    "remaining 15 percent.",
    "Chief Executive Daniel Okafor, 61, who was born in 1962, said online sales had tripled over "
    "two years to $120 million from $40 million. \"Consumers are buying more of our products "
    "directly from us,\" Okafor said.",
    "The company said it would close two of its nine U.S. plants, in Dayton, Ohio, and Fresno, "
    "California, by the end of 2024, leaving seven. Chief Financial Officer Maria Lindqvist said "
    "the closures would cost 400 jobs, 250 in Dayton and 150 in Fresno.",
    "Lindqvist said the 400 job cuts would be partly offset by 120 new positions at a "
    "distribution centre in Memphis, Tennessee, due to open in 2025. The closures are expected to "
    "save $45 million a year, she said.",
    "Harwick, founded in 1946 and listed on the New York Stock Exchange in 1971, 25 years later, "
    "raised its full-year profit forecast to $290 million from $270 million, an increase of $20 "
    "million. Okafor will present a three-year strategy covering 2024 to 2026 to investors on "
    "Tuesday, November 14, 2023.",
    "Shares of Harwick rose 8 percent to $54 in early trading after the results were released "
    "on Thursday, from Wednesday's close of $50.",
)

base(
    "base-marseille-port-protest",
    "2023-09-18",  # Monday
    "French police detain 40 after Marseille dock workers' protest turns violent",
    "MARSEILLE, Sept 18 (Wire) - French police detained 40 people and 21 people were wounded on "
    "Saturday, September 16, 2023, when a protest by dock workers against automation at the port "
    "of Marseille turned violent, officials said on Monday.",
    "Of the 40 detained, 31 were later freed without charge and nine were charged with violence "
    "against police officers, prosecutor Helene Marchand said. Among the 21 wounded were 13 "
    "police officers and eight protesters, and two of them remained in hospital on Monday.",
    "The protest was called by three unions - the Port Workers' Union, the Dockers' Federation "
    "and the Maritime Solidarity Union - which say the port's plan to install automated cranes "
    "will cost 600 of its 2,400 jobs, or 25 percent.",
    "Police put the size of the crowd at 3,000, while organisers said 4,500 people took part, 50 "
    "percent more than the police estimate.",
    "The automation plan, approved by the port's board in 2021, is a five-year programme running "
    "from 2022 to 2026 and will cost 380 million euros. Port authority president Olivier Brunet, "
    "55, who was born in 1968, defended the plan. \"Without automation, we will lose traffic to "
    "Genoa and Barcelona,\" Brunet said.",
    "It was the second protest in a week. On Tuesday, September 12, 2023, four days before "
    "Saturday's clashes, about 800 workers marched peacefully through the city centre.",
    "Marchand said the nine people charged would appear in court on October 4. Union leaders "
    "said they would decide on further action after meeting Brunet, who has invited the unions "
    "to talks.",
)

base(
    "base-flanders-coast-tour",
    "2021-06-21",  # Monday
    "Verbeek wins Tour of the Flanders Coast by 42 seconds",
    "OSTEND, Belgium, June 21 (Wire) - Dutch cyclist Sanne Verbeek, 24, won the five-day Tour "
    "of the Flanders Coast on Sunday, June 20, 2021, finishing 42 seconds ahead of Italy's "
    "Giulia Ferrante, organisers said on Monday.",
    "The women's race ran from Wednesday, June 16, to Sunday, June 20, over five stages totalling "
    "640 kilometres. Verbeek, who was born in 1997, won two of the five stages, Ferrante won two "
    "and Belgium's Lotte Maes took the other one.",
    "Of the 96 riders from 16 teams who started, 78 finished. The other 18 abandoned, most of them "
    "after a crash on the third stage in which 11 riders fell.",
    "Verbeek's 42-second margin came largely from a time trial on the fourth day, which she won "
    "in 28 minutes 10 seconds, 35 seconds faster than Ferrante, who clocked 28 minutes 45 seconds.",
    "Ferrante, 29, who was born in 1992, said the crash had cost her team two riders. Two teams, "
    "Team Kestrel and Van Dijk Cycling, finished with all six of their riders.",
    "Prize money rose to 60,000 euros from 40,000 euros last year, an increase of 50 percent, of "
    "which the winner received 12,000 euros, or 20 percent.",
    "Race director Pieter Claes said next year's edition would be extended to six stages. Claes "
    "said the organisers had received applications from 31 teams, up from 16 teams this year, "
    "almost double.",
)

base(
    "base-germany-police-posts",
    "2024-11-18",  # Monday
    "Germany to create 3,600 police and customs posts, interior minister says",
    "BERLIN, Nov 18 (Wire) - German Interior Minister Karl Brandt said on Monday the government "
    "would create 3,600 new posts at the federal police and the customs service over five years, "
    "in a programme running from 2025 to 2029.",
    "Of the new posts, 2,400 will go to the federal police and 1,200 to customs, Brandt told a "
    "news conference in Berlin. The federal police budget will rise 12 percent to 4.48 billion "
    "euros next year from 4 billion euros this year.",
    "The announcement came four days after the Bundestag's budget committee approved the "
    "spending on Thursday, November 14, 2024. Committee chair Ulrike Hessel said 24 of the "
    "committee's 42 members had voted in favour, 15 against and three abstained.",
    "Brandt, 49, who was born in 1975, took office in December 2021, almost three years ago.",
    "Two opposition parties, the Left and the Free Voters, criticised the plan as too expensive. "
    "A poll by the Institut Demoskopie Nord found that 61 percent of Germans supported more "
    "police posts, 33 percent were opposed and 6 percent were undecided.",
    "State Secretary Anna Vogler, who will oversee the programme, said the first 700 posts would "
    "be filled in 2025. \"We need people on the streets, not just money on paper,\" Vogler said. "
    "Interior Minister Brandt said the federal police would also receive 150 new vehicles.",
    "Brandt said the 2,400 new federal police officers would be deployed mainly at borders, "
    "airports and railway stations. The customs posts will be used to fight money laundering, he "
    "said.",
)

base(
    "base-coimbra-derailment",
    "2022-04-07",  # Thursday
    "Three killed, 27 injured as train derails near Coimbra",
    "LISBON, April 7 (Wire) - Three people were killed and 27 injured when a passenger train "
    "derailed near Coimbra in central Portugal late on Wednesday, April 6, 2022, the national "
    "rail operator said on Thursday.",
    "The train, travelling from Lisbon to Porto, was carrying 214 passengers and a crew of six, "
    "220 people in all. Two of its eight carriages left the tracks and overturned, the operator, "
    "Ferrovia Atlantica, said.",
    "Of the 27 injured, 19 were treated at the scene and eight were taken to hospitals in "
    "Coimbra, civil protection spokesman Rui Tavares said. Tavares said three of the eight were "
    "in a serious condition. The three people killed were all passengers in the front carriage, "
    "he said.",
    "Infrastructure Minister Ana Sequeira, 51, who was born in 1970, ordered an inquiry led by "
    "chief inspector Rosa Almeida of the rail safety office. Almeida said her team would examine "
    "three possible causes - the track, the signalling and the train's speed - and report within "
    "60 days.",
    "The line between Lisbon and Porto opened in 1864 and was electrified in 1966, 102 years "
    "later. About 75 percent of it was renovated between 2015 and 2020, and the remaining 25 "
    "percent is due to be renovated by 2026.",
    "Infrastructure Minister Sequeira, who visited the site on Thursday, said services on the "
    "line would resume within a week. The derailment was the worst on the line since a collision "
    "near Aveiro in 2009, 13 years ago, in which five people died.",
)

base(
    "base-veltra-sales",
    "2024-01-25",  # Thursday
    "Veltra Motors sales fall 20 percent as European demand slumps",
    "TURIN, Jan 25 (Wire) - Veltra Motors said on Thursday its global vehicle sales fell 20 "
    "percent to 8 million units in 2023 from 10 million in 2022, hit by weak demand in Europe "
    "and the end of subsidy programmes in several markets.",
    "Europe accounted for 40 percent of last year's sales, Asia for 35 percent, North America "
    "for 20 percent and other markets for 5 percent, the company said. Sales of electric "
    "vehicles doubled to 1.2 million from 600,000, and electric models made up 15 percent of the "
    "total.",
    "Chief Executive Elena Moretti, 56, who was born in 1967, said the company would cut "
    "production at three plants - in Turin, Brno and Zwickau - by a combined 300,000 vehicles "
    "this year. Turin will account for 150,000 of the cuts, Brno for 90,000 and Zwickau for "
    "60,000.",
    "\"2023 was a difficult year, but our electric models are selling faster than we planned,\" "
    "Moretti told analysts on a conference call on Thursday.",
    "Veltra was founded in 1962 and merged with the French carmaker Sorel in 1999, 37 years "
    "later. The group employs 180,000 people, of whom 72,000, or 40 percent, work in Italy.",
    "Operating profit fell to 4.2 billion euros from 5.6 billion euros, a drop of 1.4 billion "
    "euros. The board will propose a dividend of 0.60 euros per share, down from 0.80 euros, at "
    "the shareholder meeting on Thursday, April 18, 2024.",
    "Moretti said the eight-year electrification plan running from 2023 to 2030 remained on "
    "track and that the 300,000-vehicle production cut would not lead to job losses.",
)

base(
    "base-caledon-fraud-trial",
    "2023-10-06",  # Friday
    "Former fund manager convicted of 18 million pound investment fraud",
    "LONDON, Oct 6 (Wire) - A former fund manager was convicted on Friday of defrauding 1,200 "
    "investors of 18 million pounds, an average of 15,000 pounds each, through a scheme that "
    "promised returns from forestry projects in Scotland.",
    "A jury at Southwark Crown Court found Graham Pellow, 58, guilty on four counts of fraud and "
    "two counts of money laundering, six counts in all. The jury of 12, seven women and five men, "
    "began deliberating on Tuesday, October 3, three days before Friday's verdict.",
    "Judge Eleanor Whitcombe said she would sentence Pellow, who was born in 1965, on Friday, "
    "November 17, 2023. Whitcombe told the court the fraud had \"destroyed the savings of "
    "hundreds of families\".",
    "Prosecutors said Pellow set up his firm, Caledon Timber Investments, in 2012 and ran the "
    "scheme for seven years until it collapsed in 2019. He was arrested on Wednesday, March 3, "
    "2021, and charged 11 months later, in February 2022.",
    "Three co-defendants - his former business partner Ian Marsh, accountant Deborah Fenn and "
    "salesman Craig Lowe - were acquitted. Of the 18 million pounds invested, investigators have "
    "recovered 4.5 million pounds, or 25 percent, prosecutor Sarah Quinlan told the court.",
    "Quinlan said Pellow had spent 9.8 million pounds of investors' money on himself: 6.3 million "
    "on property, 2.1 million on cars and 1.4 million on gambling.",
    "Pellow, who had denied all six counts, faces up to 10 years in prison on each fraud count. "
    "His lawyer, Martin Achebe, said Pellow would consider an appeal.",
)

base(
    "base-brightwell-heart-trial",
    "2023-07-10",  # Monday
    "Brightwell heart drug cuts heart attacks by two-thirds in trial, shares jump",
    "BOSTON, July 10 (Wire) - An experimental heart drug developed by Brightwell Pharmaceuticals "
    "cut the rate of heart attacks by two-thirds in a late-stage trial, according to results "
    "published on Monday in the Journal of Cardiovascular Outcomes.",
    "The trial enrolled 1,200 patients, of whom 600 received the drug, brightocor, and 600 "
    "received a placebo. Over three years, 36 patients in the placebo group, or 6 percent, had a "
    "heart attack, compared with 12 in the drug group, or 2 percent.",
    "The study ran at 40 hospitals in four countries - the United States, Canada, Germany and "
    "Japan - from 2020 to 2022, said lead investigator Professor Amara Osei, 41, a cardiologist "
    "at Halden University Medical Center who was born in 1982. Of the 40 hospitals, 22 were in "
    "the United States, eight in Canada, six in Germany and four in Japan.",
    "The results were first presented in summary form at a congress on Thursday, June 29, 2023, "
    "11 days before Monday's publication. Osei said none of the 12 heart attacks in the drug "
    "group was fatal and side effects were mild.",
    "Brightwell shares rose 18 percent to $59 in morning trading on Monday from Friday's close of "
    "$50.",
    "Chief Medical Officer Thomas Kerrigan said the company, founded in 2004, had spent $1.1 "
    "billion developing the drug over 12 years, since 2011. Kerrigan said Brightwell would seek "
    "approval in the United States and Europe by the end of the year.",
)


# ---------------------------------------------------------------------------
# Perturbations: (base id, family, anchor, original, replacement, why)
# `anchor` is a substring that occurs exactly once in the base text and that
# contains `original` exactly once; the edit replaces that occurrence only.
# ---------------------------------------------------------------------------

P = [
    # --- base-nordvale-bureau -------------------------------------------------
    ("base-nordvale-bureau", "arithmetic",
     "Two more vacancies", "Two", "Three",
     "bureau cut from 20 to 10 = 8 revoked + 2 vacancies; 20 - 8 - 3 = 9, not 10"),
    ("base-nordvale-bureau", "percentages",
     "45 of its members, or 25 percent", "25 percent", "20 percent",
     "45 of 180 members is 25 percent, not 20 percent"),
    ("base-nordvale-bureau", "count-agreement",
     "\"The eight colleagues", "eight", "nine",
     "authorities revoked eight accreditations, but later nine colleagues lost their accreditation"),
    ("base-nordvale-bureau", "weekday-date",
     "said on Monday it had cut", "Monday", "Tuesday",
     "dateline/publication March 6, 2023 is a Monday (and 'Monday's announcement' later), text now says 'on Tuesday'"),
    ("base-nordvale-bureau", "chronology",
     "has run the agency since 2015", "2015", "2025",
     "article published 2023-03-06 says Havel has run the agency since 2025, a future date"),

    # --- base-research-ship-fire ----------------------------------------------
    ("base-research-ship-fire", "arithmetic",
     "five scientists", "five", "six",
     "crew of 12 = seven sailors + five scientists; 7 + 6 = 13, not 12"),
    ("base-research-ship-fire", "list-count",
     "three ships - the Solveig Aurora", "three", "four",
     "'four ships' but only three are listed (Solveig Aurora, Nordlicht, Meridian)"),
    ("base-research-ship-fire", "weekday-date",
     "Thursday, May 9, 2024", "Thursday", "Wednesday",
     "May 9, 2024 was a Thursday, not a Wednesday"),
    ("base-research-ship-fire", "ages",
     "Katrin Wolter, 47,", "47", "41",
     "born in 1977, so 46 or 47 in May 2024, not 41"),
    ("base-research-ship-fire", "names",
     "Wolter, who was among", "Wolter", "Walter",
     "chief scientist is Katrin Wolter earlier; later mention spelled Walter"),

    # --- base-tampere-tram-vote -----------------------------------------------
    ("base-tampere-tram-vote", "arithmetic",
     "from 2024 to 2027", "2027", "2026",
     "'four-year project' but running from 2024 to 2026 is three years (or two by subtraction), not four"),
    ("base-tampere-tram-vote", "percentages",
     "45 percent no", "45", "46",
     "52% yes + 46% no + 3% blank = 101%, not 100%"),
    ("base-tampere-tram-vote", "list-count",
     "Three parties - the Greens", "Three", "Four",
     "'Four parties' but three are listed (Greens, Social Democrats, National Coalition)"),
    ("base-tampere-tram-vote", "weekday-date",
     "Sunday, November 13, 2022", "Sunday", "Saturday",
     "November 13, 2022 was a Sunday, not a Saturday"),
    ("base-tampere-tram-vote", "chronology",
     "three days after the vote", "three", "two",
     "vote on November 13, certification on November 16: three days after, not two"),
    ("base-tampere-tram-vote", "names",
     "beginning,\" Salmivaara said.", "Salmivaara", "Salmivara",
     "councillor Pekka Salmivaara; later mention spelled Salmivara"),

    # --- base-harwick-earnings ------------------------------------------------
    ("base-harwick-earnings", "arithmetic",
     "an increase of $15 million", "15", "17",
     "profit rose to $75 million from $60 million: increase is $15 million, not $17 million"),
    ("base-harwick-earnings", "percentages",
     "Revenue climbed 10 percent", "10", "12",
     "$1.2 billion to $1.32 billion is a 10 percent rise, not 12 percent"),
    ("base-harwick-earnings", "count-agreement",
     "Lindqvist said the 400 job cuts", "400", "450",
     "closures cost 400 jobs (250 + 150), later 'the 450 job cuts'"),
    ("base-harwick-earnings", "weekday-date",
     "Tuesday, November 14, 2023", "Tuesday", "Monday",
     "November 14, 2023 was a Tuesday, not a Monday"),
    ("base-harwick-earnings", "ages",
     "Daniel Okafor, 61,", "61", "64",
     "born in 1962, so 60 or 61 in November 2023, not 64"),

    # --- base-marseille-port-protest ------------------------------------------
    ("base-marseille-port-protest", "arithmetic",
     "31 were later freed", "31", "32",
     "of the 40 detained, 32 freed + 9 charged = 41, not 40"),
    ("base-marseille-port-protest", "percentages",
     "50 percent more than the police estimate", "50", "40",
     "4,500 vs 3,000 is 50 percent more, not 40 percent"),
    ("base-marseille-port-protest", "count-agreement",
     "the nine people charged", "nine", "seven",
     "nine were charged earlier, later 'the seven people charged'"),
    ("base-marseille-port-protest", "list-count",
     "called by three unions", "three", "two",
     "'two unions' but three are listed (Port Workers' Union, Dockers' Federation, Maritime Solidarity Union)"),
    ("base-marseille-port-protest", "chronology",
     "four days before Saturday's clashes", "four", "three",
     "Tuesday September 12 to Saturday September 16 is four days, not three"),
    ("base-marseille-port-protest", "ages",
     "Olivier Brunet, 55,", "55", "45",
     "born in 1968, so 54 or 55 in September 2023, not 45"),
    ("base-marseille-port-protest", "names",
     "Barcelona,\" Brunet said.", "Brunet", "Bruneau",
     "port authority president is Olivier Brunet; later quote attributed to Bruneau"),

    # --- base-flanders-coast-tour ---------------------------------------------
    ("base-flanders-coast-tour", "arithmetic",
     "35 seconds faster", "35", "25",
     "28:45 - 28:10 = 35 seconds, text now says 25 seconds faster"),
    ("base-flanders-coast-tour", "count-agreement",
     "Verbeek's 42-second margin", "42", "48",
     "winning margin is 42 seconds in the headline and lead, later a 48-second margin"),
    ("base-flanders-coast-tour", "list-count",
     "Two teams, Team Kestrel", "Two", "Three",
     "'Three teams' but only two are named (Team Kestrel, Van Dijk Cycling)"),
    ("base-flanders-coast-tour", "weekday-date",
     "Wednesday, June 16", "Wednesday", "Thursday",
     "June 16, 2021 was a Wednesday (five days to Sunday June 20), not a Thursday"),
    ("base-flanders-coast-tour", "ages",
     "Ferrante, 29,", "29", "26",
     "born in 1992, so 28 or 29 in June 2021, not 26"),

    # --- base-germany-police-posts --------------------------------------------
    ("base-germany-police-posts", "percentages",
     "6 percent were undecided", "6", "8",
     "poll shares 61% + 33% + 8% = 102%, not 100%"),
    ("base-germany-police-posts", "count-agreement",
     "the 2,400 new federal police officers", "2,400", "2,500",
     "2,400 posts go to the federal police, later 'the 2,500 new federal police officers'"),
    ("base-germany-police-posts", "weekday-date",
     "Thursday, November 14, 2024", "Thursday", "Friday",
     "November 14, 2024 was a Thursday, not a Friday"),
    ("base-germany-police-posts", "chronology",
     "four days after the Bundestag", "four", "five",
     "committee vote November 14, announcement Monday November 18: four days, not five"),
    ("base-germany-police-posts", "names",
     "Interior Minister Brandt said the federal police", "Interior", "Justice",
     "Karl Brandt is Interior Minister earlier; later called Justice Minister Brandt"),

    # --- base-coimbra-derailment ----------------------------------------------
    ("base-coimbra-derailment", "count-agreement",
     "The three people killed", "three", "four",
     "three people were killed (headline and lead), later 'the four people killed'"),
    ("base-coimbra-derailment", "list-count",
     "three possible causes", "three", "four",
     "'four possible causes' but three are listed (track, signalling, speed)"),
    ("base-coimbra-derailment", "ages",
     "Ana Sequeira, 51,", "51", "57",
     "born in 1970, so 51 or 52 in April 2022, not 57"),
    ("base-coimbra-derailment", "names",
     "Infrastructure Minister Sequeira, who visited", "Infrastructure", "Transport",
     "Ana Sequeira is Infrastructure Minister earlier; later called Transport Minister Sequeira"),

    # --- base-veltra-sales ----------------------------------------------------
    ("base-veltra-sales", "arithmetic",
     "doubled to 1.2 million from 600,000", "600,000", "500,000",
     "1.2 million is not double 500,000 (it would be 1.0 million)"),
    ("base-veltra-sales", "percentages",
     "North America for 20 percent", "20", "22",
     "regional shares 40% + 35% + 22% + 5% = 102%, not 100%"),
    ("base-veltra-sales", "list-count",
     "three plants - in Turin", "three", "four",
     "'four plants' but three are listed (Turin, Brno, Zwickau)"),
    ("base-veltra-sales", "chronology",
     "in 1999, 37 years later", "1999", "1997",
     "founded in 1962, merged 37 years later would be 1999, text now says 1997"),
    ("base-veltra-sales", "ages",
     "Elena Moretti, 56,", "56", "59",
     "born in 1967, so 56 or 57 in January 2024, not 59"),
    ("base-veltra-sales", "names",
     "Moretti told analysts", "Moretti", "Moretto",
     "Chief Executive Elena Moretti; later quote attributed to Moretto"),

    # --- base-caledon-fraud-trial ---------------------------------------------
    ("base-caledon-fraud-trial", "arithmetic",
     "seven women and five men", "five", "four",
     "jury of 12 = seven women + five men; 7 + 4 = 11, not 12"),
    ("base-caledon-fraud-trial", "percentages",
     "4.5 million pounds, or 25 percent", "25", "20",
     "4.5 million of 18 million is 25 percent, not 20 percent"),
    ("base-caledon-fraud-trial", "count-agreement",
     "had denied all six counts", "six", "seven",
     "guilty on six counts (4 fraud + 2 laundering), later 'denied all seven counts'"),
    ("base-caledon-fraud-trial", "weekday-date",
     "November 17, 2023", "17", "16",
     "November 16, 2023 was a Thursday, but the text says Friday, November 16"),
    ("base-caledon-fraud-trial", "chronology",
     "in February 2022", "2022", "2021",
     "arrested March 3, 2021 and 'charged 11 months later', which cannot be February 2021"),
    ("base-caledon-fraud-trial", "ages",
     "Graham Pellow, 58,", "58", "55",
     "born in 1965, so 57 or 58 in October 2023, not 55"),
    ("base-caledon-fraud-trial", "names",
     "Whitcombe told the court", "Whitcombe", "Whitcomb",
     "Judge Eleanor Whitcombe; later mention spelled Whitcomb"),

    # --- base-brightwell-heart-trial ------------------------------------------
    ("base-brightwell-heart-trial", "percentages",
     "placebo group, or 6 percent", "6", "5",
     "36 of 600 placebo patients is 6 percent, not 5 percent"),
    ("base-brightwell-heart-trial", "count-agreement",
     "none of the 12 heart attacks", "12", "13",
     "12 heart attacks in the drug group earlier, later 'none of the 13 heart attacks in the drug group'"),
    ("base-brightwell-heart-trial", "list-count",
     "40 hospitals in four countries", "four", "five",
     "'five countries' but four are listed (United States, Canada, Germany, Japan)"),
    ("base-brightwell-heart-trial", "weekday-date",
     "Thursday, June 29, 2023", "Thursday", "Tuesday",
     "June 29, 2023 was a Thursday, not a Tuesday"),
    ("base-brightwell-heart-trial", "chronology",
     "11 days before Monday's publication", "11", "12",
     "June 29 to Monday July 10 is 11 days, not 12"),
    ("base-brightwell-heart-trial", "names",
     "Kerrigan said Brightwell", "Kerrigan", "Kerrigen",
     "Chief Medical Officer Thomas Kerrigan; later mention spelled Kerrigen"),
]


def slug(s: str) -> str:
    return s.replace("base-", "", 1)


def build() -> tuple[list[dict], list[dict]]:
    by_id = {b["id"]: b for b in BASES}
    assert len(by_id) == len(BASES), "duplicate base id"
    out: list[dict] = []
    seen: dict[tuple[str, str], int] = {}
    for base_id, family, anchor, original, replacement, why in P:
        b = by_id[base_id]
        text = b["text"]
        assert text.count(anchor) == 1, f"anchor not unique/absent in {base_id}: {anchor!r}"
        assert anchor.count(original) == 1, f"original not unique in anchor: {anchor!r}"
        assert original != replacement
        start = text.index(anchor) + anchor.index(original)
        new_text = text[:start] + replacement + text[start + len(original):]
        key = (base_id, family)
        seen[key] = seen.get(key, 0) + 1
        pid = f"pert-{slug(base_id)}-{family}-{seen[key]}"
        out.append(
            {
                "id": pid,
                "base": base_id,
                "family": family,
                "published": b["published"],
                "text": new_text,
                "changed": {
                    "original": original,
                    "replacement": replacement,
                    "start": start,
                    "end": start + len(replacement),
                },
                "why": why,
            }
        )
    return BASES, out


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    bases, perts = build()
    write_jsonl(HERE / "consistent.jsonl", bases)
    write_jsonl(HERE / "perturbed.jsonl", perts)
    print(f"wrote {len(bases)} base articles and {len(perts)} perturbed copies")
