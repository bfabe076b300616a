"""The command line's arguments: the options of the window (--db, --lang, --self-test) and of each command."""

from __future__ import annotations

import argparse
from pathlib import Path

LANGS = ["nb", "nn", "en"]  # bokmål, Nynorsk, English


def _filters(command: argparse.ArgumentParser) -> None:
    command.add_argument("--county", help="county number of the study's registry, e.g. 18")
    command.add_argument("--from", dest="date_from", help="first date (dd.mm.yyyy or yyyy-mm-dd)")
    command.add_argument("--to", dest="date_to", help="last date (dd.mm.yyyy or yyyy-mm-dd)")
    command.add_argument("--coordinator", help="only this coordinator's interviews")


def _export(commands) -> None:
    ex = commands.add_parser("export", help="write the data as XLSX or CSV (with a codebook), or a PDF report")
    ex.add_argument("--db", type=Path, required=True, help="the database (it must exist)")
    ex.add_argument("--format", required=True, choices=["xlsx", "csv", "csv-excel", "pdf", "qdpx"],
                    help="xlsx: one workbook; csv: comma-separated UTF-8 files (R, Python); csv-excel: semicolons, "
                         "decimal comma and BOM (Excel in Norway); pdf: the summary report; qdpx: the quotes, notes, "
                         "themes and marked passages of the interviews the filters choose as a REFI-QDA project (NVivo, "
                         "ATLAS.ti, MAXQDA, QualCoder)")
    ex.add_argument("--out", type=Path, required=True, help="the file (xlsx, pdf) or folder (csv) to write")
    ex.add_argument("--include-names", action="store_true",
                    help="include informants' names and contacts (personal data; off by default): with "
                         "--encrypt-zip, or with --plain-personal-data to write them unencrypted")
    ex.add_argument("--encrypt-zip", action="store_true",
                    help="write the data as one AES-256 encrypted zip (--out ending in .zip) that 7-Zip, WinZip and "
                         "Keka open; its generated passphrase is the only line printed on stdout, once")
    ex.add_argument("--plain-personal-data", action="store_true",
                    help="with --include-names: write the names and contacts as plain, unencrypted files")
    ex.add_argument("--status", choices=["all", "complete", "draft"], default=None,
                    help="which interviews (default: all for data, complete for the pdf report)")
    _filters(ex)
    ex.add_argument("--lang", choices=LANGS, default="nb", help="language of the pdf report (default nb)")


PASSPHRASE_HELP = ("a file whose first line is the passphrase of an encrypted study (else the environment "
                   "variable FELTKART_PASSPHRASE; the window asks)")


def _encryption(commands) -> None:
    en = commands.add_parser("encrypt", help="encrypt the database with a passphrase (SQLCipher, AES-256); its plain "
                                             "backups are encrypted too, or removed or kept as --backups says")
    en.add_argument("--db", type=Path, required=True, help="the database (it must exist and be plain)")
    en.add_argument("--backups", choices=["encrypt", "remove", "keep"], default="encrypt",
                    help="the plain backups beside it (written before a migration or a merge): encrypt them "
                         "(the default), remove them, or keep them plain (they are listed)")
    de = commands.add_parser("decrypt", help="write a plain, unencrypted copy of an encrypted database")
    de.add_argument("--db", type=Path, required=True, help="the encrypted database (it is not changed)")
    de.add_argument("--out", type=Path, required=True, help="the plain copy to write (a new file)")
    rk = commands.add_parser("rekey", help="change the passphrase of an encrypted database (and of its backups)")
    rk.add_argument("--db", type=Path, required=True, help="the encrypted database")
    rk.add_argument("--new-passphrase-file", type=Path, required=True, metavar="FILE",
                    help="a file whose first line is the new passphrase")


def build() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, help="database file (default: feltkart.sqlite in the user data folder)")
    common.add_argument("--lang", choices=LANGS, help="UI language (default: the saved choice, else nb)")
    parser = argparse.ArgumentParser(prog="feltkart", description="Feltkart: field interviews, offline.",
                                     parents=[common])
    parser.add_argument("--self-test", action="store_true", help="build every view offscreen and exit 0 or 1")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill a new database with reproducible demo interviews")
    demo.add_argument("--db", type=Path, required=True, help="a new database file for the demo data")
    demo.add_argument("--lang", choices=LANGS, help=argparse.SUPPRESS)
    demo.add_argument("--interviews", type=int, default=300, help="how many interviews (default 300)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same data (default 1)")
    demo.add_argument("--with-names", action="store_true",
                      help="give informants and contact persons made-up names and contacts (to try erasing them)")

    st = commands.add_parser("stats", help="write the tables behind every chart as CSV and the charts as PNG and SVG")
    st.add_argument("--db", type=Path, required=True, help="the database (it must exist)")
    st.add_argument("--out", type=Path, required=True, help="a folder for the files")
    st.add_argument("--lang", choices=LANGS, default="nb", help="language of the charts (default nb)")
    _filters(st)
    st.add_argument("--drafts", action="store_true", help="include draft interviews")
    st.add_argument("--rural", choices=["5-6", "4-6"], help="rural definition (default: the study's)")
    st.add_argument("--by-class", action="store_true", help="group by the six centrality classes, not rural/central")
    st.add_argument("--rule", choices=["any", "latest"], default="any",
                    help="counting rule: a municipality says yes if any of its interviews does (any, the default), "
                         "or only its latest interview counts (latest)")

    pk = commands.add_parser("package", help="write a field package (.feltkart) of the database for another laptop")
    pk.add_argument("--db", type=Path, required=True, help="the database (it must exist)")
    pk.add_argument("--out", type=Path, required=True, help="the package file to write (.feltkart)")
    pk.add_argument("--since-last", metavar="RECIPIENT",
                    help="only what changed since the last package made for RECIPIENT (a name you choose)")
    pk.add_argument("--one-off", action="store_true",
                    help="encrypt the package with a new one-off passphrase, printed once as the only line on "
                         "stdout: send it to the recipient by another channel than the package")

    mg = commands.add_parser("merge", help="merge field packages into the database (prints the report)")
    mg.add_argument("--db", type=Path, required=True, help="the database (it must exist)")
    mg.add_argument("packages", type=Path, nargs="+", help="one or more .feltkart files")
    mg.add_argument("--package-passphrase-file", type=Path, metavar="FILE",
                    help="a file whose first line is the one-off passphrase of the packages that have one (else "
                         "the study's passphrase is tried)")

    _export(commands)

    fw = commands.add_parser("fieldwork", help="write the response rates (svarprosent.csv) and the non-response "
                                               "table (frafall.csv) of the study's sample")
    fw.add_argument("--db", type=Path, required=True, help="the database (it must exist)")
    fw.add_argument("--out", type=Path, required=True, help="a folder for the files")
    fw.add_argument("--by", choices=["rural", "class", "county", "coordinator"], default="rural",
                    help="the groups of svarprosent.csv (default rural: rural and central)")

    sm = commands.add_parser("sample", help="make the study's sample: a census, a stratified draw or an imported list")
    sm.add_argument("--db", type=Path, required=True, help="the database (it must exist)")
    how = sm.add_mutually_exclusive_group(required=True)
    how.add_argument("--census", action="store_true", help="every municipality of the study's registry")
    how.add_argument("--draw", metavar="SIZES",
                     help='a number per centrality class, e.g. "6:20,5:20,4:10", or per class and county, '
                          'e.g. "6/18:3"; drawn reproducibly from --seed')
    how.add_argument("--import", dest="import_file", type=Path, metavar="FILE",
                     help="a CSV or XLSX list of municipality numbers (or names)")
    sm.add_argument("--seed", type=int, help="the seed of --draw: the same seed draws the same municipalities")
    sm.add_argument("--yes", action="store_true", help="import the valid rows of a list that has rows with problems")
    sm.add_argument("--replace", action="store_true", help="make the sample again when the study has one")
    er = commands.add_parser("erase-personal", help="erase informants' and contact persons' names and contacts "
                                                     "(the whole study, or one informant) from answers, log and index")
    er.add_argument("--db", type=Path, required=True, help="the database (it must exist)")
    er.add_argument("--informant", metavar="ID",
                    help="only this informant: the id the export's informanter sheet gives (interview id-number)")
    er.add_argument("--remove-backups", action="store_true",
                    help="also delete the backups beside the database (written before a migration or a merge), "
                         "which still hold the names; without it, they are listed")
    _encryption(commands)
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE", help=PASSPHRASE_HELP)
    for command in commands.choices.values():
        command.add_argument("--passphrase-file", type=Path, metavar="FILE", help=PASSPHRASE_HELP)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    return build().parse_args(argv)
