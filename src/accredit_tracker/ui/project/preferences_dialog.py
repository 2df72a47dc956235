"""Preferences kept on this computer: the largest evidence file the officer may attach, the
name the audit trail records for changes made here, the language of reports and exports, and
what separates the fields of CSV files."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from accredit_tracker.core.audit.recording import current_user


class PreferencesDialog(QDialog):
    """Edits the preferences; :attr:`user_name` is empty when the operating-system account's
    name (its placeholder) should be recorded. :attr:`csv_delimiter`'s current data is the
    CSV separator picked, "" for ``language_delimiter``, the one of the interface's language."""

    def __init__(
        self,
        max_file_mb: int,
        parent: QWidget | None = None,
        *,
        user_name: str = "",
        exports_in_english: bool = False,
        csv_delimiter: str = "",
        language_delimiter: str = ",",
        ask_evidence_details: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.max_file_mb = QSpinBox()
        self.max_file_mb.setObjectName("maxFileMb")
        self.max_file_mb.setRange(1, 4096)
        self.max_file_mb.setSuffix(self.tr(" MB"))
        self.max_file_mb.setValue(max_file_mb)
        note = QLabel(
            self.tr(
                "Evidence is stored inside the project file, so very large files (videos) make "
                "the project slow to back up and to share."
            )
        )
        note.setWordWrap(True)
        self.ask_evidence_details = QCheckBox(
            self.tr("Ask for a description and review date when attaching files")
        )
        self.ask_evidence_details.setObjectName("askEvidenceDetails")
        self.ask_evidence_details.setToolTip(
            self.tr("The answers are remembered for each type of file and offered next time.")
        )
        self.ask_evidence_details.setChecked(ask_evidence_details)
        self.user_name = QLineEdit(user_name)
        self.user_name.setObjectName("userName")
        self.user_name.setPlaceholderText(current_user())
        self.user_name.setClearButtonEnabled(True)
        user_note = QLabel(
            self.tr(
                "Recorded as who made each change. On a shared workstation, type your own "
                "name; leave it empty to use the computer's account name."
            )
        )
        user_note.setWordWrap(True)
        self.exports_in_english = QCheckBox(
            self.tr("Write reports and exports in English (sheet names, headers, results)")
        )
        self.exports_in_english.setObjectName("exportsInEnglish")
        self.exports_in_english.setToolTip(
            self.tr(
                "For surveyors who read English. Otherwise they are written in the language "
                "of this window. Either can be taken back into the checklist."
            )
        )
        self.exports_in_english.setChecked(exports_in_english)
        self.csv_delimiter = QComboBox()
        self.csv_delimiter.setObjectName("csvDelimiter")
        shown = {",": ",", ";": ";", "\t": self.tr("tab")}
        for text, delimiter in (
            (self.tr("As Excel expects in this language (%s)") % shown[language_delimiter], ""),
            (self.tr("Comma (,)"), ","),
            (self.tr("Semicolon (;), with a decimal comma"), ";"),
            (self.tr("Tab"), "\t"),
        ):
            self.csv_delimiter.addItem(text, delimiter)
        self.csv_delimiter.setCurrentIndex(max(0, self.csv_delimiter.findData(csv_delimiter)))
        self.csv_delimiter.setToolTip(
            self.tr(
                "Excel opens a CSV file as columns only when its fields are separated the way "
                "the computer's regional settings say: a comma in English, a semicolon where "
                "the decimal separator is a comma (Russian, Uzbek)."
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Largest evidence file"), self.max_file_mb)
        form.addRow(note)
        form.addRow(self.ask_evidence_details)
        form.addRow(self.tr("Your name in the audit trail"), self.user_name)
        form.addRow(user_note)
        form.addRow(self.exports_in_english)
        form.addRow(self.tr("Separator in CSV files"), self.csv_delimiter)
        form.addRow(buttons)
        self.resize(520, 260)
