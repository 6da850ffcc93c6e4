"""Each build is a new read-only index version behind a small pointer file; old versions go after a
grace period, and a version that changed on disk gives way to the previous one."""
from __future__ import annotations

import json
import os
import stat

import pytest

from assistant.documents import Chunk
from assistant.errors import IndexFormatError
from assistant.index.bm25 import build_index
from assistant.index.storage import load_index, publish_index, save_index
from assistant.index.versions import versions_dir
from assistant.language.analysis import default_analyzer

HOUR = 3600.0


def groenne_byer_index(topic: str):
    """A one-passage index of the fictional association Foreningen Grønne Byer about `topic`."""
    chunk = Chunk(doc_url=f"https://groenne-byer.example/{topic}/", title=f"Grønne Byer om {topic}",
                  heading="", anchor="", text=f"Foreningen Grønne Byer arbejder for {topic} i byerne.",
                  url=f"https://groenne-byer.example/{topic}/")
    return build_index([chunk], default_analyzer())


def manifest(pointer) -> dict:
    return json.loads(pointer.read_text(encoding="utf-8"))


def topic_of(index) -> str:
    return index.documents[0]["url"].rstrip("/").rsplit("/", 1)[-1]


@pytest.fixture
def pointer(tmp_path):
    return tmp_path / "var" / "index.bm25"


def test_each_build_writes_a_new_read_only_version_and_switches_the_pointer(pointer):
    first = publish_index(groenne_byer_index("træer"), pointer, HOUR)
    second = publish_index(groenne_byer_index("cykelstier"), pointer, HOUR)

    assert first != second and first.parent == second.parent == versions_dir(pointer)
    assert stat.S_IMODE(second.stat().st_mode) == 0o444
    assert manifest(pointer)["current"]["file"] == second.name
    assert manifest(pointer)["current"]["size"] == second.stat().st_size
    assert manifest(pointer)["previous"]["file"] == first.name
    loaded = load_index(pointer)
    assert topic_of(loaded) == "cykelstier" and loaded.path == second


def test_an_old_single_index_file_still_loads_and_the_next_build_keeps_it_as_previous(pointer):
    pointer.parent.mkdir()
    save_index(groenne_byer_index("træer"), pointer)
    assert topic_of(load_index(pointer)) == "træer"

    publish_index(groenne_byer_index("cykelstier"), pointer, HOUR)

    assert topic_of(load_index(pointer)) == "cykelstier"
    previous = versions_dir(pointer) / manifest(pointer)["previous"]["file"]
    assert topic_of(load_index(previous)) == "træer"


def test_retired_versions_go_after_the_grace_period_but_never_the_current_or_previous(pointer):
    a = publish_index(groenne_byer_index("a"), pointer, HOUR, now=0.0)
    b = publish_index(groenne_byer_index("b"), pointer, HOUR, now=10.0)
    c = publish_index(groenne_byer_index("c"), pointer, HOUR, now=20.0)  # retires a at 20
    d = publish_index(groenne_byer_index("d"), pointer, HOUR, now=30.0)  # retires b at 30
    assert all(p.exists() for p in (a, b, c, d)), "retired versions stay during the grace period"

    e = publish_index(groenne_byer_index("e"), pointer, HOUR, now=20.0 + HOUR)

    assert not a.exists()
    assert b.exists() and c.exists() and d.exists() and e.exists()
    publish_index(groenne_byer_index("f"), pointer, HOUR, now=40.0 + 10 * HOUR)
    assert not b.exists() and not c.exists()
    assert d.exists() and e.exists(), "the previous and the current version stay however old"


def test_versions_no_pointer_names_go_after_the_grace_period(pointer):
    publish_index(groenne_byer_index("a"), pointer, HOUR)
    stray = versions_dir(pointer) / "index-20200101T000000.000000Z-00000000.bm25"
    stray.write_bytes(b"left by a lost pointer")
    os.utime(stray, (0, 0))
    fresh_stray = versions_dir(pointer) / "index-20300101T000000.000000Z-00000000.bm25"
    fresh_stray.write_bytes(b"written a moment ago")

    publish_index(groenne_byer_index("b"), pointer, HOUR)

    assert not stray.exists() and fresh_stray.exists()


@pytest.mark.parametrize("damage", ["truncate", "overwrite", "remove"])
def test_a_current_version_changed_on_disk_gives_way_to_the_previous_one(pointer, damage):
    publish_index(groenne_byer_index("træer"), pointer, HOUR)
    current = publish_index(groenne_byer_index("cykelstier"), pointer, HOUR)
    os.chmod(current, 0o644)
    if damage == "truncate":
        os.truncate(current, 100)
    elif damage == "overwrite":
        data = bytearray(current.read_bytes())
        data[100] ^= 0xFF  # in the header, checked at load (blocks: test_index_blocks.py)
        current.write_bytes(bytes(data))
    else:
        current.unlink()

    assert topic_of(load_index(pointer)) == "træer"
    with pytest.raises(IndexFormatError, match="kan ikke bruges.*indexer.py build"):
        load_index(pointer, fallback=False)


def test_a_version_swapped_for_another_file_of_the_same_size_gives_way_to_the_previous_one(pointer):
    publish_index(groenne_byer_index("træer"), pointer, HOUR)
    publish_index(groenne_byer_index("cykelstier"), pointer, HOUR)
    # As if the current version's bytes were replaced by another sound index of the same size.
    record = manifest(pointer)
    record["current"]["head_xxh3"] ^= 1
    pointer.write_text(json.dumps(record), encoding="utf-8")

    assert topic_of(load_index(pointer)) == "træer"
    with pytest.raises(IndexFormatError, match="ikke det, pegeren angiver"):
        load_index(pointer, fallback=False)


def test_a_changed_version_without_a_previous_one_is_a_clear_danish_error(pointer):
    current = publish_index(groenne_byer_index("træer"), pointer, HOUR)
    os.chmod(current, 0o644)
    os.truncate(current, 100)
    with pytest.raises(IndexFormatError, match="anden størrelse, end pegeren angiver"):
        load_index(pointer)


@pytest.mark.parametrize("content", [
    b"{ikke json",
    b'{"format": "balance-assistenten-index-pointer", "version": 1}',
    b'{"format": "balance-assistenten-index-pointer", "version": 1, '
    b'"current": {"file": "../../etc/passwd", "size": 1, "xxh3_64": 1}, "previous": null}',
    b'{"format": "balance-assistenten-index-pointer", "version": 99, '
    b'"current": {"file": "index-x.bm25", "size": 1, "xxh3_64": 1}, "previous": null}',
])
def test_a_damaged_pointer_is_refused_with_a_danish_error(pointer, content):
    publish_index(groenne_byer_index("træer"), pointer, HOUR)
    pointer.write_bytes(content)
    with pytest.raises(IndexFormatError, match="pegerfilen"):
        load_index(pointer)
    # The next build repairs it.
    publish_index(groenne_byer_index("cykelstier"), pointer, HOUR)
    assert topic_of(load_index(pointer)) == "cykelstier"


def test_a_corrupt_build_is_refused_before_it_is_written_and_the_pointer_stays(pointer):
    from assistant.index.file_format import IndexFileError
    from assistant.index.versions import publish

    publish_index(groenne_byer_index("træer"), pointer, HOUR)
    before = pointer.read_bytes()
    data = bytearray((versions_dir(pointer) / manifest(pointer)["current"]["file"]).read_bytes())
    data[-5] ^= 0xFF

    with pytest.raises(IndexFileError, match="kontrolsum"):
        publish(pointer, bytes(data), HOUR)

    assert pointer.read_bytes() == before
    assert len(list(versions_dir(pointer).iterdir())) == 1


def test_a_replacement_is_checked_whole_so_damage_in_a_part_not_yet_read_is_refused(pointer):
    publish_index(groenne_byer_index("træer"), pointer, HOUR)
    version = publish_index(groenne_byer_index("cykelstier"), pointer, HOUR)
    assert load_index(pointer, fallback=False, whole=True).path == version  # a sound version passes
    data = bytearray(version.read_bytes())
    data[-5] ^= 0xFF  # in the last block, which loading does not read
    os.chmod(version, 0o644)
    version.write_bytes(bytes(data))

    index = load_index(pointer)  # loading reads only the header and the small tables
    assert index.path == version
    with pytest.raises(IndexFormatError, match="ændret"):
        load_index(pointer, fallback=False, whole=True)
