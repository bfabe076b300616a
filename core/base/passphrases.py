"""Passphrases Feltkart makes for a file that leaves the laptop (an encrypted export), shown once to be sent by
another channel than the file: drawn with ``secrets`` from an alphabet without characters that look alike (no
0/o, 1/l/i), in lower case, in groups of four joined by hyphens for reading aloud over the phone and typing.
The hyphens are part of the passphrase, as shown."""

from __future__ import annotations

import secrets

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # 31 characters: about 4.95 bits each
GROUP = 4
SEPARATOR = "-"


def generate(groups: int = 5) -> str:
    """A new passphrase of ``groups`` groups of four characters (five: 20 characters, about 99 bits)."""
    if groups < 4:
        raise ValueError("a passphrase has at least 16 characters")
    return SEPARATOR.join("".join(secrets.choice(ALPHABET) for _ in range(GROUP)) for _ in range(groups))
