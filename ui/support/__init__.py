"""What every part of the window uses: the language, the words of errors, running work off the GUI thread,
the change hub, table set-up, saved settings and small widgets."""
