"""What a chat's wrapper costs: each dev question as written and as its generated twin.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.wrapper_twins [--split alle-dev|dev…] [--frames]

Every question on the dev sets that is not chatty is asked twice: as written and wrapped in one of a
few general chat frames (a greeting and thanks, a scene of who asks - "Jeg sidder og skriver en
opgave.", "I'm new here and have a question." -, a sign-off), the frame chosen by a checksum of the
question, so every run wraps the same question the same way. The difference is what the wrapper
costs; the frames are never tuned to single questions. With --frames the frames are main clauses
that ask for the question as an embedded one ("Ved du tilfældigvis, …", "Would you be able to
tell me …"), in forms the wrappers' patterns do not list (reading.without_frame). Chatty questions
whose scene the reading tells apart (wrappers.split_context) are also asked without the scene: the
gap says how often the scene carries the topic. Tune on the dev sets only.
"""
from __future__ import annotations

import argparse
import tempfile
import zlib
from dataclasses import replace
from pathlib import Path

from assistant.answer.message_clauses import split_context
from assistant.answer.wrappers import unwrap
from assistant.quality.evaluation import Outcome, evaluate_one
from assistant.quality.question_file import Expectation, read_question_file
from benchmarks.realistic_eval import DEV_SPLITS, association_index, index_for, om_index, question_files

DANISH_FRAMES = (
    "Hej! {q} På forhånd tak",
    "Hej, jeg er ny i foreningen og har et spørgsmål. {q}",
    "Godmorgen. Jeg sidder og skriver en opgave til skolen. {q} Mvh Anne",
    "Undskyld jeg forstyrrer 🙂 {q} Tak for hjælpen",
    "Jeg har læst lidt på jeres side og blev nysgerrig. {q} Hilsen Ole",
    "hej jeg har et hurtigt spørgsmål: {q} tak",
)
ENGLISH_FRAMES = (
    "Hi! {q} Thanks in advance",
    "Hello, I'm new here and have a question. {q} Best, Tom",
    "Good morning. I'm writing a paper for school. {q} Cheers",
    "Sorry to bother you 🙂 {q} Thanks a lot",
    "I read a bit on your website and got curious. {q} Kind regards, Ann",
    "hey quick question: {q} thx",
)

DANISH_QUESTION_FRAMES = (
    "Kunne du ikke lige fortælle mig, {q}",
    "Jeg kunne godt tænke mig at vide, {q}",
    "Ved du tilfældigvis, {q}",
    "Har du nogen idé om, {q}",
    "Jeg ville blive glad, hvis du kunne fortælle mig, {q}",
)
ENGLISH_QUESTION_FRAMES = (
    "Do you know {q}",
    "Do you by any chance know, {q}",
    "I would be grateful if you could tell me {q}",
    "Would you be able to tell me {q}",
    "I hope you can help. {q}",
)


def frame_of(item: Expectation, question_frames: bool = False) -> tuple[str, int]:
    """The frame a question is wrapped in: its language's, chosen by a checksum of the question."""
    frames = {(False, False): DANISH_FRAMES, (True, False): ENGLISH_FRAMES,
              (False, True): DANISH_QUESTION_FRAMES, (True, True): ENGLISH_QUESTION_FRAMES}[
        ("english" in item.kinds, question_frames)]
    n = zlib.crc32(item.question.encode("utf-8")) % len(frames)
    return frames[n], n


def right(outcome: Outcome) -> bool:
    return outcome.rank == 1 if outcome.expected is not None else not outcome.answered


def figures(pairs: list[tuple[Expectation, bool, bool]]) -> str:
    """hit@1 and correct declines, as written -> as its twin."""
    answerable = [(a, b) for item, a, b in pairs if item.expected is not None]
    unanswerable = [(a, b) for item, a, b in pairs if item.expected is None]

    def share(rows, i):
        return sum(r[i] for r in rows) / len(rows) if rows else 0.0
    return (f"hit@1 {share(answerable, 0):.3f} -> {share(answerable, 1):.3f} ({len(answerable)})   "
            f"afvist {share(unanswerable, 0):.3f} -> {share(unanswerable, 1):.3f} ({len(unanswerable)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*DEV_SPLITS, "alle-dev"), default="alle-dev")
    parser.add_argument("--frames", action="store_true",
                        help="wrap in main clauses that ask for an embedded question instead")
    args = parser.parse_args(argv)
    wrapped: dict[tuple[str, int, str], list] = {}
    scenes: list = []
    with tempfile.TemporaryDirectory() as folder:
        indexes = {"om": om_index(Path(folder)), "association": association_index(Path(folder))}
        for path in question_files(args.split):
            index = index_for(path, indexes)
            for item in read_question_file(path):
                written = right(evaluate_one(index, item))
                if "chatty" in item.kinds:
                    scene, asked = split_context(unwrap(item.question))
                    if scene:
                        scenes.append((item, written, right(evaluate_one(index, replace(item, question=asked)))))
                    continue
                frame, n = frame_of(item, args.frames)
                twin = right(evaluate_one(index, replace(item, question=frame.format(q=item.question))))
                language = "en" if "english" in item.kinds else "da"
                wrapped.setdefault((language, n, frame), []).append((item, written, twin))
    every = [row for rows in wrapped.values() for row in rows]
    print(f"{'ikke snakkende, skrevet -> pakket ind':<44} {figures(every)}")
    for (_, _, frame), rows in sorted(wrapped.items()):
        print(f"  {frame[:42]:<42} {figures(rows)}")
    print(f"{'snakkende med scene, skrevet -> uden scene':<44} {figures(scenes)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
