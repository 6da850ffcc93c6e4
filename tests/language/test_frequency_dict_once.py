"""A process holds one copy of each language's word frequencies, however a word's frequency is asked.

wordfreq keeps a language's dictionary in an lru_cache keyed by the arguments as given: its own
lookups (a capitalised or hyphenated word, asked of wordfreq.zipf_frequency) ask for (lang, "best"),
and the assistant's direct readings (word_zipf, background, english_spelling) asked for (lang). Each
language's dictionary was then built and held twice (~11 MB more for English in every process).
"""
from __future__ import annotations

import subprocess
import sys


def test_an_english_questions_words_asked_every_way_share_one_dictionary_per_language():
    probe = ("import wordfreq; "
             "from assistant.language.word_zipf import zipf_frequency; "
             "from assistant.language.background import zipf; "
             "from assistant.language.english_spelling import english_correction; "
             # A plain word read from the list, a capitalised one and one with a hyphen asked of
             # wordfreq, a misspelt English word's candidates, a Danish word's everyday value.
             "zipf_frequency('member', 'en'); zipf_frequency('Member', 'en'); zipf_frequency('e-mail', 'en'); "
             "english_correction('membr'); zipf_frequency('forening', 'da'); zipf_frequency('Forening', 'da'); "
             "zipf('kontingentet'); "
             "print(wordfreq.get_frequency_dict.cache_info().currsize)")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["2"]
