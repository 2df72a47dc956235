"""The evidence library's preview (a picture, a PDF's first page, a text file), Open, and Link
to selected elements."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMarginsF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.evidence.queries import evidence_for_element
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.ui.evidence.library import EvidenceLibraryDialog
from accredit_tracker.ui.main_window import MainWindow
from factories import element_assessment_ids, write_bytes
from windows import checklist

Window = Any


def ids(path: Path) -> dict[str, int]:
    with open_project(path) as project:
        return element_assessment_ids(project, 1)


def put_in_library(path: Path, files: list[Path], codes: list[str] = ()) -> None:  # type: ignore[assignment]
    by_code = ids(path)
    with open_project(path) as project, project.transaction() as session:
        attach_files(session, files, [by_code[c] for c in codes], user="tester")


def red_picture(path: Path) -> Path:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#c62828"))
    assert image.save(str(path))
    return path


def one_page_pdf(path: Path) -> Path:
    """A real PDF whose page is black on the left half, white on the right."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter(writer)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    painter.fillRect(0, 0, page.width() // 2, page.height(), QColor("black"))
    painter.end()
    return path


def open_library(window: MainWindow) -> EvidenceLibraryDialog:
    window.evidence_actions.library_action.trigger()
    dialog = window.evidence_library
    assert isinstance(dialog, EvidenceLibraryDialog)
    return dialog


def choose(dialog: EvidenceLibraryDialog, name: str) -> None:
    row = next(i for i, r in enumerate(dialog.model.rows) if r.name == name)
    dialog.table.selectRow(row)


def test_the_preview_shows_a_picture_a_pdf_page_and_text(
    qtbot: QtBot, make_window: Window, clinic: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "ward notes.txt"
    notes.write_text("Hand hygiene audit, ward 3: 18 of 20 observed moments compliant.\n")
    put_in_library(
        clinic,
        [
            red_picture(tmp_path / "poster.png"),
            one_page_pdf(tmp_path / "policy.pdf"),
            notes,
            write_bytes(tmp_path / "minutes.docx", 500),
        ],
    )
    window = make_window()
    window.open_path(clinic)
    checklist(window)
    dialog = open_library(window)
    qtbot.waitExposed(dialog)
    preview = dialog.preview
    choose(dialog, "poster.png")
    picture = preview.shown_image()
    assert (picture.width(), picture.height()) == (120, 80)
    assert picture.pixelColor(60, 40) == QColor("#c62828")
    assert preview.picture.pixmap() is not None and not preview.picture.pixmap().isNull()

    choose(dialog, "policy.pdf")
    page = preview.shown_image()
    assert not page.isNull() and page.height() > page.width()
    assert page.pixelColor(page.width() // 4, page.height() // 2).lightness() < 40
    assert page.pixelColor(page.width() * 3 // 4, page.height() // 2).lightness() > 215

    choose(dialog, "ward notes.txt")
    assert preview.shown_text().startswith("Hand hygiene audit, ward 3")
    choose(dialog, "minutes.docx")
    assert "No preview for this kind of file" in preview.shown_text()
    dialog.close()


def test_without_a_pdf_renderer_the_preview_says_so(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    put_in_library(clinic, [one_page_pdf(tmp_path / "policy.pdf")])
    monkeypatch.setattr(shutil, "which", lambda _name: None)  # no pdftoppm here
    window = make_window()
    window.open_path(clinic)
    checklist(window)
    dialog = open_library(window)
    choose(dialog, "policy.pdf")
    assert "no PDF renderer" in dialog.preview.shown_text()
    dialog.close()


def test_open_hands_a_copy_to_the_system(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_bytes(tmp_path / "fire drill.xlsx", 2000)
    put_in_library(clinic, [source])
    opened: list[Path] = []

    def open_url(url: QUrl) -> bool:
        opened.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    window = make_window()
    window.open_path(clinic)
    checklist(window)
    dialog = open_library(window)
    dialog.open_button.click()
    [copy] = opened
    assert copy.name == "fire drill.xlsx" and copy.read_bytes() == source.read_bytes()
    dialog.close()


def test_link_to_selected_elements_links_audits_and_undoes(
    qtbot: QtBot, make_window: Window, clinic: Path, tmp_path: Path
) -> None:
    put_in_library(clinic, [write_bytes(tmp_path / "training register.pdf", 900)])
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    dialog = open_library(window)
    qtbot.mouseClick(dialog.link_selected_button, Qt.MouseButton.LeftButton)
    by_code = ids(clinic)
    with open_project(clinic) as project, project.session() as session:
        for code in ("C0.1 ME 1", "C0.1 ME 2"):
            assert [r.name for r in evidence_for_element(session, by_code[code])] == [
                "training register.pdf"
            ]
    assert dialog.message.text() == "Linked training register.pdf to the selected elements."
    assert [s.code for s in dialog.model.rows[0].supports] == ["C0.1 ME 1", "C0.1 ME 2"]
    with sqlite3.connect(clinic) as connection:
        audited = connection.execute(
            "SELECT count(*) FROM audit_event WHERE action = 'link_evidence'"
        ).fetchone()
    assert audited == (2,)
    window.undo_stack.undo()
    with open_project(clinic) as project, project.session() as session:
        assert evidence_for_element(session, by_code["C0.1 ME 1"]) == []
    dialog.close()


def test_link_to_selected_elements_is_refused_on_a_locked_assessment(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    put_in_library(clinic, [write_bytes(tmp_path / "permit.pdf", 900)])
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    view.table.selectRow(0)
    with sqlite3.connect(clinic) as connection:
        connection.execute("UPDATE assessment SET locked = 1")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    dialog = open_library(window)
    assert dialog.link_current() is False
    assert warned == ["Assessment 'Mock survey' is locked; unlock it first."]
    with open_project(clinic) as project, project.session() as session:
        assert evidence_for_element(session, ids(clinic)["C0.1 ME 1"]) == []
    dialog.close()
