"""Answer quality on the realistic question sets: one row of figures per file, then per kind.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.realistic_eval
      [--split dev|dev2|dev3a|dev3b|dev4a|dev4b|dev5a|dev5b|dev5c|dev6a|dev6b|dev7a|dev8a|dev8b
               |dev9a|dev9b|dev9c|dev10a|dev10b|dev10c|dev11a|dev11b|dev11c|dev11d|dev12a|dev12b|dev12c
               |dev13a|dev13b|dev13c|dev14a|dev14b|dev14c|dev15a|dev15b|dev15c|dev16a|dev16b|dev16c|dev17a|dev17b|dev18a|dev18b|dev19a|dev19b|dev19c|dev19d|dev20a|dev20b|dev20c|dev20d|dev20e|dev21a|dev21b|dev21c|dev21d|dev21e|dev22a|dev22b|dev22c|dev22d|dev22e|dev22f|dev23a|dev23b|dev23c|dev23d|dev23e|dev23f|dev23g|dev24a|dev24b|dev24c|dev24d|dev24e|dev24f|dev24g|dev25a|dev25b|dev25c|dev25d|dev25e|dev25f|dev25g|dev26a|dev26b|dev26c|dev26d|dev26e|dev26f|dev26g|dev27a|dev27b|dev27c|dev27d|dev27e|dev27f|dev27g|dev28a|dev28b|dev28c|dev28d|dev28e|dev28f|dev28g|dev29a|dev29b|dev29c|dev29d|dev29e|dev29f|dev29g|dev30a|dev30b|dev30c|dev30d|dev30e|dev30f|dev30g|dev31e|dev31a|dev31c|dev31f|dev31b|dev31g|dev31d|dev32a|dev32g|dev32d|dev32c|dev32f|dev32b|dev32e|dev33a|dev33b|dev33d|dev33g|dev33e|dev33c|dev33f|dev34b|dev34d|dev34g|dev34f|dev34c|dev34a|dev34e|dev35g|dev35b|dev35c|dev35f|dev35d|dev35e|dev35a|dev36c|dev36d|dev36b|dev36g|dev36f|dev36a|dev36e|dev37e|dev37c|dev37a|dev37b|dev37f|dev37d|dev37g|dev38c|dev38e|dev38a|dev38g|dev38d|dev38f|dev38b|dev39e|dev39g|dev39d|dev39a|dev39c|dev39b|dev39f|dev40e|dev40a|dev40g|dev40d|dev40f|dev40b|dev40c|dev41a|dev41b|dev41f|dev41g|dev41c|dev41e|dev41d|dev42a|dev42b|dev42c|dev42f|dev42g|dev42d|dev42e
               |alle-dev|test|holdout|begge]
      [--json] [FILE.tsv ...]

Each organisation's material gets its own index, built in a temporary folder, as a deployment
serves one organisation: the Om questions are asked of the bundled corpus (the Om page), the
statutes and publication questions of the fictional association's statutes (HTML, as
https://groenne-byer.example/vedtaegter/) and its publication (rendered as a PDF,
https://groenne-byer.example/anbefalinger-2025.pdf) together. Without files it evaluates the chosen
split of the six sets.
Tune on the dev split; the test split is for reporting.
"""
from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from assistant.documents import read_corpus
from assistant.index.bm25 import Index
from assistant.quality.evaluation import EvaluationReport, evaluate, summarise
from assistant.quality.question_file import read_question_file
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document

REPO = Path(__file__).resolve().parents[1]

SETS = REPO / "tests" / "data" / "realistic"
MATERIALS = ("om", "statutes", "publication")
STATUTES_URL = "https://groenne-byer.example/vedtaegter/"


def om_index(folder: Path) -> Index:
    """Balance Danmark's bundled corpus: the Om page."""
    return build_index(folder / "om", list(read_corpus(REPO / "corpus")))


def association_index(folder: Path) -> Index:
    """The fictional association's material: its statutes page and its publication PDF."""
    return build_index(folder / "association",
                       [html_document(STATUTES_HTML, STATUTES_URL), publication_document()])


def index_for(path: Path, indexes: dict[str, Index]) -> Index:
    """The index a question file is asked of: the Om sets the Om page, the rest the association's."""
    return indexes["om"] if path.name.startswith("om") else indexes["association"]


# Every dev split, in the order they were written (each before the round that used it).
DEV_SPLITS = (
    "dev", "dev2", "dev3a", "dev3b", "dev4a", "dev4b", "dev5a", "dev5b", "dev5c", "dev6a", "dev6b", "dev7a",
    "dev8a",
    "dev8b",   # statutes and publication in members' own words
    "dev9a",   # written for the answer/decline decision
    "dev9b",   # the right passage among near rivals, the fact inside a long one
    "dev9c",   # chatty, English and misspelt messages in forms the earlier sets lack
    "dev10a",  # English in everyday words the bilingual dictionaries lack
    "dev10b",  # statutes asked as a member's situation, not in the statutes' terms
    "dev10c",  # paraphrase in everyday words the material does not use
    "dev11a",  # half unanswerable but on topic, written for the answer/decline decision
    "dev11b",  # chatty messages and typos as people write them
    "dev11c",  # English phrasal verbs and multi-word expressions, a third unanswerable
    "dev11d",  # statutes in members' words: situations, everyday words, the fact in one stk.
    "dev12a",  # statutes: calendar times, terms of office, the first stk. of several
    "dev12b",  # over a third unanswerable but on topic, written for the false declines' causes
    "dev12c",  # everyday English, a quarter unanswerable but on topic
    "dev13a",  # statutes in members' own words for the thing asked: compounds, roles, time words
    "dev13b",  # a third unanswerable but on topic, for what the decision's signals read
    "dev13c",  # English with Danish names inside, two-word subjects, over a quarter unanswerable
    "dev14a",  # everyday words for the thing asked, English roles, times of day; a third unanswerable
    "dev14b",  # over a third unanswerable but on topic, for the model's declines of everyday questions
    "dev14c",  # paraphrases where another passage shares the question's words: the right passage first
    "dev15a",  # the kind of thing asked in everyday words, endings; over a third unanswerable but on topic
    "dev15b",  # a third unanswerable but on topic, short and long questions, for the model's false declines
    "dev15c",  # chatty wrappers around paraphrased questions, over a quarter unanswerable but on topic
    "dev16a",  # the answer told mid-section or under a topical heading, paraphrased; a quarter unanswerable
    "dev16b",  # the words' meaning: everyday verbs, derivations, ambiguous English; a third unanswerable
    "dev16c",  # over half unanswerable but on topic: the aspect asked (amount, place, person, reason) unstated
    "dev17a",  # one passage of a document whose other passages share the words; a third English, senses
    "dev17b",  # the kind of thing asked (who, when, where, why, how many, which X) stated; over a third unanswerable
    "dev18a",  # the shapes the model declines: two-word, long chatty, everyday nouns, English; a third unanswerable
    "dev18b",  # the answer in one passage while another shares more of the question's words; a third English
    "dev19a",  # half unanswerable but on topic (a detail not given of a thing named), half the same shapes
    "dev19b",  # as dev18b, in the visitor's own words: elliptic, a situation instead of the term; a third English
    "dev19c",  # mostly English in everyday words: superlatives, phrasal verbs, abstract nouns; a quarter unanswerable
    "dev19d",  # the thing asked in everyday words or a situation, long chatty framings; a quarter unanswerable
    "dev20a",  # paraphrases reached only through thesaurus, English, spelling or compounds; a quarter unanswerable
    "dev20b",  # half unanswerable on topic (a reason, opinion or date not given, a partner not named)
    "dev20c",  # mostly English: superlatives, -ing nouns, phrasal verbs, people-words; a quarter unanswerable
    "dev20d",  # conditions, the asker's situation, positions without the material's word; a quarter unanswerable
    "dev20e",  # the kind of answer asked (who paid, a deadline, how far/long/much); a quarter unanswerable
    "dev21a",  # content words said otherwise (word family, verb for noun, everyday word); a quarter unanswerable
    "dev21b",  # mostly English set phrases (so far, each year, in advance, up to); a quarter unanswerable
    "dev21c",  # half unanswerable on topic (a partner not named, a second of one, a frequency or amount not given)
    "dev21d",  # the thing asked without æ/ø/å or with a slip, chatty, English; a quarter asks a thing named nowhere
    "dev21e",  # mostly chatty: the visitor's story first, politeness, an embedded question; a quarter unanswerable
    "dev22a",  # everyday words and fixed phrases (tog initiativ, handler om, bakke op); a quarter unanswerable
    "dev22b",  # mostly English with many-sense everyday verbs (leave, run, hold, set up, based); a quarter unanswerable
    "dev22c",  # half unanswerable on topic (an amount, date, place, person or count not given), half answerable
    "dev22d",  # mostly chatty: a statement after the question, a question in a remark; a quarter unanswerable
    "dev22e",  # the fact one specific detail (a number, date, deadline, name, condition) inside a longer passage
    "dev22f",  # the visitor names the topic, the passage names the specifics (few shared words); a quarter unanswerable
    "dev23a",  # everyday verb phrases and nouns (sætte i gang, stå bag; borger, byråd); a quarter unanswerable
    "dev23b",  # the thing asked in idioms (hvad går det ud på, how come, what's the point); a quarter unanswerable
    "dev23c",  # the fact on the right page in another passage (kind, stance, history); a quarter unanswerable
    "dev23d",  # half unanswerable on topic (another time or place, who did it, what if, partners), half answerable
    "dev23e",  # mostly English with everyday words of several Danish senses or false friends; a quarter unanswerable
    "dev23f",  # the answer in one passage while a rival shares a stand-in or part of the words; a quarter unanswerable
    "dev23g",  # mostly chatty: hearsay, "passer det", two sentences, English chatty; a quarter unanswerable
    "dev24a",  # everyday verb phrases and nouns (søsætte, vise døren; firma, byråd); a quarter unanswerable
    "dev24b",  # a time, person, place, reason, way or number given indirectly (samtidig, a role); a quarter none
    "dev24c",  # the fact in one sentence of a long passage while others share more words; a quarter unanswerable
    "dev24d",  # half unanswerable on topic (which ones concretely, a founder person, a fee or date not given,
               # a role, a comparison), half answerable
    "dev24e",  # mostly English: words of several Danish senses, nouns like verbs, phrasal verbs; a quarter unanswerable
    "dev24f",  # the answer shares few words, a rival a name part, a stem or a title word; a quarter unanswerable
    "dev24g",  # mostly chatty: a story, "hvis jeg skulle ...", two questions, English filler; a quarter unanswerable
    "dev25a",  # the material's concepts at another level, compounds of synonymous parts, derivations; a quarter none
    "dev25b",  # the kind asked given indirectly (an event for a time, "alle X" for which, a role); a quarter none
    "dev25c",  # the fact in a list item, a later sentence, a table row or a later clause; a quarter unanswerable
    "dev25d",  # half unanswerable on topic (which bank/towns without "concretely", a role's holder, a fee for
               # a group not stated, a chatty story matching a passage), half the same shapes answerable
    "dev25e",  # mostly English: words of several Danish senses, multiword expressions, plural agent nouns;
               # a quarter unanswerable
    "dev25f",  # the answer shares few words, a rival (summary page, other document, heading) more; a quarter none
    "dev25g",  # mostly chatty: two questions in one message, a role in the story, English filler; a quarter none
    "dev26a",  # the material's concepts at another level: broader/narrower nouns, compounds of synonymous
               # parts, derivations; a quarter unanswerable on topic
    "dev26b",  # the kind asked given indirectly (an age as a founding year, a length, a frequency, a place
               # without a name, a time in another sentence); a quarter unanswerable
    "dev26c",  # the fact in a later sentence, a list beside it, before a conclusion or a neighbouring paragraph,
               # while another sentence shares more words; a quarter unanswerable
    "dev26d",  # half unanswerable on topic (which bank/auditor/towns, a role's holder, an amount or count no
               # sentence gives, a norm asked as a count, a name the material lacks), half the same shapes answerable
    "dev26e",  # mostly English: everyday words of several Danish senses, multiword expressions ("day-to-day",
               # "price tag", "on the hook"), plural agent nouns (founders, sponsors); a quarter unanswerable
    "dev26f",  # the answer shares few words while a rival (summary page, the other document, another § with the
               # same phrase, the intro) shares more; a quarter unanswerable
    "dev26g",  # mostly chatty: a second question with a remark in parentheses, a hedge after an English role;
               # a quarter none
    "dev27a",  # everyday words for the material's concepts: broader/narrower nouns, derivations, compounds of
               # synonymous parts, a general word for a specific document ("reglerne"); a quarter none
    "dev27b",  # the kind asked given indirectly (a time as an event, a place after a verb of motion, a way
               # as a means) and place/time words in passages that do not answer; a quarter unanswerable
    "dev27c",  # the fact in a list item, a later sentence or clause or a neighbouring passage, and fixed
               # expressions ("sige god for", "sætte i gang", "stå bag") for the material's verb; a quarter none
    "dev27d",  # half unanswerable on topic (a place, person or organisation name the material never has, a kind
               # with named members it does not name), half the same shapes answerable
    "dev27e",  # mostly English: everyday words of several Danish senses, phrasal verbs ("put out", "drop out",
               # "fall behind"), multiword expressions and plural agent nouns (backers, planners); a quarter none
    "dev27f",  # the answer shares few words while a rival (summary page, the other document, another § with the
               # same words) shares more; particle verbs split by their object; a quarter unanswerable
    "dev27g",  # mostly chatty: a story with a place and a role, a follow-up written as one message (a pronoun
               # for the sentence before), English stories; a quarter none
    "dev28a",  # everyday words for the material's concepts: broader/narrower nouns, derivations, compounds of
               # synonymous parts, a general word for a document ("reglerne", "lovene", "rapporten"); a quarter none
    "dev28b",  # the kind asked given indirectly (a time in another sentence, a place after a verb of motion or a
               # municipality, a way as a means) and place/time words in passages that do not answer; a quarter none
    "dev28c",  # the fact in a list item, a later sentence or clause or a neighbouring passage, and fixed
               # expressions ("bakke op", "kræve ind", "sætte gang i") for the material's verb; a quarter none
    "dev28d",  # half unanswerable on topic (a kind with named members the material never names -- which
               # newspaper, lawyer, hotel --, a name it lacks, in lower case or English words), half answerable
    "dev28e",  # mostly English: everyday words of several Danish senses ("leave", "bill", "bodies", "report"),
               # phrasal verbs ("wind up", "hand in"), multiword expressions, plural agent nouns; a quarter none
    "dev28f",  # the answer shares few words while a rival (another § with the same words, the summary page,
               # the survey page) shares more; particle verbs split by their object; a quarter unanswerable
    "dev28g",  # mostly chatty: a pronoun for the organisation or document named before, "who pays for it?"
               # follow-ups, stories with places and roles, English stories; a quarter none
    "dev29a",  # everyday words for the material's concepts: a general word for a document ("rapporten",
               # "skriftet", "report") or the organisation ("klubben", "tænketanken"), compounds with
               # synonymous parts ("regelændring", "medlemsmøde"), broader/narrower terms; a quarter none
    "dev29b",  # the kind asked given indirectly (a time as an event or span, a place as a municipality, a
               # document or a clause, a way as a means) and place/time words that do not answer; a quarter none
    "dev29c",  # the fact in a list item, a later sentence or clause, a table cell or a neighbouring page, and
               # fixed expressions ("give grønt lys", "kalde sig", "stå bag") for the material's verb; a quarter none
    "dev29d",  # half unanswerable on topic (a name the material lacks, in lower case or multiword; a kind with
               # named members it never names -- which municipality, bank, fund, auditor), half the same shapes answered
    "dev29e",  # mostly English: everyday words of several Danish senses ("bill", "report", "hand"), phrasal
               # verbs ("side with", "falls behind"), verbs in -s ("signs", "calls"), "backers", "funders"
    "dev29f",  # the answer shares few words while a rival (a compound verbatim, another § with the same
               # words, the summary page) shares more; particle verbs split by their object; a quarter none
    "dev29g",  # mostly chatty: a pronoun for a thing of its gender named in the story ("hvem vælger formanden
               # for den?"), who does or pays for a "bør" recommendation, English stories, small place names
    "dev30a",  # everyday words for the material's concepts in definite form ("undersøgelsen", "sammenslutningen",
               # "the group") next to another body named definitely ("fonden, der betalte"), compounds with
               # synonymous parts ("medlemsgebyret"), grammar words that are not content ("så"); a quarter none
    "dev30b",  # the kind asked given indirectly (a time as an event or another sentence, a place as a
               # document, body or event, a direction after a verb of motion, a reason as a cause or a
               # "så" clause) and place/time words in passages that do not answer; a quarter none
    "dev30c",  # the fact in a numbered stk. (not the first sharing the words), a later or "Derfor" sentence, a
               # table cell, a list item or a neighbouring passage; fixed expressions for the verb; a quarter none
    "dev30d",  # half unanswerable on topic (a kind named only indefinitely -- "en revisor", "en række kommuner";
               # a name the material lacks; a seat or town that is no member), half the same shapes answered
    "dev30e",  # mostly English: everyday words of several Danish senses, agent nouns ("funders"), phrasal
               # verbs ("chip in", "winds up"), words the material has only inside compounds ("map data")
    "dev30f",  # the answer shares few words while a rival (another § or stk., the summary page, the other
               # section's word) shares more; particle verbs against a prefixed verb or noun; a quarter none
    "dev30g",  # mostly chatty: "vi" as the asker's group in a story with a town or role, the story's own word
               # for the document ("jeg har læst jeres rapport"), follow-ups in one message; a quarter none
    "dev31e",  # mostly English: everyday words of several Danish senses, agent nouns ("backers"), phrasal
               # verbs ("sign up", "footed the bill", "kick out"), "report", "collected"; a quarter none
    "dev31a",  # concepts in another word no resource links ("pengene" for "finansieret", "deler ud" for
               # "formidler", "bygning" for "fast ejendom", "kalde sammen", "stedfortrædere", "ordstyrer"),
               # grammar words that are not content ("så", "helt", "selv"); a quarter none
    "dev31c",  # the fact beside the sentence sharing the question's words (the next sentence, clause or stk.,
               # a list item, a table cell, a yes/no question answered by a definition); a quarter none
    "dev31f",  # the answer shares few words while a rival (another § or stk., the summary page, the other
               # section's word) shares more; everyday words for the material's terms; a quarter none
    "dev31b",  # the kind asked in a less usual form ("hvad år", "hvor tit", "hvor langt", "til hvilken
               # adresse", a direction without "hen", "hvor står det", "konkret"/"typisk" as adverbs); a
               # quarter to a third the same kinds the material lacks (an address where only a town is named)
    "dev31g",  # mostly chatty: the question hidden in a remark, English openers ("I read your report, but"),
               # "vi"/"min nabo" stories, follow-ups in one message that leave out the thing; a quarter none
    "dev31d",  # half unanswerable on topic (a named one of a kind the material never names -- an auditing
               # firm, a union, a minister; a detail it lacks about a bare name like "Jøp"), half answered
    "dev32a",  # the decision declining the right passage: a content word said in another everyday word
               # ("sponsoreret" for "finansieret", "stoppe som medlem", "byråd"), framing words; a quarter none
    "dev32g",  # mostly chatty: hearsay naming a town ("min kusine i Aarhus siger"), a story naming a town
               # that is not the question, follow-ups in one message that leave out the thing; a quarter none
    "dev32d",  # half unanswerable on topic (a named one of a kind never named -- an auditor, a foundation,
               # a chair; a date, count, amount or address lacking beside one that is given), half answered
    "dev32c",  # the fact beside the sentence sharing the words (the reason before "Derfor", the next sentence
               # or stk., a table cell against the summary, list items after the lead-in, yes/no questions the
               # sentence settles with a condition); a quarter none
    "dev32f",  # the answer shares few words while a rival (another § or stk. with the question's word, the
               # summary page, the other section's word) shares more; question words the material has only
               # inside a compound or in another form ("statsjobs", "p-pladser"); a quarter none
    "dev32b",  # the kind asked in a less usual form ("fra hvornår", "senest hvornår", "i hvilken måned",
               # "hvor gammel", "how soon", "by what year", a recipient asked as a place, a time in the
               # sentence next to the tied one); a quarter to a third the same kinds the material lacks
    "dev32e",  # mostly English whose verbs and nouns reach a wrong Danish word ("wrote", "come out", "paid
               # for", "funded", "backers", "how far"), four-letter English typos ("waht", "yaer"); a quarter none
    "dev33a",  # the decision declining the right passage: everyday nouns and verbs for the material's
               # ("penge", "magt", "politikerne", "stedfortrædere", "kalder sammen"), light verbs; a quarter none
    "dev33b",  # the kind asked in a less usual form ("hvornår på året", "what part of the year", "siden
               # hvornår", "hvor gammel", "hvor stor", "i hvilket omfang", "på hvilken vis", "how come", "hvor
               # tæt på"); about a third the same kinds the material lacks (a day, an age, a size, how often)
    "dev33d",  # half unanswerable on topic (one of a list asked where the material lists several, a count or
               # share never counted, a named one never named, a detail lacking beside a figure), half answered
    "dev33g",  # mostly chatty: hearsay whose verb of saying carries a claim ("min nabo påstår, at ... Passer
               # det?"), follow-ups in one message changing only the time or the thing, a question after a
               # long story; a quarter none
    "dev33e",  # mostly English phrasal verbs whose particle changes the sense ("put out", "pull out", "kick
               # in"), "what time of year", who made an unattributed document, typos of question words; a quarter none
    "dev33c",  # the fact beside the sentence sharing the words (the reason after "fordi", the next sentence
               # or stk., a table row for one kind and a year, list items, yes/no questions a condition or
               # the next sentence settles); a quarter none
    "dev33f",  # the answer shares few words while a rival shares more (another § or stk. with the question's
               # word, the summary page against the page that details it, another section's word); words the
               # material has only inside a compound or in another form ("køkkenhave", "iværksætter"); a quarter none
    "dev34b",  # the kind asked in a less usual form ("senest hvornår", "fra hvornår", "hvor tit", "how often",
               # "hvor hurtigt", "på hvilken måde", "hvad koster", a time asked as an event, a reason told by
               # "fordi" or "hvor"); about a third the same kinds the material lacks (a day, an age, a price)
    "dev34d",  # half unanswerable on topic (one of a list asked for, a different group's count or share, a local
               # group's figure, a doer after a preposition, a named one never named, a detail lacking beside
               # another), half the same shapes answered
    "dev34g",  # mostly chatty: a claim put to check with a wrong figure or name ("min nabo siger 500 kr. Passer
               # det?"), a known fact then the question ("Jeg ved, at ... Og ...?"), "are you a party?", a
               # thanks or greeting first, a question after a long story; a quarter none
    "dev34f",  # the answer shares few words while a rival shares more (another stk. of the same §, the summary
               # page against the page that details it, a name holding the question's word: "Staten" for
               # "statslige"); everyday words for the material's compounds ("billeder" for "Luftfotos"); a quarter none
    "dev34c",  # the fact beside the sentence sharing the words (the reason before "Derfor" or after "så", the
               # next sentence or stk., the second share of a survey, yes/no questions a sentence settles, the
               # member kinds); a quarter none
    "dev34a",  # the decision declining the right passage: everyday nouns and verbs for the material's
               # ("penge"/"betalte", "magt", "rapporten", "stedfortrædere", "regningen", "vise ud"); a quarter none
    "dev34e",  # mostly English whose words reach a wrong Danish word: "which month", "when in the year",
               # "how often", "how come", phrasal verbs ("set up", "fall behind", "hand in", "wound up"),
               # typos of question words ("wher", "wen", "wich"); a quarter none
    "dev35g",  # mostly chatty: a who-claim put to check and asked as "who" ("min far siger ... hvem står bag?"),
               # a rumour with a wrong figure, name or place, a known fact then the question, thanks first, a
               # remark after the question, a question after a long story; a quarter none
    "dev35b",  # the kind asked in a less usual form ("fra hvilken dag", "hvor lang tid i forvejen", "i hvilken
               # forbindelse", "med hvilket formål", "af hvilken årsag", "hvor stor en del", "by what year"); about a
               # third the same kinds the material lacks (a month, a day, an age, a size, how often)
    "dev35c",  # the fact beside the sentence sharing the words (who stood behind / paid / wrote, next to the
               # sentence with the year or the act; the reason after "så" or "hvor"; yes/no questions about
               # existence and conditions a sentence settles); a quarter none
    "dev35f",  # the answer shares few words while a rival shares more (another stk. or § with the question's
               # word, the summary page, another section's "Danmark i bedre balance"); everyday words for the
               # material's words and compounds ("protest", "magten", "køkkenhave", "opsigelse"); a quarter none
    "dev35d",  # half unanswerable on topic (a subgroup's count or share, a doer or name never named, a detail
               # lacking beside another of the same topic, the other material's fact), half the same shapes
    "dev35e",  # mostly English whose words reach a wrong Danish word: phrasal verbs ("hand in", "kick off",
               # "put out", "carried out", "take place"), words of several senses ("held", "founding",
               # "based in", "books", "bill"), a trailing particle ("based on?"); a quarter none
    "dev35a",  # the decision declining the right passage: everyday nouns and verbs for the material's and
               # the other member of a derivation family ("udgivelsen", "indbetalt", "opsigelse"); a quarter none
    "dev36c",  # the fact beside the sentence sharing the words (a who-claim put to check, a count put
               # negatively, two things asked at once, the sentence after the one with the year or the act,
               # yes/no questions a sentence or condition settles); a quarter none
    "dev36d",  # half unanswerable on topic (a price, date or count of something else beside a figure, a detail
               # lacking beside another, names never named, the other organisation named), half the same shapes
    "dev36b",  # the kind asked in a less usual form: a place answered by a recipient or destination ("hvor
               # ender", "hvor skal jeg sende"), numbers, durations and frequencies told in words, a duration
               # answered by a start, "which foundation/bank"; about a third the same kinds the material lacks
    "dev36g",  # mostly chatty: thanks or a greeting first ("tak for svaret! og hvem bestemmer så ...?"), a known
               # fact then a question changing only the time or place ("jeg ved ... i 2014. og i de mindre
               # byer?"), a rumour to check, the visitor's situation first or a remark after; a quarter none
    "dev36f",  # the answer shares few words while a rival shares more (one word family repeated in a rival §
               # or stk., the summary's figure against the page's table, another section's "kæmper for"); everyday
               # words for the material's compounds ("storbyerne", "et hus", "skolernes udearealer"); a quarter none
    "dev36a",  # the decision declining the right passage: everyday nouns and verbs for the material's
               # ("penge", "magt", "rapporten", "reglerne", "skriver under", "regner med") and the other member
               # of a derivation family ("træffe beslutninger", "flyttet ud"); a quarter none
    "dev36e",  # mostly English whose words have several Danish senses the part of speech or context picks
               # ("term", "present", "motions", "chapter", "accounts", "property", "fine", "private", "room",
               # "final say"), question shapes ("Is it true that", "Do you happen to know", "What's the deal
               # with"); a quarter none
    "dev37e",  # mostly English whose words reach the wrong Danish word: a short dictionary word inside a
               # Danish compound or derivation ("advice" -> "rådighed", "council", "count", "measure"), senses
               # the dictionary lacks ("term", "assets", "foundation", "seat", "bill", "lots", "flat",
               # "passed"), short English questions with Danish names; a quarter none
    "dev37c",  # the fact beside the sentence sharing the words (who took the initiative after the sentence
               # with the year, a list asked for, two things asked at once, the second sentence of a stk.,
               # yes/no questions a sentence settles); a quarter none
    "dev37a",  # the decision declining the right passage: everyday nouns and verbs for the material's
               # ("bogføring", "det afgørende ord", "finde pengene", "rigdom", "spreder", "a say", "p-pladser")
               # and the other member of a derivation family ("tilmelder", "nedlægge", "fældningen"); a quarter none
    "dev37b",  # the kind asked in a less usual form: a time as a part of the year, a start ("fra hvilket
               # tidspunkt"), an age or duration answered by a start year, "hvor mange gange om året", a place
               # answered by a receiver or an event, numbers above twelve in words; a third the kinds lacking
    "dev37f",  # the answer shares few words while a rival shares more (another stk.'s or §'s "varsel",
               # "kassereren", "et år ad gangen" or "tre måneder", the summary's school fund against its page,
               # "Kortlægningen viser" against the funder); everyday words for the material's terms and compounds
               # ("sige op", "reserver", "p-pladser", "planter på taget"); a quarter none
    "dev37d",  # half unanswerable on topic (a price of something else than the one priced, a pay, a budget,
               # a count for another year, town or group, a day where only the year's end is told, officers
               # never named asked by a visitor with the same role, Balance Danmark named of the statutes
               # and publication), half the same shapes answered
    "dev37g",  # mostly chatty and self-standing: thanks or a greeting first ("Tak! Og hvad skal en forening så
               # betale om året?"), a known fact then only the time or place changed ("... i 2014. Hvad med i
               # 2024?"), a claim to check, "who checks/decides" of a rule; Danish and English; a third none
    "dev38c",  # the fact beside the sentence sharing the question's words: a count of one thing beside the
               # figure for another (64 against 81 procent, parks against trees, small towns against big), the
               # second sentence of a stk. (who to write to when leaving, the substitutes' term), a "hvem" a
               # sentence without a name answers, two things asked, yes/no a sentence settles; a quarter none
    "dev38e",  # mostly English whose words reach the wrong Danish word or none: words the dictionaries lack
               # ("launch", "fiscal", "kids", "mortgage", "headcount", "dues"), wrong senses ("term", "seat",
               # "act", "board"), a common noun's possessive, phrasal verbs ("run for", "step down", "hand in",
               # "back out", "wind up"); a quarter none, declined in English
    "dev38a",  # the decision declining the right passage: everyday verbs and fixed phrases for the material's
               # words ("sætte i gang", "komme med", "melde sig ind", "sætte af", "tage op", "sidde i
               # bestyrelsen", "sætte i jorden") and the other member of a word family ("udgav", "fælder",
               # "smide ud"); a quarter none
    "dev38g",  # mostly chatty and self-standing, wrappers of many kinds: a greeting or thanks, a request
               # form ("Kan du fortælle mig", "Jeg vil gerne vide", "Could you tell me"), a discourse opener
               # ("Okay, og", "Hmm", "Quick question"), an apology, a smiley, a remark after; a third none
    "dev38d",  # answered without an answer: half unanswerable on topic (a couple's fee beside the personal
               # fee, a day beside a month, interviewed planners beside 24 municipalities, the association's
               # members beside 1.412 respondents, the debt beside "hæfter ikke", officers never named, the
               # other organisation named, English questions the material cannot answer), half answered
    "dev38f",  # the answer shares few words while a rival shares more (joining in § 3, stk. 2 against stk. 1's
               # "optages", the quorum against § 7's "Beslutninger", the auditor's term against § 6's, the
               # intro's projects against the history's start, planted trees against the tree plan); everyday
               # words for the material's ("velstand", "bogføring", "rundspørge", "fliser"); a quarter none
    "dev38b",  # the kind asked read in a less usual form: numbers in words above twelve ("tretten", "femten
               # tusind", "hundrede tusind"), a sentence adverb at the end ("egentlig", "konkret", "i praksis",
               # "internt", "actually"), a measure noun after "hvor mange" ("procent", "kroner", "dage", "uger")
               # answered by a fraction, a range or another unit, "hvor tit", "hvor længe siden", "i hvilket
               # årti"; a third the kinds lacking
    "dev39e",  # mostly English whose words reach the wrong Danish word or none: a dictionary word whose
               # Danish form in the material is inflected ("kids" -> "barn" for "børn"), a short root below
               # the compound minimum ("solar" -> "sol" in "solceller"), a verb whose object picks the sense
               # ("draw a salary", "foot the bill"), idioms ("on the hook", "final say", "heavy lifting") and
               # words the dictionaries miss ("capital", "allotment", "lots", "launch"); a quarter none
    "dev39g",  # mostly chatty and self-standing, wrappers the older sets use little: a morning greeting,
               # asking leave to ask ("Må jeg spørge", "Mind if I ask"), a musing or self-deprecating opener
               # ("Det er måske et dumt spørgsmål, men", "Jeg sidder og undrer mig over", "Just curious"), a
               # discourse word ("Du,", "Sig mig,", "Nå, men"), a sign-off after; a third none
    "dev39d",  # answered without an answer: half unanswerable on topic (a month or day where only the year
               # is told, a role compound the material lacks: "økonomiansvarlig", an amount "i kroner" or a
               # "price tag" for what it does not price, the "no" share beside the "yes" figure, the thing
               # asked named only before a "Hvad koster den?"), half the same shapes answered ("Jeg glemte,
               # hvad … hedder" for a name it gives)
    "dev39a",  # the decision declining the right passage: everyday verbs and fixed phrases for the material's
               # words ("skrive under", "sige op", "tage del i", "være der", "gøre status"), a light verb with its
               # own object ("tage sig af", "finde pengene", "tage fat på"), "få" + participle ("fik I rettet"),
               # "magt", "rapport", the other member of a word family; a quarter none in the same words
    "dev39c",  # the fact beside the sentence sharing the question's words: a desired count beside a done one
               # (the tree plan's 100.000 against 14.300 planted), a student's fee beside the personal one, the
               # second sentence of a stk. or § (the substitutes, a sale of property), a list asked for, what
               # else besides a named thing, yes/no a sentence settles; a quarter none
    "dev39b",  # the kind asked read in a less usual form: a duration as "hvor mange uger/måneder/år", a time
               # as "for ... år siden" / "... years ago", numbers in words above twelve ("tyve", "fireogtyve",
               # "halvtreds", "hundrede", "to tusind"), a sentence adverb at the end without a comma ("helt
               # konkret", "i praksis", "cirka"), "hvor tit", "i hvilket årti"; a third the kinds lacking
    "dev39f",  # the answer shares few words while a rival shares more (the start "i gang" against "ad gangen",
               # leaving against "Medlemskabet gælder", the history's reports against the intro's analyses,
               # "Folketingets partier" against "partipolitisk uafhængig", "skybrud" on the water page against
               # the economy page); everyday words for the material's ("rette henvendelse", "regner", "følge
               # op", "sætte i pant", "møde op"); a quarter none
    "dev40e",  # mostly English whose words reach the wrong Danish word or none: words of several senses
               # ("title", "sample", "seat", "act", "fund"), "for free" / "free to" asked of a price or a
               # permission, "capital" as the capital city, two-word nouns ("solar panels"), idioms ("calls
               # the shots", "set the country back", "boot out") and words the dictionaries miss
               # ("bankrolled", "scorecard", "perks"); a quarter none
    "dev40a",  # the decision declining the right passage again: everyday verbs and fixed phrases for the
               # material's words ("slide for", "sætte navn under", "gå efter", "sidde med om bordet", "komme på
               # gaden", "sige god for", "lægge penge i", "save ned", "lade livet", "lukke ned"), a light verb
               # with its own object ("sætte i søen", "rykke på", "punge ud med", "finde plads til"), "rapport",
               # the other member of a word family; a quarter none in the same words
    "dev40g",  # mostly chatty and self-standing, wrappers the older sets use little: a casual greeting
               # ("Hejsa", "god aften"), a short-question marker ("Hurtigt spørgsmål:", "Quick question -",
               # "Psst"), an apology or plea ("Undskyld jeg forstyrrer", "Kan du svare på det her:"), a
               # filler ("Altså,", "Ok så,"), a reason for asking, a feeling, a smiley or "thx" after; a third none
    "dev40d",  # answered without an answer: half unanswerable on topic (a contact, a phone number as "tlf nr",
               # a share of the members where only their kinds are told, a pool of money asked per school or
               # per tree, "Which of the 24 …", "Whom …", "Which auditing company …", "headcount", "price
               # tag", "højst … i alt"), half the same shapes answered
    "dev40f",  # the answer shares few words while a rival shares more (an ordinary proposal's simple majority
               # against the statute changes' two thirds, the calendar year against the January collection,
               # the board electing its chair against the general meeting electing the board, the accounts a
               # week before against proposals 14 days before, members' pocket parks against the
               # recommendation); the least asked stk. and pages; a quarter none
    "dev40b",  # the kind asked read in a less usual form: "which/what" + a noun ("hvilket pengeinstitut",
               # "hvilken slags", "which municipality"), a share as "hvor stor en del/andel", a distance as
               # "hvor langt"/"how far", "hvor ofte"/"how often", a start as "siden hvornår", an end as "til
               # hvornår", a rank ("den første/sidste", "det næstsidste"), "how long/how much"; a third lacking
    "dev40c",  # the fact beside the sentence sharing the question's words: what else besides a named thing
               # ("ud over analyserne", "besides the tree plan"), why asked with "økonomi" answered by the
               # reason before it, a share asked after a thousands-separated count ("Af de 1.412 adspurgte"),
               # a stk.'s or §'s second sentence, a "hvem" answered by a role, yes/no a sentence settles as a
               # situation ("tre ud af syv", "400 m²"); a quarter none
    "dev41a",  # the decision declining the right passage, a third time: everyday verbs and fixed phrases
               # for the material's words ("hjælpe på benene", "sætte pennen til papiret", "tage et kritisk
               # kig på", "vise døren", "trække sig ud", "lægge i graven", "få ned i muldet", "stå for
               # regningen", "hoste op med", "komme til orde"), a light verb with its own object ("sætte skub
               # i", "tage sig af"), the other member of a word family ("kontorbyggeri", "bygget",
               # "genplantning"); a quarter none in the same words
    "dev41b",  # the kind asked read in a less usual form: a price as "hvad koster det samlet"/"how much",
               # a temperature as "hvor meget varmere", a duration as "hvor længe"/"how long", a liability as
               # "hvor meget hæfter", a share, "hvor ofte", "siden/til hvornår", a rank ("den dyreste", "the
               # fifth", "the least"); a third lacking (a price, temperature, duration or rank never given)
    "dev41f",  # the answer shares few words while a rival shares more: a particle verb for the material's
               # verb ("kalde sammen" for "indkaldes"), a compound with a synonymous head ("lokalafdeling"
               # for "lokalforening"), function words sharing a stem with content words ("Siden" against
               # "sider", "i gang" against "ad gangen", "rette i" against "ret til"), "aller-" with a
               # superlative; the least asked stk. and pages; a quarter none
    "dev41g",  # mostly chatty and self-standing, wrappers the older sets use little: a formal or a telephone
               # greeting ("Goddag", "Hallo", "Good morning"), asking leave or announcing the question ("Må jeg
               # lige høre", "Jeg har et lille spørgsmål:", "Sorry to bother you"), a request, the asker's role
               # or situation first, a reaction to an earlier answer ("Tak for info!"), thanks or a sign-off
               # after ("på forhånd tak", "mvh Hanne"); a third none
    "dev41c",  # the fact beside the sentence sharing the question's words again: "bortset fra X" asking for
               # the rest, a wanted count beside a done one, where the green city accounts are presented,
               # the second half of a sentence or stk., yes/no a sentence or definition settles, pages with
               # the question's words beside the page with the answer; a quarter none
    "dev41e",  # mostly English whose words reach the wrong Danish word or none: a sense the context chooses
               # ("chapters", "banner", "mandate", "motions", "subscription", "audit"), words the dictionaries
               # miss or send elsewhere ("AGM", "dues", "quorum", "suffrage", "allotments", "playgrounds",
               # "real estate", "vacant lots", "price tag"), idioms ("in the pocket of", "go under", "shell
               # out"), "out of the capital" after a scene clause before a colon; a quarter none
    "dev41d",  # answered without an answer again: half unanswerable on topic -- the visitor's own figure
               # ("Af de 62 lommeparker …", "How many of the 1,412 …"), "which of the X" naming none, a name
               # asked after a role, a year beside a told count, another body's quorum, a saving without a
               # figure -- and half the same shapes answered
    "dev42a",  # the decision declining the right passage, a fourth time: everyday verbs and fixed phrases
               # for the material's words ("sparke i gang", "hoppe med på vognen", "smutte", "gøre kassen
               # op", "pille ved", "lukke og slukke", "se dagens lys", "give grønt lys", "hele molevitten",
               # "få igen for"), "tage" the verb beside "tage" the roofs ("tage et træ ned", "ovenpå"),
               # adverbs of place beside the asked thing ("derude", "herhjemme", "derinde", "derovre");
               # a quarter none in the same words
    "dev42b",  # the kind asked read from the question's own kind words: a share as "hvor stor en andel/
               # procentdel/brøkdel"/"what share", "antallet af"/"headcount", "det dyreste"/"the most
               # expensive part"/"price tag", "kommer ... til at", "Hvad regner I med, at det hele ...",
               # ordinals ("det andet punkt", "item number seven"), "hvor ofte", "siden hvornår",
               # superlatives; over a third lacking (the same kinds never given)
    "dev42c",  # the fact beside the sentence sharing the question's words, a third time: a stk.'s or §'s
               # second sentence (the appeal after an exclusion, the deputies, the demand's agenda), the
               # last or second item of a list, a cross-reference as the answer, a "hvem" a role answers,
               # what does not count beside a definition, the development projects beside the analyses;
               # a quarter none
    "dev42f",  # the answer shares few words while a rival shares more, again: a compound with a synonymous
               # head ("lokalafdeling", "lokalgruppe", "stedfortrædere", "flyfotos"), a story before a
               # dash, "allerførst", a situation asked yes/no, a comparison whose other half a rival holds;
               # the least asked stk. and pages; a quarter none
    "dev42g",  # mostly chatty and self-standing, wrappers the older sets use little: an indirect question
               # in subordinate order ("Ved du, hvornår …", "Jeg er i tvivl om, hvem …", "I was wondering
               # whether …", "Do you happen to know …"), a tag or hedge after ("…, eller hvad?", "…, hvis du
               # ved det", "…, right?"), a self-deprecating hedge first ("Det er nok et dumt spørgsmål,
               # men …"), a story before, "okay, og …"/"hej igen"/"Nå," openers, smileys; a third none
    "dev42d",  # answered without an answer, third time: half unanswerable on topic -- the visitor's own
               # figure beside the material's figures, English count questions, a figure as a word ("af de
               # syv pladser"), an English name after a role, "Which of the 24 towns", account, reg. and
               # house numbers -- and half the same shapes answered
    "dev42e",  # mostly English whose words reach the wrong Danish word or none: a sense the context chooses
               # ("quarter", "chair", "body", "books", "ledger", "bill", "table", "fund", "plain"), two-word
               # nouns ("solar panels", "car parks", "community garden"), words the dictionaries miss ("AOB",
               # "sole trader", "saplings", "outheat"), idioms ("wind up", "kick off", "make good"), "Out of
               # curiosity," before the question, "sway" for influence; a quarter none
)


def question_files(split: str) -> list[Path]:
    splits = {"begge": ("dev", "test"), "alle-dev": DEV_SPLITS}.get(split, (split,))
    return [SETS / f"{material}_{s}.tsv" for s in splits for material in MATERIALS]


def _cell(value: float | None) -> str:
    return "    -" if value is None else f"{value:.3f}"


def table(reports: dict[str, EvaluationReport], overall: EvaluationReport) -> list[str]:
    """The figures per file and, over all files, per kind of question."""
    lines = [f"{'fil':<22} {'svar':>4} {'hit@1':>6} {'hit@3':>6} {'MRR':>6} {'faktum':>6} "
             f"{'NONE':>4} {'afvist':>6}"]
    for name, r in [*reports.items(), ("i alt", overall)]:
        lines.append(f"{name:<22} {r.answerable:>4} {r.hit1:>6.3f} {r.hit3:>6.3f} {r.mrr:>6.3f} "
                     f"{_cell(r.fact_in_answer if r.with_fact else None):>6} {r.unanswerable:>4} "
                     f"{r.declined_right:>6.3f}")
    if not overall.kinds:
        return lines
    lines += ["", f"{'type':<22} {'svar':>4} {'hit@1':>6} {'NONE':>4} {'afvist':>6}"]
    lines += [f"{k.kind:<22} {k.answerable:>4} {_cell(k.hit1):>6} {k.unanswerable:>4} "
              f"{_cell(k.declined_right):>6}" for k in overall.kinds]
    return lines


SWEEP = (0.1, 0.2, 0.25, 0.3, 0.325, 0.35, 0.375, 0.4, 0.45, 0.5, 0.55, 0.6)


def wrong_and_declined(outcomes) -> tuple[int, int]:
    """(answers that are wrong: the wrong passage first or a question without an answer answered,
    answerable questions declined)."""
    wrong = sum(o.answered and (o.expected is None or o.rank != 1) for o in outcomes)
    return wrong, sum(o.expected is not None and not o.answered for o in outcomes)


def sweep(files: list[Path], items: dict, indexes: dict) -> list[str]:
    """The figures at each candidate threshold of the shipped model, and what its errors cost when a
    wrong answer costs WRONG_ANSWER_COST declines (benchmarks/answerability_train.py)."""
    from dataclasses import replace

    from assistant.answer import answerability
    from assistant.answer import compose as answer
    from benchmarks.answerability_train import WRONG_ANSWER_COST

    shipped = answerability.load_model()
    lines = [f"{'tærskel':>8} {'hit@1':>6} {'afvist':>6} {'sum':>6} {'forkert':>7} {'afvist':>6} "
             f"{'pris':>6}   (pris: et forkert svar koster {WRONG_ANSWER_COST:g} afvisninger)"]
    try:
        for threshold in SWEEP:
            model = replace(shipped, threshold=threshold)
            answer.load_model = lambda model=model: model
            report = summarise([o for f in files
                                for o in evaluate(index_for(f, indexes), items[f.name]).outcomes])
            wrong, declined = wrong_and_declined(report.outcomes)
            mark = "  <- i brug" if abs(threshold - shipped.threshold) < 1e-9 else ""
            lines.append(f"{threshold:>8.3f} {report.hit1:>6.3f} {report.declined_right:>6.3f} "
                         f"{report.hit1 + report.declined_right:>6.3f} {wrong:>7} {declined:>6} "
                         f"{WRONG_ANSWER_COST * wrong + declined:>6g}{mark}")
    finally:
        answer.load_model = answerability.load_model
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="question files (default: the chosen split's six)")
    parser.add_argument("--split", choices=(*DEV_SPLITS, "alle-dev", "test", "holdout", "begge"),
                        default="dev",
                        help="which realistic sets: dev, dev2 (the second dev set), dev3a and dev3b (two third "
                             "sets, written before tuning the decision and the ranking), dev4a and dev4b (two fourth "
                             "sets, written before the work on everyday, English and chatty questions and on the "
                             "answer/decline decision), dev5a (a fifth set, written before the work on "
                             "paraphrased and chatty questions), dev5b (a fifth set, written before the fifth "
                             "round on the decision), dev5c (a fifth set, mostly statutes in a member's everyday "
                             "words), dev6a (a sixth set, questions whose words stand in several passages), "
                             "dev6b (a sixth set, mostly English, written before the work on English "
                             "questions), dev7a (a seventh set, mostly chatty messages in varied real forms), "
                             "dev8a (an eighth set, a third of it unanswerable but on topic), "
                             "dev8b (an eighth set, mostly statutes in members' own word forms), "
                             "dev9a (a ninth set, written before the round on the answer/decline decision), "
                             "dev9b (a ninth set, the right passage among near rivals), "
                             "dev9c (a ninth set, chatty, English and misspelt messages in new forms), "
                             "dev10a (a tenth set, mostly English in everyday words the dictionaries lack), "
                             "dev10b (a tenth set, statutes asked as a member's situation), "
                             "dev10c (a tenth set, paraphrases in everyday words the material does not use), "
                             "dev11a (an eleventh set, half of it unanswerable but on topic), "
                             "dev11b (an eleventh set, chatty messages and typos as people write them), "
                             "dev11c (an eleventh set, English phrasal verbs and multi-word expressions), "
                             "dev11d (an eleventh set, statutes in members' situations and everyday words), "
                             "dev12a (a twelfth set, statutes: calendar times, terms of office, the first stk.), "
                             "dev12b (a twelfth set, over a third of it unanswerable but on topic), "
                             "dev12c (a twelfth set, everyday English, a quarter of it unanswerable), "
                             "dev13a (a thirteenth set, statutes: members' own words for the thing asked), "
                             "dev13b (a thirteenth set, a third of it unanswerable, for the decision's signals), "
                             "dev13c (a thirteenth set, English with the organisation's Danish names inside), "
                             "dev14a (a fourteenth set, everyday words for the thing asked, roles, times of day), "
                             "dev14b (a fourteenth set, over a third unanswerable, for the model's declines), "
                             "dev14c (a fourteenth set, paraphrases where another passage shares the words), "
                             "dev15a (a fifteenth set, the kind of thing asked, endings, over a third unanswerable), "
                             "dev15b (a fifteenth set, a third unanswerable, short and long, for the model), "
                             "dev15c (a fifteenth set, chatty wrappers around paraphrased questions), "
                             "dev16a (a sixteenth set, the answer mid-section or under a topical heading), "
                             "dev16b (a sixteenth set, everyday verbs, derivations, ambiguous English), "
                             "dev16c (a sixteenth set, over half unanswerable but on topic), "
                             "dev17a (a seventeenth set, one passage among passages sharing the words), "
                             "dev17b (another seventeenth set, the kind of thing asked, over a third unanswerable), "
                             "dev18a (an eighteenth set, the shapes the model declines, a third unanswerable), "
                             "dev18b (an eighteenth set, the answer where another passage shares more words), "
                             "dev19a (a nineteenth set, half unanswerable but on topic, half answerable), "
                             "dev19b (a nineteenth set, as dev18b in the visitor's own words), "
                             "dev19c (a nineteenth set, mostly English in everyday words, a quarter unanswerable), "
                             "dev19d (a nineteenth set, the thing asked in everyday words or a situation), "
                             "dev20a (a twentieth set, paraphrases the model declined, a quarter unanswerable), "
                             "dev20b (a twentieth set, reasons, opinions and dates half not given, half given), "
                             "dev20c (a twentieth set, mostly English: superlatives, -ing nouns, phrasal verbs), "
                             "dev20d (a twentieth set, conditions, situations and positions), "
                             "dev20e (a twentieth set, the kind of answer asked -- who paid, a deadline, how far "
                             "or how much -- in the visitor's words), "
                             "dev21a (a twenty-first set, the question's content words in another form "
                             "or word than the material's), "
                             "dev21b (a twenty-first set, mostly English set phrases -- so far, each year, "
                             "in advance, up to), "
                             "dev21c (a twenty-first set, partners, ordinals, frequencies and amounts half "
                             "not given, half given), "
                             "dev21d (a twenty-first set, the thing asked typed without æ/ø/å or with a slip, "
                             "a quarter asking a thing the material names nowhere), "
                             "dev21e (a twenty-first set, mostly chatty: the visitor's story first, politeness, "
                             "a question embedded in a remark), "
                             "dev22a (a twenty-second set, everyday words and fixed phrases for what the "
                             "material says otherwise), "
                             "dev22b (a twenty-second set, mostly English with everyday verbs of many "
                             "senses -- leave, run, hold, set up, based, report), "
                             "dev22c (a twenty-second set, amounts, dates, places, persons and counts half "
                             "not given, half given), "
                             "dev22d (a twenty-second set, mostly chatty: a statement after the question, "
                             "a question inside a remark, a condition), "
                             "dev22e (a twenty-second set, the fact one specific detail -- a number, a date, "
                             "a deadline, a name, a condition -- inside a longer passage), "
                             "dev22f (a twenty-second set, the visitor names the topic, the passage "
                             "names the specifics), "
                             "dev23a (a twenty-third set, everyday verb phrases and everyday nouns for "
                             "the material's words), "
                             "dev23b (a twenty-third set, the thing asked in idioms -- hvad går det ud på, "
                             "hvem står for, how come, what's the point of), "
                             "dev23c (a twenty-third set, the fact on the right page in another passage "
                             "than the question's words point at -- what it is, what it does, history, "
                             "supporters), "
                             "dev23d (a twenty-third set, half unanswerable on topic -- a figure for another "
                             "time or place, who did it, what happens if, partners not named --, half the "
                             "same shapes answerable), "
                             "dev23e (a twenty-third set, mostly English with everyday words of several "
                             "Danish senses or false friends -- expensive, accounts, run, hold, backed), "
                             "dev23f (a twenty-third set, the right passage first among rivals that share "
                             "a stand-in or a part of the question's words -- agenda items, names, "
                             "thesaurus neighbours), "
                             "dev23g (a twenty-third set, mostly chatty: hearsay before the question, "
                             "'passer det', a question over two sentences, English chatty forms), "
                             "dev24a (a twenty-fourth set, everyday verb phrases and everyday nouns for "
                             "the material's words, a quarter unanswerable in the same register), "
                             "dev24b (a twenty-fourth set, a time, person, place, reason, way or number "
                             "the passage gives in an indirect form -- samtidig, a role, ved at, fordi, "
                             "en fjerdedel), "
                             "dev24c (a twenty-fourth set, the fact in one sentence of a long passage, "
                             "a stk. or a list while the passage's other sentences share more of the "
                             "question's words), "
                             "dev24d (a twenty-fourth set, half unanswerable on topic -- which ones "
                             "concretely, a founder as a person, a fee or date not given, a role, a "
                             "comparison with another organisation --, half the same shapes answerable), "
                             "dev24e (a twenty-fourth set, mostly English with everyday words of several "
                             "Danish senses, nouns that look like verbs and phrasal verbs -- back, bill, "
                             "books, sit, get going, drew up), "
                             "dev24f (a twenty-fourth set, the answer passage sharing few words with the "
                             "question while a rival shares a name part, a stem of another word class or "
                             "a title word), "
                             "dev24g (a twenty-fourth set, mostly chatty: the question inside a story, "
                             "a conditional or indirect request, two questions in one message, English "
                             "filler -- so basically, I guess, kinda), "
                             "dev25a (a twenty-fifth set, everyday nouns and verbs for the material's "
                             "concepts at another level, compounds whose parts have synonyms in the "
                             "passage's compound, derivations -- pengeinstitut, bogføringsår, hører "
                             "hjemme --, a quarter unanswerable on topic), "
                             "dev25b (a twenty-fifth set, the kind asked given indirectly -- a time as "
                             "an event, which ones as 'alle X', a person as a role, a reason or way in a "
                             "clause, a share in words), "
                             "dev25c (a twenty-fifth set, the fact in a list item, a later sentence, "
                             "a table row or a later clause while the first sentence shares more words), "
                             "dev25d (a twenty-fifth set, half unanswerable on topic -- which bank or "
                             "towns without 'concretely', a role's holder, a fee for a group not stated, "
                             "a chatty story matching a passage --, half the same shapes answerable), "
                             "dev25e (a twenty-fifth set, mostly English with everyday words of several "
                             "Danish senses, multiword expressions and plural agent nouns -- backers, "
                             "footed the bill, motion, dues, accounts, planners), "
                             "dev25f (a twenty-fifth set, the answer passage sharing few words with the "
                             "question while a rival -- the summary page, the other document, a heading "
                             "or title word -- shares more), "
                             "dev25g (a twenty-fifth set, mostly chatty: two questions in one message, "
                             "a role in the visitor's own story, a story matching a passage while the "
                             "question has no answer, English with filler and typos), "
                             "dev26a (a twenty-sixth set, everyday nouns and verbs for the material's "
                             "concepts at another level: broader or narrower terms, compounds of synonymous "
                             "parts, derivations), "
                             "dev26b (a twenty-sixth set, the kind asked given indirectly -- an age "
                             "as a founding year, hvor + adjective as a size, length or frequency, a "
                             "place without a name, a time as an event in another sentence --, a "
                             "quarter unanswerable on topic), "
                             "dev26c (a twenty-sixth set, the fact in a later sentence, a list beside "
                             "it, the sentences before a conclusion or a neighbouring paragraph while "
                             "another sentence shares more of the question's words), "
                             "dev26d (a twenty-sixth set, half unanswerable on topic -- which bank, "
                             "auditor or towns, a role's holder, an amount or count no sentence gives, a "
                             "norm asked as a count, a place or person the material lacks --, half the "
                             "same shapes answerable), "
                             "dev26e (a twenty-sixth set, mostly English with everyday words of several "
                             "Danish senses, multiword expressions and plural agent nouns -- day-to-day, "
                             "founders, sponsors, on the hook, price tag, last word, write to), "
                             "dev26f (a twenty-sixth set, the answer passage sharing few words with the "
                             "question while a rival -- the summary page, the other document, another "
                             "section with the same phrase, the intro -- shares more), "
                             "dev26g (a twenty-sixth set, mostly chatty: a second question with a "
                             "remark in parentheses after it, a hedge after the visitor's role in an "
                             "English message, a story matching a passage while the question has no "
                             "answer), "
                             "dev27a (a twenty-seventh set, everyday nouns and verbs for the material's "
                             "concepts: broader or narrower terms, derivations, compounds of synonymous "
                             "parts, a general word for a specific document), "
                             "dev27b (a twenty-seventh set, the kind asked given indirectly -- a time as "
                             "an event, a place without a name or after a verb of motion, a way as a "
                             "means, a number in words -- and place or time words in passages that do "
                             "not answer, a quarter unanswerable on topic), "
                             "dev27c (a twenty-seventh set, the fact in a list item, a later sentence "
                             "or clause or a neighbouring passage, and fixed expressions such as "
                             "sige god for, sætte i gang, stå bag for the material's verb), "
                             "dev27d (a twenty-seventh set, half unanswerable on topic -- a place, "
                             "person or organisation name the material never has, which bank, "
                             "foundation or firm when it names none --, half the same shapes "
                             "answerable), "
                             "dev27e (a twenty-seventh set, mostly English with everyday words of several "
                             "Danish senses, phrasal verbs, multiword expressions and plural agent nouns "
                             "-- put out, drop out, fall behind, backers, town planners, squares), "
                             "dev27f (a twenty-seventh set, the answer passage sharing few words with "
                             "the question while a rival shares more, and particle verbs split by their "
                             "object -- samlede I data ind, sætte kontingentet op), "
                             "dev27g (a twenty-seventh set, mostly chatty: a story with a place and a "
                             "role before the question, a follow-up written as one message whose "
                             "pronoun stands for the sentence before, English stories), "
                             "dev28a (a twenty-eighth set, everyday nouns and verbs for the material's "
                             "concepts: broader or narrower terms, derivations, compounds of synonymous "
                             "parts, a general word for a specific document -- reglerne, lovene, "
                             "rapporten), "
                             "dev28b (a twenty-eighth set, the kind asked given indirectly -- a time "
                             "in another sentence, a place after a verb of motion or a municipality, a "
                             "way as a means, a number in words -- and place or time words in passages "
                             "that do not answer, a quarter unanswerable on topic), "
                             "dev28c (a twenty-eighth set, the fact in a list item, a later sentence "
                             "or clause or a neighbouring passage, and fixed expressions such as "
                             "bakke op, kræve ind, sætte gang i for the material's verb), "
                             "dev28d (a twenty-eighth set, half unanswerable on topic -- which "
                             "newspaper, lawyer, hotel or municipality when the material names none, "
                             "a name it lacks, also in lower case or in English words --, half the "
                             "same shapes answerable), "
                             "dev28e (a twenty-eighth set, mostly English with everyday words of several "
                             "Danish senses, phrasal verbs, multiword expressions and plural agent nouns "
                             "-- leave, write to, bill, bodies, report, wind up, hand in, founders), "
                             "dev28f (a twenty-eighth set, the answer passage sharing few words with "
                             "the question while a rival shares more -- another § with the same words, "
                             "the summary page --, and particle verbs split by their object -- skrue "
                             "kontingentet op, sende et forslag ind), "
                             "dev28g (a twenty-eighth set, mostly chatty: a pronoun standing for the "
                             "organisation or the document named before, follow-ups asking who pays "
                             "for or decides on it, stories with places and roles), "
                             "dev29a (a twenty-ninth set, everyday words for the material's concepts: "
                             "a general word for a document or for the organisation -- rapporten, "
                             "skriftet, klubben, tænketanken --, compounds with synonymous parts -- "
                             "regelændring, medlemsmøde --, broader or narrower terms), "
                             "dev29b (a twenty-ninth set, the kind asked given indirectly -- a time as "
                             "an event or a span, a place as a municipality, a document or a clause, a "
                             "way as a means, a number in words -- and place or time words in passages "
                             "that do not answer, a quarter unanswerable on topic), "
                             "dev29c (a twenty-ninth set, the fact in a list item, a later sentence or "
                             "clause, a table cell or a neighbouring page, and fixed expressions such "
                             "as give grønt lys, kalde sig, stå bag for the material's verb), "
                             "dev29d (a twenty-ninth set, half unanswerable on topic -- a name the "
                             "material lacks, in lower case or of several words, a kind with named "
                             "members it never names --, half the same shapes answered), "
                             "dev29e (a twenty-ninth set, mostly English with everyday words of several "
                             "Danish senses, phrasal verbs, verbs ending in -s and plural agent nouns "
                             "-- bill, report, side with, falls behind, signs, calls, backers, funders), "
                             "dev29f (a twenty-ninth set, the answer passage sharing few words with "
                             "the question while a rival shares more -- a compound verbatim, another § "
                             "with the same words, the summary page --, and particle verbs split by "
                             "their object -- starte jer op, lukke foreningen ned), "
                             "dev29g (a twenty-ninth set, mostly chatty: a pronoun standing for a thing "
                             "of its gender named in the story, who does or pays for a recommendation, "
                             "English stories, place names written small), "
                             "dev30a (a thirtieth set, everyday words for the material's concepts in "
                             "definite form -- undersøgelsen, sammenslutningen, the group --, compounds "
                             "with synonymous parts -- medlemsgebyret, årsbidraget --, grammar words "
                             "that are not content -- hvad sker der så, et bestemt parti), "
                             "dev30b (a thirtieth set, the kind asked given indirectly -- a time as an "
                             "event or another sentence, a place as a document, a body or an event, a "
                             "direction after a verb of motion, a reason as a cause or a så clause -- and "
                             "place or time words in passages that do not answer, a quarter unanswerable), "
                             "dev30c (a thirtieth set, the fact in a numbered stk. that is not the first "
                             "sharing the question's words, a later or Derfor sentence, a table cell, a "
                             "list item or a neighbouring passage, and fixed expressions for the verb), "
                             "dev30d (a thirtieth set, half unanswerable on topic -- a kind the "
                             "material names only indefinitely, a name it lacks, a seat that is no "
                             "member --, half the same shapes answered), "
                             "dev30e (a thirtieth set, mostly English with everyday words of several "
                             "Danish senses, agent nouns, phrasal verbs -- chip in, winds up, set aside -- "
                             "and words the material has only inside compounds -- map data, clusters), "
                             "dev30f (a thirtieth set, the answer passage sharing few words with the "
                             "question while a rival shares more -- another § or stk., the summary "
                             "page --, and particle verbs against the material's prefixed verb or noun "
                             "-- kalde os sammen, sende forslag ind, samle ind), "
                             "dev30g (a thirtieth set, mostly chatty: 'vi' as the asker's group in a "
                             "story with a town or a role, the story's word for the document, "
                             "follow-ups written as one message), "
                             "dev31e (a thirty-first set, mostly English with everyday words of several "
                             "Danish senses, agent nouns -- backers --, phrasal verbs -- sign up, kick "
                             "out, footed the bill -- and report, collected), "
                             "dev31a (a thirty-first set, concepts in another word that no resource "
                             "links -- pengene for finansieret, deler ud for formidler, bygning for fast "
                             "ejendom, kalde sammen for indkalde, stedfortrædere for suppleanter --, and "
                             "grammar words that are not content -- så, helt, selv), "
                             "dev31c (a thirty-first set, the fact beside the sentence that shares the "
                             "question's words -- the next sentence, clause or stk., a list item, a "
                             "table cell, a yes/no question a definition answers; a quarter unanswerable), "
                             "dev31f (a thirty-first set, the answer passage sharing few words with the "
                             "question while a rival shares more -- another § or stk., the summary page, "
                             "another section's word --, in everyday words for the material's terms), "
                             "dev31b (a thirty-first set, the kind asked in a less usual form -- hvad "
                             "år, hvor tit, hvor langt, til hvilken adresse, a direction without hen, "
                             "hvor står det, konkret/typisk as adverbs --, a third the same kinds "
                             "the material lacks), "
                             "dev31g (a thirty-first set, mostly chatty: the question hidden in a "
                             "remark, English openers, 'vi'/'min nabo' stories, follow-ups in one "
                             "message that leave out the thing), "
                             "dev31d (a thirty-first set, half unanswerable on topic -- a named one of a "
                             "kind the material never names, a detail it lacks about a bare name --, half "
                             "the same shapes answered), "
                             "dev32a (a thirty-second set, a content word said in another everyday word "
                             "than the material's -- sponsoreret for finansieret, stoppe som medlem for "
                             "melde sig ud, byråd for kommune --, framing words; a quarter "
                             "unanswerable), "
                             "dev32g (a thirty-second set, mostly chatty: hearsay naming a town, a "
                             "story naming a town that is not the question, follow-ups in one message "
                             "that leave out the thing), "
                             "dev32d (a thirty-second set, half unanswerable on topic -- a named one of "
                             "a kind never named, a date, count, amount or address lacking beside one "
                             "given --, half the same shapes answered), "
                             "dev32c (a thirty-second set, the fact beside the sentence that shares the "
                             "question's words -- the reason before a Derfor sentence, the next sentence "
                             "or stk., a table cell against the summary, list items after their lead-in, "
                             "yes/no questions; a quarter unanswerable), "
                             "dev32f (a thirty-second set, the answer passage sharing few words with the "
                             "question while a rival shares more -- another § or stk., the summary page "
                             "--, and question words the material has only inside a compound), "
                             "dev32b (a thirty-second set, the kind asked in a less usual form -- fra "
                             "hvornår, senest hvornår, i hvilken måned, hvor gammel, how soon, by what "
                             "year, a recipient asked as a place --, a third the same kinds the material "
                             "lacks), "
                             "dev32e (a thirty-second set, mostly English whose verbs and nouns reach a "
                             "wrong Danish word -- wrote, come out, paid for, funded, backers, how far "
                             "--, four-letter English typos -- waht, yaer --; a quarter unanswerable), "
                             "dev33a (a thirty-third set, everyday nouns and verbs for the material's "
                             "words -- penge, magt, politikerne, stedfortrædere, kalder sammen -- and "
                             "light verbs that only frame the question; a quarter unanswerable), "
                             "dev33b (a thirty-third set, the kind asked in a less usual form -- "
                             "hvornår på året, what part of the year, siden hvornår, hvor gammel, hvor "
                             "stor, i hvilket omfang, på hvilken vis, how come --, a third the same kinds "
                             "the material lacks), "
                             "dev33d (a thirty-third set, half unanswerable on topic -- one of a list "
                             "asked where the material lists several, a count or share it never counts, "
                             "a named one it never names, a detail lacking beside a figure --, half the "
                             "same shapes answered), "
                             "dev33g (a thirty-third set, mostly chatty: hearsay whose verb of saying "
                             "carries a claim -- min nabo påstår, at ... passer det? --, follow-ups in "
                             "one message changing only the time or the thing, a question after a long "
                             "story; a quarter unanswerable), "
                             "dev33e (a thirty-third set, mostly English phrasal verbs whose particle "
                             "changes the sense -- put out, pull out, kick in --, what time of year, who "
                             "made a document the material does not attribute, typos of question words "
                             "-- wht, hwo, whn --; a quarter unanswerable), "
                             "dev33c (a thirty-third set, the fact beside the sentence that shares the "
                             "question's words -- the reason after fordi, the next sentence or stk., a "
                             "table row against the summary, list items, yes/no questions; a quarter "
                             "unanswerable), "
                             "dev33f (a thirty-third set, the answer passage sharing few words with the "
                             "question while a rival shares more -- another § or stk., the summary page, "
                             "another section's word --, and question words the material has only inside "
                             "a compound or in another form), "
                             "dev34b (a thirty-fourth set, the kind asked in a less usual form -- "
                             "senest hvornår, fra hvornår, hvor tit, how often, hvor hurtigt, på hvilken "
                             "måde, hvad koster, a time asked as an event --, a third the same kinds the "
                             "material lacks), "
                             "dev34d (a thirty-fourth set, half unanswerable on topic -- one of a list "
                             "asked for, a different group's count or share, a local group's figure, a "
                             "named one the material never names, a detail lacking beside another --, "
                             "half the same shapes answered), "
                             "dev34g (a thirty-fourth set, mostly chatty: a claim put to check with a "
                             "wrong figure or name, a known fact then the question -- jeg ved, at ... og "
                             "...? --, are you a party?, a thanks or greeting first, a question after a "
                             "long story; a quarter unanswerable), "
                             "dev34f (a thirty-fourth set, the answer passage sharing few words with the "
                             "question while a rival shares more -- another stk. of the same §, the summary "
                             "page, a name holding the question's word --, and everyday words for the "
                             "material's compounds; a quarter unanswerable), "
                             "dev34c (a thirty-fourth set, the fact beside the sentence that shares the "
                             "question's words -- the reason before Derfor or after så, the next sentence "
                             "or stk., the second share of a survey, yes/no questions a sentence settles; "
                             "a quarter unanswerable), "
                             "dev34a (a thirty-fourth set, everyday nouns and verbs for the material's "
                             "words -- penge, betalte, magt, rapporten, stedfortrædere, regningen --; a "
                             "quarter unanswerable), "
                             "dev34e (a thirty-fourth set, mostly English whose words reach a wrong "
                             "Danish word -- which month, when in the year, how often, how come, phrasal "
                             "verbs such as set up, fall behind, hand in --, typos of question words; a "
                             "quarter unanswerable), "
                             "dev35g (a thirty-fifth set, mostly chatty: a who-claim put to check and "
                             "asked as who, a rumour with a wrong figure, name or place, a known fact then "
                             "the question, thanks first, a remark after the question, a long story; a "
                             "quarter unanswerable), "
                             "dev35b (a thirty-fifth set, the kind asked in a less usual form -- fra "
                             "hvilken dag, hvor lang tid i forvejen, i hvilken forbindelse, med hvilket "
                             "formål, hvor stor en del, by what year --, a third the same kinds the "
                             "material lacks), "
                             "dev35c (a thirty-fifth set, the fact beside the sentence that shares the "
                             "question's words -- who stood behind, paid or wrote next to the sentence "
                             "with the year or the act, the reason after så or hvor, yes/no questions "
                             "about existence and conditions --; a quarter unanswerable), "
                             "dev35f (a thirty-fifth set, the answer passage sharing few words with the "
                             "question while a rival shares more -- another stk. or § with the question's "
                             "word, the summary page, another section --, and everyday words for the "
                             "material's words and compounds; a quarter unanswerable), "
                             "dev35d (a thirty-fifth set, half unanswerable on topic -- a subgroup's "
                             "count or share, a doer or name never named, a detail lacking beside "
                             "another of the same topic, the other material's fact --, half the same "
                             "shapes answered), "
                             "dev35e (a thirty-fifth set, mostly English whose words reach a wrong "
                             "Danish word -- phrasal verbs such as hand in, kick off, put out, take place, "
                             "words of several senses such as held, founding, books, a trailing particle; "
                             "a quarter unanswerable), "
                             "dev35a (a thirty-fifth set, everyday nouns and verbs for the material's "
                             "words and the other member of a derivation family -- udgivelsen, "
                             "indbetalt, opsigelse --; a quarter unanswerable), "
                             "dev36c (a thirty-sixth set, the fact beside the sentence that shares the "
                             "question's words -- a who-claim put to check, a count put negatively, two "
                             "things asked at once, yes/no questions a sentence settles --; a quarter "
                             "unanswerable), "
                             "dev36d (a thirty-sixth set, half unanswerable on topic -- a price, date or "
                             "count of something else beside a figure, a detail lacking beside another, "
                             "names never named, the other organisation named --, half the same shapes "
                             "answered), "
                             "dev36b (a thirty-sixth set, the kind asked in a less usual form -- a place "
                             "answered by a recipient or destination, numbers, durations and frequencies "
                             "told in words, a duration answered by a start, which foundation or bank --, "
                             "a third the same kinds the material lacks), "
                             "dev36g (a thirty-sixth set, mostly chatty: thanks or a greeting first, "
                             "a known fact then a question changing only the time or place, a rumour to "
                             "check, who decides a rule, the visitor's situation first; a quarter "
                             "unanswerable), "
                             "dev36f (a thirty-sixth set, the answer passage sharing few words with the "
                             "question while a rival shares more -- one word family repeated in a rival "
                             "stk. or §, the summary's figure against the page's table, another section "
                             "--, and everyday words for the material's compounds; a quarter unanswerable), "
                             "dev36a (a thirty-sixth set, everyday nouns and verbs for the material's "
                             "words -- penge, magt, rapporten, reglerne, skriver under, regner med -- and "
                             "the other member of a derivation family; a quarter unanswerable), "
                             "dev36e (a thirty-sixth set, mostly English whose words have several "
                             "Danish senses the part of speech or context picks -- term, present, "
                             "motions, chapter, accounts, private, final say -- and question shapes "
                             "such as Is it true that, Do you happen to know; a quarter unanswerable), "
                             "dev37e (a thirty-seventh set, mostly English whose words reach the wrong "
                             "Danish word -- a short dictionary word inside a compound or derivation, "
                             "senses the dictionary lacks such as term, assets, foundation, seat, bill, "
                             "lots, flat, passed; a quarter unanswerable), "
                             "dev37c (a thirty-seventh set, the fact beside the sentence that shares the "
                             "question's words -- who took the initiative, a list asked for, two things "
                             "asked at once, the second sentence of a stk., yes/no questions a sentence "
                             "settles --; a quarter unanswerable), "
                             "dev37a (a thirty-seventh set, everyday nouns and verbs for the material's "
                             "words -- bogføring, det afgørende ord, finde pengene, rigdom, a say -- and the "
                             "other member of a derivation family; a quarter unanswerable), "
                             "dev37b (a thirty-seventh set, the kind asked in a less usual form -- a "
                             "part of the year, a start, an age or duration answered by a start year, "
                             "times a year, a place answered by a receiver or an event, numbers above "
                             "twelve in words --, between a quarter and a third the kinds lacking), "
                             "dev37f (a thirty-seventh set, the answer passage sharing few words with the "
                             "question while a rival stk., § or page shares more, and everyday words for "
                             "the material's terms and compounds; a quarter unanswerable), "
                             "dev37d (a thirty-seventh set, half unanswerable on topic -- a price, pay "
                             "or count of something else beside a figure, a detail lacking beside "
                             "another, officers never named, the other organisation named --, half the "
                             "same shapes answered), "
                             "dev37g (a thirty-seventh set, mostly chatty and self-standing: thanks or a "
                             "greeting first, a known fact then only the time or place changed, a claim "
                             "to check, who checks or decides a rule; a third unanswerable), "
                             "dev38c (a thirty-eighth set, the fact beside the sentence sharing the "
                             "question's words: a count beside another's figure, a stk.'s second "
                             "sentence, a 'hvem' without a name, two things asked, yes/no a sentence "
                             "settles; a quarter unanswerable), "
                             "dev38e (a thirty-eighth set, mostly English whose words reach the wrong "
                             "Danish word or none: words the dictionaries lack, wrong senses, a common "
                             "noun's possessive, phrasal verbs; a quarter unanswerable), "
                             "dev38a (a thirty-eighth set, everyday verbs and fixed phrases for the "
                             "material's words -- sætte i gang, komme med, melde sig ind, sætte af, tage op, "
                             "sidde i bestyrelsen -- and the other member of a word family; a quarter "
                             "unanswerable), "
                             "dev38g (a thirty-eighth set, mostly chatty and self-standing: wrappers of "
                             "many kinds -- a greeting or thanks, a request form, a discourse opener, an "
                             "apology, a remark after --; a third unanswerable), "
                             "dev38d (a thirty-eighth set, answered without an answer: half "
                             "unanswerable on topic -- a fee, day, count or name of something else "
                             "beside one the material gives, the other organisation named, English "
                             "questions the material cannot answer --, half the same shapes answered), "
                             "dev38f (a thirty-eighth set, the answer passage sharing few words with the "
                             "question while a rival stk., §, section or page shares more, and everyday "
                             "words for the material's terms; a quarter unanswerable), "
                             "dev38b (a thirty-eighth set, the kind asked read in a less usual form -- "
                             "numbers in words above twelve, a sentence adverb at the end, a measure noun "
                             "after hvor mange answered by a fraction, range or other unit, hvor tit, hvor "
                             "længe siden, i hvilket årti --; a third unanswerable), "
                             "dev39e (a thirty-ninth set, mostly English whose words reach the wrong "
                             "Danish word or none: an inflected form of the dictionary's word, a short "
                             "root inside a compound, a verb whose object picks the sense, idioms, "
                             "frequent words the dictionaries miss; a quarter unanswerable), "
                             "dev39g (a thirty-ninth set, mostly chatty and self-standing: wrappers the "
                             "older sets use little -- a morning greeting, asking leave to ask, a musing "
                             "opener, a discourse word, a sign-off after --; a third unanswerable), "
                             "dev39d (a thirty-ninth set, answered without an answer: half "
                             "unanswerable on topic -- a month or day where only the year is told, a "
                             "role compound the material lacks, an amount in kroner or a price tag it "
                             "does not give, the no share beside the yes figure --, half the same shapes "
                             "answered), "
                             "dev39a (a thirty-ninth set, everyday verbs and fixed phrases for the "
                             "material's words -- skrive under, sige op, tage del i, være der --, a light "
                             "verb with its own object, få + participle, magt, rapport, the other member "
                             "of a word family; a quarter unanswerable), "
                             "dev39c (a thirty-ninth set, the fact beside the sentence sharing the "
                             "question's words -- a desired count beside a done one, one group's figure "
                             "beside another's, a stk.'s second sentence, a list asked for, what else "
                             "besides a named thing, yes/no a sentence settles --; a quarter unanswerable), "
                             "dev39b (a thirty-ninth set, the kind asked read in a less usual form -- "
                             "a duration as hvor mange uger/måneder/år, a time as for ... år siden, numbers "
                             "in words above twelve, a sentence adverb at the end without a comma, hvor "
                             "tit, i hvilket årti --; a third unanswerable), "
                             "dev39f (a thirty-ninth set, the answer passage sharing few words with the "
                             "question while a rival stk., §, section or page shares more, and everyday "
                             "words for the material's terms; a quarter unanswerable), "
                             "dev40e (a fortieth set, mostly English whose words reach the wrong Danish "
                             "word or none: words of several senses, for free asked of a price, capital "
                             "as the capital city, two-word nouns, idioms, words the dictionaries miss; "
                             "a quarter unanswerable), "
                             "dev40a (a fortieth set, everyday verbs and fixed phrases for the material's "
                             "words -- sætte navn under, gå efter, sidde med om bordet, komme på gaden, "
                             "save ned --, a light verb with its own object, rapport, the other member of "
                             "a word family; a quarter unanswerable), "
                             "dev40g (a fortieth set, mostly chatty and self-standing: wrappers the "
                             "older sets use little -- a casual greeting, a short-question marker, an "
                             "apology or plea, a filler, a reason for asking, a smiley after --; a "
                             "third unanswerable), "
                             "dev40d (a fortieth set, answered without an answer: half unanswerable "
                             "on topic -- a contact or phone number, a share where only kinds are told, "
                             "a pool asked per item, which of the 24, whom, headcount, price tag --, "
                             "half the same shapes answered), "
                             "dev40f (a fortieth set, the answer passage sharing few words with the "
                             "question while a rival stk., §, section or page shares more, on the least "
                             "asked stk. and pages; a quarter unanswerable), "
                             "dev40b (a fortieth set, the kind asked read in a less usual form -- which/"
                             "what + a noun, hvor stor en del, hvor langt, hvor ofte, siden hvornår, til "
                             "hvornår, a rank first/last, how long/how often/how much --; a third "
                             "unanswerable), "
                             "dev40c (a fortieth set, the fact beside the sentence sharing the "
                             "question's words -- what else besides a named thing, why asked with "
                             "økonomi, a share after a thousands-separated count, a stk.'s second "
                             "sentence, hvem answered by a role, yes/no a sentence settles as a "
                             "situation --; a quarter unanswerable), "
                             "dev41a (a forty-first set, everyday verbs and fixed phrases for the "
                             "material's words -- sætte pennen til papiret, vise døren, lægge i graven, "
                             "få ned i muldet, hoste op med --, a light verb with its own object, the "
                             "other member of a word family; a quarter unanswerable), "
                             "dev41b (a forty-first set, the kind asked read in a less usual form -- a "
                             "price, a temperature, a duration as hvor længe/how long, hvor meget hæfter, a "
                             "share, hvor ofte, siden/til hvornår, a rank (the dearest, the fifth, the "
                             "least) --; a third unanswerable), "
                             "dev41f (a forty-first set, the answer passage sharing few words with the "
                             "question while a rival shares more -- a particle verb, a compound with a "
                             "synonymous head, function words sharing a stem with content words, aller- "
                             "with a superlative --; a quarter unanswerable), "
                             "dev41g (a forty-first set, mostly chatty and self-standing: wrappers "
                             "the older sets use little -- a formal or telephone greeting, asking leave, "
                             "a request, the asker's role first, a reaction to an earlier answer, thanks "
                             "or a sign-off after --; a third unanswerable), "
                             "dev41c (a forty-first set, the fact beside the sentence sharing the "
                             "question's words -- bortset fra X, a wanted beside a done count, where "
                             "the accounts are presented, a sentence's second half, yes/no a sentence "
                             "or definition settles --; a quarter unanswerable), "
                             "dev41e (a forty-first set, mostly English whose words reach the wrong "
                             "Danish word or none: a sense the context chooses, words the dictionaries "
                             "miss (AGM, dues, quorum, suffrage, allotments), idioms, out of the capital "
                             "after a scene clause; a quarter unanswerable), "
                             "dev41d (a forty-first set, answered without an answer: half "
                             "unanswerable on topic -- the visitor's own figure, which of the X, a "
                             "name after a role, a year beside a told count --, half answered), "
                             "dev42a (a forty-second set, everyday verbs and fixed phrases for the "
                             "material's words -- sparke i gang, smutte, gøre kassen op, lukke og "
                             "slukke, hele molevitten --, tage the verb beside tage the roofs, adverbs "
                             "of place (derude, herhjemme, derinde); a quarter unanswerable), "
                             "dev42b (a forty-second set, the kind asked read from the question's "
                             "own kind words -- a share, antallet af, det dyreste/the most expensive "
                             "part, kommer ... til at, ordinals, hvor ofte, siden hvornår, "
                             "superlatives --; over a third unanswerable), "
                             "dev42c (a forty-second set, the fact beside the sentence sharing the "
                             "question's words -- a stk.'s second sentence, a list's last item, a "
                             "cross-reference, a hvem a role answers --; a quarter unanswerable), "
                             "dev42f (a forty-second set, the answer passage sharing few words with "
                             "the question while a rival shares more -- a compound with a synonymous "
                             "head, a story before a dash, allerførst, a comparison whose other half a "
                             "rival holds --; a quarter unanswerable), "
                             "dev42g (a forty-second set, mostly chatty and self-standing: an "
                             "indirect question in subordinate order, a tag or hedge after the question, "
                             "a self-deprecating hedge first, a story before, okay-og and hej-igen "
                             "openers --; a third unanswerable), "
                             "dev42d (a forty-second set, answered without an answer: half "
                             "unanswerable on topic -- the visitor's figure beside the material's, "
                             "English count questions, a figure as a word, an English name after a "
                             "role, account and house numbers --, half answered), "
                             "dev42e (a forty-second set, mostly English whose words reach the "
                             "wrong Danish word or none: a sense the context chooses (quarter, chair, "
                             "books, ledger, table), two-word nouns (solar panels, car parks), words the "
                             "dictionaries miss (AOB, saplings), idioms; a quarter unanswerable), "
                             "alle-dev (all of them), "
                             "test, holdout (only when reporting) or begge (dev and test); default: dev")
    parser.add_argument("--json", action="store_true", help="print the reports as JSON")
    parser.add_argument("--sweep", action="store_true",
                        help="hit@1 and correct declines for a range of answerability thresholds "
                             "(choose the operating point on dev, never on test)")
    args = parser.parse_args(argv)
    files = [Path(f) for f in args.files] or question_files(args.split)
    items = {f.name: read_question_file(f) for f in files}
    with tempfile.TemporaryDirectory() as folder:
        indexes = {"om": om_index(Path(folder)), "association": association_index(Path(folder))}
        if args.sweep:
            print("\n".join(sweep(files, items, indexes)))
            return 0
        reports = {f.name: evaluate(index_for(f, indexes), items[f.name]) for f in files}
        overall = summarise([o for r in reports.values() for o in r.outcomes])
    if args.json:
        print(json.dumps({name: r.to_json() for name, r in {**reports, "i alt": overall}.items()},
                         ensure_ascii=False, indent=2))
    else:
        print("\n".join(table(reports, overall)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
