"""The writer's framing: clauses that say why, or for whom, a question is asked, and carry no query meaning.

A journalist frames a question: "For a column on the airline industry, ...", "I'm writing about hiring at software
firms; ...", "..., for a piece about its slump.", "It's for a quick energy round-up.", "To help readers in the
eurozone, ...". Such a clause is recognised by its structure (``clauses``): a preposition of purpose and a noun of
the writer's outlet or audience (a piece, story, column, feature, newsletter, round-up, briefing, profile, edition,
readers, audience) with the topic after it, or the writer's own activity ("I'm writing about", "I'm working on",
"I'm looking at", "I'm tallying", "comparing ... for readers"), at the edge of a clause.

The clause's measure and structure words are its topic, not the query ("a piece on dividend growth" asks for no
growth), and its other words are accounted for as context. But it never swallows a word that would change the rows
or the figures (``frame``): a company it names stays the question's company where the rest names none ("I'm writing
a profile of X and would like its P/E") and must be one of those the rest names otherwise; a set it names must hold
every company the rest asks about (named, or of the rest's screen); a period it names must not be the question's
only one; a place said of the audience ("for a UK audience", "readers in the eurozone") converts nothing, so it needs
a currency asked for outside the clause; a qualifier ("adjusted", "median", "by region", "excluding"), a number other
than the count of the companies named, or a currency inside it must be said again outside it. Where one is not, the
chain refuses, naming it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from finql.translate import rx as re
from finql.translate import senses, timeres
from finql.translate.text import CHECKLIST, FILLER, SCALES, WANTS, leftover

if TYPE_CHECKING:
    from finql.translate.pipeline import Analysis

# the writer's outlet (general English of journalism, closed)
_OUTLET = (r"pieces?|stor(?:y|ies)|columns?|features?|articles?|newsletters?|items?|round-?ups?|briefings?|profiles?|"
           r"editions?|explainers?|long[- ]reads?|retrospectives?|previews?|box(?:es)?|posts?|blogs?|write-?ups?|"
           r"sidebars?|podcasts?|episodes?|op-eds?|check-?ins?|checks?|graphics?|digests?|bulletins?|reports?|"
           r"commentar(?:y|ies)|analys[ie]s|"
           # (round 35, f35b) a headline writer's: "for the hed", "for the headline", "for the caption"
           r"headlines?|heds?|deks?|standfirsts?|straplines?|captions?|"
           # the company's own documents: "for our credit file on X", "for the board pack on X"
           r"files?|packs?|memos?|decks?|slides?|one-liners?|one-pagers?|dossiers?|tear-?sheets?|"
           # (round 27, f27s) a note, a table or a dashboard the figures go into: "For a note on rate sensitivity, ...",
           # "For a valuation table on X, ...", "For our dashboard, ..."
           r"notes?|tables?|dashboards?|"
           # (round 31) a rating agency's work the figures go into: "For the liquidity assessment, ...", "For the
           # valuation cross-check, ...", "As part of the downgrade watch, ...", "For the productivity benchmark, ..."
           # (a review is ``pipeline._PURPOSE``'s: "for our quarterly review" is context there, a grain here)
           r"assessments?|cross-?checks?|watch(?:es|lists?)?|benchmarks?|"
           # (round 32) a supervisor's ongoing work: "For market-stress monitoring, ...", "For supervisory benchmarking,"
           r"monitoring|benchmarking|surveillance|"
           # (round 30) a wealth manager's: "for the consolidated statement" (the client's own statement of holdings; a
           # sleeve or a portfolio may choose the companies: ``pipeline._purpose`` reads those, only beside the same set)
           r"statements?|"
           # a part of one (round 23, emails): "for the risk appendix", "For the FX section", "for the valuation page"
           r"sections?|pages?|appendix|appendices|annex(?:es)?|chapters?|exhibits?|tabs?|"
           # a researcher's work (round 25, f25a): "For a study of operating leverage, ...", "For a cross-country
           # sample, ...", "For the purposes of a return-on-equity comparison, ..."
           r"stud(?:y|ies)|samples?|comparisons?|purposes?|papers?|thesis|theses|dissertations?|projects?|exercises?|"
           r"essays?|lectures?|seminars?|assignments?|"
           # (round 31) a teacher's: "For a lesson on dividends, ...", "for tomorrow's worksheet"
           r"lessons?|worksheets?|"
           # (round 34, f34b) a novelist's: "For a boardroom scene at X: ...", "for the novel's second act"
           r"scenes?|novels?|acts?|epilogues?|prologues?|manuscripts?|screenplays?")
# who reads it
# (round 30: and one client, "for our London client": a place said of the client converts nothing, as of readers)
_AUDIENCE = r"readers|readership|audiences?|subscribers|viewers|listeners|(?:retail\s+|private\s+)?clients?"
_DET = (r"a|an|the|my|our|this|that|one|your|his|her|their|today's|tomorrow's|this week's|next week's|"
        r"monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's")
# the asker's request said after the clause with no mark
_WANT = r"\s+(?:i|we)(?:'d|\s+would)?\s+(?:need|like|want)\b"
# after the outlet's noun: what it is about, or who its readers are
_TOPIC = (r"(?:\s+(?:that\s+|which\s+)?(?:i|we)(?:'m|'re|\s+am|\s+are)\s+(?:writing|drafting|preparing|working on|"
          r"putting together|doing|planning))?"
          r"(?:\s+(?:on|about|of|into|for|covering|pitting|around|looking at|comparing|in|who|that|from|at)\b"
          rf"(?:(?!{_WANT})[^,.;:?!()])*)?")
# where the clause ends: a mark, the end, or the request after it ("so for my piece could you give me ...", "for the
# credit file on X I need ...")
_END = rf"(?=\s*(?:[,.?!;:()]|-+\s|$)|\s+(?:could|can|would|will)\s+you\b|{_WANT})"
# "to put them on a common footing for a UK audience": the figures made comparable for the readers
_FOOTING = (r"(?:to\s+put\s+(?:them|the\s+figures|the\s+numbers|these|those|all\s+of\s+them)\s+on\s+(?:a\s+)?"
            r"(?:common|comparable|level|equal|like-for-like)\s+(?:footing|basis)\s+)?")
# (round 31) what the figures are kept for, not an outlet: "For the board's reference, ...", "for your information"
# (only here: never a newsletter's label, ``_OUTLET_NOUNS``)
_KEEPING = r"reference|information"
_PURPOSE = re.compile(
    rf"{_FOOTING}(?P<prep>for|in|into|ahead of|as background (?:for|to)|to help|it's for|it is for|this is for|"
    rf"that's for|as part of)\s+(?:(?:{_DET})\s+)?(?:[\w'&/-]+(?:\.\w+)*\s+){{0,4}}?(?P<head>{_OUTLET}|{_AUDIENCE}|{_KEEPING})\b"
    rf"{_TOPIC}{_END}")
# the writer's own activity: "I'm writing about", "I'm working on a piece", "comparing two banks for readers"
_ACTIVITY = re.compile(
    rf"(?P<who>(?:i'm|i am|we're|we are|i've been|we've been|i was|i'll be|"
    # (round 29) the asker's desk said as the subject: "Our audit committee is reviewing ...", "my team is comparing ..."
    r"(?:our|my)\s+(?:[\w-]+\s+)?(?:committee|team|desk|board|department|boss|manager)\s+(?:is|was|has\s+been))\s+"
    r"(?:also\s+|currently\s+|now\s+|just\s+|still\s+)?"
    r"(?:an?\s+(?:[\w-]+\s+)?(?:reader|writer|journalist|reporter|editor|columnist|blogger|student|analyst|treasurer)\s+)?)?"
    r"(?:(?<![\w'])still\s+)?"  # (round 33) "(still reading up lol)", the asker's aside with no subject
    rf"(?P<verb>writing(?:\s+up)?|working on|putting together|drafting|preparing|covering|reviewing|comparing|"
    rf"refreshing|updating|benchmarking|"
    # weighing a decision ("We are considering our exposure to utilities.", "we're assessing the sector")
    rf"considering|weighing|assessing|evaluating|examining|monitoring|analy[sz]ing|studying|thinking about|"
    rf"revisiting|rethinking|discussing|debating|"
    # (round 31) a teacher's class: "We are learning about dividends.", "I'm teaching compound growth this week"
    rf"learning\s+about|teaching|"
    # (round 33) a forum newcomer's: "Trying to wrap my head around P/E...", "trying to understand dividends", "I'm
    # trying to get to grips with margins"
    rf"trying\s+to\s+(?:understand|wrap\s+my\s+head\s+around|get\s+my\s+head\s+around|figure\s+out|make\s+sense\s+of|"
    rf"learn(?:\s+about)?|get\s+to\s+grips\s+with)|"
    rf"looking (?:at|into)|tallying|researching|reading\s+up(?:\s+on)?|trying to gauge|gauging|compiling|reporting on|profiling)\b[^,.;:?!()]*{_END}")
# "Readers keep asking me whether X looks pricey, so ...", "just so I can describe the recent trend accurately"
# (round 33) and what others keep saying, or the asker keeps seeing, about it: "everyone keeps saying 'revenue growth'.",
# "my friends keep talking about X", "keep seeing it in headlines" (the words' measures are the topic; what would
# change the query is named, ``_changing``)
_SAYERS = (r"readers|subscribers|my editor|our editor|people|everyone|everybody|folks|(?:my|a)\s+(?:friends?|mates?|colleagues?|"
           r"coworkers?|co-workers?|dad|father|mum|mom|mother|brother|sister|uncle|aunt|cousin|wife|husband|partner|boss)")
_ASKED = re.compile(rf"(?:{_SAYERS})\s+(?:keeps?|kept|have been|has been|are|is|often|always)\s+"
                    rf"(?:asking|wondering|writing in|saying|talking\s+about|mentioning|going\s+on\s+about|hyping|"
                    rf"recommending|telling\s+me\s+about)\b[^,.;:?!()]*{_END}|"
                    rf"(?:(?:i|we)\s+)?keep\s+(?:seeing|hearing|reading)\s+(?:about\s+)?(?:it|them|this|that|this\s+(?:stock|name|"
                    rf"company)|the\s+(?:stock|name|company))(?:\s+(?:in|on)\s+(?:the\s+)?(?:headlines|news|papers|twitter|reddit|"
                    rf"forums?|social\s+media|tv))?{_END}|(?:my|our)\s+editors?\s+{WANTS}\b[^,.;:?!()]*{_END}|"
                    # (round 33) the asker wondering about their own doing, after the question: "... over the past six
                    # months? wondering if I bought near the bottom" (never "wondering if I can get ...": a request)
                    r"(?:(?:i'm|i\s+am|i\s+was|just)\s+)?wondering\s+(?:if|whether)\s+(?:i|we)\s+(?!(?:can|could|might|may)\b)"
                    rf"[^,.;:?!()]*{_END}|"
                    r"(?:just\s+)?so\s+(?:that\s+)?(?:i|we)\s+can\s+(?:describe|say|write|quote|mention|report|explain|"
                    rf"chart|show)\b[^,.;:?!()]*{_END}")
# the words that open a topic said first ("Regarding leverage, ...", "With respect to X, ...", "In relation to the
# insurers on our panel, ...", "In respect of X, ..."; round 33: "in relation to", "in respect of", "with regards to",
# an underwriter's and a memo's)
TOPIC_OPENER = (r"regarding|concerning|as\s+regards|with\s+(?:regards?|respect|reference)\s+to|in\s+(?:relation|respect)\s+"
                r"(?:to|of)|on\s+the\s+(?:subject|question|topic|matter)\s+of|turning\s+to")
_TOPIC_OPENER = re.compile(rf"(?:{TOPIC_OPENER})\b")
# a researcher's aim or topic said first, before the request (round 25, f25a): "To gauge leverage, ...", "In order to
# compare a full calendar year of returns, ...", "In examining whether capital intensity has risen, ...",
# "Regarding leverage, ...", "Where consensus is concerned, ..." (only where a clause starts: ``clauses``)
_AIM = re.compile(
    r"(?:(?:(?:in\s+order|so\s+as)\s+)?to\s+(?:better\s+)?(?:study|gauge|compare|assess|examine|measure|test|judge|"
    r"evaluate|analy[sz]e|explore|investigate|understand|quantify|illustrate|capture|track|benchmark|"
    r"get\s+a\s+(?:sense|feel|picture)\s+of|"
    # (round 34, f34g) a purpose said first, before the question: "To size a trading band for X, what is ...", "To
    # spot an improving trend, which ...", "In order to see whether the winners were large or small, which ...", "To
    # set the risk budget, ..." (a comparison said only inside is named: ``_changing``)
    r"size|check|see|spot|find|build|combine|set|decide|identify|review|choose|pick|screen\s+for|prepare|update|"
    r"refresh|put\s+together)"
    # (round 34) and the same after "so that we can": "So that we can review the weak names of both funds, which ..."
    r"|so\s+(?:that\s+)?(?:we|i)\s+(?:can|could|may|might)\s+(?:review|compare|assess|check|judge|decide|see|size|"
    r"prepare|update|choose|pick|rebalance|trim|build)"

    # (round 34) a list the names are for: "For our breakout list, ..." (its condition is named unless said again:
    # ``_changing``); a sleeve, basket or bucket is ``pipeline._purpose``'s (round 21: a style may choose the companies)
    r"|for\s+(?:our|my|the)\s+(?:[\w'-]+\s+){0,3}?(?:list|watch\s*list|shortlist|screen)(?=\s*,)"
    r"|(?:in|when|while)\s+(?:examining|studying|comparing|assessing|evaluating|analy[sz]ing|exploring|investigating|"
    # (round 33, f33b) the minutes' "In reviewing the industrial holdings, the members asked ..."
    r"reviewing|discussing|"
    r"measuring|gauging|testing|judging|looking\s+(?:at|into)|considering)"
    rf"|{TOPIC_OPENER})"
    rf"\b[^,.;:?!()]*{_END}"
    rf"|(?:where|as\s+far\s+as|insofar\s+as)\s+[^,.;:?!()]*?\s+(?:is|are)\s+concerned{_END}")
# (round 34, f34g) the writer's aside in the middle of a long sentence, set off by commas, said in the first person:
# "Which banks, and I do mean all of them, returned ...", "... by last year's sales, the three names we hold, ...",
# "..., a short window I admit, ..." (only where a clause starts, ``clauses``; its words that would change the query
# are named, as in any framing clause, a comparison too: ``_changing``)
# ("and I ..." or a noun phrase with the writer in it, "the three names we hold"; never a request or a question said
# between commas, "Hello, for our report I need ...", "..., how did my shares do", nor "US" of "US dollars")
_ASIDE = re.compile(r"(?![^,]*\b(?:what|which|who|how|when|where|please|need|needs|want|wants|would|could|can|show|"
                    r"give|tell)\b)(?:(?:and|as|though|although)\s+(?:[\w'-]+\s+)?(?:i|we)\b(?:\s+[\w'-]+){0,8}?"
                    r"|(?:the|a|an)\s+(?:[\w'-]+\s+){0,4}?(?:i|we|our|my)\b(?:\s+[\w'-]+){0,4}?)(?=\s*,)")
# (round 35, r35) what makes a comma-set noun phrase or remark no aside: it says which companies are meant ("Which
# banks, the ones that we rate as cheap, ...", "..., the ones in my euro portfolio, ...", "..., the lenders our fund
# holds, ...": a restriction FinQL cannot express, dropped as an aside: wrong answers); with ``_LEAD_RESTRICTS``
# ("..., as we exclude any with losses, ...")
# the verbs of holding or choosing companies (also ``pipeline._CHOSEN_BY_ASKER``'s)
CHOOSING_VERBS = (r"hold|holds|held|own|owns|owned|rate|rates|rated|consider|considers|considered|count|counts|counted|deem|"
                  r"deemed|regard|regarded|class|classed|pick|picked|choose|chose|chosen|include|includes|included")
# the verbs of a set the asker says is theirs in a relative clause ("which banks that I own", "the stocks we cover"):
# the choosing verbs and those of following or dealing in a company (pipeline._CHOSEN_BY_ASKER, round 36)
ASKER_SET_VERBS = (CHOOSING_VERBS + r"|cover|covers|covered|follow|follows|followed|track|tracks|tracked|watch|watches|"
                   r"watched|like|liked|bought|sold|flagged|shortlisted|mentioned|selected|manage|manages|managed")
_ASIDE_CHOOSES = re.compile(r"\b(?:ones|those|names|companies|firms|stocks|holdings?|portfolios?|funds?|positions?|including|"
                            + CHOOSING_VERBS + r")\b")
# (round 27) an investor-relations speaker rehearsing the answers: the occasion on which the figure would be asked,
# said first ("Should the question arise, ...", "Should the balance sheet be raised, ...", "Should we be pressed on
# volatility, ...", "Were a Swiss investor to enquire, ...", "It may be put to us that margins have compressed."), or
# whom the figure serves ("For the benefit of the sell side, ...", "With a view to the long-term narrative, ...", "So
# that we may quote it to overseas holders, ...", "For completeness, ..."). What would change the query inside is
# named, as in any framing clause (``frame``); a clause that holds the question itself ("In the event an investor
# enquires how X's shares have fared, ...") is not one of these
_ASKER = r"(?:investors?|analysts?|shareholders?|holders?|journalists?|reporters?|the\s+press|the\s+sell[- ]side|the\s+buy[- ]side)"
_PODIUM = re.compile(
    r"(?:should\s+(?:the\s+(?:question|point|issue|matter|subject|topic)\s+(?:arise|come\s+up|be\s+raised)|"
    r"(?:it|this|that)\s+(?:arise|come\s+up|be\s+(?:raised|asked|queried))|"
    r"(?:the|our)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s+be\s+(?:raised|queried|challenged|questioned|discussed)|"
    r"we\s+be\s+(?:pressed|asked|questioned|challenged|quizzed|probed)(?:\s+(?:on|about|over)\s+[^,.;:?!()]*?)?)|"
    rf"were\s+(?:an?|the|any|our)\s+(?:[\w'-]+\s+){{0,2}}?{_ASKER}\s+to\s+(?:enquire|inquire|ask)|"
    r"it\s+(?:may|might|could)\s+(?:well\s+)?be\s+(?:put\s+to\s+us|suggested|argued|said|claimed)\s+that\s+[^.;:?!()]*?|"
    r"for\s+the\s+benefit\s+of\s+(?:the\s+|our\s+)?[^,.;:?!()]*?|with\s+a\s+view\s+to\s+(?:the\s+|our\s+)?[^,.;:?!()]*?|"
    r"so\s+that\s+we\s+(?:may|can|might|could)\s+(?:quote|cite|give|share|present|report)\s+(?:it|them|this|the\s+figures?)"
    r"(?:\s+to\s+[^,.;:?!()]*?)?|for\s+(?:the\s+sake\s+of\s+)?completeness)"
    rf"{_END}")
# the asker's situation or motive, said in a sentence of its own before (or after) the request: "My client holds a
# large position in X and is worried the growth story is fading.", "A client is choosing between A and B.", "My client
# is nervous about leverage at A and B:", "Journalist, fact-checking:", "Checking a claim in a draft:", "I'm told X's
# revenue has more than doubled since 2017." It asks for nothing (a request verb in it, "my client wants ...", is never
# this), ends at a sentence's mark, a colon or a dash, and opens the question or a sentence of it; what it says that
# would change the query is named (``_changing``, with its periods said again outside it: ``motive``)
# ((round 30) a tax adviser's note names the client with no article: "Client holds X - need ...", "Client considering
# loss harvesting on X - ...")
_CLIENT = (r"(?:(?:(?:my|our|a|the|one\s+of\s+(?:my|our))\s+|(?=clients?\b))(?:(?:private|wealthy|retired|elderly|new|long-standing|"
           r"conservative|cautious)\s+)?(?:clients?|customers?|investors?|principals?)(?:'s?)?"
           # the one the figures are for, in the company: "The treasurer is considering it for a swap."
           r"|(?:the|our|my)\s+(?:treasurer|cfo|chair|chairman|chairwoman|director|board(?:\s+member)?|boss)"
           # (round 33, f33b) a club's minutes: "Several members are thinking of selling X.", "The club holds X."
           r"|(?:the|our|several|some|many|a\s+few|two|three)\s+(?:club\s+)?(?:members|club|trustees)"
           # and its officers, who report a fact: "The secretary noted that X reports in euros."
           r"|(?:the|our)\s+(?:club\s+)?(?:secretary|president|vice[- ]chair|minute[- ]taker)"
           # (round 34, f34a) a private investor's family, who hold or bought the shares: "My late husband always kept
           # some X in our account.", "My son bought me some X shares on 1 March 2019.", "My grandson works at X."
           r"|my\s+(?:late\s+)?(?:husband|wife|son|daughter|grandson|granddaughter|grandchildren|grandchild|"
           r"father|mother|dad|mum|mom|brother|sister|partner|nephew|niece|children|kids|"
           r"grandma|grandmother|grandad|granddad|grandpa|grandfather|nan|nana|nanna|gran|granny)"
           # (round 39, f39a) a grandparent or parent named as the family says it, with no "my": "Grandad has A, B and C."
           r")")
# (round 34, f34a) a private investor's own holding, said as a fact: "I have held shares in X for a great many years",
# "I have a small holding in X", "I have been an X shareholder for some years now.", "I bought X shares on 23 March
# 2020" (never a request: "I would like", "I need" open none of these)
_HOLDING = (r"(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:(?:long|always|still|also|once|recently|just)\s+)?"
            # (round 48, f48t) and the trader's words for a purchase: "I locked in X at the close on 2024-06-28", "I
            # picked up some X in March", "I got into X on 2 May 2024", "I bought into X"
            r"(?:locked\s+in|picked\s+up|got\s+into|bought\s+into|"
            r"held|hold|own|owned|bought|purchased|inherited|kept|sold|invested\s+in|"
            r"(?:been|am|are|was|were)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:shareholders?|holders?|investors?|owners?)|"
            r"(?:an?|some)\s+(?:small\s+|large\s+|modest\s+|little\s+)?(?:holding|position|stake)s?)\b")
_MOTIVE = re.compile(
    rf"(?:{_CLIENT}\s+(?!(?:wants?|would|needs?|asks?|asked|is\s+asking|has\s+asked|wonders|is\s+wondering|"
    r"requests?|requested|'d)\b)[^.;:?!]*?"
    r"|journalist\s*,?\s*(?:here\s*,?\s*)?(?:fact[- ]checking|checking\s+(?:a\s+)?(?:claim|figure|fact)s?)"
    r"|(?:fact[- ]checking|checking|verifying)\s+(?:a|an|the|some)\s+(?:claim|figure|number|statement|quote|fact)s?"
    r"(?:\s+(?:in|for|from)\s+(?:a|an|my|our|the)\s+(?:draft|piece|story|article|column))?"
    r"|(?:i'm|i\s+am|i've\s+been|we've\s+been|we're|we\s+are)\s+(?:told|hearing)\s+(?:that\s+)?[^.;:?!]*?"
    # (round 33) what someone told the asker, as "I'm told": "My friend says X is losing money.", "My uncle reckons X
    # is cheap." (a sentence of its own: a request after it asks)
    rf"|(?:{_SAYERS})\s+(?:says|said|reckons|thinks|claims|claimed|told\s+me|tells\s+me|swears)\s+(?:that\s+)?[^.;:?!]*?"
    rf"|{_HOLDING}[^.;:?!]*?)"
    r"(?=\s*(?:[.;:!]|\s-+\s|$))")
# (round 34, f34b) a novelist's scene, said in a sentence of its own before (or after) the question: "My heroine is a
# junior banker in London.", "In the epilogue, a young engineer at X lies awake.", "The miners in my novel need a
# rival.", "A character inherits a bundle of X shares from her aunt." The sentence names the writer's fiction (the book,
# its plot, a scene or chapter, a character of it) with a determiner; it asks for nothing and is a motive's sentence in
# every other way (a company, a period, a number or a rule in it that the question does not say again is named)
# (a book only as the writer's own, "my book": "a price to book under 1.5" is the book value's)
_FICTION = (r"novels?|stor(?:y|ies)|plots?|scenes?|chapters?|epilogue|prologue|manuscript|screenplay|"
            r"characters?|heroine|hero|protagonist|villain|antagonist|detective|narrator")
_STORY = re.compile(rf"(?:there's\s+|there\s+is\s+)?(?:[^.;:?!]*?\s)?(?:(?:my|our|his|her)\s+(?:new\s+|next\s+|latest\s+)?books?|"
                    rf"(?:my|our|the|a|an|this|his|her)\s+(?:[\w'-]+\s+){{0,2}}?(?:{_FICTION}))\b[^.;:?!]*?"
                    r"(?=\s*(?:[.;!]|\s-+\s|$))")
# (round 33, f33b) the same situation said as the reason of the request, before its comma: "Since the club owns both
# beverage makers, the members asked ...", "As our client holds X, ..." (the rules of a motive hold: ``frame``)
_BECAUSE = re.compile(rf"(?:since|because|as|given\s+that)\s+{_CLIENT}\s+(?:already\s+|now\s+|still\s+)?"
                      r"(?:owns?|holds?|has|have|is\s+invested\s+in|are\s+invested\s+in)\b[^,.;:?!()]*?(?=\s*,)")
_REQUEST_VERB = re.compile(r"\b(?:wants?|would\s+like|needs?|asks?|asked|asking|wonders?|wondering|requests?|"
                           r"requested|show|give|tell|list|find)\b")

# where a clause of the request starts or ends
_STARTS = re.compile(r"(?:^|[.?!;:,(]|\s-+|\bso)\s*$")
# the clause goes on to the request: "I'm writing a profile of X and would like ...", "... and, if possible, need"
_AND_REQUEST = re.compile(r"\s+and(?=\s*,|\s+(?:would|need|want|i'd|i\s+(?:would|need|want)|could|can|please|also)\b)")

# words that restrict or qualify the figures: in a framing clause, each must be said again outside it
# (``QUALIFIERS``: also never context in a sentence of its own, ``pipeline._RESTRICTING``)
# (round 29, lead) a size class ("Large caps box:", "For our small-cap column,"), which FinQL has no measure for
# (round 30) and a size said of the companies in words: "just the big ones", "the large names", "the giants" (a
# context sentence after the question dropped it: every bank was ranked, a wrong answer)
SIZE_CLASS = (r"(?:large|small|mid|mega|micro|big)[- ]?caps?|(?:big|bigger|biggest|large|larger|largest|small|smaller|"
              r"smallest|tiny|huge|giant)\s+(?:ones|names|companies|firms|players|stocks)|giants|minnows|heavyweights")
# the measures of a company's size: a size class said beside a condition on one of them is that condition's name
# ("I'm looking at mid-caps: companies with a market cap between $25bn and $30bn")
SIZE_KEYS = frozenset({"mkt_cap", "sales", "assets", "ev", "employees", "equity", "liabs"})
_SIZE_CLASS = re.compile(rf"\b{SIZE_CLASS}\b")


def size_classes(a: Analysis, s: int, e: int) -> list[str]:
    """The size classes said in text[s:e] that restrict the companies: all of them, unless a size measure is asked
    outside that span (then the class is that condition's name, "mid-caps: a market cap between ...")."""
    if {h.sense.key for h in a.hits if not s <= h.start < e} & SIZE_KEYS:
        return []
    return [m.group(0) for m in _SIZE_CLASS.finditer(a.text, s, e)]
QUALIFIERS = (r"adjusted|underlying|organic|core|normali[sz]ed|pro[- ]forma|median|recurring|like-for-like|"
              r"constant[- ]currency|non-gaap|gaap|diluted|segments?|regional|regions?")
_QUALIFIER = re.compile(rf"\b(?:{QUALIFIERS}|excluding|except|without|not|non|outside|only|"
                        r"(?:by|per|split by|broken down by|for each|for every)\s+[a-z][\w-]*)\b")
_GRAIN = "|".join(timeres.GRAIN_CUES)
# places that are no set of the data (an audience's place converts nothing by itself)
_PLACE = re.compile(r"\b(?:euro-?zone|euro\s+area|asia|asian|africa|african|latin\s+america|emerging\s+markets?|"
                    r"china|chinese|india|indian|middle\s+east|americas|north\s+america|south\s+america|scandinavia|"
                    r"nordics?|australia|australian|brazil|brazilian|mexico|mexican|italy|italian|spain|spanish)\b")


# a letter's good wishes, said in a clause of their own before or after the request (round 23, emails): "Hope all's well
# on your side.", "Hi - hope the move went smoothly!", "Hope you're enjoying the sunshine.", "I trust you had a good
# break." (a person or a thing of the reader's life after the verb, then to the clause's end; what would change the
# query is named, as in any framing clause)
_WISH = re.compile(r"(?:(?:i|we)\s+(?:do\s+|really\s+|just\s+)?)?(?:hope|hoping|trust)\s+(?:that\s+)?"
                   r"(?:you|you're|you've|you'd|you'll|your|all|all's|everything|everyone|things|the|this|it|it's|that|"
                   r"that's)\b[^.;:?!()]*?(?=\s*(?:[.;:!?]|\s-+\s|$))")
# the letter's sign-off, last: "Best, Tom", "Thanks ever so much, Helen", "Kind regards, Anne", "Best, R." (the closing
# words, a comma, then a name of one or two words, written with a capital, or an initial)
_CLOSING = (r"(?:many\s+)?thanks(?:\s+(?:ever\s+so|very|so)\s+much|\s+a\s+lot|\s+again|\s+in\s+advance|\s+all)?|"
            r"thank\s+you(?:\s+(?:very|so)\s+much)?|cheers|ta|best(?:\s+wishes|\s+regards)?|(?:kind|warm|many|with)?\s*regards|"
            r"all\s+the\s+best|speak\s+soon|talk\s+soon|yours(?:\s+(?:faithfully|sincerely|truly))?|"
            # (round 29) "With best wishes, R. Patel", "With thanks, Elena", "With kind regards, Anne"
            r"with\s+(?:(?:best|kind|warm|many)\s+)?(?:wishes|thanks|regards)")
_SIGN_OFF = re.compile(rf"(?<=[.?!])\s*(?:{_CLOSING})\s*[,!-]\s*(?P<name>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?|[a-z]\."
                       r"(?:\s+[a-z][a-z'-]+)?)[.!]?\s*$")


def sign_off(text: str, original: str) -> tuple[int, int] | None:
    """The letter's sign-off (``_SIGN_OFF``), its name written with a capital in the question as asked (or the whole
    question in lower case)."""
    m = _SIGN_OFF.search(text)
    if m is None:
        return None
    name = original[m.start("name"):m.end("name")] if len(original) == len(text) else ""
    if name and any(c.isupper() for c in original) and not all(w[:1].isupper() for w in name.split()):
        return None
    return m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end()


def wishes(text: str) -> list[tuple[int, int]]:
    """The letter's good wishes (``_WISH``), each a clause of its own: opening the question or a sentence, or after a
    greeting's dash or comma."""
    return [(m.start(), m.end()) for m in _WISH.finditer(text)
            if re.search(rf"(?:^|[.?!;:]|\s-+|{_GREETING})\s*$", text[:m.start()])]


# a letter's greeting that opens it, before its comma: "Hi -", "Dear team,", "Dear Sir or Madam,", "Good morning,"
_GREETING = (r"^\W*(?:hi|hello|hey|dear\s+\w+(?:\s+or\s+\w+)?|good\s+(?:morning|afternoon|evening|day)|"
             r"morning|afternoon|evening)(?:\s+(?:there|team|all|both|everyone))?\s*[,!]?")


def motives(text: str) -> list[tuple[int, int]]:
    """The asker's situation or motive (``_MOTIVE``), each a sentence of its own (opening the question or after a
    sentence's mark) that asks for nothing."""
    out = []
    for m in [*_MOTIVE.finditer(text), *_BECAUSE.finditer(text), *_STORY.finditer(text)]:
        # (round 34, f34a: or right after the letter's greeting, "Dear team, my son bought me some X shares ...")
        if re.search(rf"(?:^|[.?!;:]|\s-+|{_GREETING})\s*$", text[:m.start()]) and not _REQUEST_VERB.search(
                re.sub(r"\b(?:don't|do\s+not)\s+ask\b", "", m.group(0))) and (text[m.end():].strip(" .;:!-") or re.search(r"[.?!]\s*$", text[:m.start()])):
            # (before the request, or a sentence of its own after it: "... and now? The treasurer is considering it.")
            out.append((m.start(), m.end()))
    return out


# the asker's belief, set apart from the request, that the answer will check: "I believe X pays no dividend; show me
# its DPS", "If I'm not mistaken A and B are both US freight names - which had ...", "... - they all report in yen, if
# I'm not mistaken.", "(B listed in 2020, I believe)". The hedge opens or closes a clause of its own that asks nothing
# (no question word, no request verb); its words say what the asker supposes, not what to fetch.
_HEDGE = (r"(?:i|we)\s+(?:believe|think|reckon|suppose|suspect|guess)(?:\s+that)?|(?:if|unless)\s+i(?:'m|\s+am)\s+not\s+"
          r"mistaken|if\s+i\s+(?:remember|recall)(?:\s+(?:correctly|rightly))?|iirc|afaik|as\s+far\s+as\s+i\s+know|prob|"
          r"probably")
# (round 34, f34a) a claim a document makes, said for the answer to check: "The draft says X ...", "Our piece claims
# ...", "The writer says ...", "The article states that ...", "We say X was the best performer ..." (a belief too; "we
# report in sterling" is the asker's own currency, no claim)
_CLAIM = re.compile(r"(?:the|our|my|this|your|a|one)\s+(?:draft|article|piece|story|writer|author|reporter|copy|"
                    r"column|text|feature|post|headline|caption|manuscript|op-ed|blurb|report|press\s+release)\s+"
                    r"(?:says|said|claims|claimed|states|stated|asserts|reports|suggests|notes|contends|writes|calls|"
                    r"puts\s+it|has\s+it)\b|we\s+(?:say|said|claim|state|write|wrote)\b")
_ASKING = (r"what|which|who|whose|how|when|where|show|give|list|pull|get|tell|table|rank|sort|screen|find|compare|"
           r"need|want|like|please|can|could|would|you")
_BELIEF_BODY = rf"(?:(?!\b(?:{_ASKING})\b|\s-+\s|\s[–—]\s)[^.;:?!()\n])+?"
# what a consequence the asker draws opens with ("..., I believe, so it should have all three"); an instruction after
# "so" ("so start from 2021", "so skip 2020") is a request, never part of the supposition (it was dropped with it)
_SUBJECT = r"it|they|that|this|there|these|those|he|she|we|i|the|its|their|both|all|each|none|neither"
_BELIEF_END = r"(?=\s*(?:[.?!;:)]|\s-+\s|\s[–—]\s|$))"
_BELIEF = re.compile(rf"(?:(?:{_HEDGE}|(?:{_CLAIM.pattern})(?:\s+that)?)\b,?\s+(?!(?:{_ASKING}|not|so|of|about)\b){_BELIEF_BODY}"
                     rf"|{_BELIEF_BODY},?\s+(?:{_HEDGE})\b(?:,?\s+so\s+(?=(?:{_SUBJECT})\b){_BELIEF_BODY})?){_BELIEF_END}")


def beliefs(text: str) -> list[tuple[int, int]]:
    """The clauses of a lower-case question that only say what the asker supposes (``_BELIEF``), each opening a
    sentence or set off by a dash, a semicolon, a colon or a parenthesis."""
    found: list[tuple[int, int]] = []
    for p in (w.start() for w in re.finditer(r"(?<![\w'])[a-z]", text)):
        if found and p < found[-1][1] or not re.search(rf"(?:^|[.?!;:(]|\s-+|\s[–—]|{_GREETING})\s*$", text[:p]):
            continue
        m = _BELIEF.match(text, p)
        if m and len(re.findall(r"[a-z0-9]+", m.group(0))) >= 4:  # a statement ("euros, i think" is an answer)
            found.append((m.start(), m.end()))
    return found


# (round 27, f27s) the asker's situation said as a lead-in before a colon, the request after it: "We're screening for
# value among industrials: which ...", "The Germany desk wants a quick table: ...", "Compliance asked me to double-check
# a figure: what was ...", "Question from a client who owns X: ...". It opens the question or a sentence, holds no
# question mark, and says who asks: the asker (I, we, our, ...) or a desk, team, client or colleague.
_LEAD_IN = re.compile(r"(?![^:]*\?)(?!(?:which|what|who|whose|how|when|where|why)\b)[^.?!:;()\n]{3,140}?(?=\s*:(?!\d)\s*\S)")
# (a checklist's heading: its topic, then the noun of what the check raises or watches, ``text.CHECKLIST``)
# the nouns of a newsletter's part (its outlet nouns and a few more), said after its topic in a label
# (round 31) and a teacher's: "Growth lesson:", "Profit margin example:", "Balance sheet worksheet:" (the lesson and
# the worksheet are ``_OUTLET``'s since round 31; written here again, r32 took them out)
_OUTLET_NOUNS = rf"{_OUTLET}|spotlights?|corners?|charts?|snapshots?|examples?|illustrations?"
_HEADING = re.compile(rf"^(?:[\w'-]+\s+){{1,3}}(?:{_OUTLET_NOUNS}|{CHECKLIST})\s*$")
# (round 35, f35b) the executives a chief of staff forwards asks from ("Quick one from the CEO:", "Forwarding from
# the chair:", "Ask from the CFO:"): who asks, as ``text.COURTESY``'s who-asks list names them after a verb of wanting
_EXEC = r"ceo|cfo|coo|cio|chair|chairman|chairwoman|chairperson|treasurer|controller|president|founder"
_LEAD_WHO = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|we|we're|we've|we'd|our|us)\b|^(?:compliance|question\s+from)\b|"
                       r"\b(?:the|a|an|one\s+of\s+(?:my|our|the))\s+(?:[\w-]+\s+){0,2}?(?:desks?|teams?|clients?|colleagues?|"
                       r"committees?|managers?|boss|board|cio|pm|" + _EXEC + r")\b|" +
                       # (round 35, f35b) a chief of staff's forwarded ask, the executive said with no article at
                       # the lead-in's start: "CEO question ahead of the board dinner:", "Chair's ask:"
                       rf"^(?:{_EXEC})(?:'s)?\s+(?:question|ask|request|query)\b|" +
                       # (round 29, f29a) a newsletter's part the figures go into, said alone in a few words: "Tech page:",
                       # "Price-action box:", "Renewables roundup:" (the page is the writer's own)
                       # (round 30) a risk officer's checklist heading, the topic of the check said before its noun:
                       # "Market risk flag:", "Dividend cover breach:", "Valuation stress:", "Earnings momentum:"
                       _HEADING.pattern + "|"
                       # (round 30) a tax adviser's note: the client said first with no article, or the holder of the
                       # company named ("Client's sterling holdings A, B, C:", "Monarch Home Products holder:")
                       r"^clients?(?:'s?)?\s|\b(?:share)?holders?\s*$")
# (round 30) that label alone: "Renewables roundup", "Banks page" (a set's nickname before the outlet's noun)
_LABEL = re.compile(rf"(?:[\w'-]+\s+){{1,3}}(?:{_OUTLET_NOUNS})\s*")
# words of a lead-in that leave companies out or restrict the figures: never framing ("Asset managers other than X:")
_LEAD_RESTRICTS = re.compile(r"\b(?:other\s+than|except|excluding|exclude|without|not|non|besides|apart\s+from|only|"
                             r"but|outside|ex)\b")


def lead_ins(text: str) -> list[tuple[int, int]]:
    """The lead-ins of a lower-case question that say the asker's situation before a colon (``_LEAD_IN``), each
    opening the question or a sentence; one of at most 16 words."""
    out = []
    for p in (w.start() for w in re.finditer(r"(?<![\w'])[a-z]", text)):
        if out and p < out[-1][1] or not re.search(r"(?:^|[.?!])\s*$", text[:p]):
            continue
        m = _LEAD_IN.match(text, p)
        if m and _LEAD_WHO.search(m.group(0)) and not _LEAD_RESTRICTS.search(m.group(0)) and len(m.group(0).split()) <= 16:
            out.append((m.start(), m.end()))
    return out


def clauses(text: str, leads: bool = True) -> list[tuple[int, int, bool]]:
    """The framing clauses of a lower-case question: (start, end, said of the audience), merged where they overlap
    (the lead-ins before a colon among them unless ``leads`` is False)."""
    found: list[tuple[int, int, bool]] = [(s, e, False) for s, e in motives(text) + wishes(text)
                                          + (lead_ins(text) if leads else [])]
    starts = [w.start() for w in re.finditer(r"(?<![\w'])[a-z]", text)]
    for rx in (_PURPOSE, _ACTIVITY, _ASKED, _AIM, _PODIUM, _ASIDE):
        for m in filter(None, (rx.match(text, p) for p in starts)):
            s, e = m.start(), m.end()
            body = text[s:e]
            cut = _AND_REQUEST.search(body)
            e = s + cut.end() if cut else s + len(body.rstrip())
            leading = _STARTS.search(text, 0, s) is not None
            if rx is _ACTIVITY and not m.group("who") and not re.search(r"(?:^|[.?!;:(]|\s-+)\s*$", text[:s]):
                continue  # "comparing ...", "looking at ..." without "I'm" only at a sentence's start
            if rx is _PURPOSE and not leading:
                # "..., if you could check that for a piece on X?": a trailing purpose with its own article, to the end
                # (round 29: "... for the audit file.", an auditor's; "for the utilities - leverage check" is no
                # outlet's name, the dash parts the set from a note of its own)
                if not (re.match(r"for\s+(?:a|an|my|our)\s|for\s+the\s(?!.*\s-+\s)", body) and re.match(r"\s*(?:[.?!]*\s*$|[:;])", text[e:])):
                    continue
            elif not leading:
                continue
            if rx is _ASIDE and (not re.search(r",\s*$", text[:s]) or _LEAD_RESTRICTS.search(body)
                                 or _ASIDE_CHOOSES.search(body)):
                continue  # an aside only between two commas, and one that chooses none of the companies
            audience = rx is _PURPOSE and (re.fullmatch(_AUDIENCE, m.group("head")) is not None
                                           or m.group("head").startswith("edition"))
            found.append((s, e, audience))
    found.sort()
    merged: list[tuple[int, int, bool]] = []
    for s, e, aud in found:
        if merged and s < merged[-1][1]:
            ps, pe, paud = merged[-1]
            merged[-1] = (ps, max(pe, e), paud or aud)
        else:
            merged.append((s, e, aud))
    return merged


def frame(a: Analysis) -> None:
    """Account for the framing clauses of the question (``clauses``): their topic words are read as nothing, their
    other words as context; a word inside that would change the query and that the rest does not say again is
    refused, named."""
    assert a.claims is not None and a.ents is not None and a.time is not None
    believed = beliefs(a.text)
    signed = sign_off(a.text, a.original)
    # a lead-in that is no other framing clause ("We're screening for value among industrials:"); one that is
    # ("I'm writing about X: ...") keeps that clause's rule (its changing words named)
    others = clauses(a.text, leads=False)
    leads = [(s, e) for s, e in lead_ins(a.text) if not any(os < e and s < oe for os, oe, _aud in others)]
    for s, e, audience in clauses(a.text) + [(s, e, False) for s, e in believed + ([signed] if signed else [])]:
        def inside(p: int, s: int = s, e: int = e) -> bool:
            return s <= p < e

        if (s, e) in believed:
            _believed_members(a, s, e)
            _said_again(a, s, e)

        asks = any(not inside(h.start) for h in a.hits) or any(
            not inside(x.start) and x.kind in ("move", "rank", "adj") for x in a.atoms) \
            or any(not inside(t.start) for t in a.ents.sets) or any(
                not inside(cs) for cs, _ce, who in a.claims.spans if who == "field") \
            or any(not inside(w.start) for w in leftover(a.text, [(cs, ce) for cs, ce, _w in a.claims.spans]))
        if not asks and (any(inside(h.start) for h in a.hits) or not a.ents.tickers):
            if (s, e) in leads and (noun := re.search(r"\bchecks?(?=\s*$)", a.text[s:e])):
                # (round 31) "Leverage check: NWSY": a check's heading with nothing asked after it asks for its topic
                # (as round 25 read "Headcount check:"), the noun is the heading's
                a.claims.claim(s + noun.start(), s + noun.end(), "context")
            continue  # the rest must ask for something (a measure, a move, a field, a word still to read), or name
            # the company of a figure said by a verb ("where does X trade now?") while the clause holds no measure
        if any(inside(fs) for _f, _o, fs, _fe in a.ents.ambiguous):
            continue
        opener = _TOPIC_OPENER.match(a.text, s)
        if opener and any(inside(t.start) for t in a.ents.sets) and not any(not inside(t.start) for t in a.ents.sets) \
                and not any(not inside(p) for p in a.ents.ticker_pos.values()) \
                and not re.match(r"\s*(?:the|those|these|our|my|your|their)\b", a.text[opener.end():e]):
            # (round 33) "With respect to Financials sector companies domiciled in the United Kingdom, we should be
            # grateful for their names ...", "Regarding banks in Germany, what was their net income?": the topic
            # names the set asked about where the rest names none and no company (its set was named, as if said
            # besides the question's): the opener alone is framing, the rest of the clause is read as the question's
            # ("Regarding the banks, ...": the ones the asker has in mind, maybe a few; refused as before, round 25)
            if a.claims.free(opener.start(), opener.end()):
                a.claims.claim(opener.start(), opener.end(), "filler")
            continue
        named = _changing(a, s, e, audience)
        if named and (s, e) in leads and _LABEL.fullmatch(a.text[s:e]):
            _label_set(a, s, e, named)
            continue
        if named and (s, e) in leads:
            continue  # a lead-in that would change the query is read as the rest of the question is (as before)
        body = [w for w in leftover(a.text, [(cs, ce) for cs, ce, _w in a.claims.spans]) if inside(w.start)]
        head = _head_noun(a.text, s, e)
        asker = _exec_asker(a.text, s, e) if (s, e) in leads else None
        if any(w.text in senses.OUT_OF_SCOPE and (w.start, w.end) not in (head, asker) for w in body) and not (
                any(ms == s for ms, _me in motives(a.text)) and (a.ents.tickers or any(
                    not inside(t.start) for t in a.ents.sets))):
            continue  # "I'm looking at EBITDA": a measure FinQL lacks is never context (named by the other steps); the
            # asker's motive ("my client favours defensive names") beside the companies or the set asked is
        for w in body:  # the clause is framing: only the words that would change the query are named
            a.claims.claim(w.start, w.end, "context")
        if named:
            a.unresolved.extend(named)
            continue
        a.hits = [h for h in a.hits if not inside(h.start)]
        a.atoms = [x for x in a.atoms if not inside(x.start)]
        a.ents.sets = [t for t in a.ents.sets if not inside(t.start)]
        _drop_fields(a, s, e)
        a.time.mentions = [m for m in a.time.mentions if not inside(m.start)]
        a.framed.append((s, e))
        if a.text[s:e].strip(" -.!?;:,()") not in a.context:
            a.context.append(a.text[s:e].strip(" -.!?;:,()"))


def _exec_asker(text: str, s: int, e: int) -> tuple[int, int] | None:
    """(round 35, f35b) The executive who asks, in a lead-in ("Quick one from the CEO:", "CEO question ahead of the
    board dinner:"): a person there, never the out-of-scope question of who the CEO is (``senses.OUT_OF_SCOPE``)."""
    m = re.search(rf"(?:\b(?:the|our|my)\s+|^)(?P<who>{_EXEC})\b(?=(?:'s)?\s+(?:question|ask|request|query)\b|\s*$)",
                  text[s:e])
    return (s + m.start("who"), s + m.end("who")) if m else None


def _head_noun(text: str, s: int, e: int) -> tuple[int, int] | None:
    """(round 33, f33b) The outlet's noun that heads the framing clause text[s:e] ("For the sourcing benchmark,",
    "Investment benchmark:"): the document the figures go into, never a measure asked ("benchmark" alone is one FinQL
    lacks, ``senses.OUT_OF_SCOPE``; as the clause's head it is the asker's benchmarking work)."""
    m = _PURPOSE.match(text, s)
    if m and m.end() <= e:
        return m.start("head"), m.end("head")
    heading = re.fullmatch(rf"(?:[\w'-]+\s+){{1,3}}(?P<head>{_OUTLET})\s*", text[s:e])
    if heading:
        return s + heading.start("head"), s + heading.end("head")
    return None


def _label_set(a: Analysis, s: int, e: int, named: list[str]) -> None:
    """(round 30) A newsletter's label that names a set ("Renewables roundup:", "Banks page:"): the question's set where
    the rest names no set and no company (the label's noun is context); one the rest does not restate beside another
    set or a company is refused, naming the label (it was read with the rest: "roundup" named alone, or, where every
    word was read, the label's set dropped or joined to the other one)."""
    assert a.ents is not None and a.claims is not None
    sets = [a.text[t.start:t.end] for t in a.ents.sets if s <= t.start < e]
    words = [w for w in leftover(a.text, [(cs, ce) for cs, ce, _w in a.claims.spans]) if s <= w.start < e]
    for w in words:  # the outlet's noun
        a.claims.claim(w.start, w.end, "context")
    if not (set(named) <= set(sets) and not a.ents.tickers and all(s <= t.start < e for t in a.ents.sets)):
        a.unresolved.append(a.text[s:e].strip())


def _believed_members(a: Analysis, s: int, e: int) -> None:
    """"I believe Ivory Bancorp has the highest yield among the banks - the banks' yields, highest first": a company
    the asker's belief names, where the rest names none and a set of its own that holds it, is one of the rows asked
    about, not a row added (the company is dropped; a company the set does not hold stays, and is refused)."""
    from finql.translate.sets import universe, universe_companies

    assert a.claims is not None and a.ents is not None
    inside = [t for t in a.ents.tickers if s <= a.ents.ticker_pos.get(t, -1) < e]
    rest = [t for t in a.ents.sets if not s <= t.start < e]
    if not inside or not rest or len(inside) < len(a.ents.tickers):
        return
    members = {c.ticker for c in universe_companies(universe(rest, a.text) or "ALL")}  # type: ignore[arg-type]
    if not set(inside) <= members:
        return
    a.ents.tickers = [t for t in a.ents.tickers if t not in inside]
    a.claims.spans = [(cs, ce, "context" if who == "company" and s <= cs < e else who) for cs, ce, who in a.claims.spans]


def _said_again(a: Analysis, s: int, e: int) -> None:
    """(round 34, f34a) "The draft says X was worth more than Y. What were their market caps on 2024-06-30?": a
    measure the belief names and the rest names again, by one of the measure's own names, is asked there (its one hit
    stood at its first word, inside the belief, so the rest seemed to ask nothing and the belief was not set apart)."""
    assert a.claims is not None
    for i, h in enumerate(a.hits):
        if not s <= h.start < e:
            continue
        again = next(((cs, ce) for cs, ce, who in a.claims.spans if who == "sense" and not s <= cs < e
                      and not any(o.start == cs for o in a.hits)
                      and re.sub(r"s$", "", a.text[cs:ce]) in {re.sub(r"s$", "", n) for n in h.sense.names}), None)
        if again:
            a.hits[i] = replace(h, start=again[0], end=again[1])


def _named_outside(a: Analysis, s: int, e: int) -> list[str]:
    """The companies the question names outside the clause text[s:e]: at their first mention, or said again there
    ("I believe X is cheaper than Y - what's Y's P/E?": Y is first named in the belief, then asked for; X, named only
    in the belief, was kept as a row)."""
    from finql.language.registry import by_ticker

    assert a.ents is not None and a.claims is not None
    spans = [a.text[cs:ce].strip(" '") for cs, ce, who in a.claims.spans if who == "company" and not s <= cs < e]
    out = []
    for t in a.ents.tickers:
        name = by_ticker()[t].name.lower()
        if not s <= a.ents.ticker_pos.get(t, -1) < e or any(
                w in (name, t.lower()) or len(w) >= 4 and (name.startswith(w) or w.startswith(name)) for w in spans):
            out.append(t)
    return out


# a day referred to by the one said before it ("that day", "the same date", ``timeres``)
# (round 34, f34b: and a month, "There's a scene in March 2020, ... What was X's lowest close during that month?")
_THAT_DAY = re.compile(r"\b(?:that|(?:the\s+)?same)\s+(?:(?:trading\s+)?(?:day|date|session)|month)\b")
def _converts(a: Analysis, s: int, e: int) -> bool:
    """Whether a currency is asked outside the clause text[s:e] (the figures converted into it)."""
    assert a.ents is not None
    return a.ents.currency is not None and not (a.ents.currency_pos is not None and s <= a.ents.currency_pos < e)


def _audience_names(a: Analysis, s: int, e: int) -> list[str]:
    """(round 30) The names said of the readers or the client in the audience clause text[s:e] that no step reads ("for
    our London client", "for our Tokyo readers"): a place the data has no set of, which may ask for its currency, and
    a currency's word ("for a euro client"); capitalised as written (where the question's case lines up with it)."""
    assert a.claims is not None
    if len(a.original) != len(a.text):
        return []
    return [w.text for w in leftover(a.text, [(cs, ce) for cs, ce, _w in a.claims.spans])
            if s <= w.start < e and w.text not in FILLER and (a.original[w.start].isupper() or _CURRENCY_WORD.fullmatch(w.text))]


def audience_names(a: Analysis, s: int, e: int) -> list[str]:
    """The names of ``_audience_names`` in the audience clauses (``clauses``) that overlap text[s:e], where no currency
    is asked outside them: the framing step names them (round 31: the purpose and conversation steps, which run
    first, read "For our London client, ...", "..., for our Tokyo readers?" as context, the place dropped)."""
    return [w for cs, ce, audience in clauses(a.text) if audience and cs < e and s < ce and not _converts(a, cs, ce)
            for w in _audience_names(a, cs, ce)]


def _changing(a: Analysis, s: int, e: int, audience: bool) -> list[str]:
    """The words of the clause text[s:e] that would change the query and that the rest does not say again."""
    assert a.ents is not None and a.time is not None and a.claims is not None
    text = a.text
    rest = text[:s] + " " * (e - s) + text[e:]
    out: list[str] = []
    outside = _named_outside(a, s, e)
    for t, p in a.ents.ticker_pos.items():
        if s <= p < e and outside and t not in outside:
            span = next(((cs, ce) for cs, ce, who in a.claims.spans if who == "company" and cs <= p < ce), (p, p + 1))
            out.append(text[span[0]:span[1]])
    converts = _converts(a, s, e)
    if a.ents.currency is not None and not converts:
        p = a.ents.currency_pos
        out.append(next((text[cs:ce].strip() for cs, ce, who in a.claims.spans if who == "currency" and p is not None
                         and cs <= p < ce), a.ents.currency))
    rest_sets = [t for t in a.ents.sets if not s <= t.start < e]
    for t in a.ents.sets:
        if s <= t.start < e and not (audience and t.kind in ("COUNTRY", "INDEX") and converts) \
                and not _restated(t, rest_sets, a.ents.tickers, text):
            out.append(text[t.start:t.end])
    # (round 45, f45s) a scale said in the clause ("My wife always thinks in thousands."): the figures' unit, named
    # unless the rest says it again (it was dropped with the clause, figures in millions answered)
    out.extend(m.group(0) for m in re.finditer(rf"(?<![\w'])(?:{SCALES})(?![\w'])", text[s:e])
               if not re.search(rf"(?<![\w']){re.escape(m.group(0))}(?![\w'])", rest))
    for m in _PLACE.finditer(text, s, e):
        if not (audience and converts) and not re.search(rf"\b{re.escape(m.group(0))}\b", rest):
            out.append(m.group(0))
    if audience and not converts:
        out.extend(_audience_names(a, s, e))
    within = [m for m in a.time.mentions if s <= m.start < e]
    if within and not any(not s <= m.start < e for m in a.time.mentions):
        out.extend(text[m.start:m.end] for m in within)
    elif any(ms <= s < me for ms, me in motives(text)):
        # the asker's situation: a period said in it ("bought X on 2 January 2024") must be said again outside it
        # (round 31: or referred to as "that day" after it, "Client sold X on 2024-11-15. Closing price that day?",
        # the one day said before, ``timeres``)
        for m in within:
            if m.value.kind == "now" and re.search(r"\bfor\s+(?:[\w-]+\s+){0,3}?(?:years|months|decades)\s+$", text[s:m.start]):
                continue  # (round 34, f34a) "I have been an X shareholder for some years now": how long, no period
            year = re.search(r"(?:19|20)\d\d", text[m.start:m.end])
            referred = m.value.kind in ("date", "month") and any(
                not s <= o.start < e and _THAT_DAY.search(text, o.start, o.end)
                and (o.value.kind == m.value.kind
                     and (o.value.dates, o.value.years, o.value.month) == (m.value.dates, m.value.years, m.value.month)
                     # (round 34, f34a) or the start of a span from it: "bought X on 23 March 2020. What has the return
                     # been from that day until now?"
                     or m.value.kind == "date" and o.value.kind == "since" and o.value.dates[:1] == m.value.dates)
                for o in a.time.mentions)
            if not (year and re.search(rf"(?<!\d){year.group(0)}(?!\d)", rest)) and not referred:
                out.append(text[m.start:m.end])
    # (round 26) "For the purposes of a cross-check against fiscal 2022, what was X's revenue in fiscal 2023?": a period
    # the clause sets a figure against is one more figure asked (it was dropped with the clause: the other year alone
    # answered); named unless its year is said again outside the clause
    for m in within:
        year = re.search(r"(?:19|20)\d\d", text[m.start:m.end])
        if re.search(r"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|comparisons?\s+(?:with|to)|relative\s+to|"
                     r"compar(?:e|es|ed|ing)\s+(?:[\w']+\s+){0,3}?(?:with|to|against))\s+(?:the\s+|its\s+|their\s+)?$", text[s:m.start]) \
                and not (year and re.search(rf"(?<!\d){year.group(0)}(?!\d)", rest)) and text[m.start:m.end] not in out:
            out.append(text[m.start:m.end])
    if any(ms <= s < me for ms, me in motives(text)):
        out.extend(_motive_rules(a, s, e, rest))
    else:
        # (round 29, lead) a condition said in the clause ("For our loss makers box:", "For the dividend payers page,"):
        # it restricts the companies, so dropping it with the clause answered for all of them; named unless the rest
        # says it again
        # (a screen only: no company named, no condition of its own outside the clause; "I believe X pays no dividend;
        # show me its DPS", "I'm writing about the most profitable: which ... had a net margin above 13%" keep theirs)
        if not a.ents.tickers and not any(x.kind in ("adj", "cmp", "cmp_between", "sign") and not s <= x.start < e
                                          for x in a.atoms):
            out.extend(text[x.start:x.end] for x in a.atoms if x.kind == "adj" and s <= x.start < e)
        # (round 30) a heading's condition ("Negative FCF flag:", "Loss makers box:") that the screen after it does not
        # say again, though the screen has a condition of its own ("... : utilities with debt/equity above 1.5"): the
        # heading's was dropped, every company of the other condition answered (a wrong answer)
        if _HEADING.fullmatch(text[s:e].strip()):
            said = {(x.kind, x.value) for x in a.atoms if not s <= x.start < e}
            out.extend(text[x.start:x.end] for x in a.atoms if x.kind in ("adj", "sign", "cmp", "cmp_between")
                       and s <= x.start < e and (x.kind, x.value) not in said and text[x.start:x.end] not in out)
        # (round 34, f34g) a purpose said first with a comparison of its own ("To find names with a P/E below 10,
        # which banks yield more than 3%?"): the comparison restricts the companies; named unless the rest says it
        if _AIM.match(text, s) or _ASIDE.fullmatch(text, s, e):
            said = {(x.kind, x.value) for x in a.atoms if not s <= x.start < e}
            out.extend(text[x.start:x.end] for x in a.atoms if x.kind in ("cmp", "cmp_between", "sign")
                       and s <= x.start < e and (x.kind, x.value) not in said and text[x.start:x.end] not in out
                       and re.match(r"\s*(?:than\s+)?[-$€£]?\d", text[x.end:e]))  # (a threshold: "over a cycle" is none)
        # and a size class, unless a size measure is asked outside the clause
        out.extend(size_classes(a, s, e))
        # "Rank the banks by P/E - lowest first, I think": an order said in the clause that the rest does not say
        # (the rows were sorted the other way, the clause's words dropped as the asker's supposition)
        # ("I think X is the biggest - list them by market cap" says what the asker supposes, no order: kept)
        orders = {x.value for x in a.atoms if x.kind == "rank" and not s <= x.start < e}
        out.extend(text[x.start:x.end] for x in a.atoms if x.kind == "rank" and s <= x.start < e and x.value not in orders
                   and re.match(r"(?:\s*[\w'/-]+){0,3}?\s*(?:first|last)\b", text[x.start:e]))
    # "a story on quarterly results": a grain cue reads the whole question (timeres), so one said only here is named
    # ("a year" is a rate's grain only after the rate: "for a year-end check" is none)
    # (round 27, f27s: "I need the quarterly picture for X: net income in the latest quarter and the quarter before
    # last": a quarter cue where the rest names single fiscal quarters only changes nothing)
    quarters = bool(outside := [m for m in a.time.mentions if not s <= m.start < e]) and all(
        m.value.kind in ("fqrel", "quarter") for m in outside)
    if not re.search(_GRAIN, rest):
        out.extend(m.group(0) for m in re.finditer(_GRAIN, text[s:e]) if m.group(0) != "a year"
                   and not (quarters and m.group(0) in ("quarterly", "each quarter", "every quarter", "per quarter")))
    for m in _QUALIFIER.finditer(text, s, e):
        if not re.search(rf"\b{re.escape(m.group(0))}\b", rest) and not any(
                m.start() < cs < m.end() or cs <= m.start() < ce for cs, ce, who in a.claims.spans
                if who == "company") and not any(cs <= m.start() < ce for cs, ce, who in a.claims.spans
                                                 if who == "filler"):  # ("if I'm not mistaken": the hedge's "not")
            out.append(m.group(0))
    # (round 34, f34a) the figures a document's claim states ("The draft says X brought in roughly $30 billion ...;
    # what was its revenue?") are what the answer checks, never a condition of it, where the rest asks a measure
    claimed = _CLAIM.match(text, s) is not None and any(not s <= h.start < e for h in a.hits)
    for m in re.finditer(r"(?<![\w.])\d+(?:\.\d+)?%?", text[s:e]):
        p = s + m.start()
        if claimed:
            continue
        if any(t.start <= p < t.end for t in within) or any(
                cs <= p < ce for cs, ce, who in a.claims.spans if who == "company"):
            continue
        if m.group(0) != str(len(a.ents.tickers)):
            out.append(m.group(0))
    return out


# the atoms of a condition or a ranking: in the asker's motive beside a screen, a rule the screen must keep
_RULE_ATOMS = frozenset({"adj", "sign", "cmp", "cmp_between", "first", "rank", "move"})
# a verb of a rule that leaves companies out ("avoids", "excludes", "won't hold", "steers clear of")
_EXCLUDING = re.compile(r"\b(?:avoid(?:s|ed|ing)?|exclud(?:e|es|ed|ing)|shun(?:s|ned|ning)?|steers?\s+clear|"
                        r"(?:won't|will\s+not|can't|cannot|can\s+not|doesn't|does\s+not|never|mustn't|may\s+not)\s+"
                        r"(?:hold|own|buy|touch|invest|go\s+near)|bans?|banned|prohibit(?:s|ed)?|rules?\s+out|"
                        r"screens?\s+out|restrict(?:s|ed)?|steer(?:s|ed)?\s+away)\b")
# a currency said as the client's own ("a dollar investor", "thinks in euros")
_CURRENCY_WORD = re.compile(r"\b(?:us\s+)?(?:dollars?|usd|euros?|eur|pounds?|sterling|gbp|yen|jpy|francs?|chf|cad|"
                            r"loonies?)\b")


def _motive_rules(a: Analysis, s: int, e: int, rest: str) -> list[str]:
    """The words of the asker's motive (``motives``) that say a rule for the rows asked, where the rest asks about a
    set and names no company: "My client avoids loss-making companies. Which utilities yield more than 3%?", "My
    client shuns negative free cash flow", "My client favours the three cheapest names", "... companies with shrinking
    sales" (a condition, a sign, a change of a measure, a ranking or its count): they were dropped with the clause, the
    rule left out of the screen (a wrong answer). A currency said as the client's own ("a dollar investor") with none
    asked outside is named too (the figures stayed in each company's currency). A word said again outside is no rule
    of the clause's alone."""
    assert a.ents is not None and a.claims is not None
    text = a.text
    out: list[str] = []
    if a.ents.currency is None or a.ents.currency_pos is not None and s <= a.ents.currency_pos < e:
        # (round 30: not a word of a company's name, "My client holds Sterling Power")
        out.extend(m.group(0) for m in _CURRENCY_WORD.finditer(text, s, e) if not any(
            cs <= m.start() < ce for cs, ce, who in a.claims.spans if who == "company"))
    if a.ents.tickers:
        return out  # a company named: the motive is the asker's situation with it, no screen to keep a rule in
    # "my client avoids anything in the NX100", "excludes small caps": a rule that leaves rows out (the set it names
    # was taken as restating the screen, the unknown words as context)
    out.extend(m.group(0) for m in _EXCLUDING.finditer(text, s, e) if not re.search(
        rf"(?<!\w){re.escape(m.group(0))}(?!\w)", rest))
    measured = any(s <= h.start < e for h in a.hits)
    for x in a.atoms:
        if not s <= x.start < e or not (x.kind in _RULE_ATOMS or x.kind == "func" and measured):
            continue
        said = text[x.start:x.end]
        if not re.search(rf"(?<!\w){re.escape(said)}(?!\w)", rest):
            out.append(said)
    return out


# a list's joint right before a set's words ("X and the US software companies", "X vs its US peers")
_LISTED_WITH = re.compile(r"\b(?:and|plus|vs\.?|versus|against|&|as\s+well\s+as|along\s+with|together\s+with|"
                          r"compared\s+(?:with|to))\s+(?:(?:the|its|their|all|other|all\s+the)\s+)?$")


def _restated(t: object, rest: list, tickers: list[str], text: str) -> bool:
    """Whether dropping the set ``t`` said in a framing clause changes no row: the rest names the same set, or every
    company the rest asks about (named, or of the rest's screen) is in it."""
    from finql.translate.sets import universe, universe_companies

    if any(o.kind == t.kind and o.value == t.value and o.negated == t.negated for o in rest):  # type: ignore[attr-defined]
        return True
    if t.negated:  # type: ignore[attr-defined]
        return False
    members = {c.ticker for c in universe_companies(universe([t], text) or "ALL")}  # type: ignore[list-item]
    if tickers and _LISTED_WITH.search(text[:t.start]):  # type: ignore[attr-defined]
        # (round 40, r40) "Falcon Software and the US software companies: P/E", "X and its US peers:": the set listed
        # beside the company adds its other members (it was dropped as the company's description: X alone answered)
        return False
    if tickers:
        return set(tickers) <= members
    if not rest:
        return False
    asked = {c.ticker for c in universe_companies(universe(rest, text) or "ALL")}
    return bool(asked) and asked <= members


def _drop_fields(a: Analysis, s: int, e: int) -> None:
    """A descriptive field said only in the clause ("a long read on the defence sector") is its topic, not a column."""
    assert a.claims is not None and a.ents is not None
    from finql.translate import entities as ent

    def names(keep: bool) -> set[str]:
        return {name for name, rx in ent._FIELD_RX for cs, ce, who in a.claims.spans  # type: ignore[union-attr]
                if who == "field" and (s <= cs < e) == keep
                and any(m.start() == cs and m.end() == ce for m in re.finditer(rx, a.text))}

    gone = names(True) - names(False)
    a.ents.fields = [f for f in a.ents.fields if f not in gone]


def blanked(a: Analysis) -> str:
    """The question as the composer reads it: each framing clause blanked, but the companies it names, with the marks
    after a leading clause ("To help readers, lowest P/E among ..." opens on the superlative)."""
    assert a.claims is not None
    text = a.text
    for s, e in a.framed:
        if re.search(r"\band$", text[s:e]):
            continue  # "I'm writing a profile of X and would like ...": the request goes on from the clause
        keep = [(cs, ce) for cs, ce, who in a.claims.spans if who == "company" and s <= cs < e]
        if not text[:s].strip():
            e += len(re.match(r"[\s,:;-]*", text[e:]).group(0))  # type: ignore[union-attr]
        out = [" " if s <= i < e and not any(cs <= i < ce for cs, ce in keep) else ch for i, ch in enumerate(text)]
        text = "".join(out)
    return text
