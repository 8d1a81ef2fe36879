"""Reading inputs: folders, links, encodings and bad files (no spaCy needed)."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from attribution import readers
from attribution.errors import InputError
from attribution.readers import RawArticle, ReadError, count_inputs, decode, expand, read_inputs

SAID = "The minister said \u201cwe will not back down\u201d on Tuesday \u2013 and Jos\u00e9 agreed."


def make_unreadable(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``path`` unreadable: by its permissions, and (as root, who reads anyway) at the one
    place readers open files."""
    path.chmod(0)
    real = readers.read_bytes

    def refuse(target: Path) -> bytes:
        if target == path:
            raise PermissionError(13, "Permission denied", str(path))
        return real(target)

    monkeypatch.setattr(readers, "read_bytes", refuse)


@pytest.mark.parametrize("data", [
    SAID.encode("utf-8"),
    codecs.BOM_UTF8 + SAID.encode("utf-8"),
    codecs.BOM_UTF16_LE + SAID.encode("utf-16-le"),
])
def test_utf8_and_byte_order_marks(data):
    text, _ = decode(data)
    assert text == SAID


def test_cp1252_smart_quotes_are_detected():
    text, encoding = decode(SAID.encode("cp1252"))
    assert (text, encoding) == (SAID, "cp1252")


def test_latin1_is_read_as_cp1252_not_a_central_european_code_page():
    original = "The caf\u00e9 owner in M\u00fcnchen said the na\u00efve plan would fail, Se\u00f1or G\u00f3mez said."
    text, _ = decode(original.encode("latin-1"))
    assert text == original


def test_other_legacy_encodings_are_still_detected():
    original = "\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u043e\u0431\u043e\u0440\u043e\u043d\u044b \u0437\u0430\u044f\u0432\u0438\u043b, \u0447\u0442\u043e \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u0431\u0443\u0434\u0443\u0442 \u0441\u043e\u0440\u0432\u0430\u043d\u044b."
    assert decode(original.encode("cp1251"))[0] == original


def test_stray_bytes_in_utf8_text_do_not_turn_it_into_mojibake():
    data = "Il a dit \u00ab non \u00bb.".encode() + b" \x93Non\x94, dit-il."
    text, encoding = decode(data)
    assert text == "Il a dit \u00ab non \u00bb. \u201cNon\u201d, dit-il."
    assert "stray" in encoding


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b" \n\t\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
    (bytes(range(1, 32)) * 40, "binary"),
    (bytes(range(0x80, 0x100)) * 10, "undecodable"),
])
def test_bad_bytes_raise_one_line_reasons(data, reason):
    with pytest.raises(InputError, match=reason) as info:
        decode(data)
    assert "\n" not in str(info.value)


def test_folders_are_walked_in_sorted_order_and_other_suffixes_ignored(tmp_path):
    for name in ("b/z.txt", "b/a.txt", "a.txt", "c/d/e.txt", "c.TXT", "notes.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("He said so.")
    found = list(expand([tmp_path]))
    assert found == sorted(p for p in tmp_path.rglob("*") if p.suffix.lower() == ".txt")
    assert count_inputs([tmp_path, "-"]) == len(found) + 1


def test_broken_links_are_reported_in_folders_and_by_name(tmp_path):
    (tmp_path / "good.txt").write_text("He said so.")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "gone.md").symlink_to(tmp_path / "nowhere.md")  # not an article suffix: ignored
    found = list(read_inputs([tmp_path]))
    assert [type(x) for x in found] == [ReadError, RawArticle]  # gone.txt, good.txt
    assert found[0].path.endswith("gone.txt") and "broken link" in found[0].reason
    named = list(read_inputs([tmp_path / "gone.txt"]))
    assert len(named) == 1 and "broken link" in named[0].reason


def test_linked_folder_loops_end(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("He said so.")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    assert [p.name for p in expand([tmp_path])] == ["x.txt"]


def test_every_bad_file_is_one_error_and_the_rest_is_read(tmp_path, monkeypatch):
    (tmp_path / "1-good.txt").write_text(SAID, encoding="utf-8")
    (tmp_path / "2-empty.txt").write_bytes(b"")
    (tmp_path / "3-binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "4-undecodable.txt").write_bytes(bytes(range(0x80, 0x100)) * 10)
    (tmp_path / "5-cp1252.txt").write_bytes(SAID.encode("cp1252"))
    (tmp_path / "6-unreadable.txt").write_text(SAID)
    make_unreadable(tmp_path / "6-unreadable.txt", monkeypatch)
    found = list(read_inputs([tmp_path, tmp_path / "7-missing.txt"]))
    by_name = {Path(x.path).name: x for x in found}
    assert isinstance(by_name["1-good.txt"], RawArticle) and by_name["1-good.txt"].warnings == ()
    assert by_name["5-cp1252.txt"].text == SAID
    assert by_name["5-cp1252.txt"].warnings == ("decoded as cp1252 (not UTF-8)",)
    reasons = {name: x.reason for name, x in by_name.items() if isinstance(x, ReadError)}
    assert reasons.keys() == {"2-empty.txt", "3-binary.txt", "4-undecodable.txt", "6-unreadable.txt", "7-missing.txt"}
    assert "Permission denied" in reasons["6-unreadable.txt"]
    assert "no such file" in reasons["7-missing.txt"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_devices_are_not_read():
    [error] = list(read_inputs(["/dev/zero"]))
    assert error.reason == "not a regular file"
