"""The words for the core's errors: what is wrong and what to do, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.base import errors


def store_error(exc: errors.StoreError) -> str:
    """A message for a database Feltkart will not open. The file has not been changed."""
    path = str(exc.path)
    if isinstance(exc, errors.DatabaseIsFolderError):
        text = QCoreApplication.translate("messages", "{path} is a folder. Give the path of a database file, for example {example}.").format(
            path=path, example=str(exc.path / "feltkart.sqlite")
        )
    elif isinstance(exc, errors.FolderMissingError):
        text = QCoreApplication.translate("messages", "The folder {folder} does not exist. Create it first, or choose another location.").format(
            folder=str(exc.path.parent)
        )
    elif isinstance(exc, errors.ReadOnlyLocationError):
        text = QCoreApplication.translate(
            "messages",
            "Feltkart cannot write to {path}: the file or its folder is write-protected. "
            "Copy the database to a folder you can write to (for example your Documents folder) and open the copy."
        ).format(path=path)
    elif isinstance(exc, errors.MissingDatabaseError):
        text = QCoreApplication.translate(
            "messages", "There is no database at {path}. Check the name and the folder; to start a new study, "
            "open that name in the Feltkart window.").format(path=path)
    elif isinstance(exc, errors.EmptyDatabaseError):
        text = QCoreApplication.translate(
            "messages",
            "{path} is empty (0 bytes): it is not a Feltkart database, perhaps a copy that did not finish. Copy "
            "the database again from where it came from, or delete the empty file to start a new study there."
        ).format(path=path)
    elif isinstance(exc, errors.DamagedDatabaseError):
        return damaged_database(exc)
    elif isinstance(exc, errors.DiskFullError):
        return disk_full(exc.path)
    elif isinstance(exc, errors.EncryptedDatabaseError):
        text = QCoreApplication.translate(
            "messages", "{path} is encrypted (or it is not a database). Feltkart needs its passphrase to open it."
        ).format(path=path)
    elif isinstance(exc, errors.WrongPassphraseError):
        text = QCoreApplication.translate(
            "messages", "The passphrase does not open {path}. Check it (letters, spaces and capitals count) and try "
            "again. A lost passphrase cannot be recovered.").format(path=path)
    elif isinstance(exc, errors.NotEncryptedError):
        text = QCoreApplication.translate(
            "messages", "{path} is not encrypted, but this study was encrypted when it was last opened on this "
            "computer. It may be a plain copy put in the study's place: Feltkart does not open it as the study. "
            "Put the encrypted file back, or, if you want to use this plain file, move it to another name and "
            "open it from there.").format(path=path)
    elif isinstance(exc, errors.NotADatabaseError):
        text = QCoreApplication.translate(
            "messages",
            "{path} is not a Feltkart database: it is not an SQLite database file, or it is damaged. "
            "Check that you chose the right file; open a backup copy if the file is damaged."
        ).format(path=path)
    elif isinstance(exc, errors.ForeignDatabaseError):
        text = QCoreApplication.translate(
            "messages",
            "{path} is an SQLite database made by another program. Feltkart does not write into other "
            "programs' databases; choose a Feltkart database or a new file name."
        ).format(path=path)
    elif isinstance(exc, errors.NewerDatabaseError):
        text = QCoreApplication.translate(
            "messages",
            "{path} was written by a newer Feltkart (version {version}). Install that version or a newer one "
            "to open it."
        ).format(path=path, version=exc.written_by)
    else:
        text = QCoreApplication.translate("messages", "Feltkart cannot open {path}.").format(path=path)
    return text + "\n\n" + QCoreApplication.translate("messages", "The file has not been changed.")


def damaged_database(exc: errors.DamagedDatabaseError) -> str:
    """The database fails SQLite's check: nothing is written into it; the backups beside it, newest first."""
    text = QCoreApplication.translate("messages", "{path} is damaged: some of its pages cannot be read. Feltkart writes nothing into it. "
              "Close Feltkart, keep the damaged file for the person who supports Feltkart, and restore a backup: "
              "copy it to the database's name.").format(path=str(exc.path))
    if exc.backups:
        text += "\n\n" + QCoreApplication.translate("messages", "Backups beside it, newest first:") + "\n" + "\n".join(
            str(p) for p in exc.backups[:5])
    else:
        text += "\n\n" + QCoreApplication.translate("messages", "There is no backup beside it: use the last field package you made or "
                             "received, which holds the whole database.")
    return text


def disk_full(where) -> str:
    return QCoreApplication.translate(
        "messages", "The disk is full: Feltkart could not write {path}. Free some space (empty the trash, move "
        "large files away) and try again. Nothing was left half-written.").format(path=str(where))


def database_in_use(path: str, pid: int, host: str) -> str:
    return QCoreApplication.translate(
        "messages",
        "The database {path} is already open in another Feltkart (process {pid} on {host}). "
        "Switch to that window, or wait for that command to finish, before you open the database here."
    ).format(path=path, pid=pid, host=host or "?")


def field_error(code: str) -> str:
    """A short message for a validation error code of the core."""
    messages = {
        "required": QCoreApplication.translate("messages", "Required."),
        "too_long": QCoreApplication.translate("messages", "Too long."),
        "one_line": QCoreApplication.translate("messages", "Must be a single line."),
        "code_format": QCoreApplication.translate("messages", "2-32 characters: lower-case letters a-z, digits, - or _, starting with a letter."),
        "code_taken": QCoreApplication.translate("messages", "This code is already in use."),
        "code_fixed": QCoreApplication.translate("messages", "The code cannot be changed."),
        "year_range": QCoreApplication.translate("messages", "A year from 1950 to next year."),
        "not_a_number": QCoreApplication.translate("messages", "A whole number, such as 2017."),
        "unknown_registry": QCoreApplication.translate("messages", "Unknown registry version."),
        "registry_in_use": QCoreApplication.translate(
            "messages", "The study already has interviews recorded with this registry; it cannot change now."
        ),
    }
    return messages.get(code, code)


def theme_name_error(reason: str, name: str = "") -> str:
    """Why a theme's name cannot be (``ThemeNameError.reason``)."""
    if reason == "empty":
        return QCoreApplication.translate("messages", "A theme needs a name.")
    if reason == "too_long":
        return QCoreApplication.translate("messages", "A theme's name has at most 80 characters.")
    return QCoreApplication.translate("messages", "There is already a theme called «{name}».").format(name=name.strip())


def answer_error(code: str, question=None) -> str:
    """A short message for an answer the core or the editor refused."""
    low = getattr(question, "min", None)
    high = getattr(question, "max", None)
    if question is not None and question.type == "date":
        from core.base import dates

        low = dates.format(low) if low else None
        high = dates.format(high) if high else None
    messages = {
        "required": QCoreApplication.translate("messages", "Required."),
        "not_a_choice": QCoreApplication.translate("messages", "Choose one of the options."),
        "not_an_integer": QCoreApplication.translate("messages", "A whole number, such as 2019."),
        "not_a_number": QCoreApplication.translate("messages", "A number, such as 2,5."),
        "below_min": QCoreApplication.translate("messages", "Must be {min} or more.").format(min=low),
        "above_max": QCoreApplication.translate("messages", "Must be {max} or less.").format(max=high),
        "not_a_date": QCoreApplication.translate("messages", "A date that exists, written dd.mm.yyyy."),
        "too_long": QCoreApplication.translate("messages", "Too long."),
        "not_in_registry": QCoreApplication.translate("messages", "Not a municipality of the study's registry: type a name or number and pick from the list."),
        "not_a_municipality": QCoreApplication.translate("messages", "Not a municipality of the study's registry: type a name or number and pick from the list."),
        "informant_role": QCoreApplication.translate("messages", "Every informant needs a role."),
        "unknown_scheme": QCoreApplication.translate(
            "messages", "This scheme was deleted from the catalogue; close and reopen the interview."
        ),
    }
    return messages.get(code, field_error(code))


def _when(iso: str) -> str:
    from core.base import dates

    return dates.format_timestamp(iso)


def package_refusal(exc) -> str:
    """Why a package was not merged (``core.sync.package.PackageError``), and what to do."""
    facts = exc.facts
    reason = exc.reason
    if reason == "clock_ahead":
        return QCoreApplication.translate("messages",
                  "it holds changes by {who} (laptop {device}) dated {stamped}, more than {hours} hours after this "
                  "computer's clock ({now}). Either that laptop's clock was wrong when they were made, or this "
                  "computer's clock is behind: check the date and time on both computers, then merge again. Nothing "
                  "was taken from the package.").format(
            who=facts.get("coordinator") or "?", device=str(facts.get("device", ""))[:8],
            stamped=_when(facts["stamped"]), now=_when(facts["now"]), hours=facts.get("hours", 24))
    if reason == "invalid":
        return QCoreApplication.translate("messages", "it holds a value Feltkart would refuse if it were typed ({detail}). Ask the sender to "
                  "correct it and make a new package.").format(detail=exc.detail)
    texts = {
        "not_found": QCoreApplication.translate("messages", "the file does not exist (was it moved or renamed?)"),
        "not_a_package": QCoreApplication.translate("messages", "it is not a Feltkart package"),
        "foreign": QCoreApplication.translate("messages", "it is not a Feltkart package: the data inside were made by another program"),
        "damaged": QCoreApplication.translate("messages", "the file is damaged or incomplete (copy it again)"),
        "checksum": QCoreApplication.translate("messages", "its contents do not match its checksum (copy it again)"),
        "newer": QCoreApplication.translate("messages", "it was made by a newer Feltkart (update this one first)"),
        "other_study": QCoreApplication.translate("messages", "it belongs to another study"),
        "other_registry": QCoreApplication.translate("messages", "it uses another municipality registry"),
        "too_large": QCoreApplication.translate("messages", "it would unpack to far more than a Feltkart package holds; it is not merged"),
        "disk_full": QCoreApplication.translate("messages", "the disk is full ({where}): free some space and merge again").format(
            where=facts.get("where", "")),
        "unwritable": QCoreApplication.translate("messages", "the file cannot be written ({detail})").format(detail=exc.detail),
        "encrypted_into_plain": QCoreApplication.translate(
            "messages", "its study is encrypted and this database is not: encrypt this database with the study's "
            "passphrase (File → Settings → Encryption), then merge again"),
        "plain_into_encrypted": QCoreApplication.translate(
            "messages", "its study is not encrypted and this one is: the sender must encrypt their database with "
            "the study's passphrase and make a new package"),
        "passphrase_needed": QCoreApplication.translate(
            "messages", "it is encrypted with a passphrase of its own: merge it again and type the passphrase you "
            "were sent"),
        "wrong_passphrase": QCoreApplication.translate(
            "messages", "the passphrase does not open it: check the passphrase you were sent and merge again"),
    }
    return texts.get(reason, f"{reason} ({exc.detail})")


def clock_behind(now_iso: str, recorded_iso: str) -> str:
    """This laptop's clock reads far before the changes it has made or received."""
    return QCoreApplication.translate(
        "messages",
        "This computer's clock says {now}, but this database holds changes dated up to {recorded}. The date or "
        "time of this computer is probably wrong: set it right (in the system settings) before you go on. Until "
        "then, what you record is dated after those changes, and packages from other laptops may be refused."
    ).format(now=_when(now_iso), recorded=_when(recorded_iso))


def describe_error(exc: Exception) -> str:
    """Words for an error met by work in the background: the core's known errors in full, others by name (the
    log has the details)."""
    if isinstance(exc, errors.StoreError):
        return store_error(exc) if not isinstance(exc, errors.DatabaseBusyError) else QCoreApplication.translate(
            "messages", "the database was busy: another program kept it locked for writing too long")
    from core.base.lock import DatabaseInUse

    if isinstance(exc, DatabaseInUse):
        return database_in_use(str(exc.path), exc.pid, exc.host)
    return f"{type(exc).__name__}: {exc}"
