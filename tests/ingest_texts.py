"""Short news texts written for the ingestion tests (shared by tests/test_ingest_*.py)."""

BORDER = (
    "BISHKEK, March 12 - Kyrgyz and Tajik border guards exchanged fire on Tuesday near the village of Kok-Tash "
    "in the Batken region, the Kyrgyz border service said in a statement. Two Kyrgyz servicemen were wounded and "
    "taken to hospital in Isfana. The shooting began after Tajik workers tried to install a surveillance camera "
    "at a disputed water distribution point, the statement said. Tajikistan's border troops said Kyrgyz guards "
    "had opened fire first and that one Tajik civilian was hurt. Commanders from both sides met at the crossing "
    "late on Tuesday and agreed to pull back reinforcements, according to officials in Bishkek and Dushanbe. "
    "Clashes over the poorly marked frontier have flared repeatedly since 2021, when dozens of people were killed."
)

# The same wire report as republished elsewhere: new dateline, last sentence trimmed.
BORDER_SYNDICATED = BORDER.replace("BISHKEK, March 12 - ", "DUSHANBE (Asia Wire) -- ").replace(
    " Clashes over the poorly marked frontier have flared repeatedly since 2021, when dozens of people were killed.",
    "",
)

# The same event, reported independently in other words.
BORDER_REWORDED = (
    "Gunfire broke out at the Kyrgyz-Tajik frontier in Batken province on Tuesday, leaving two Kyrgyz soldiers "
    "injured, according to Bishkek. Kyrgyzstan's border agency blamed Tajik personnel who it said had tried to "
    "mount a camera at a contested irrigation facility near Kok-Tash. Dushanbe gave a different account, saying "
    "its guards came under fire first and a local resident was wounded. Officers from the two countries held "
    "talks at the border that evening and promised to withdraw extra troops. The two neighbours fought deadly "
    "battles along the unmarked border in 2021 and 2022."
)

RATES = (
    "Kazakhstan's central bank kept its base rate unchanged at 14.75 percent on Friday, citing persistent "
    "inflation in services and a weaker tenge. The bank said it could begin cutting rates in the second half of "
    "the year if price growth slows as expected. Analysts polled before the decision had mostly expected no change."
)

PROTEST = (
    "Police in Tbilisi detained at least 20 people overnight as thousands rallied outside parliament against a "
    "draft law on foreign funding. The interior ministry said officers used pepper spray after protesters tried "
    "to block the building's entrance. Opposition leaders called for a new rally on Sunday."
)

SEIZURE = (
    "Customs officers at the Nizhny Panj crossing seized 312 kilograms of heroin hidden in a truck carrying "
    "dried apricots, Tajikistan's drug control agency said on Monday. The driver, a 41-year-old resident of "
    "Kunduz, was detained and a criminal case was opened."
)

CYRILLIC = (
    "Пограничники Киргизии и Таджикистана открыли огонь у села Кок-Таш. "
    "Двое военнослужащих получили ранения, сообщила пограничная служба в Бишкеке."
)
