"""Files on disk → decoded text, or a clear reason why not.

Chinese articles arrive as UTF-8 (with or without a BOM), UTF-16 with a BOM
(Windows "Unicode" saves) or legacy GBK/GB18030. The text is kept exactly as
decoded — no newline normalisation — because every record offset indexes it.

    >>> decode("增长6.9%".encode("gb18030"))
    ('增长6.9%', 'gb18030')
    >>> decode(b"\\xef\\xbb\\xbf\\xe5\\xa2\\x9e\\xe9\\x95\\xbf\\r\\n")
    ('\\ufeff增长\\r\\n', 'utf-8-sig')
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
from pathlib import Path

from pydantic import BaseModel

from etl.settings import MAX_FILE_BYTES
from models.tables import ErrorType

SUFFIXES = frozenset({".txt", ".md"})
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_FALLBACKS = ("utf-8", "gb18030")  # GB18030 is a superset of GBK and GB2312
# control characters (Unicode category Cc) other than \t \n \v \f \r: a regex counts them at C speed
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.1  # real text has almost none; PDF dumps a few form feeds


class IngestError(Exception):
    """Why a file was not ingested; ``error_type`` is stored in ``ingest_error``.

    All three fields are the exception's ``args``, so it pickles (Dagster passes
    outputs between processes that way).
    """

    def __init__(self, error_type: ErrorType, message: str, path: Path | None = None) -> None:
        super().__init__(error_type, message, path)
        self.error_type = error_type
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class DocumentFile(BaseModel):
    """A decoded file with the fingerprint used to skip it next time."""

    path: Path
    size: int
    mtime: float
    sha256: str
    encoding: str
    text: str


def discover(root: Path) -> list[Path]:
    """Every ``*.txt``/``*.md`` under ``root`` (hidden folders and READMEs skipped), sorted; a file is itself."""
    root = Path(root).resolve()
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise FileNotFoundError(f"no such file or folder: {root}")
    return sorted(
        path
        for path in root.rglob("*")
        if path.suffix.lower() in SUFFIXES
        and path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(root).parts)
        and not path.stem.upper().startswith("README")  # a folder's notes, not an article
    )


def decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` of a file's bytes; a BOM decides, else UTF-8, else GB18030."""
    if not data:
        raise IngestError("empty", "file is empty (0 bytes)")
    text, encoding = _decode_bom(data) or _decode_plain(data)
    if not text.lstrip("\ufeff").strip():
        raise IngestError("empty", "file contains only whitespace")
    controls = len(_CONTROL.findall(text))
    if "\0" in text or controls > _MAX_CONTROL_SHARE * len(text):
        raise IngestError("binary", f"looks binary: {controls} of {len(text)} characters are control codes")
    return text, encoding


def _decode_bom(data: bytes) -> tuple[str, str] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                # A UTF-8 BOM stays in the text as U+FEFF: a plain UTF-8 reader keeps it too,
                # so offsets into the text agree with every other reader of the file.
                body = data if bom == codecs.BOM_UTF8 else data[len(bom):]
                return body.decode("utf-8" if bom == codecs.BOM_UTF8 else codec), codec
            except UnicodeDecodeError as err:
                raise IngestError(
                    "encoding",
                    f"starts with a {codec} byte-order mark but byte {err.start + len(bom)} is not valid {codec}",
                ) from None
    return None


def _decode_plain(data: bytes) -> tuple[str, str]:
    if b"\0" in data:
        raise IngestError("binary", "contains NUL bytes (binary file, or UTF-16 without a byte-order mark)")
    for codec in _FALLBACKS:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    raise IngestError("encoding", "not valid UTF-8 or GB18030/GBK text; re-save it as UTF-8")


def stat_document(path: Path) -> os.stat_result:
    """``stat`` of a file that may be read: exists, readable metadata, not over the size limit."""
    try:
        stat = Path(path).stat()
    except OSError as err:
        raise _io_error(Path(path), err) from None
    if stat.st_size > MAX_FILE_BYTES:
        raise IngestError(
            "too_large",
            f"file is {stat.st_size / 2**20:.1f} MB, over the {MAX_FILE_BYTES / 2**20:.0f} MB limit",
            Path(path),
        )
    return stat


def read_document(path: Path) -> DocumentFile:
    """Stat, size-check, read, fingerprint and decode one file; every failure is an IngestError."""
    path = Path(path).resolve()
    stat = stat_document(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise _io_error(path, err) from None
    try:
        text, encoding = decode(data)
    except IngestError as err:
        raise IngestError(err.error_type, err.message, path) from None
    return DocumentFile(
        path=path,
        size=stat.st_size,
        mtime=stat.st_mtime,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        text=text,
    )


def _io_error(path: Path, err: OSError) -> IngestError:
    return IngestError("io", f"cannot read file: {err.strerror or err}", path)
