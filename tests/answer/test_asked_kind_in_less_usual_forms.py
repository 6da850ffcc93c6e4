"""A visitor asks for an address, a time of year or where something is sent, or puts an adjective in as an
adverb: the kind asked in a less usual form.

"Hvilken adresse har Balance Danmark?" was answered with the Om page's members, "Hvad er adressen på
sekretariatet i Vejle?" with the statutes' "hjemsted er Vejle Kommune": neither gives an address, which is a
street and number, a postcode and town, a post box, an e-mail or a web address. "Hvornår på året bliver
bestyrelsen valgt?" was answered with "for to år ad gangen", which gives no time of the year. "Hvor sendes
det reviderede regnskab?" was declined, as the place gate wanted a place after "i"/"på", where the statutes
say "sendes til medlemmerne". "typisk" in "Hvad handler jeres analyser typisk om?" is a sentence adverbial,
not a thing the material must name. Written against the bundled Om page, the fictional association's
statutes and publication, and a small fictional page that gives an address.
"""
from __future__ import annotations

import pytest

from assistant.answer.address_told import asks_address, tells_address
from assistant.answer.asked_thing import asked_things
from assistant.answer.asked_verbs import adverb_form
from assistant.answer.compose import ask
from assistant.answer.fact_kinds import asked_types
from assistant.answer.gate_clock import SEASON, tells_time_kind
from assistant.answer.place_told import tells_place
from assistant.documents import Document, Section


@pytest.mark.parametrize("question", [
    "Hvad er adressen på sekretariatet i Vejle?",
    "Hvilken adresse skal udmeldelsen sendes til?",
    "Til hvilken adresse sender jeg min indmeldelse?",
])
def test_an_address_the_statutes_do_not_give_is_declined(association, question):
    assert not ask(question, association).answered


def test_the_om_page_gives_no_address_so_the_question_is_declined(bundled_index):
    assert not ask("Hvilken adresse har Balance Danmark?", bundled_index).answered


def test_a_page_that_gives_the_address_answers_it(index_of):
    index = index_of([Document(url="https://groenne-byer.example/kontakt/", title="Kontakt", sections=(Section(
        heading="Sekretariatet", anchor="sekretariatet",
        text="Foreningens sekretariat ligger på Vestergade 12, 7100 Vejle. Der er åbent mandag til "
             "torsdag, og vi svarer på spørgsmål om medlemskab."),))])
    answer = ask("Hvilken adresse har sekretariatet?", index)
    assert answer.answered and "Vestergade 12" in answer.answer


@pytest.mark.parametrize(("question", "asks"), [
    ("Hvilken adresse har Balance Danmark?", True),
    ("Hvad er adressen på sekretariatet i Vejle?", True),
    ("Hvad er jeres e-mail-adresse?", True),
    ("What's the treasurer's email address?", True),
    ("Skal jeg oplyse min adresse?", False),           # whether, not which
    ("Hvad gør I, hvis jeg skifter adresse?", False),  # the address is no thing asked for
])
def test_a_question_asks_for_an_address_after_a_question_word(question, asks):
    assert asks_address(question) is asks


@pytest.mark.parametrize(("text", "told"), [
    ("Sekretariatet ligger på Vestergade 12.", True),
    ("Mødet holdes på Banegårdspladsen 3.", True),
    ("Vi holder til på Kongens Torv 5.", True),
    ("Send det til Søndervej 7A.", True),
    ("Skriv til os på Nørrebroallé 40.", True),
    ("Write to 12 Main Street.", False),   # the English number goes first: told by the postcode or e-mail
    ("Our office is on Main Street 4.", True),
    ("Skriv til 7100 Vejle.", True),
    ("Skriv til Postboks 45.", True),
    ("Skriv til kasserer@groenne-byer.example.", True),
    ("Læs mere på www.groenne-byer.example/kontakt.", True),
    ("Udmeldelse sker skriftligt til kassereren.", False),
    ("Foreningens hjemsted er Vejle Kommune.", False),
    ("I alt svarede 1412 medlemmer.", False),
])
def test_an_address_is_a_street_and_number_a_postcode_a_post_box_or_an_e_mail_or_web_address(text, told):
    assert tells_address(text) is told


def test_a_term_in_years_gives_no_time_of_the_year(association):
    assert not ask("Hvornår på året bliver bestyrelsen valgt?", association).answered


@pytest.mark.parametrize(("question", "fact"), [
    ("Hvornår på året holdes den ordinære generalforsamling?", "april"),
    ("hvornår på året skal regnskabet sendes ud", "en uge før"),
    ("Hvilken måned bliver kontingentet opkrævet?", "januar"),
])
def test_a_month_or_a_time_before_an_event_of_the_year_tells_the_time_of_year(association, question, fact):
    answer = ask(question, association)
    assert answer.answered and fact in answer.answer


@pytest.mark.parametrize(("question", "season"), [
    ("Hvornår på året bliver bestyrelsen valgt?", True),
    ("hvornaar paa aaret er der generalforsamling", True),
    ("When in the year is the fee collected?", True),
    ("I hvilken måned holdes generalforsamlingen?", False),  # the time gate's
    ("Hvornår bliver bestyrelsen valgt?", False),
    ("Hvornår på året er næste generalforsamling?", False),  # the next one: a date
])
def test_when_in_the_year_asks_for_a_time_of_year(question, season):
    assert (asked_types(question).time_kind == SEASON) is season


@pytest.mark.parametrize(("text", "told"), [
    ("Kontingentet opkræves i januar.", True),
    ("Generalforsamlingen holdes om foråret.", True),
    ("Regnskabet sendes senest en uge før generalforsamlingen.", True),
    ("Bestyrelsen vælges for to år ad gangen.", False),
])
def test_a_time_of_year_is_a_month_a_season_or_a_time_before_or_after_an_event(text, told):
    assert tells_time_kind(text, SEASON) is told


@pytest.mark.parametrize(("question", "fact"), [
    ("Hvor sendes det reviderede regnskab?", "til medlemmerne"),
    ("Hvor skal forslag til generalforsamlingen indsendes?", "til bestyrelsen"),
])
def test_where_a_thing_is_sent_is_told_by_til_after_the_same_verb(association, question, fact):
    answer = ask(question, association)
    assert answer.answered and fact in answer.answer


@pytest.mark.parametrize(("sentence", "question", "told"), [
    ("Det reviderede regnskab sendes til medlemmerne.", "Hvor sendes regnskabet?", True),
    ("Forslag skal være indsendt til bestyrelsen.", "Hvor skal forslag sendes?", True),
    # "til" in a clause without the question's verb says where something else goes.
    ("Generalforsamlingen indkaldes ved e-mail til medlemmerne.", "Hvor holdes generalforsamlingen?", False),
    ("Vi sender nyhedsbrevet for at gøre det let.", "Hvor sendes nyhedsbrevet?", False),
])
def test_til_tells_where_only_in_a_clause_with_the_questions_verb(sentence, question, told):
    assert tells_place([sentence], [sentence], question) is told


@pytest.mark.parametrize(("question", "adverb"), [
    ("Hvad handler jeres analyser typisk om?", "typisk"),
    ("Hvad gør I primært for at hjælpe kommunerne?", "primært"),
    ("Hvornår skal kontingentet normalt betales?", "normalt"),
])
def test_an_adjective_as_a_sentence_adverbial_is_no_thing_asked(question, adverb):
    assert adverb not in asked_things(question, content=True)


@pytest.mark.parametrize(("question", "thing"), [
    ("Kan man stemme elektronisk på generalforsamlingen?", "elektronisk"),  # after the verb: the manner
    ("Stemmer man anonymt?", "anonymt"),
    ("Hvad bruger I pengene til?", "pengene"),  # a definite noun before the preposition
])
def test_a_manner_adverbial_or_a_noun_stays_a_thing_asked(question, thing):
    assert thing in asked_things(question, content=True)


@pytest.mark.parametrize(("word", "adverb"), [
    ("typisk", True), ("officielt", True), ("generelt", True), ("økonomisk", True),
    ("pengene", False), ("ansvar", False), ("stemme", False), ("ikke", False), ("ellers", False),
])
def test_an_adverb_form_is_an_adjectives_dictionary_or_neuter_form(word, adverb):
    assert adverb_form(word) is adverb


@pytest.mark.parametrize("street", [
    "Nørrevej", "Kirkevejen", "Vestergade", "Storegaden", "Nørrebroallé", "Strandalle", "Kirkeplads",
    "Banegårdspladsen", "Kongens Torv", "Nytorvet", "Hjertensfrydstræde", "Skt. Peders Strædet", "Rosenvænge",
    "H.C. Andersens Boulevard", "Main Street", "Mill Road", "Park Avenue", "Church Lane", "Market Square",
])
def test_each_head_of_a_street_name_with_a_house_number_is_an_address(street):
    assert tells_address(f"Sekretariatet ligger på {street} 4.")
    assert not tells_address(f"Sekretariatet ligger ved {street.casefold()}, tæt på stationen.")
