"""Round 33 (f33m): metamorphic robustness, round 12. A reading must not change under rewordings that keep the meaning
and that rounds 22 to 32 did not try, aimed at how untuned users frame a request: formal, legal and insurance registers
("Kindly advise", "As regards NP,", "In respect of NP,", "For the avoidance of doubt,", "Without prejudice,", "Request
you to share NP", "Please do the needful and share NP", "I am writing to enquire about NP", "We look forward to hearing
from you."), a slide's labels ("Key question →", "Agenda item 2:", "Deep-dive on NP", "Net-net,", "— for slide 3",
"Bottom line:"), third-person relays ("The board has requested NP", "My client is after NP"), a mail's headers and
signatures ("Subject: data request", "Hi team,", "Regards,\\nJohn Smith\\nSenior Analyst", "Sent from Outlook for
Android", a confidentiality footer), and the periods, dates and amounts below. Own questions, not the golden sets' (the
round measured 339 kinds over the golds with a script outside the repository, see docs/finql-translation.md, "Round 33
(f33m)")."""

from __future__ import annotations

import pytest
from reading_helpers import around_asked, q, refused, reworded

BASE = [
    ("What was Cobalt Power's operating income in fiscal 2023?", "FF_OPER_INC(FY2023) FOR COBP"),
    ("What is Falcon Software's market cap?", "FG_MKT_CAP(D0) FOR FALC"),
]

REWORDINGS = {
    "kindly advise q": lambda s: "Kindly advise: " + s,
    "please advise last": lambda s: s + " Please advise at your earliest convenience.",
    "look forward": lambda s: s + " We look forward to hearing from you.",
    "prompt reply": lambda s: s + " Your prompt reply would be appreciated.",
    "revert": lambda s: s + " Please revert at your earliest.",
    "avoidance of doubt": lambda s: "For the avoidance of doubt, " + s,
    "without prejudice": lambda s: "Without prejudice, " + s,
    "respected": lambda s: "Respected Sir/Madam, " + s,
    "as regards": around_asked("As regards {np}, please advise."),
    "advise as regards": around_asked("Please advise as regards {np}."),
    "in respect of": around_asked("In respect of {np}, kindly advise the figure."),
    "obliged advise": around_asked("We should be obliged if you would advise {np}."),
    "confirmation": around_asked("We would appreciate confirmation of {np}."),
    "seek confirmation": around_asked("We seek confirmation of {np}."),
    "particulars": around_asked("Kindly provide particulars of {np}."),
    "revert with": around_asked("Please revert with {np}."),
    "request you": around_asked("Request you to share {np}."),
    "needful": around_asked("Please do the needful and share {np}."),
    "writing to enquire": around_asked("I am writing to enquire about {np}."),
    "your advice": around_asked("Your advice as to {np} would be appreciated."),
    "obliged to learn": around_asked("We should be obliged to learn {np}."),
    "information required": around_asked("The information required is {np}."),
    "deep-dive": around_asked("Deep-dive on {np}"),
    "net-net": around_asked("Net-net, {np}?"),
    "level-set": around_asked("Level-set on {np}"),
    "for slide": around_asked("{np} — for slide 3"),
    "bottom line": around_asked("Bottom line: {np}?"),
    "topline": around_asked("Topline: {np}"),
    "key question": lambda s: "Key question → " + s,
    "slide 4": lambda s: "Slide 4 — " + s,
    "agenda item": lambda s: "Agenda item 2: " + s,
    "ask arrow": lambda s: "Ask → " + s,
    "auditors": around_asked("The auditors are requesting {np}."),
    "client is after": around_asked("My client is after {np}."),
    "board has requested": around_asked("The board has requested {np}."),
    "subject and hi team": lambda s: "Subject: data request\n\nHi team,\n\n" + s,
    "subject quick question": lambda s: "Subject: Quick question\n\n" + s,
    "morning all": lambda s: "Morning all, " + s,
    "hello there team": lambda s: "Hello there team, " + s,
    "dear desk": lambda s: "Dear Analytics Desk,\n\n" + s,
    "signature": lambda s: s + "\n\nRegards,\nJohn Smith\nSenior Analyst",
    "signature team": lambda s: s + "\n\nBest regards,\nMark | Finance Team",
    "signature title": lambda s: s + "\n\nYours sincerely,\nM. Patel\nHead of Claims",
    "looking forward sig": lambda s: s + "\n\nLooking forward to your reply,\nElena",
    "sent from": lambda s: s + "\n\nSent from Outlook for Android",
    "sent from inline": lambda s: s + " Sent from my iPad",
    "footer": lambda s: s + "\n\n---\nThis email and any attachments are confidential.",
    "environment": lambda s: s + "\n\nPlease consider the environment before printing this email.",
    "financial year": lambda s: s.replace("fiscal 2023", "financial year 2023"),
    "re prefix": lambda s: "Re: " + s,
    "re data request line": lambda s: "RE: data request\n" + s,
    "sig separator": lambda s: s + "\n-- \nJane Doe, CFA",
    "hi both": lambda s: "Hi both, " + s,
    "to whom": lambda s: "To whom it may concern: " + s,
    "pursuant": lambda s: "Pursuant to our engagement, " + s,
    "your assistance": lambda s: "We would be grateful for your assistance. " + s,
    "basic question": lambda s: "Sorry if this is a basic question. " + s,
    "customer asks": lambda s: "A customer asks: " + s,
    "reader writes": lambda s: "A reader writes: " + s,
    "team dash": lambda s: "Team — " + s,
    "happen to know": around_asked("Hi folks,\n\nDo you happen to know {np}?"),
    "yours faithfully sig": lambda s: s + "\n\nYours faithfully,\nA. Jones",
    "sent from inline no mark": lambda s: s.rstrip("?") + " Sent from my iPad",
    "thank you for your time": lambda s: s + "\n\nThank you for your time.",
    "further to": lambda s: "Further to our earlier correspondence, " + s,
    "ask arrow any": lambda s: "Ask → " + s[0].lower() + s[1:],
}


@pytest.mark.parametrize("question,reworded_question,query", reworded(BASE, REWORDINGS))
def test_reading_keeps_under_rewording(question: str, reworded_question: str, query: str) -> None:
    assert q(question) == query
    assert q(reworded_question) == query


# own wordings of each class; the first ones were wrong answers before the round, the others refused
@pytest.mark.parametrize("question,query", [
    # a half said after its year (the year was read beside its half: two figures)
    ("What was the lowest close for Granite Water in 2023 H2?", "P_LOW(2023-07-01, 2023-12-31) FOR GRWT"),
    ("Granite Water's highest close in 2024 first half", "P_HIGH(2024-01-01, 2024-06-30) FOR GRWT"),
    ("What was Cobalt Power's net income in 2024 H1?", "SUM(FF_NET_INC, FQ2024Q1, FQ2024Q2) FOR COBP"),
    # a slide's heading naming a measure, before another figure (net income or sales was read beside it)
    ("Bottom line: what is Falcon Software's market cap?", "FG_MKT_CAP(D0) FOR FALC"),
    ("Top line - Cobalt Power's net income in fiscal 2023", "FF_NET_INC(FY2023) FOR COBP"),
    # refused before
    ("What was the lowest close for Granite Water in 2024 1H?", "P_LOW(2024-01-01, 2024-06-30) FOR GRWT"),
    ("What was the highest close for Granite Water in H2-2023?", "P_HIGH(2023-07-01, 2023-12-31) FOR GRWT"),
    ("What was the highest close for Granite Water in the second half-year of 2023?", "P_HIGH(2023-07-01, 2023-12-31) FOR GRWT"),
    ("T12M free cash flow for Cobalt Power", "FF_FCF(LTM) FOR COBP"),
    ("Falcon Software L12M sales", "FF_SALES(LTM) FOR FALC"),
    # "1x L12M sales" (a P/E was read once "L12M" was the LTM to the time step alone: it is "LTM" for every rule)
    ("Which utilities trade below 1x L12M sales?",
     'NAME, FG_MKT_CAP(D0) / FF_SALES(LTM) FOR SCREEN(SECTOR("Utilities"), FG_MKT_CAP(D0) / FF_SALES(LTM) < 1)'),
    ("What was Falcon Software's net income in the latest available quarter?", "FF_NET_INC(FQ0) FOR FALC"),
    ("Cobalt Power sales growth over the preceding 3 years", "GROWTH(FF_SALES, FY2021, FY2024) FOR COBP"),
    ("Granite Water close on 28/Jun/2024", "P_PRICE(2024-06-28) FOR GRWT"),
    ("Granite Water close on 2024-06-28T00:00", "P_PRICE(2024-06-28) FOR GRWT"),
    ("Which utilities have a dividend yield above 4 perc.?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 4)'),
    ("Contrast the net income of Falcon Software and Cobalt Power in fiscal 2023", "FF_NET_INC(FY2023) FOR FALC, COBP"),
    ("The investment committee has requested Falcon Software's net income in fiscal 2023.", "FF_NET_INC(FY2023) FOR FALC"),
])
def test_class_cases(question: str, query: str) -> None:
    assert q(question) == query


# near misses: each keeps its reading, or stays refused
@pytest.mark.parametrize("question,query", [
    # the heading names the figure when no other follows
    ("Topline: Cobalt Power, fiscal 2023", "FF_SALES(FY2023) FOR COBP"),
    ("What was Cobalt Power's bottom line in fiscal 2023?", "FF_NET_INC(FY2023) FOR COBP"),
    # a fiscal half after "fiscal" keeps its fiscal quarters
    ("What was Cobalt Power's net income in fiscal 2024 H1?", "SUM(FF_NET_INC, FQ2024Q1, FQ2024Q2) FOR COBP"),
])
def test_near_misses(question: str, query: str) -> None:
    assert q(question) == query


def test_signature_lines_must_look_like_a_signature() -> None:
    # words of the question after a closing are never dropped as a signature
    assert "thanks" in refused("What was Cobalt Power's operating income in fiscal 2023?\nThanks,\nalso its net income")


def test_subject_with_other_words_is_kept() -> None:
    # a subject line that names what is asked is kept and read (only a subject of the asking's words is dropped)
    assert q("Subject: Cobalt Power\n\nWhat was its operating income in fiscal 2023?") == "FF_OPER_INC(FY2023) FOR COBP"
