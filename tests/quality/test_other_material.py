"""A visitor on one organisation's site asks about the other's affairs: the benchmark counts the answers.

realistic_eval asks each question of its own material; benchmarks/other_material.py asks it of the
other one, where a question naming its own organisation must never be answered.
"""
from __future__ import annotations

import re
import subprocess
import sys

from assistant.config import REPO_ROOT
from benchmarks.other_material import OWN_NAMES, home


def test_each_question_is_asked_of_the_other_material_and_the_named_ones_are_counted_apart(tmp_path):
    om = tmp_path / "om_mine.tsv"
    om.write_text("question\texpected\n"
                  "How much does membership cost?\tNONE\n"           # the association states its fee
                  "Hvornår blev Balance Danmark grundlagt?\tNONE\n"  # names its own organisation
                  "How much does membership cost?\tNONE\n",          # asked once
                  encoding="utf-8")
    statutes = tmp_path / "statutes_mine.tsv"
    statutes.write_text("question\texpected\nHvornår blev Foreningen Grønne Byer stiftet?\tNONE\n",
                        encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "benchmarks.other_material", "--list", str(om), str(statutes)],
                         cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    # Two Om questions put to the association: the fee is answered there, the named one is not.
    assert re.search(r"^om-spørgsmål til association\s+2\s+1\s+0\.500\s+1\s+0\s+0\.000$", run.stdout, re.MULTILINE)
    assert re.search(r"^association-spørgsmål til om\s+1\s+0\s+0\.000\s+1\s+0\s+0\.000$", run.stdout, re.MULTILINE)
    assert "    How much does membership cost?" in run.stdout


def test_a_file_belongs_to_the_material_its_name_says_and_each_names_its_own_organisation(tmp_path):
    assert home(tmp_path / "om_dev23a.tsv") == "om"
    assert home(tmp_path / "publication_dev23a.tsv") == home(tmp_path / "statutes_test.tsv") == "association"
    assert OWN_NAMES["om"].search("hvornår blev balance  danmark stiftet")
    assert OWN_NAMES["association"].search("Hvem leder Foreningen Groenne Byer?")
    assert not OWN_NAMES["association"].search("Hvor mange grønne byer er der?")
