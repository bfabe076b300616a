"""A whole interview by keyboard alone: Ctrl+N, the municipality and the date typed, every section filled with Tab,
the arrow keys, typing and Space, completed with Ctrl+Enter; no mouse, no call into the form."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from core import interviews as iv

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def focus():
    return QApplication.focusWidget()


class Keyboard:
    def __init__(self, qtbot):
        self.qtbot = qtbot

    def press(self, key, modifier=NONE, times=1):
        for _ in range(times):
            self.qtbot.keyClick(focus(), key, modifier)

    def type(self, text):
        self.qtbot.keyClicks(focus(), text)

    def tab_to(self, widget, most=12):
        """Tab until ``widget`` has the focus (it must be reachable in a few steps)."""
        for _ in range(most):
            if focus() is widget:
                return
            self.press(Qt.Key.Key_Tab)
        assert focus() is widget, f"Tab did not reach {widget} (focus on {focus()})"


def test_a_whole_interview_by_keyboard(app, qtbot, configured_store):
    from ui.main_window import MainWindow

    keys = Keyboard(qtbot)
    main = MainWindow(configured_store, remember_state=False)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)

    def new_interview_dialog():  # runs inside the dialog's own event loop
        dialog = QApplication.activeModalWidget()
        try:
            assert dialog is not None and dialog.objectName() == "newInterviewDialog"
            qtbot.waitUntil(lambda: dialog.isActiveWindow() and focus() is dialog.municipality.edit)
            keys.type("1804")  # the municipality's field has the focus: its number, then pick from the list
            completer = dialog.municipality.edit.completer()
            qtbot.waitUntil(completer.popup().isVisible)
            qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
            qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
            keys.press(Qt.Key.Key_Tab)
            keys.press(Qt.Key.Key_A, CTRL)
            keys.type("14.04.2026")
            keys.press(Qt.Key.Key_Return)
        finally:
            if dialog is not None and dialog.isVisible():  # a failure here must not leave the dialog waiting
                dialog.reject()

    QTimer.singleShot(0, new_interview_dialog)
    keys.press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: len(main.interview_windows) == 1)
    interview_id, window = next(iter(main.interview_windows.items()))
    qtbot.waitUntil(window.isActiveWindow)
    summary = iv.get(configured_store, interview_id).summary
    assert (summary.municipality, summary.interview_date) == ("1804", "2026-04-14")
    e = window.form.editors

    # A. About the interview: it opens in Form, the first field without an answer
    qtbot.waitUntil(lambda: focus() is e[("form", "")].combo)
    keys.press(Qt.Key.Key_Down)  # in person
    informants = e[("informants", "")]
    keys.tab_to(informants.add_button)
    keys.press(Qt.Key.Key_Space)  # a row, its role drop-down in focus
    keys.press(Qt.Key.Key_Down)  # chief municipal executive
    keys.press(Qt.Key.Key_Tab)
    keys.type("Kari Nilsen")
    keys.tab_to(e[("consent", "")].combo)
    keys.press(Qt.Key.Key_Down)  # yes: the date and the manner of consent open
    keys.press(Qt.Key.Key_Tab)
    assert focus() is e[("consent_date", "")].edit
    keys.type("10.04.2026")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Down)  # orally

    # B. Development work
    keys.tab_to(e[("strategy", "")].combo)
    assert window.form.section_list.currentRow() == 1
    keys.press(Qt.Key.Key_Down)  # yes
    keys.press(Qt.Key.Key_Tab)
    keys.type("1,5")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Down)  # yes: which network opens
    keys.press(Qt.Key.Key_Tab)
    assert focus() is e[("network_name", "")].edit
    keys.type("DigiNord")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Down, times=3)  # capacity 3

    # C. The schemes: the first applied for, the rest not
    for n, scheme in enumerate(window.form.schemes):
        keys.tab_to(e[("aware", scheme.code)].combo)
        keys.press(Qt.Key.Key_Down, times=2)  # aware
        keys.press(Qt.Key.Key_Tab)
        if n == 0:
            keys.press(Qt.Key.Key_Down)  # applied: yes
            keys.press(Qt.Key.Key_Tab)
            assert focus() is e[("applied_year", scheme.code)].edit
            keys.type("2022")
            keys.press(Qt.Key.Key_Tab)
            keys.press(Qt.Key.Key_Down)  # took part: yes
            keys.press(Qt.Key.Key_Tab)
            keys.press(Qt.Key.Key_Down, times=4)  # benefit 4
            keys.press(Qt.Key.Key_Tab)
            keys.type("Nyttig, men mye rapportering")
        else:
            keys.press(Qt.Key.Key_Down, times=2)  # applied: no

    # D. Barriers: two ticked with Space, the main one picked among them
    boxes = dict(e[("barriers", "")].boxes)
    keys.tab_to(boxes["kapasitet"])
    keys.press(Qt.Key.Key_Space)
    keys.tab_to(boxes["frister"])
    keys.press(Qt.Key.Key_Space)
    keys.tab_to(e[("barrier_main", "")].combo)
    keys.press(Qt.Key.Key_Down, times=2)  # the second of those ticked: deadlines

    # E. Measures, F. Notes and quotes
    measures = dict(e[("measures", "")].boxes)
    keys.tab_to(measures["enklere_soknad"])
    keys.press(Qt.Key.Key_Space)
    keys.tab_to(e[("measures_text", "")].edit)
    keys.type("Felles maler for soknader")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Ordforeren var positiv.")
    keys.press(Qt.Key.Key_Tab)
    assert focus() is e[("quotes", "")].edit
    keys.type("Vi har ikke folk til aa soke")

    keys.press(Qt.Key.Key_Return, CTRL)
    got = iv.get(configured_store, interview_id)
    assert got.summary.status == iv.COMPLETE, window.form.banner.text()
    first = window.form.schemes[0].code
    assert got.value("form") == "fysisk" and got.value("consent_how") == "muntlig"
    assert got.value("informants") == [{"role": "kommunedirektor", "name": "Kari Nilsen", "contact": ""}]
    assert got.value("dev_fte") == 1.5 and got.value("network_name") == "DigiNord" and got.value("capacity") == 3
    assert got.value("applied_year", first) == 2022 and got.value("benefit", first) == 4
    assert got.value("barriers") == ["kapasitet", "frister"] and got.value("barrier_main") == "frister"
    assert got.value("quotes") == "Vi har ikke folk til aa soke"
    assert all(got.value("applied", s.code) == "nei" for s in window.form.schemes[1:])
