"""Analyser variants for benchmarks/norquad.py: baselines, one step at a time, alternatives, ablations."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace

import baseline_tokenizers  # the shared benchmark's own baselines (loaded by norquad.py)

from assistant.language import analysis, related_terms
from assistant.language.analysis import Analyzer, default_analyzer


@dataclass(frozen=True)
class Tokenizer:
    """A variant from one str -> list[str] function (the shared eval.py's interface); no expansion."""

    description: str
    tokenize: Callable[[str], list[str]]
    expands: bool = False

    def document_terms(self, text: str) -> list[str]:
        return self.tokenize(text)

    def query_terms(self, text: str) -> list[str]:
        return self.tokenize(text)


@dataclass(frozen=True)
class Variant:
    """An Analyzer (or a subclass below) with a description; expand_query is used when `expands`."""

    description: str
    analyzer: Analyzer

    @property
    def expands(self) -> bool:
        return self.analyzer.compounds or self.analyzer.near_spelling

    def document_terms(self, text: str) -> list[str]:
        return self.analyzer.document_terms(text)

    def query_terms(self, text: str) -> list[str]:
        return self.analyzer.query_terms(text)

    def expand_query(self, terms: list[str], vocabulary) -> list[str]:
        return self.analyzer.expand_query(terms, vocabulary)


@dataclass(frozen=True)
class FoldAfterStem(Analyzer):
    """æ/ø/å folded to ae/oe/aa after stemming instead of before (the alternative to measure)."""

    def _terms(self, text: str, query: bool) -> list[str]:
        unfolded = Analyzer._terms(replace(self, ascii_fold=False), text, query)
        return [t.translate(analysis._ASCII_FOLD) for t in unfolded]


@dataclass(frozen=True)
class CompoundChoice(Analyzer):
    """expand_query with other compound rules: which expansions, for which terms, what part length."""

    parts: bool = True
    extensions: bool = True
    only_absent: bool = True
    min_part: int = related_terms.MIN_COMPOUND_PART

    def expand_query(self, terms: list[str], vocabulary) -> list[str]:
        known = self._vocabulary_set(vocabulary)
        out = list(terms)
        for term in terms:
            if (self.only_absent and term in known) or not term.isalpha():
                continue
            extra = related_terms.compound_parts(term, known, self.min_part) if self.parts else []
            if self.extensions:
                extra += related_terms.compound_extensions(term, vocabulary, known, self.min_part)
            if not extra and self.near_spelling and term not in known:
                extra = related_terms.near_spellings(term, vocabulary)
            out.extend(t for t in dict.fromkeys(extra) if t not in out)
        return out


def _options(analyzer: Analyzer) -> dict:
    return {f.name: getattr(analyzer, f.name) for f in fields(Analyzer) if f.init}


def variants() -> dict[str, object]:
    """Name -> variant, in table order: baselines, steps added one at a time, the shipped one, ablations."""
    shipped = default_analyzer()
    base = Analyzer(unicode_form="NFC", references=False, stopwords=True, question_words=False,
                    ascii_fold=False, strip_accents=False, stem=True, past_tense=False,
                    compounds=False, near_spelling=False)
    nfkc = replace(base, unicode_form="NFKC")
    refs = replace(nfkc, references=True)
    fold = replace(refs, ascii_fold=True)
    accents = replace(fold, strip_accents=True)
    past = replace(accents, past_tense=True)
    qwords = replace(past, question_words=True)
    compounds = replace(qwords, compounds=True)
    near = replace(compounds, near_spelling=True)
    assert near == shipped, "the last step must be the shipped analyser"
    table = {
        "plain": Tokenizer("shared baseline: NFC, lowercase, letter/digit runs", baseline_tokenizers.plain),
        "stem_da": Tokenizer("shared baseline: plain + Danish stopwords + Snowball Danish",
                             baseline_tokenizers.stem_da),
        "base": Variant("Analyzer with every step off but stopwords + Snowball Danish (NFC, casefold)", base),
        "+nfkc": Variant("base, NFKC instead of NFC", nfkc),
        "+refs": Variant("+nfkc, § 5 / stk. 2 / paragraf 7 / 2.000 as one term", refs),
        "+fold": Variant("+refs, æ/ø/å -> ae/oe/aa before stemming", fold),
        "+accents": Variant("+fold, accents stripped (é -> e, ç -> c)", accents),
        "+past_tense": Variant("+accents, -ede past tense stemmed like the participle (skiftede ~ skiftet)",
                               past),
        "+qwords": Variant("+past_tense, question words and greetings dropped from queries", qwords),
        "+compounds": Variant("+qwords, expand_query: compound parts and extensions of absent terms",
                              compounds),
        "+near_spelling": Variant("+compounds, expand_query: closest index spelling of other absent terms "
                                  "(= shipped)", near),
        "alt:fold_after_stem": Variant("+refs, æ/ø/å -> ae/oe/aa after stemming (instead of +fold)",
                                       FoldAfterStem(**_options(refs))),
        "alt:parts_only": Variant("shipped, compounds: parts of absent terms only",
                                  CompoundChoice(**_options(shipped), extensions=False)),
        "alt:extensions_only": Variant("shipped, compounds: extensions of absent terms only",
                                       CompoundChoice(**_options(shipped), parts=False)),
        "alt:expand_every_term": Variant("shipped, compounds: parts and extensions of every term",
                                         CompoundChoice(**_options(shipped), only_absent=False)),
        "alt:min_part_3": Variant("shipped, compound parts of 3+ letters (shipped: 4)",
                                  CompoundChoice(**_options(shipped), min_part=3)),
        "alt:min_part_5": Variant("shipped, compound parts of 5+ letters (shipped: 4)",
                                  CompoundChoice(**_options(shipped), min_part=5)),
    }
    for option in ("references", "ascii_fold", "strip_accents", "past_tense", "question_words",
                   "compounds", "near_spelling", "stem"):
        table[f"shipped-{option}"] = Variant(f"shipped with {option}=False",
                                             replace(shipped, **{option: False}))
    return table
