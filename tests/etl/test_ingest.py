"""Files → decoded text: encodings, exact text, and each way a file is refused."""
from __future__ import annotations

import codecs
import doctest
import hashlib
import pickle

import pytest

import etl.ingest
from etl.ingest import IngestError, decode, discover, read_document
from etl.settings import MAX_FILE_BYTES

# Written for these tests: CRLF line ends and a character outside GBK (𠀾) on purpose.
TEXT = "二、主要措施\r\n加快建设统一大市场，2023年社会物流总费用下降0.3个百分点。\r\n各地区应当𠀾落实。\n"


@pytest.mark.parametrize(
    ("payload", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_read_document_decodes_exactly(tmp_path, payload: bytes, encoding: str) -> None:
    path = tmp_path / "文章.txt"
    path.write_bytes(payload)
    doc = read_document(path)
    # \r\n kept; a UTF-8 BOM kept as U+FEFF like any UTF-8 reader does: offsets index this very string
    assert doc.text == ("\ufeff" + TEXT if encoding == "utf-8-sig" else TEXT)
    assert doc.encoding == encoding
    assert doc.sha256 == hashlib.sha256(payload).hexdigest()
    stat = path.stat()
    assert (doc.size, doc.mtime) == (stat.st_size, stat.st_mtime)
    assert doc.path == path.resolve()


def test_gbk_text_is_read_as_gb18030() -> None:
    assert decode("对外开放水平持续提高。".encode("gbk")) == ("对外开放水平持续提高。", "gb18030")


@pytest.mark.parametrize(
    ("payload", "error_type"),
    [
        (b"", "empty"),
        (" \r\n\t\u3000\n".encode("utf-8"), "empty"),
        (codecs.BOM_UTF8, "empty"),
        ("正文".encode("utf-8") + b"\x00\x01\x02", "binary"),
        (bytes(range(1, 9)) * 40 + "少量文字".encode("utf-8"), "binary"),
        (codecs.BOM_UTF16_LE + "\0\0\0".encode("utf-16-le"), "binary"),
        ("增长".encode("utf-8") + b"\xff\x80\xff", "encoding"),
        (codecs.BOM_UTF16_LE + "增长".encode("utf-16-le") + b"\x00\xd8", "encoding"),
    ],
)
def test_refused_files_say_why(tmp_path, payload: bytes, error_type: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(payload)
    with pytest.raises(IngestError) as info:
        read_document(path)
    assert info.value.error_type == error_type
    assert info.value.path == path.resolve()
    assert str(path.resolve()) in str(info.value) and info.value.message


def test_oversized_file_is_refused_before_reading(tmp_path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: had it been read, its NULs would say "binary"
    with pytest.raises(IngestError) as info:
        read_document(path)
    assert info.value.error_type == "too_large"
    assert "20 MB" in info.value.message


@pytest.mark.parametrize("name", ["missing.txt", "folder.txt"])
def test_unreadable_paths_are_io_errors(tmp_path, name: str) -> None:
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(IngestError) as info:
        read_document(tmp_path / name)
    assert info.value.error_type == "io"


def test_discover_finds_text_and_markdown_recursively_in_order(tmp_path) -> None:
    for rel in ["b.md", "a/z.TXT", "a/b/c.txt", "notes.pdf", ".hidden/x.txt", "a/.cache/y.md", "README.md"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("内容", encoding="utf-8")
    (tmp_path / "dir.txt").mkdir()
    found = discover(tmp_path)
    assert found == [tmp_path.resolve() / p for p in ["a/b/c.txt", "a/z.TXT", "b.md"]]
    assert discover(tmp_path / "b.md") == [(tmp_path / "b.md").resolve()]
    with pytest.raises(FileNotFoundError):
        discover(tmp_path / "nowhere")


def test_ingest_errors_survive_pickling(tmp_path) -> None:
    error = IngestError("too_large", "file is 25.0 MB, over the 20 MB limit", tmp_path / "a.txt")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.error_type, copy.message, copy.path, str(copy)) == (error.error_type, error.message, error.path, str(error))


def test_module_examples() -> None:
    assert doctest.testmod(etl.ingest).failed == 0

