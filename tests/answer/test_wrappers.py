"""Chatty messages as members write them in a chat: the question is found inside its wrapper."""
from __future__ import annotations

import pytest

from assistant.answer.message_clauses import split_context
from assistant.answer.wrappers import unwrap


@pytest.mark.parametrize("message, question", [
    # A question announced in a chat, without its article or with the abbreviation "spm".
    ("lige et hurtigt spm hvor mange sidder der i bestyrelsen", "hvor mange sidder der i bestyrelsen"),
    ("hej hurtigt spørgsmål hvor mange var med i spørgeskemaet", "hvor mange var med i spørgeskemaet"),
    ("Hey, quick one: is there a fee?", "is there a fee?"),
    ("Short question: who leads it?", "who leads it?"),
    # Greetings of the time of day, in Danish and English.
    ("God eftermiddag. Hvem er formand?", "Hvem er formand?"),
    ("Good morning, who is the chair?", "who is the chair?"),
    ("Hi there! Who is the chair?", "Who is the chair?"),
    # Thanks after the question, however many.
    ("Kan kommuner blive medlemmer? På forhånd mange tak.", "Kan kommuner blive medlemmer?"),
    ("Hvem er formand? Tusind tak for hjælpen!", "Hvem er formand?"),
    ("Did it ever merge with others? Thanks a lot", "Did it ever merge with others?"),
    ("Who pays? Many thanks", "Who pays?"),
    # The wish to know said as a statement about the answer.
    ("Hvem er formand? Det ville være rart at vide.", "Hvem er formand?"),
])
def test_the_chats_announcements_greetings_and_thanks_are_taken_off(message, question):
    assert unwrap(message) == question


@pytest.mark.parametrize("message, question", [
    ("Hvad laver I egentlig?", "Hvad laver I?"),
    ("Kan kommuner overhovedet blive medlemmer?", "Kan kommuner blive medlemmer?"),
    ("Hvilke sager har I faktisk påvirket?", "Hvilke sager har I påvirket?"),
    ("Mon foreningen har en formand?", "foreningen har en formand?"),
])
def test_a_modal_particle_colours_the_question_but_is_not_searched(message, question):
    assert unwrap(message) == question


@pytest.mark.parametrize("message", [
    "Hvad er den egentlige grund?",      # the adjective, inflected, names something
    "Hvad er faktiske tal?",
    "Hvad betyder lige vilkår?",         # "lige" is an adjective too: never taken off
])
def test_words_that_look_like_particles_but_inflect_stay(message):
    assert unwrap(message) == message


@pytest.mark.parametrize("message, question", [
    ("Hvor stor en andel af området mener I skal være natur?", "Hvor stor en andel af området skal være natur?"),
    ("Hvor stor en del skal være grøn ifølge jer?", "Hvor stor en del skal være grøn?"),
    ("Hvad synes I, kommunerne skal gøre?", "Hvad, kommunerne skal gøre?"),
    ("According to you, how close to a park should a home be?", "how close to a park should a home be?"),
    # The position asked for by its noun: what it is about is the question.
    ("Hvad er jeres holdning til centralisering?", "Hvad centralisering?"),
    ("Hvad er jeres standpunkt til lommeparker?", "Hvad lommeparker?"),
    ("What is your stance on trees that get cut down?", "What trees that get cut down?"),
    ("What is your position on where political decisions should be made?",
     "What where political decisions should be made?"),
])
def test_asking_for_the_organisations_opinion_leaves_the_question_itself(message, question):
    assert unwrap(message) == question


def test_asking_for_the_assistants_own_opinion_stays_a_question_of_its_own():
    assert unwrap("hvad mener du om det?") == "hvad mener du om det?"


def test_an_abbreviations_full_stop_does_not_split_the_question():
    message = "Vi er et lille firma og vil gerne støtte jer. Hvad koster et medlemskab pr. år?"
    assert split_context(message) == ("Vi er et lille firma og vil gerne støtte jer.",
                                      "Hvad koster et medlemskab pr. år?")


def test_a_full_stop_after_an_abbreviation_before_a_capital_still_ends_the_sentence():
    assert split_context("Jeg betaler 250 kr. Hvad får jeg for det?") == ("Jeg betaler 250 kr.",
                                                                         "Hvad får jeg for det?")


@pytest.mark.parametrize("message, question", [
    # A letter's salutation and a chat's label before the question.
    ("Kære Grønne Byer, hvem er formand?", "hvem er formand?"),
    ("Dear Sir, who is the chair?", "who is the chair?"),
    ("Spørgsmål: hvem er formand?", "hvem er formand?"),
    ("spm: hvem er formand", "hvem er formand"),
    # The wish to know in the forms a message opens with.
    ("Jeg ville lige høre, om man kan stemme ved fuldmagt?", "om man kan stemme ved fuldmagt?"),
    ("Vi tænkte på, om kommuner kan være medlem", "om kommuner kan være medlem"),
    ("Jeg har brug for at vide, hvornår generalforsamlingen er", "hvornår generalforsamlingen er"),
    ("Vi undrede os over, hvem der tegner foreningen", "hvem der tegner foreningen"),
    ("Ved du, hvornår I blev stiftet?", "hvornår I blev stiftet?"),
    ("Hej. Ved I om man kan stemme ved fuldmagt?", "om man kan stemme ved fuldmagt?"),
    # Politeness after the question: a hope, a request for help, a signature, a smiley.
    ("Hvem er formand? Kan I hjælpe med det?", "Hvem er formand?"),
    ("Hvem er formand? Jeg håber, I kan hjælpe.", "Hvem er formand?"),
    ("Hvem er formand, hvis du ved det?", "Hvem er formand"),
    ("Hvem er formand? Hilsen Mads", "Hvem er formand?"),
    ("hvem er formand tak :)", "hvem er formand"),
    ("Hvem er formand? 🙂", "Hvem er formand?"),
])
def test_the_opening_and_the_politeness_of_a_message_are_taken_off(message, question):
    assert unwrap(message) == question


@pytest.mark.parametrize("message", [
    "Hvad ved du om os?",                        # "ved du" inside the question asks what it knows
    "Hvad står der i hilsen fra formanden?",     # "hilsen" inside a sentence signs nothing
    "Hvem kan hjælpe mig med at melde mig ud?",  # help asked for is the question
])
def test_the_same_words_inside_the_question_stay(message):
    assert unwrap(message) == message


@pytest.mark.parametrize("message", [
    "Hej, kan du hjælpe mig? Hvornår blev I stiftet?",
    "Jeg har et spørgsmål. Hvornår blev I stiftet?",
    "Må jeg spørge om noget? Hvornår blev I stiftet?",
    "Jeg håber, du kan hjælpe. Hvornår blev I stiftet?",
    "Hej med dig. Hvornår blev I stiftet?",
    "Jeg håber, at I kan hjælpe mig med et spørgsmål: Hvornår blev I stiftet?",
])
def test_a_polite_sentence_before_the_question_leaves_the_question_alone(message):
    assert unwrap(message) == "Hvornår blev I stiftet?"
    assert split_context(unwrap(message)) == ("", "Hvornår blev I stiftet?")


def test_a_polite_english_sentence_before_the_question_leaves_the_question_alone():
    assert unwrap("Can you help me? When were you founded?") == "When were you founded?"


def test_a_chat_message_announcing_its_question_without_punctuation():
    assert unwrap("hej jeg har et spm hvornår blev i stiftet") == "hvornår blev i stiftet"


@pytest.mark.parametrize("message, question", [
    ("I was wondering if you could tell me when it was founded?", "when it was founded?"),
    ("Just wondering, when was it founded?", "when was it founded?"),
    ("Do you happen to know when it was founded?", "when it was founded?"),
    ("Any idea when it was founded?", "when it was founded?"),
    ("I'd love to know who the members are.", "who the members are."),
    ("I have a question about the members: who are they?", "the members: who are they?"),
    ("Sorry to bother you, but who are the members?", "who are the members?"),
    ("I hope you can help me. Who are the members?", "Who are the members?"),
    ("Would you mind telling me who the members are?", "who the members are?"),
    ("I'm curious about the members.", "the members."),
    ("Who are the members? Best, Tom", "Who are the members?"),
    ("Is it true that the board has seven members?", "the board has seven members?"),
])
def test_english_chat_phrases_around_the_question_are_taken_off(message, question):
    assert unwrap(message) == question


@pytest.mark.parametrize("message, question", [
    ("Er det rigtigt, at I er partipolitisk uafhængige?", "I er partipolitisk uafhængige?"),
    ("jeg har læst, at I ikke hører til noget parti – passer det?", "jeg har læst, at I ikke hører til noget parti"),
    ("Undskyld jeg spørger, men hvem er jeres medlemmer?", "hvem er jeres medlemmer?"),
])
def test_a_check_of_a_claim_leaves_the_claim(message, question):
    assert unwrap(message) == question


def test_best_alone_signs_nothing():
    assert unwrap("Which city is the best, Tom?") == "Which city is the best, Tom?"


def test_chat_spellings_of_english_function_words_are_not_searched():
    from assistant.language.english_forms import ENGLISH_STOPWORDS
    assert {"u", "ur", "r", "pls", "thx", "lol"} <= ENGLISH_STOPWORDS


@pytest.mark.parametrize("message, question", [
    ("Jeg forstår ikke helt, hvad I går ind for. Kan du forklare det kort?", "hvad I går ind for?"),
    ("Tak for et godt svar tidligere. Nu vil jeg gerne høre, hvad I hed, før I skiftede navn.",
     "hvad I hed, før I skiftede navn."),
    ("Er der nogen, der kan fortælle mig, hvornår I startede?", "hvornår I startede?"),
    ("Can anyone tell me when you started?", "when you started?"),
    ("Kan du hjælpe mig med at finde ud af, hvor mange træer medlemmerne har plantet?",
     "hvor mange træer medlemmerne har plantet?"),
    ("Jeg har lige læst jeres rapport. Hvad koster forslagene?", "Jeg har læst jeres rapport. Hvad koster forslagene?"),
    ("Kan jeg lige spørge, hvem der er formand?", "Kan jeg spørge, hvem der er formand?"),
])
def test_more_ways_of_wanting_to_know_are_taken_off(message, question):
    assert unwrap(message) == question


def test_lige_before_a_noun_is_the_adjective_and_stays():
    assert unwrap("Er lige vilkår et mål for jer?") == "Er lige vilkår et mål for jer?"


def test_a_wish_to_know_after_the_askers_work_opens_the_question_without_an_adverb():
    message = "Jeg arbejder i en kommune og vil høre, hvor meget staten skal give til skolegårde."
    assert split_context(unwrap(message)) == ("Jeg arbejder i en kommune.",
                                              "hvor meget staten skal give til skolegårde.")


def test_a_direct_question_inside_a_message_without_punctuation_starts_the_question():
    message = "vi er nogle stykker der vil have en ekstraordinær generalforsamling hvor mange skal vi være"
    assert split_context(message) == ("vi er nogle stykker der vil have en ekstraordinær generalforsamling",
                                      "hvor mange skal vi være")


def test_an_embedded_question_keeps_its_subject_first_and_is_no_new_clause():
    message = "jeg vil gerne vide hvor mange vi skal være"
    assert split_context(message) == ("", message)


@pytest.mark.parametrize("message, question", [
    ("hej, kan du hjaelpe mig? hvornaar blev i stiftet", "hvornaar blev i stiftet"),
    ("hvem er formand? pa forhand tak", "hvem er formand?"),
    ("hvem er formand? paa forhaand mange tak", "hvem er formand?"),
    ("maa jeg sporge om noget? hvem er formand", "hvem er formand"),
    ("jeg har et sporgsmal: hvem er formand", "hvem er formand"),
    ("Kaere Gronne Byer, hvem er formand?", "hvem er formand?"),
])
def test_a_wrapper_typed_without_danish_letters_is_taken_off_too(message, question):
    assert unwrap(message) == question


def test_a_question_typed_without_danish_letters_after_the_askers_situation_is_told_apart():
    assert split_context("Jeg er ny. Maa jeg stemme?") == ("Jeg er ny.", "Maa jeg stemme?")


def test_a_question_word_as_subject_with_its_verb_straight_after_starts_the_question():
    # Danish puts "der" after a subject question word only in an embedded question.
    assert split_context("vi er en lille kommune i nordjylland hvem kan blive medlem") == (
        "vi er en lille kommune i nordjylland", "hvem kan blive medlem")
    assert split_context("jeg vil gerne vide hvem der kan blive medlem") == (
        "", "jeg vil gerne vide hvem der kan blive medlem")


@pytest.mark.parametrize("message, split", [
    # Any question word with the verb straight after it, whatever the subject.
    ("jeg er kasserer i en lokalforening hvornår skal kontingentet være betalt",
     ("jeg er kasserer i en lokalforening", "hvornår skal kontingentet være betalt")),
    # A verb of its own between the question word and a pronoun subject.
    ("jeg skriver en opgave om jer hvornår startede i", ("jeg skriver en opgave om jer", "hvornår startede i")),
    ("jeg er ny hvordan melder man sig ud", ("jeg er ny", "hvordan melder man sig ud")),
    # Embedded: the subject before the verb, so no new clause.
    ("jeg leder efter reglerne for hvor mange gange man kan genvælges",
     ("", "jeg leder efter reglerne for hvor mange gange man kan genvælges")),
    ("jeg vil gerne vide hvornår foreningen blev stiftet", ("", "jeg vil gerne vide hvornår foreningen blev stiftet")),
])
def test_danish_word_order_tells_a_direct_question_inside_a_message_without_punctuation(message, split):
    assert split_context(message) == split


def test_an_ordinals_full_stop_ends_no_sentence():
    assert split_context("Skal kontingentet betales før 1. marts? Jeg er ny.") == (
        "Jeg er ny.", "Skal kontingentet betales før 1. marts?")
    assert split_context("Jeg går i 9. klasse. Hvornår blev I stiftet?") == (
        "Jeg går i 9. klasse.", "Hvornår blev I stiftet?")


def test_a_follow_ups_conjunction_before_its_question_word_stays_with_it():
    assert split_context("og hvad gør?") == ("", "og hvad gør?")


@pytest.mark.parametrize("message", [
    # A letter's closing formula, then the writer's name on the same line or the next.
    "Who is the chairman? Warm regards, Anna",
    "Who is the chairman?\nWarmest regards\nAnna",
    "Who is the chairman? All the best, Anna",
    "Who is the chairman? Yours sincerely, Anna Jensen",
    "Who is the chairman? Yours, Anna",
    "Who is the chairman? Best regards, Anna and Peter",
    "Who is the chairman?\nBest\nAnna",
    "Who is the chairman? Have a nice day, Anna",
    # Thanks that sign the message, however warm.
    "Who is the chairman? Thanks a lot, Tom",
    "Who is the chairman? Thank you so much, Tom",
    "Who is the chairman? Thanks in advance for your help",
    "Who is the chairman? Much appreciated",
    # A name alone after a dash or a slash, and the British "ta".
    "Who is the chairman? /Anna",
    "Who is the chairman? - Tom",
    "Who is the chairman? ta",
    # A closing wish for an answer, or the reason for asking.
    "Who is the chairman? Hope to hear from you soon",
    "Who is the chairman? Looking forward to hearing from you",
    "Who is the chairman? Just curious",
])
def test_an_english_sign_off_and_the_name_after_it_are_taken_off(message):
    assert unwrap(message) == "Who is the chairman?"


@pytest.mark.parametrize("message", [
    # A greeting with whom it greets: a group, or a name before the comma.
    "Hi Anna, who is the chairman?",
    "Hello everyone, who is the chairman?",
    "Hey guys, who is the chairman?",
    "Hi all! who is the chairman?",
    "Dear Sir or Madam, who is the chairman?",
    "Greetings! who is the chairman?",
    # A wish for the reader's health, or the reason for asking, before the question.
    "Hi, hope you're well. who is the chairman?",
    "Hi, I hope this is the right place to ask. who is the chairman?",
    "I was just wondering, who is the chairman?",
    "Just curious, who is the chairman?",
    "Sorry if this is a dumb question, but who is the chairman?",
])
def test_an_english_greeting_and_whom_it_greets_are_taken_off(message):
    assert unwrap(message) == "who is the chairman?"


def test_a_name_greeted_without_a_comma_is_part_of_the_question():
    assert unwrap("Hey Balance Danmark is a party?") == "Balance Danmark is a party?"


@pytest.mark.parametrize("message", ["Hej Anna, hvem er formand?", "Hej alle sammen! hvem er formand?",
                                     "Undskyld, hvis det er et dumt spørgsmål, men hvem er formand?"])
def test_a_danish_greeting_and_whom_it_greets_are_taken_off(message):
    assert unwrap(message) == "hvem er formand?"


@pytest.mark.parametrize("message", [
    # The Danish letter's closings beside the English ones: a name after "fra" or two joined by "og".
    "Hvem er formand? Hilsen Anna og Peter",
    "Hvem er formand? Kærlig hilsen fra Anna",
    "Hvem er formand? Bh Anna",
    "Hvem er formand? Hav en god dag, Anna",
    "Hvem er formand? Jeg er bare nysgerrig",
    # "men" after a greeting or an apology opens the question.
    "Undskyld, men Hvem er formand?",
])
def test_a_danish_sign_off_and_the_name_after_it_are_taken_off(message):
    assert unwrap(message) == "Hvem er formand?"


@pytest.mark.parametrize("message, remark, question", [
    ("Jeg har hørt, at I har et sekretariat i København, men hvor mange er ansat?",
     "Jeg har hørt, at I har et sekretariat i København", "hvor mange er ansat?"),
    ("I read that you want a more decentralised Denmark, but what do you want to do about it?",
     "I read that you want a more decentralised Denmark", "what do you want to do about it?"),
    ("Jeg vil gerne være medlem, men kan jeg betale med MobilePay?", "Jeg vil gerne være medlem",
     "kan jeg betale med MobilePay?"),
    ("My friend says you are a party, but are you independent?", "My friend says you are a party",
     "are you independent?"),
])
def test_a_question_put_after_a_remark_with_but_is_told_apart_from_the_remark(message, remark, question):
    assert split_context(message) == (remark, question)


def test_men_before_a_verb_without_its_subject_goes_on_the_remark():
    message = "Jeg meldte mig ind i går, men har ikke betalt endnu. Er jeg medlem nu?"
    assert split_context(message) == ("Jeg meldte mig ind i går, men har ikke betalt endnu.", "Er jeg medlem nu?")


@pytest.mark.parametrize("message, question", [
    # A message announcing how many questions it holds: the count is no topic ("spørgsmål" would
    # pull the search to the passages about the questionnaire).
    ("Jeg har to spørgsmål: Hvem vælger revisor, og hvor længe sidder revisor?",
     "Hvem vælger revisor, og hvor længe sidder revisor?"),
    ("Vi har et par spørgsmål om kontingentet. Hvornår skal det betales?", "kontingentet. Hvornår skal det betales?"),
    ("I have two questions: who can vote, and can I vote by proxy?", "who can vote, and can I vote by proxy?"),
    ("I've got a couple of quick questions. When is the meeting?", "When is the meeting?"),
])
def test_an_announced_count_of_questions_is_taken_off(message, question):
    assert unwrap(message) == question


@pytest.mark.parametrize("message, scene, question", [
    # Someone the visitor asks for wants to know: the embedded question is asked, the visitor's own
    # situation before it sets the scene.
    ("Vi driver en lille café, og min chef vil gerne vide, hvornår generalforsamlingen holdes",
     "Vi driver en lille café.", "hvornår generalforsamlingen holdes"),
    ("Jeg sidder i en lokal gruppe, og vores formand spørger til, hvem der tegner foreningen?",
     "Jeg sidder i en lokal gruppe.", "hvem der tegner foreningen?"),
    ("Min svigermor spørger, hvor foreningen har hjemsted", "", "hvor foreningen har hjemsted"),
    # Someone who asked the visitor, the subject left out after "og": what they asked is the question.
    ("Min bror er advokat og spurgte mig, hvem der tegner foreningen", "Min bror er advokat.",
     "hvem der tegner foreningen"),
    # The one who asks opens a sentence after the visitor's story ("… i Vestjylland. Min borgmester
    # spørger, om …"): who asks is no more the topic there than at the message's start.
    ("Jeg er ny på rådhuset. Min borgmester spørger, om I er knyttet til et parti",
     "Jeg er ny på rådhuset.", "om I er knyttet til et parti"),
    ("Vi er en lille skole. Vores rektor vil gerne vide, hvem der tegner foreningen",
     "Vi er en lille skole.", "hvem der tegner foreningen"),
])
def test_a_third_persons_wish_to_know_opens_the_question(message, scene, question):
    assert split_context(unwrap(message)) == (scene, question)


@pytest.mark.parametrize("message, question", [
    # A pro-form question after the clause it stands for asks that clause, as a check does.
    ("Min nabo vil gerne vide, om I planter træer i skolegårde. Gør I det?", "om I planter træer i skolegårde?"),
    ("jeg har betalt for et halvt år siden og vil gerne stemme, maa jeg det?",
     "jeg har betalt for et halvt år siden og vil gerne stemme?"),
    ("I read that you plant trees in schoolyards. Do you?", "you plant trees in schoolyards?"),
    # Whether the assistant knows it, after a dash: the clause before is asked.
    ("hvem der skriver under på en lejekontrakt for foreningen – ved du det?",
     "hvem der skriver under på en lejekontrakt for foreningen?"),
])
def test_a_pro_form_question_after_its_clause_is_taken_off(message, question):
    assert unwrap(message) == question


@pytest.mark.parametrize("message", [
    "min mor spørger om lov til at plante et træ",   # "spørger om" a thing, no embedded question
    "Hvornår er generalforsamlingen, og hvad gør I?",  # "gør I" with its question word
    "Hvem betaler, hvis vi gør det?",                  # "gør det" inside a condition
    "Hvem er formand? Er det Ole?",                    # a question with its own content
    "Gør I det?",                                      # nothing before it to stand for
    "Jeg spurgte om lov til at plante et træ",          # the visitor asked, for a thing
])
def test_look_alikes_of_a_reported_wish_or_a_pro_form_stay(message):
    assert unwrap(message) == message


@pytest.mark.parametrize("message, question", [
    # "altså" restates or stresses, in any spelling: no topic of its own.
    ("hvornår blev I stiftet, altså hvilket år?", "hvornår blev I stiftet, hvilket år?"),
    ("hvem tegner foreningen altsaa", "hvem tegner foreningen"),
])
def test_the_particle_altsaa_is_read_past(message, question):
    assert unwrap(message) == question
