"""One interview: its window, the form of the guide's sections, the editors of answers, the scheme grid and the
history."""
