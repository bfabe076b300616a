"""The export as one AES-256 encrypted zip (WinZip's AE-2, the format 7-Zip, WinZip and Keka open), for data with
names and contacts that must not travel as plain files: what the export would write (the workbook, or the CSV
files with their syntax files in a folder of the zip's name), each entry encrypted with a passphrase.

The plain files are made first in a work folder in the system's temporary folder (removed when done, and at the
next start after a crash), then zipped into a temporary file beside the target that takes its place when whole:
a failed or cancelled export leaves neither a zip nor a plain file behind."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from core.base.atomic import atomic_file, work_folder
from core.base.errors import DiskFullError
from core.export.collect import Export, ExportCancelled, ExportFilter, Progress, never, no_progress
from core.export.syntax import SPSS_FILE, STATA_FILE

if TYPE_CHECKING:
    from core.storage.store import Store

SUFFIX = ".zip"


def export_encrypted(store: "Store", fmt: str, target: Path, passphrase: str, f: ExportFilter = ExportFilter(),
                     include_names: bool = False, progress: Progress = no_progress,
                     cancelled: Callable[[], bool] = never) -> tuple[Export, list[Path]]:
    """Collect the export in ``fmt`` (xlsx, csv or csv-excel) and write it as one encrypted zip at ``target``
    (WriteError, DiskFullError for the target; ExportCancelled). Progress runs 0-100."""
    from core.export import export

    target = Path(target)
    stem = target.stem or "feltkart"
    with atomic_file(target, SUFFIX) as tmp, work_folder("feltkart-zip-") as work:
        inner = work / (f"{stem}.xlsx" if fmt == "xlsx" else stem)
        try:
            data, paths = export(store, fmt, inner, f, include_names,
                                 lambda done, total: progress(done * 90 // max(total, 1), 100), cancelled)
        except DiskFullError as exc:  # the plain files in the work folder: the export's target is what failed
            raise DiskFullError(target, exc.detail) from exc
        if fmt != "xlsx":
            _syntax_in_place(inner, stem)
        write_zip(tmp, [(p, p.relative_to(work).as_posix()) for p in paths], passphrase, cancelled)
    progress(100, 100)
    return data, [target]


def _syntax_in_place(folder: Path, stem: str) -> None:
    """The syntax files' example of where to run them: the folder the zip unpacks to, not the work folder."""
    for name in (SPSS_FILE, STATA_FILE):
        path = folder / name
        if path.exists():
            encoding = "utf-8-sig" if name == SPSS_FILE else "utf-8"
            path.write_text(path.read_text(encoding=encoding).replace(str(folder.resolve()), stem), encoding=encoding)


def write_zip(path: Path, entries: list[tuple[Path, str]], passphrase: str,
              cancelled: Callable[[], bool] = never) -> None:
    """``entries`` (a file, its name in the zip) into an AES-256 encrypted zip (AE-2, compressed) at ``path``."""
    import pyzipper
    from pyzipper.zipfile_aes import WZ_AES_V2

    with open(path, "wb") as fh:
        z = pyzipper.AESZipFile(fh, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES)
        try:
            z.setpassword(passphrase.encode("utf-8"))
            z.setencryption(pyzipper.WZ_AES, nbits=256, force_wz_aes_version=WZ_AES_V2)
            for source, name in entries:
                if cancelled():
                    raise ExportCancelled()
                z.write(source, name)
            z.close()
        except BaseException:
            # abandoned: zipfile refuses to close with an entry half-written, and would hide the error (a full
            # disk) behind its own; the file is removed by the caller
            z.fp = None
            raise
    if cancelled():
        raise ExportCancelled()
